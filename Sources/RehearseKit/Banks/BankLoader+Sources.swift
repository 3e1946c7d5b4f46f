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
    let user = BankSources.locate(at: [userBanks], required: false)
    let extra = BankSources.locate(at: extraDirectories, required: true)
    let located = user.files + extra.files
    var errors = user.errors + extra.errors
    // The key is made from each file's size and times, so a warm start reads no bank file.
    let signatures = located.map { $0.signature }
    let key =
      signatures.contains(nil)
      ? nil
      : CatalogCache.key(
        bundledFingerprint: bundled.fingerprint,
        signatures: zip(located, signatures).map { ($0.displayPath, $1!) })
    if let cache, let key, let cached = CatalogCache.read(cache, key: key) {
      return (cached, errors)
    }
    var userFiles: [SourceFile] = []
    for file in located {
      do { userFiles.append(try file.read()) } catch { errors.append(error) }
    }
    let catalog = load(bundled.files() + userFiles)
    if let cache, let key { CatalogCache.write(catalog, key: key, to: cache) }
    return (catalog, errors)
  }
}
