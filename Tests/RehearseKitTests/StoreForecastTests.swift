import FSRS
import Foundation
import GRDB
import RehearseKit
import RehearseTestSupport
import Testing

@testable import RehearseStore

/// `Store.forecast(at:horizon:)`: how much is due now, later today, tomorrow and per day.
@Suite struct StoreForecastTests {
  /// Noon UTC on 2025-01-01; today's study day ends at 2025-01-02 04:00 UTC.
  let now = StoreFixtures.utc("2025-01-01 12:00:00")

  /// A store whose cards are `due` (nil: new), with `suspended`/`retired` where asked.
  func makeStore(
    _ cards: [(id: String, due: String?, state: CardState)], suspended: Set<String> = [],
    retired: Set<String> = [],
    settings: Settings = Settings()
  ) throws -> Store {
    let store = try Store.temporary(settings: settings)
    try store.sync(with: CatalogFixtures.catalog(ids: cards.map(\.id)), at: now - 90 * 86400)
    try store.writer.write { db in
      for spec in cards {
        var card = CardRecord.new(spec.id, at: now - 90 * 86400)
        if let due = spec.due {
          card.phase = CardPhase(spec.state)
          card.stability = 5
          card.difficulty = 5
          card.due = StoreFixtures.utc(due).timeIntervalSince1970
          card.lastReview = (now - 86400).timeIntervalSince1970
          card.reps = 2
        }
        card.suspended = suspended.contains(spec.id)
        card.retired = retired.contains(spec.id)
        try card.update(db)
      }
    }
    return store
  }

  @Test func countsDueNowLaterTodayTomorrowAndPerDay() throws {
    let store = try makeStore(
      [
        ("overdue", "2024-12-25 09:00:00", .review),
        ("learning-now", "2025-01-01 11:59:00", .learning),
        ("exactly-now", "2025-01-01 12:00:00", .review),
        ("tonight", "2025-01-01 20:00:00", .review),
        ("small-hours", "2025-01-02 03:59:00", .relearning),
        ("tomorrow-1", "2025-01-02 04:00:00", .review),
        ("tomorrow-2", "2025-01-03 03:00:00", .review),
        ("day-2", "2025-01-03 12:00:00", .review),
        ("day-29", "2025-01-30 12:00:00", .review),
        ("day-30", "2025-01-31 12:00:00", .review),
        ("suspended", "2025-01-01 09:00:00", .review),
        ("retired", "2025-01-01 09:00:00", .review),
        ("new-1", nil, .learning), ("new-2", nil, .learning), ("new-3", nil, .learning),
      ], suspended: ["suspended"], retired: ["retired"])

    let forecast = try store.forecast(at: now)
    #expect(forecast.dueNow == 3)
    #expect(forecast.laterToday == 2)
    #expect(forecast.tomorrow == 2)
    #expect(forecast.newTotal == 3)
    #expect(forecast.newAvailable == 3)
    #expect(forecast.days.count == 30)
    #expect(forecast.days.first?.date == "2025-01-01")
    #expect(forecast.days[1].date == "2025-01-02")
    #expect(forecast.days.last?.date == "2025-01-30")
    var counts = [Int](repeating: 0, count: 30)
    counts[0] = 5
    counts[1] = 2
    counts[2] = 1
    counts[29] = 1
    #expect(forecast.days.map(\.count) == counts)

    let week = try store.forecast(at: now, horizon: 7)
    #expect(week.days.map(\.count) == Array(counts.prefix(7)))
    #expect(week.dueNow == 3 && week.tomorrow == 2)
  }

  @Test func newAvailableFollowsTodaysLimit() throws {
    var settings = StoreFixtures.exactSettings()
    settings.newPerDay = 2
    let store = try makeStore(
      [("n1", nil, .learning), ("n2", nil, .learning), ("n3", nil, .learning)], settings: settings)
    var forecast = try store.forecast(at: now)
    #expect(forecast.newTotal == 3 && forecast.newAvailable == 2)

    // Introducing one today leaves one more for today; its learning step is now due soon.
    try store.record(ReviewInput(questionId: "n1", rating: .good, reviewedAt: now - 3600))
    forecast = try store.forecast(at: now)
    #expect(forecast.newTotal == 2)
    #expect(forecast.newAvailable == 1)
    #expect(forecast.dueNow == 1)

    // Tomorrow the limit starts again.
    forecast = try store.forecast(at: now + 86400)
    #expect(forecast.newAvailable == 2)
  }

  @Test func forecastFollowsTheLocalStudyDay() throws {
    let zone = TimeZone(identifier: "America/New_York")!
    let store = try Store.temporary(timeZone: zone)
    try store.sync(with: CatalogFixtures.catalog(ids: ["a", "b"]), at: now - 86400)
    // 2025-01-02 08:30 UTC is 03:30 EST, still the study day of 2025-01-01 in New York.
    try store.writer.write { db in
      for (id, due) in [("a", "2025-01-02 08:30:00"), ("b", "2025-01-02 09:30:00")] {
        var card = CardRecord.new(id, at: now - 86400)
        card.phase = .review
        card.stability = 5
        card.difficulty = 5
        card.due = StoreFixtures.utc(due).timeIntervalSince1970
        card.lastReview = (now - 86400).timeIntervalSince1970
        try card.update(db)
      }
    }
    let forecast = try store.forecast(at: now, horizon: 3)
    #expect(forecast.days.map(\.date) == ["2025-01-01", "2025-01-02", "2025-01-03"])
    #expect(forecast.days.map(\.count) == [1, 1, 0])
    #expect(forecast.laterToday == 1 && forecast.tomorrow == 1)
  }
}
