import FSRS
import Foundation
import GRDB
import RehearseTestSupport
import Testing

@testable import RehearseKit
@testable import RehearseStore

/// Recording, cramming, undoing and replaying reviews.
@Suite struct StoreReviewTests {
  let t0 = StoreFixtures.utc("2025-01-01 09:00:00")
  let day: TimeInterval = 86400

  func makeStore(_ settings: Settings = StoreFixtures.exactSettings(), ids: [String] = ["q"]) throws
    -> Store
  {
    let store = try Store.temporary(settings: settings)
    try store.sync(with: CatalogFixtures.catalog(ids: ids), at: t0 - day)
    return store
  }

  @discardableResult
  func record(_ store: Store, _ rating: Rating, at date: Date, id: String = "q", cram: Bool = false)
    throws -> RecordedReview
  {
    try store.record(ReviewInput(questionId: id, rating: rating, reviewedAt: date, cram: cram))
  }

  func reviewCount(_ store: Store) throws -> Int {
    try store.writer.read { db in try ReviewRecord.fetchCount(db) }
  }

  @Test func recordCommitsTheReviewAndUpdatesTheCard() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    let store = try Store.open(
      at: url, settings: StoreFixtures.exactSettings(), timeZone: TimeZone(identifier: "UTC")!)
    try store.sync(with: CatalogFixtures.catalog(ids: ["q"]), at: t0 - day)
    let recorded = try store.record(
      ReviewInput(
        questionId: "q", rating: .good, reviewedAt: t0, duration: 12.5, answer: "Accountable"))

    #expect(recorded.card.phase == .learning)
    #expect(recorded.card.step == 1)
    #expect(recorded.card.reps == 1)
    #expect(recorded.card.due == (t0 + 600).timeIntervalSince1970)
    #expect(recorded.review.rating == .good)
    #expect(recorded.review.durationMs == 12500)
    #expect(!recorded.becameLeech)

    // A second connection (another terminal) sees the review and the card at once.
    let other = try Store.open(
      at: url, settings: StoreFixtures.exactSettings(), timeZone: TimeZone(identifier: "UTC")!)
    #expect(try other.card("q") == recorded.card)
    let logged = try other.writer.read { db in try ReviewRecord.fetchAll(db) }
    #expect(logged == [recorded.review])
    #expect(logged.first?.answer == "Accountable")
  }

  @Test func answersAreSyncedToDiskOnEveryCommit() throws {
    // synchronous = FULL (2) on the connection that commits: a power cut loses no answer the
    // session reported saved. GRDB's WAL set-up would leave NORMAL (1).
    let store = try makeStore()
    let level = try store.writer.writeWithoutTransaction { db in
      try Int.fetchOne(db, sql: "PRAGMA synchronous")
    }
    #expect(level == 2)
  }

  @Test func recordingAnUnknownQuestionThrows() throws {
    let store = try makeStore()
    #expect(throws: StoreError.unknownQuestion("nope")) {
      try record(store, .good, at: t0, id: "nope")
    }
    #expect(try reviewCount(store) == 0)
  }

  /// Same-time-of-day sequences: the store's card equals the FSRS scheduler's (fuzz off).
  static let sequences: [[(TimeInterval, Int)]] = [
    [(0, 3), (600, 3), (2 * 86400 + 600, 3), (13 * 86400 + 600, 2)],
    [
      (0, 1), (60, 1), (120, 3), (720, 3), (86400 + 720, 1), (86400 + 1320, 3),
      (5 * 86400 + 1320, 4),
    ],
    [(0, 4), (3 * 86400, 1), (3 * 86400 + 600, 2), (3 * 86400 + 1500, 3), (30 * 86400 + 1500, 3)],
    [
      (0, 2), (900, 2), (1800, 4), (40 * 86400 + 1800, 2), (41 * 86400 + 1800, 1),
      (41 * 86400 + 2400, 1),
    ],
  ]

  @Test(arguments: sequences)
  func cardStateMatchesTheScheduler(_ sequence: [(TimeInterval, Int)]) throws {
    let store = try makeStore()
    let scheduler = Scheduler(try SchedulerConfiguration(enableFuzzing: false))
    var card = Card.new(due: t0)
    var rng = SeededGenerator(seed: 1)
    for (offset, raw) in sequence {
      let rating = Rating(rawValue: raw)!
      let at = t0 + offset
      let result = scheduler.review(card, rating: rating, at: at, using: &rng)
      card = result.card
      let recorded = try record(store, rating, at: at)
      #expect(recorded.card.fsrsCard == card, "after \(rating) at +\(offset)s")
      #expect(recorded.review.elapsedDays == result.elapsedDays)
      #expect(recorded.review.retrievability == result.retrievability)
      #expect(recorded.review.intervalDays == result.intervalDays)
    }
    #expect(try store.card("q")?.reps == sequence.count)
  }

  @Test func cramIsLoggedButDoesNotChangeTheCard() throws {
    let store = try makeStore()
    try record(store, .good, at: t0)
    let before = try #require(try store.card("q"))
    let cram = try record(store, .again, at: t0 + 60, cram: true)
    #expect(cram.review.cram)
    #expect(cram.card == before)
    #expect(try store.card("q") == before)
    #expect(try reviewCount(store) == 2)
    #expect(try store.todayCounts(at: t0 + 120).reviews == 1)
    #expect(try store.history(of: "q").ignoredReviews == 1)
  }

  @Test func undoKeepsTheRowAndRestoresTheCardBeforeIt() throws {
    let store = try makeStore()
    try record(store, .good, at: t0)
    try record(store, .good, at: t0 + 600)
    let before = try #require(try store.card("q"))
    let last = try record(store, .again, at: t0 + 2 * day)
    #expect(try store.card("q") != before)

    let restored = try store.undo(reviewId: last.review.id, at: t0 + 2 * day + 5)
    #expect(restored == before)
    #expect(try store.card("q") == before)
    #expect(try reviewCount(store) == 3)
    let undone = try store.writer.read { db in
      try String.fetchAll(db, sql: "SELECT review_id FROM review_undo")
    }
    #expect(undone == [last.review.id])
    #expect(try store.history(of: "q").entries.count == 2)
    #expect(try store.todayCounts(at: t0 + 2 * day + 10).reviews == 0)

    // Undoing every review gives back a new card.
    let all = try store.writer.read { db in
      try ReviewRecord.order(Column("reviewed_at")).fetchAll(db)
    }
    for review in all.dropLast() { try store.undo(reviewId: review.id, at: t0 + 3 * day) }
    let fresh = try #require(try store.card("q"))
    #expect(fresh.isNew && fresh.reps == 0 && fresh.due == nil && fresh.stability == nil)
  }

  @Test func undoingAnUnknownReviewThrows() throws {
    let store = try makeStore()
    #expect(throws: StoreError.nothingToUndo) { try store.undo(reviewId: "missing", at: t0) }
  }

  /// Easy (to review), then a lapse and relearning, `count` times.
  func lapse(_ store: Store, times count: Int, from start: Date) throws -> [RecordedReview] {
    var results = [try record(store, .easy, at: start)]
    var at = start
    for _ in 0..<count {
      at += 20 * day
      results.append(try record(store, .again, at: at))
      results.append(try record(store, .good, at: at + 600))
    }
    return results
  }

  @Test func twoLapsesMakeALeechWhenLeechLapsesIsTwo() throws {
    let store = try makeStore(StoreFixtures.exactSettings { $0.leechLapses = 2 })
    let results = try lapse(store, times: 2, from: t0)
    let firstLapse = results[1]
    #expect(firstLapse.card.lapses == 1)
    #expect(!firstLapse.becameLeech && !firstLapse.card.suspended && !firstLapse.card.leech)
    let secondLapse = results[3]
    #expect(secondLapse.card.lapses == 2)
    #expect(secondLapse.becameLeech)
    #expect(secondLapse.card.leech && secondLapse.card.suspended)
    let card = try #require(try store.card("q"))
    #expect(card.leech && card.suspended)
    // Suspended cards are not scheduled.
    let queue = DailyQueue(
      cards: try store.activeCards(), catalog: CatalogFixtures.catalog(ids: ["q"]),
      settings: Settings(),
      scheduler: store.scheduler, calendar: store.calendar, now: t0 + 100 * day,
      today: try store.todayCounts(at: t0 + 100 * day))
    #expect(queue.entries.isEmpty)
  }

  /// A user who unsuspends a leech to keep practising it must not see it suspended again by a
  /// correct answer (or by a rebuild of its log); only a further lapse may.
  @Test func anUnsuspendedLeechStaysUnsuspendedUntilItLapsesAgain() throws {
    let store = try makeStore(StoreFixtures.exactSettings { $0.leechLapses = 2 })
    let results = try lapse(store, times: 2, from: t0)
    #expect(results[3].becameLeech)
    #expect(try store.setSuspended(false, ["q"]) == [])
    let freed = try #require(try store.card("q"))
    #expect(!freed.suspended && !freed.leech)

    let good = try record(store, .good, at: t0 + 60 * day)
    #expect(!good.becameLeech)
    #expect(!good.card.suspended, "a Good answer suspended the card again")
    // Taking back a cram review rebuilds the card from its log; that must not suspend it either.
    let cram = try record(store, .good, at: t0 + 60 * day + 60, cram: true)
    let rebuilt = try store.undo(reviewId: cram.review.id, at: t0 + 60 * day + 120)
    #expect(!rebuilt.suspended && !rebuilt.leech)

    let third = try record(store, .again, at: t0 + 200 * day)
    #expect(third.card.lapses == 3)
    #expect(third.becameLeech && third.card.suspended)
  }

  @Test func againInLearningIsNotALapse() throws {
    let store = try makeStore(StoreFixtures.exactSettings { $0.leechLapses = 2 })
    for i in 0..<4 { try record(store, .again, at: t0 + Double(i) * 60) }
    let card = try #require(try store.card("q"))
    #expect(card.lapses == 0 && !card.leech && !card.suspended)
  }

  /// Taking back the rating that made a card a leech puts the card back as it was: no longer
  /// a leech, and not suspended.
  @Test func undoingTheLeechLapseUnsuspends() throws {
    let store = try makeStore(StoreFixtures.exactSettings { $0.leechLapses = 2 })
    let results = try lapse(store, times: 2, from: t0)
    let beforeLeech = results[2].card
    let leechReview = results[3].review
    // Drop the relearning step after the leech lapse too, then the lapse itself.
    try store.undo(reviewId: results[4].review.id, at: t0 + 50 * day)
    let card = try store.undo(reviewId: leechReview.id, at: t0 + 50 * day)
    #expect(card.lapses == 1)
    #expect(!card.leech)
    #expect(!card.suspended, "the suspension came only from the undone lapse")
    #expect(card == beforeLeech)
  }

  /// Replaying the log rebuilds exactly the card the live records produced, fuzz included
  /// (the fuzz is seeded by the review id).
  @Test(arguments: [false, true])
  func replayGivesTheLiveCard(fuzz: Bool) throws {
    let store = try makeStore(
      StoreFixtures.exactSettings {
        $0.fuzz = fuzz; $0.leechLapses = 3
      }, ids: ["q", "r"])
    let plan: [(TimeInterval, Rating)] = [
      (0, .good), (600, .good), (3 * day, .good), (15 * day, .easy), (90 * day, .hard),
      (200 * day, .again),
      (200 * day + 600, .good), (207 * day, .good), (260 * day, .again), (260 * day + 600, .again),
      (260 * day + 1200, .good), (300 * day, .again), (300 * day + 600, .good), (400 * day, .good),
    ]
    var live: [CardRecord] = []
    for (offset, rating) in plan {
      live.append(try record(store, rating, at: t0 + offset).card)
      try record(store, rating == .again ? .good : .again, at: t0 + offset + 1, id: "r")
    }
    let liveCards = try store.writer.read { db in
      try CardRecord.order(Column("question_id")).fetchAll(db)
    }
    let liveLog = try store.writer.read { db in
      try ReviewRecord.order(Column("reviewed_at"), Column("id")).fetchAll(db)
    }
    #expect(liveCards.first { $0.questionId == "q" }?.leech == true)

    let rebuilt = try store.writer.write { db in
      [try store.rebuildCard("q", in: db), try store.rebuildCard("r", in: db)]
    }
    #expect(rebuilt == liveCards)
    #expect(
      try store.writer.read { db in try CardRecord.order(Column("question_id")).fetchAll(db) }
        == liveCards)
    #expect(
      try store.writer.read { db in
        try ReviewRecord.order(Column("reviewed_at"), Column("id")).fetchAll(db)
      } == liveLog)

    // The history view replays the same figures.
    let history = try store.history(of: "q")
    #expect(history.entries.map(\.stability) == live.map { $0.stability ?? 0 })
    #expect(history.entries.map { $0.due.timeIntervalSince1970 } == live.map { $0.due ?? 0 })
  }

  @Test(arguments: [
    "UPDATE review SET rating = 1",
    "UPDATE review SET reviewed_at = reviewed_at + 1",
    "UPDATE review SET cram = 1",
    "DELETE FROM review",
  ])
  func theReviewLogIsAppendOnly(_ sql: String) throws {
    let store = try makeStore()
    try record(store, .good, at: t0)
    let before = try store.writer.read { db in try ReviewRecord.fetchAll(db) }
    #expect(throws: DatabaseError.self) {
      try store.writer.write { db in try db.execute(sql: sql) }
    }
    #expect(try store.writer.read { db in try ReviewRecord.fetchAll(db) } == before)
  }
}
