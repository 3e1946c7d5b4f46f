import FSRS
import Foundation
import GRDB

extension Store {
  /// Records a graded answer and reschedules its card, in one transaction committed before
  /// this returns.
  ///
  /// The card is read inside the transaction, so a second terminal reviewing the same card is
  /// taken into account. A cram review is logged but leaves the schedule alone.
  /// - Throws: ``StoreError/unknownQuestion(_:)`` when no card exists for the id;
  ///   ``StoreError/writeFailed(_:)`` when the disk is full or the database stays locked
  ///   (nothing of the review is saved then).
  @discardableResult
  public func record(_ input: ReviewInput) throws -> RecordedReview {
    try Self.classifyingWriteErrors { try recordInTransaction(input) }
  }

  /// Runs a write, turning SQLite's full-disk, busy and I/O errors into
  /// ``StoreError/writeFailed(_:)``.
  static func classifyingWriteErrors<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as DatabaseError {
      switch error.resultCode {
      case .SQLITE_FULL: throw StoreError.writeFailed(.diskFull)
      case .SQLITE_BUSY, .SQLITE_LOCKED: throw StoreError.writeFailed(.busy)
      case .SQLITE_IOERR where error.extendedResultCode == .SQLITE_IOERR_WRITE:
        throw StoreError.writeFailed(.writeRefused)
      case .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_CANTOPEN:
        throw StoreError.writeFailed(
          .other(error.message ?? "SQLite error \(error.resultCode.rawValue)"))
      default: throw error
      }
    }
  }

  private func recordInTransaction(_ input: ReviewInput) throws -> RecordedReview {
    try writer.write { db in
      guard var card = try CardRecord.fetchOne(db, key: input.questionId) else {
        throw StoreError.unknownQuestion(input.questionId)
      }
      let id = ids.next()
      let step = schedule(card, rating: input.rating, at: input.reviewedAt, reviewId: id)
      var review = ReviewRecord(
        id: id, questionId: input.questionId, reviewedAt: input.reviewedAt.timeIntervalSince1970,
        rating: input.rating, suggestedRating: input.suggestedRating,
        durationMs: input.duration.map { Int(($0 * 1000).rounded()) }, phaseBefore: card.phase,
        due: 0, sessionId: input.sessionId, answer: settings.keepAnswers ? input.answer : nil,
        words: input.words, grading: input.grading,
        coverage: input.coverage, score: input.score, cram: input.cram, source: input.source,
        areas: input.areas)
      review.apply(step.result)
      var becameLeech = false
      // Cram logs what the schedule would have said, but changes nothing.
      if !input.cram {
        let lapsesBefore = card.lapses
        card = step.card
        // Only a review that adds a lapse can make a card a leech, so a leech the user
        // unsuspended stays active until it lapses again.
        if card.lapses > lapsesBefore && card.lapses >= settings.leechLapses && !card.leech {
          card.leech = true
          card.suspended = true
          becameLeech = true
        }
        try card.update(db)
      }
      try review.insert(db)
      try countPracticeDay(review.reviewedAt, by: 1, in: db)
      if !review.cram { try countArea(review, by: 1, in: db) }
      return RecordedReview(review: review, card: card, becameLeech: becameLeech)
    }
  }

  /// Takes back a review: it stays in the log, marked undone, and the card is rebuilt from the
  /// reviews that remain.
  /// - Returns: the card after the rebuild.
  @discardableResult
  public func undo(reviewId: String, at date: Date) throws -> CardRecord {
    try writer.write { db in
      guard let review = try ReviewRecord.fetchOne(db, key: reviewId) else {
        throw StoreError.nothingToUndo
      }
      try ReviewUndoRecord(reviewId: reviewId, undoneAt: date.timeIntervalSince1970).insert(
        db, onConflict: .ignore)
      if db.changesCount > 0 {
        try countPracticeDay(review.reviewedAt, by: -1, in: db)
        if !review.cram { try countArea(review, by: -1, in: db) }
      }
      return try rebuildCard(review.questionId, in: db)
    }
  }

  /// One scheduling step: the FSRS result and the card row after it.
  struct Step {
    var result: ReviewResult
    var card: CardRecord
  }

  /// Applies one rating to a card row, with study-day elapsed time and fuzz seeded by the
  /// review id (so replaying the log gives the same intervals).
  func schedule(_ card: CardRecord, rating: Rating, at date: Date, reviewId: String) -> Step {
    let fsrsCard = card.fsrsCard
    let elapsed = card.lastReview.map {
      calendar.elapsedDays(from: Date(timeIntervalSince1970: $0), to: date)
    }
    var rng = SeededGenerator(seed: Self.seed(reviewId))
    let result = scheduler.review(
      fsrsCard, rating: rating, at: date, elapsedDays: elapsed, using: &rng)
    var next = card
    next.apply(result.card)
    next.reps += 1
    if card.phase == .review && rating == .again { next.lapses += 1 }
    return Step(result: result, card: next)
  }

  /// Rebuilds a card from its log: every review not undone and not cram, in time order.
  ///
  /// - Parameter inserting: new reviews (from an import) to merge into the log first; they are
  ///   written with the figures the replay computes for them.
  @discardableResult
  func rebuildCard(_ questionId: String, in db: Database, inserting new: [ReviewRecord] = []) throws
    -> CardRecord
  {
    guard let existing = try CardRecord.fetchOne(db, key: questionId) else {
      throw StoreError.unknownQuestion(questionId)
    }
    let newIDs = Set(new.map(\.id))
    let reviews = (try activeReviews(of: questionId, in: db) + new).sorted {
      ($0.reviewedAt, $0.id) < ($1.reviewedAt, $1.id)
    }
    let steps = try replay(reviews, startingFrom: existing)
    // The figures stored beside each rating are a cache of this replay; write them for new
    // reviews and refresh them where they changed (the rating and time are never changed).
    let refresh = try db.cachedStatement(
      sql: """
        UPDATE review SET elapsed_days = ?, retrievability = ?, stability = ?, difficulty = ?,
          state = ?, step = ?, due = ?, interval_days = ?, state_before = ? WHERE id = ?
        """)
    var phaseBefore = CardPhase.new
    for (review, step) in zip(reviews, steps) {
      var updated = review
      updated.apply(step.result)
      updated.phaseBefore = phaseBefore
      phaseBefore = updated.phase
      if newIDs.contains(review.id) {
        try insertReview(updated, in: db)
      } else if updated != review {
        try refresh.execute(arguments: [
          updated.elapsedDays, updated.retrievability, updated.stability, updated.difficulty,
          updated.phase.rawValue, updated.step, updated.due, updated.intervalDays,
          updated.phaseBefore.rawValue, updated.id,
        ])
      }
    }
    var card = steps.last?.card ?? existing.resetSchedule()
    // Leech status follows the lapse count only when it crosses the threshold; otherwise the
    // user's own suspend and unsuspend decisions stand.
    let isLeech = card.lapses >= settings.leechLapses
    if existing.leech && !isLeech {
      // The lapse that made it a leech was taken back: undo the suspension it caused.
      card.leech = false
      card.suspended = false
    } else if isLeech && !existing.leech && card.lapses > existing.lapses {
      card.leech = true
      card.suspended = true
    } else {
      card.leech = existing.leech
      card.suspended = existing.suspended
    }
    try card.update(db)
    return card
  }

  /// Replays reviews from a fresh card; each step is the state after that review, so
  /// `zip(reviews, steps)` pairs every review with its own figures. (A review whose rating does
  /// not parse never gets here: reading it throws ``StoreError/corruptRow(table:id:column:)``.)
  func replay(_ reviews: [ReviewRecord], startingFrom card: CardRecord) throws -> [Step] {
    var current = card.resetSchedule()
    var steps: [Step] = []
    steps.reserveCapacity(reviews.count)
    for review in reviews {
      let step = schedule(
        current, rating: review.rating, at: Date(timeIntervalSince1970: review.reviewedAt),
        reviewId: review.id)
      steps.append(step)
      current = step.card
    }
    return steps
  }

  /// The reviews that count for scheduling, oldest first.
  func activeReviews(of questionId: String, in db: Database) throws -> [ReviewRecord] {
    try ReviewRecord.active.filter(Column("question_id") == questionId)
      .order(Column("reviewed_at"), Column("id")).fetchAll(db)
  }

  /// The words of a typed answer, as the mock scorecard counts them.
  public static func wordCount(_ text: String) -> Int {
    text.split(whereSeparator: \.isWhitespace).count
  }

  /// A stable 64-bit seed from a review id.
  static func seed(_ id: String) -> UInt64 {
    FNV1a.hash(id.utf8)
  }
}

extension CardRecord {
  /// The same card with no reviews applied.
  func resetSchedule() -> CardRecord {
    var card = CardRecord.new(questionId, at: Date(timeIntervalSince1970: addedAt))
    card.suspended = suspended
    card.retired = retired
    return card
  }
}

extension Store {
  /// Inserts a review through a cached statement (imports write a million of these).
  func insertReview(_ r: ReviewRecord, in db: Database) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO review (id, question_id, reviewed_at, rating, suggested_rating, duration_ms, elapsed_days,
          retrievability, stability, difficulty, state, step, due, interval_days, session_id, answer, coverage,
          score, cram, source, state_before, areas, words, grading)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    try statement.execute(arguments: [
      r.id, r.questionId, r.reviewedAt, r.rating.rawValue, r.suggestedRating?.rawValue,
      r.durationMs, r.elapsedDays, r.retrievability, r.stability, r.difficulty, r.phase.rawValue,
      r.step, r.due, r.intervalDays, r.sessionId, r.answer, r.coverage, r.score, r.cram,
      r.source.rawValue, r.phaseBefore.rawValue, StatsArea.encode(r.areas), r.words,
      r.grading?.databaseText,
    ])
  }
}

extension ReviewRecord {
  /// Copies what the scheduler computed for this review.
  mutating func apply(_ r: ReviewResult) {
    elapsedDays = r.elapsedDays
    retrievability = r.retrievability
    stability = r.card.memory?.stability ?? 0
    difficulty = r.card.memory?.difficulty ?? 0
    phase = CardPhase(r.card.state)
    step = r.card.step
    due = r.card.due.timeIntervalSince1970
    intervalDays = r.intervalDays
  }
}

extension Store {
  /// Keeps the per-day review counts behind streaks and the heatmap, so they need no scan of
  /// the whole log. Days are study days in the zone in force when the review was written.
  func countPracticeDay(_ time: Double, by delta: Int, in db: Database) throws {
    let day = calendar.day(of: Date(timeIntervalSince1970: time))
    try db.execute(
      sql: """
        INSERT INTO practice_day (day, reviews) VALUES (?, ?)
        ON CONFLICT(day) DO UPDATE SET reviews = reviews + excluded.reviews
        """, arguments: [day, delta])
    if delta < 0 {
      try db.execute(
        sql: "DELETE FROM practice_day WHERE day = ? AND reviews <= 0", arguments: [day])
    }
  }

  /// Adds many reviews to the per-day counts at once (imports).
  func countPracticeDays(_ times: [Double], in db: Database) throws {
    var counts: [Int: Int] = [:]
    for t in times { counts[calendar.day(of: Date(timeIntervalSince1970: t)), default: 0] += 1 }
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO practice_day (day, reviews) VALUES (?, ?)
        ON CONFLICT(day) DO UPDATE SET reviews = reviews + excluded.reviews
        """)
    for (day, n) in counts { try statement.execute(arguments: [day, n]) }
  }

  /// Fills the per-day counts from the log (once, after the migration that adds them).
  func rebuildPracticeDays(in db: Database) throws {
    try db.execute(sql: "DELETE FROM practice_day")
    var counts: [Int: Int] = [:]
    let times = try ReviewRecord.kept.select(Column("reviewed_at"), as: Double.self)
      .fetchCursor(db)
    while let t = try times.next() {
      counts[calendar.day(of: Date(timeIntervalSince1970: t)), default: 0] += 1
    }
    for (day, n) in counts {
      try db.execute(
        sql: "INSERT INTO practice_day (day, reviews) VALUES (?, ?)", arguments: [day, n])
    }
  }
}
