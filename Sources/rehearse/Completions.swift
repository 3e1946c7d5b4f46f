import ArgumentParser
import BundledBanks
import Foundation
import RehearseKit
import RehearseStore

/// Shell completions that know Rehearse's own names (loops, question ids, topics, tags, banks,
/// themes), read from the banks a session would load, and story ids from the database.
enum Completions {
  /// The names one of `names` picks out of the loaded catalog, that start with the word typed.
  static func from(_ names: @escaping @Sendable (BankCatalog) -> [String]) -> CompletionKind {
    .custom { _, _, prefix in
      let paths = RehearsePaths(environment: ProcessInfo.processInfo.environment)
      let catalog = BankLoader.loadAll(
        bundled: BundledBanks.set, userBanks: paths.userBanks,
        extraDirectories: paths.extraBankDirectories, cache: paths.cacheDirectory
      ).catalog
      var seen = Set<String>()
      return names(catalog).filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }
  }

  static let loops = from { $0.loops.map(\.name) }
  static let questions = from { $0.questions.map(\.id) }
  static let topics = from { $0.questions.map(\.topic) }
  static let tags = from { $0.questions.flatMap(\.tags) }
  static let banks = from { $0.banks.map(\.id) }
  static let themes = from { $0.competencies.map(\.key) }

  /// Story ids from the default database (`--db` is not known while completing).
  static func stories(removed: Bool = false) -> CompletionKind {
    .custom { _, _, prefix in
      let paths = RehearsePaths(environment: ProcessInfo.processInfo.environment)
      return Store.storyIDs(at: paths.database, removed: removed).filter { $0.hasPrefix(prefix) }
    }
  }
}
