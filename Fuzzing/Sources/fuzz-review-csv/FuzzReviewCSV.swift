import Foundation
import FuzzSupport
import RehearseKit
import RehearseStore

/// Feeds a review history CSV to the importer, as `rehearse import reviews FILE` does, into an
/// in-memory store holding cards `q1`, `q2` and `q3`. An import that writes gets a fresh store
/// for the next input, so every input meets the same database.
@main enum FuzzReviewCSV {
  static let catalog = BankLoader.load([
    SourceFile(
      path: "fuzz.yaml",
      data: Data(
        """
        id: fuzz
        title: Fuzz
        category: leadership
        questions:
        \(["q1", "q2", "q3"].map(question).joined())
        """.utf8))
  ])

  static func question(_ id: String) -> String {
    """
      - id: \(id)
        kind: recall
        prompt: What does the A in RACI stand for?
        topic: basics
        answer: Accountable, the one person who owns the outcome.
        key_points:
          - point: Accountable

    """
  }

  static func freshStore() -> Store {
    do {
      let store = try Store.inMemory()
      _ = try store.sync(with: catalog.entries, at: Date(timeIntervalSince1970: 1_733_011_200))
      return store
    } catch {
      fatalError("cannot make the store: \(error)")
    }
  }

  static func main() {
    guard catalog.questions.count == 3 else { fatalError("\(catalog.diagnostics)") }
    let known = Set(catalog.questions.map(\.id))
    var store = freshStore()
    Fuzzer.run { data in
      do {
        let result = try ReviewImporter(store: store).run(
          data, path: "reviews.csv", knownQuestions: known)
        if case .success(let report) = result, report.imported > 0 { store = freshStore() }
      } catch {
        // A store error is reported to the user, not a crash; the store may have changed.
        store = freshStore()
      }
    }
  }
}
