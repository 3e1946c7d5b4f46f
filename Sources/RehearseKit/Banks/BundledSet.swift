import Foundation

/// The bank files shipped inside the binary: a build-time fingerprint, the files themselves,
/// decoded only when needed, and the catalog they load to, parsed at build time.
public struct BundledSet: Sendable {
  public var fingerprint: String
  public var files: @Sendable () -> [SourceFile]
  /// The files already loaded, in the catalog cache's layout (``CatalogCache/encoded(_:key:)``
  /// with no user files), so the very first start parses no YAML; nil when not built in.
  public var catalog: @Sendable () -> [UInt8]?

  public init(
    fingerprint: String, files: @escaping @Sendable () -> [SourceFile],
    catalog: @escaping @Sendable () -> [UInt8]? = { nil }
  ) {
    self.fingerprint = fingerprint
    self.files = files
    self.catalog = catalog
  }
}
