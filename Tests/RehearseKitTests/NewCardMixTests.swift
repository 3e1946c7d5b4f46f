import FSRS
import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

@Suite struct NewCardMixTests {
  /// A first day takes new questions from every bank in turn, not all from the first bank.
  @Test func newQuestionsTakeTurnsAcrossBanks() throws {
    let a = SourceFile(
      path: "a.yaml",
      data: Data(
        BankFixtures.bank(
          id: "a", category: "leadership",
          questions: (1...5).map { BankFixtures.recall(id: "a\($0)", topic: "ta") }.joined(
            separator: "\n")
        ).utf8))
    let b = SourceFile(
      path: "b.yaml",
      data: Data(
        BankFixtures.bank(
          id: "b", category: "fundamentals",
          questions: (1...5).map { BankFixtures.recall(id: "b\($0)", topic: "tb") }.joined(
            separator: "\n")
        ).utf8))
    let catalog = BankLoader.load([a, b], references: BankFixtures.references)
    var settings = Settings()
    settings.newPerDay = 4
    let store = try Store.temporary(settings: settings)
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    try store.sync(with: catalog, at: now)
    let queue = DailyQueue(
      cards: try store.activeCards(), catalog: catalog, settings: settings,
      scheduler: store.scheduler,
      calendar: store.calendar, now: now, today: TodayCounts())
    #expect(Set(queue.entries.map(\.questionId)) == ["a1", "b1", "a2", "b2"])
  }
}
