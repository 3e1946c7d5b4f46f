import Foundation

/// The question banks shipped with Rehearse, embedded in the binary at build time from the
/// package's `QuestionBanks/` folder.
public enum BundledBanks {
  /// The folder name shown in diagnostics for bundled files.
  public static let folder = "QuestionBanks"

  /// A hash of every bundled file's name and bytes, computed at build time.
  public static var fingerprint: String { embeddedFingerprint }

  /// Each bundled file: its path for diagnostics (`QuestionBanks/NAME.yaml`) and its bytes.
  public static var files: [(path: String, data: Data)] {
    embedded.map { (path: "\(folder)/\($0.name)", data: Data(base64Encoded: $0.base64) ?? Data()) }
  }

  /// The bundled files as the loader loads them, in the catalog cache's layout, made at build
  /// time; nil if the build could not make it.
  public static var catalogBytes: [UInt8]? {
    Data(base64Encoded: embeddedCatalog).map { [UInt8]($0) }
  }
}
