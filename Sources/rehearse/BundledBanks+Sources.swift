import BundledBanks
import RehearseKit

extension BundledBanks {
  /// The bundled files as loader sources.
  static var sourceFiles: [SourceFile] {
    files.map { SourceFile(path: $0.path, data: $0.data) }
  }
}
