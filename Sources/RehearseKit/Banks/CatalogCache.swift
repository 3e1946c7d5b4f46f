import Foundation
import RehearseStore

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#else
  import Darwin
  private let systemRead = Darwin.read
#endif

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
    readBytes(url).flatMap { decode($0, key: key) }
  }

  /// The catalog in `bytes` (as ``encoded(_:key:)`` made them), if they hold exactly the one
  /// for `key`.
  public static func decode(_ bytes: [UInt8], key: String) -> BankCatalog? {
    var reader = BinaryReader(bytes)
    do {
      guard try reader.uint32() == version, try reader.string() == key else { return nil }
      return try reader.catalog()
    } catch {
      return nil
    }
  }

  /// The catalog for `key` in the cache's binary layout.
  public static func encoded(_ catalog: BankCatalog, key: String) -> Data {
    var writer = BinaryWriter()
    writer.uint32(version)
    writer.string(key)
    writer.catalog(catalog)
    return writer.data
  }

  /// The file's bytes, read straight into an array (going through `Data` copies 1.6 MB twice
  /// on every start).
  static func readBytes(_ url: URL) -> [UInt8]? {
    let fd = open(url.path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let size = Int(info.st_size)
    struct ShortRead: Error {}
    return try? [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      while count < size {
        let n = systemRead(fd, buffer.baseAddress! + count, size - count)
        guard n > 0 else { throw ShortRead() }
        count += n
      }
    }
  }

  /// Writes the catalog for `key` (atomically; failures are ignored: the cache is optional).
  public static func write(_ catalog: BankCatalog, key: String, to url: URL) {
    write(encoded(catalog, key: key), to: url)
  }

  /// Writes already encoded bytes (atomically; failures are ignored).
  static func write(_ data: Data, to url: URL) {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? data.write(to: url, options: .atomic)
  }
}
