import BundledBanks
import RehearseKit

extension BundledBanks {
  /// The bundled banks for the loader: the fingerprint now, the files only if needed.
  static var set: BundledSet {
    BundledSet(fingerprint: fingerprint, files: { sourceFiles }, catalog: { catalogBytes })
  }

  /// The bundled files as loader sources.
  static var sourceFiles: [SourceFile] {
    files.map { SourceFile(path: $0.path, data: $0.data) }
  }
}
