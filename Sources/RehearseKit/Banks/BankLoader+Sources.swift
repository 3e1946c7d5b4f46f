import Foundation

extension BankLoader {
  /// Loads the banks a session uses: the bundled ones, the user's folder, `REHEARSE_BANKS` and
  /// any `--banks` folders, in that order.
  ///
  /// - Parameters:
  ///   - bundled: the bundled files (their problems are reported like any other file's).
  ///   - userBanks: the user's own banks folder (may be missing).
  ///   - extraDirectories: `REHEARSE_BANKS` and `--banks` folders; a missing one is an error.
  ///   - cache: where to keep a parsed copy; when its key matches, no YAML is parsed.
  /// - Returns: the catalog and the folders that could not be read.
  public static func loadAll(
    bundled: BundledSet, userBanks: URL, extraDirectories: [URL], cache: URL? = nil
  ) -> (catalog: BankCatalog, errors: [BankError]) {
    let user = BankSources.files(at: [userBanks], required: false)
    let extra = BankSources.files(at: extraDirectories, required: true)
    let userFiles = user.files + extra.files
    let errors = user.errors + extra.errors
    let key = CatalogCache.key(bundledFingerprint: bundled.fingerprint, files: userFiles)
    if let cache, let cached = CatalogCache.read(cache, key: key) { return (cached, errors) }
    let catalog = load(bundled.files() + userFiles)
    if let cache { CatalogCache.write(catalog, key: key, to: cache) }
    return (catalog, errors)
  }
}
