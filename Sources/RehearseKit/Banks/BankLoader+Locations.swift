import Foundation

extension BankLoader {
  /// Loads the banks a session uses: the bundled ones, the user's folder, `REHEARSE_BANKS` and
  /// any `--banks` folders, in that order.
  ///
  /// - Parameters:
  ///   - bundled: the bundled files (their problems are reported like any other file's).
  ///   - paths: where the user's folders are.
  ///   - extraDirectories: `--banks` folders; a missing one is an error.
  /// - Returns: the catalog and the folders that could not be read.
  public static func loadAll(
    bundled: [SourceFile], paths: RehearsePaths, extraDirectories: [URL]
  ) -> (catalog: BankCatalog, errors: [BankError]) {
    let user = BankSources.files(at: [paths.userBanks], required: false)
    let env = BankSources.files(at: paths.extraBankDirectories, required: true)
    let extra = BankSources.files(at: extraDirectories, required: true)
    let sources = bundled + user.files + env.files + extra.files
    let catalog = load(sources)
    return (catalog, user.errors + env.errors + extra.errors)
  }
}
