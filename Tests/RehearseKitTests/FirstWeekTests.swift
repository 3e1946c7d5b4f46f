import FSRS
import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// A new user's first week on the bundled banks, one drill a day: what they are asked must
/// feel like a plan, not a dump of one topic or a loop of the same failed card.
@Suite struct FirstWeekTests {
  /// One review as the week saw it.
  struct Asked {
    var question: Question
    var at: Date
    var due: Date
    var isFirst: Bool
  }

  /// Runs one default drill a day for `days` days, answering every choice question "a" and
  /// every typed one with a short generic line, rating `rating` (nil: Enter takes the
  /// suggestion, which fails most). The clock moves 20 seconds per reading.
  static func week(days: Int, home: URL, rating: String? = "3") throws -> [[Asked]] {
    var result: [[Asked]] = []
    var seen: Set<String> = []
    for day in 0..<days {
      let ws = try WorkspaceFixtures.open(
        home: home, now: String(format: "2026-12-%02dT09:00:00Z", day + 1), tick: 20)
      let console = ScriptedConsole.steady(rating: rating)
      try DrillSession(workspace: ws, options: DrillOptions(), console: console).run()
      var asked: [Asked] = []
      let start = try #require(ISO8601DateFormatter().date(from: "2026-12-01T04:00:00Z"))
        .addingTimeInterval(Double(day) * 86_400)
      for q in ws.catalog.questions {
        let history = try ws.store.history(of: q.id)
        for (i, entry) in history.entries.enumerated()
        where entry.reviewedAt >= start && entry.reviewedAt < start + 86_400 {
          asked.append(
            Asked(
              question: q, at: entry.reviewedAt, due: entry.due,
              isFirst: i == 0 && !seen.contains(q.id)))
        }
      }
      asked.sort { $0.at < $1.at }
      seen.formUnion(asked.map(\.question.id))
      result.append(asked)
    }
    return result
  }

  @Test func theFirstWeekMixesNewQuestionsAndNeverLoopsOnACard() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let week = try Self.week(days: 5, home: home.url)
    var categoriesByDayTwo: Set<Category> = []
    for (day, asked) in week.enumerated() {
      let fresh = asked.filter(\.isFirst).map(\.question)
      #expect(!fresh.isEmpty, "day \(day + 1) introduced nothing")
      // A day opens with short questions; a design prompt never comes first.
      #expect(asked.first?.question.kind != .design, "day \(day + 1)")
      if ProcessInfo.processInfo.environment["REHEARSE_WEEK_REPORT"] != nil {
        let byCategory = Dictionary(grouping: fresh, by: \.category).mapValues(\.count)
        let topTopic = Dictionary(grouping: fresh, by: \.topic).mapValues(\.count).max {
          $0.value < $1.value
        }
        print(
          "day \(day + 1): asked \(asked.count), new \(fresh.count) \(byCategory.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }), top topic \(topTopic.map { "\($0.key)=\($0.value)" } ?? "-"), new designs \(fresh.filter { $0.kind == .design }.count)"
        )
      }
      if day < 2 { categoriesByDayTwo.formUnion(fresh.map(\.category)) }
      // No day's new questions come more than about a third from one topic.
      let topics = Dictionary(grouping: fresh, by: \.topic).mapValues(\.count)
      let most = topics.values.max() ?? 0
      #expect(
        most <= max(2, (fresh.count + 2) / 3),
        "day \(day + 1): \(most) of \(fresh.count) new questions from one topic: \(topics)")
      // Long design prompts are spread out: one a day at most with the default budget.
      #expect(fresh.filter { $0.kind == .design }.count <= 1, "day \(day + 1)")
      // The first day, with no answer times yet, fits 30 minutes at the questions' limits (a
      // design prompt at an outline's 15 minutes; later days use the user's own median times).
      if day == 0 {
        let minutes = Int(fresh.reduce(0) { $0 + ExpectedTime().seconds(for: $1) } / 60)
        #expect(minutes <= 30, "day 1: \(minutes) min of new questions")
      }
      // A card comes back only after its step (or at the very end), never twice in a row.
      for (a, b) in zip(asked, asked.dropFirst()) {
        #expect(a.question.id != b.question.id, "day \(day + 1): \(a.question.id) twice in a row")
      }
      let lastFirst = asked.lastIndex(where: \.isFirst) ?? 0
      for (i, later) in asked.enumerated() {
        guard let j = asked[..<i].lastIndex(where: { $0.question.id == later.question.id })
        else { continue }
        let early = later.at < asked[j].due
        #expect(
          !early || i > lastFirst,
          "day \(day + 1): \(later.question.id) back \(Int(later.at.timeIntervalSince(asked[j].at)))s later, before its step"
        )
      }
    }
    #expect(categoriesByDayTwo == Set(Category.allCases), "\(categoriesByDayTwo)")
  }

  @Test func aUserWhoFailsEverythingIsNotLockedInALoop() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    for (day, asked) in try Self.week(days: 3, home: home.url, rating: "1").enumerated() {
      let distinct = Set(asked.map(\.question.id)).count
      // Each card at most three times a session (asked, and back twice), never twice in a row.
      #expect(asked.count <= 3 * distinct, "day \(day + 1): \(asked.count) for \(distinct)")
      for (a, b) in zip(asked, asked.dropFirst()) {
        #expect(a.question.id != b.question.id, "day \(day + 1): \(a.question.id) twice in a row")
      }
    }
  }

  @Test func countAsksExactlyThatManyReturnsIncluded() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let ws = try WorkspaceFixtures.open(home: home.url, tick: 40)
    let summary = try DrillSession(
      workspace: ws, options: DrillOptions(count: 6), console: ScriptedConsole.steady()
    ).run()
    #expect(summary.answered == 6)
  }

  @Test func newOnlyIsNotCappedByTheDaysQuota() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let config = "new_per_day: 1\n"
    var ws = try WorkspaceFixtures.open(home: home.url, tick: 5, config: config)
    try DrillSession(
      workspace: ws, options: DrillOptions(count: 1), console: ScriptedConsole.steady()
    )
    .run()
    ws = try WorkspaceFixtures.open(
      home: home.url, now: "2026-11-25T10:00:00Z", tick: 5, config: config)
    let console = ScriptedConsole.steady()
    let summary = try DrillSession(
      workspace: ws, options: DrillOptions(count: 3, newOnly: true), console: console
    ).run()
    #expect(summary.answered == 3)
    #expect(!console.transcript.contains("nothing due"))
  }
}
