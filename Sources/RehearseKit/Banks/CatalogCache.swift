import Foundation
import RehearseStore

/// A binary copy of a loaded catalog, so starting a session does not parse YAML again when no
/// bank file changed.
///
/// The key covers the bundled banks' build fingerprint and every user file's path, size,
/// modification and change times and inode (so a warm start reads no bank file); any change
/// means a miss and a full load. A damaged or foreign cache file is ignored.
public enum CatalogCache {
  /// Bump when the binary layout or the loader's output changes.
  static let version: UInt32 = 7

  /// A key from each user file's path and signature (``BankSources/Located/signature``).
  public static func key(
    bundledFingerprint: String, signatures: [(path: String, signature: String)]
  )
    -> String
  {
    var parts = ["v\(version)", bundledFingerprint]
    for file in signatures { parts.append(file.path + "#" + file.signature) }
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
}
