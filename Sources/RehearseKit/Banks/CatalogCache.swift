import Foundation
import RehearseStore

/// A binary copy of a loaded catalog, so starting a session does not parse YAML again when no
/// bank file changed.
///
/// The key covers the bundled banks' build fingerprint and every user file's path and bytes;
/// any change means a miss and a full load. A damaged or foreign cache file is ignored.
public enum CatalogCache {
  /// Bump when the binary layout or the loader's output changes.
  static let version: UInt32 = 6

  /// A key for a set of sources: a fingerprint per bundled set plus a hash per user file.
  public static func key(bundledFingerprint: String, files: [SourceFile]) -> String {
    var parts = ["v\(version)", bundledFingerprint]
    for file in files { parts.append(file.path + "#" + String(fnv1a(file.data), radix: 16)) }
    return parts.joined(separator: "|")
  }

  /// The cached catalog for `key`, if the file holds exactly that.
  public static func read(_ url: URL, key: String) -> BankCatalog? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    var reader = BinaryReader(data)
    do {
      guard try reader.uint32() == version, try reader.string() == key else { return nil }
      return try reader.catalog()
    } catch {
      return nil
    }
  }

  /// Writes the catalog for `key` (atomically; failures are ignored: the cache is optional).
  public static func write(_ catalog: BankCatalog, key: String, to url: URL) {
    var writer = BinaryWriter()
    writer.uint32(version)
    writer.string(key)
    writer.catalog(catalog)
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? writer.data.write(to: url, options: .atomic)
  }

  /// 64-bit FNV-1a of some bytes.
  public static func fnv1a(_ data: Data) -> UInt64 {
    FNV1a.hash(data)
  }
}
