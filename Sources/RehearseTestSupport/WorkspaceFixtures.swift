import Foundation
import RehearseKit

/// Workspaces for in-process session tests: the repository's bundled banks, a fresh home
/// folder and a pinned clock.
public enum WorkspaceFixtures {
  /// The repository's QuestionBanks folder.
  public static let questionBanks = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "QuestionBanks")

  /// The repository's banks as the bundled set.
  public static let bundled = BundledSet(fingerprint: "repository-banks") {
    BankSources.files(at: [questionBanks], required: true).files
  }

  /// Opens a workspace in `home` at `now`, the clock advancing `tick` seconds per reading.
  /// - Parameter config: the text of `config.yaml`, if any.
  public static func open(
    home: URL, now: String = "2026-11-25T09:00:00Z", tick: Double = 5, config: String? = nil,
    seed: Int = 7
  ) throws -> Workspace {
    if let config {
      try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
      try Data(config.utf8).write(to: home.appending(path: "config.yaml"))
    }
    return try Workspace.open(
      WorkspaceOptions(
        bundled: bundled,
        environment: [
          "REHEARSE_HOME": home.path, "REHEARSE_NOW": now, "REHEARSE_TICK": String(tick),
          "REHEARSE_SEED": String(seed), "TZ": "UTC",
        ]))
  }
}
