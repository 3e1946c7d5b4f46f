import Foundation
import RehearseKit
import RehearseTestSupport
import Testing

extension BankLoaderTests {
  /// `[7,200 requests an hour]` is two YAML items, "7" and "200 requests an hour": the first
  /// matches any answer with a 7 in it. `check` says to quote it; a quoted figure is fine.
  @Test func aFigureSplitAtItsCommaInAListIsWarned() {
    func warnings(_ accept: String) -> [String] {
      BankFixtures.load(
        BankFixtures.bank(
          questions: """
              - id: cost
                kind: recall
                prompt: What does an instance serve an hour?
                topic: cost
                answer: Two a second, 7,200 requests an hour.
                key_points:
                  - point: 7,200 requests an hour
                    accept: \(accept)
            """)
      ).diagnostics.filter { $0.severity == .warning }.map(\.message)
    }
    let split = warnings("[7,200 requests an hour, two a second]")
    #expect(split.contains { $0.contains("'7' looks like a figure split at its comma") })
    #expect(warnings("[\"7,200 requests an hour\", two a second]") == [])
  }
}

extension BankLoaderTests {
  /// One bad question in a user's bank skips that question, not the other forty; a problem with
  /// the bank's own keys still skips the file.
  @Test func aBadQuestionSkipsOnlyItself() {
    let good = BankFixtures.recall(id: "good")
    let bad = BankFixtures.recall(id: "bad").replacingOccurrences(
      of: "kind: recall", with: "kind: essay")
    let text = BankFixtures.bank(questions: good + "\n" + bad)
    let catalog = BankFixtures.load(text)
    #expect(catalog.questions.map(\.id) == ["good"])
    #expect(catalog.skippedFiles.isEmpty)
    let error = catalog.diagnostics.first { $0.severity == .error }
    #expect(error?.message.contains("essay") == true)
    let kindLine = text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains("kind: essay") }.map { $0 + 1 }
    #expect(error?.location.line == kindLine)
    let badBank = BankFixtures.load(
      BankFixtures.bank(category: "cooking", questions: good))
    #expect(badBank.banks.isEmpty)
    #expect(badBank.skippedFiles == ["test.yaml"])
  }
}
