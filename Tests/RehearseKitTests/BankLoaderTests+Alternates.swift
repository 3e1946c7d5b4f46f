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
