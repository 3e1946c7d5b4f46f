import Foundation

/// A change to one user bank file, checked against every other bank a session loads before it
/// is written, so a question added by `rehearse add` or `rehearse import questions` is valid,
/// unique and loads next time exactly as it was checked.
public struct UserBankEdit: Sendable {
  /// The bank file being written.
  public let url: URL
  /// The file as diagnostics name it.
  public let displayPath: String
  /// Every other file a session loads (bundled first), in load order.
  let others: [SourceFile]
  /// The file's text today, or nil when it does not exist yet.
  public let currentText: String?

  public init(url: URL, bundled: BundledSet, userBanks: URL, extraDirectories: [URL]) {
    self.url = url
    displayPath = url.path
    let user = BankSources.files(at: [userBanks], required: false).files
    let extra = BankSources.files(at: extraDirectories, required: false).files
    let own = url.standardizedFileURL.path
    let isOwn = { (file: SourceFile) in
      URL(fileURLWithPath: file.path).standardizedFileURL.path == own
    }
    others = bundled.files() + (user + extra).filter { !isOwn($0) }
    currentText = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
  }

  /// What loading `text` as this file would report about it (errors and warnings), and the
  /// catalog it would give.
  public func check(_ text: String) -> (problems: [Diagnostic], catalog: BankCatalog) {
    let catalog = BankLoader.load(others + [SourceFile(path: displayPath, data: Data(text.utf8))])
    return (catalog.diagnostics.filter { $0.location.path == displayPath }, catalog)
  }

  /// Writes `text` to the file (creating its folder), replacing it only once complete.
  public func write(_ text: String) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url, options: .atomic)
  }
}
