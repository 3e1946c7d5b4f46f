import Foundation

/// The bank files shipped inside the binary: a build-time fingerprint, and the files
/// themselves, decoded only when needed.
public struct BundledSet: Sendable {
  public var fingerprint: String
  public var files: @Sendable () -> [SourceFile]

  public init(fingerprint: String, files: @escaping @Sendable () -> [SourceFile]) {
    self.fingerprint = fingerprint
    self.files = files
  }
}
