import Foundation
import GRDB

/// What syncing the banks into the store changed.
public struct SyncReport: Sendable, Equatable {
  /// Questions that became new cards.
  public var added: [String] = []
  /// Cards whose history moved to a new id through `renamed_from`.
  public var renamed: [(old: String, new: String)] = []
  /// Cards whose question vanished from the banks: kept, but no longer scheduled.
  public var retired: [String] = []
  /// Retired cards whose question came back.
  public var restored: [String] = []

  public init(
    added: [String] = [], renamed: [(old: String, new: String)] = [], retired: [String] = [],
    restored: [String] = []
  ) {
    self.added = added
    self.renamed = renamed
    self.retired = retired
    self.restored = restored
  }

  public static func == (a: SyncReport, b: SyncReport) -> Bool {
    a.added == b.added && a.retired == b.retired && a.restored == b.restored
      && a.renamed.map { [$0.old, $0.new] } == b.renamed.map { [$0.old, $0.new] }
  }
}
