import FSRS
import Foundation
import GRDB
import RehearseTestSupport
import Testing

@testable import RehearseStore

/// Data written by older schemas survives every migration unchanged, and what the migrations
/// fill in (state before, practice days, area totals) is what a hand count of the log gives.
///
/// Every expected value here is worked out by hand from the rows the test writes, never by
/// calling the code under test.
@Suite struct StoreMigrationDataTests {
  let utc = TimeZone(identifier: "UTC")!
  /// 2025-12-29 09:20:00 UTC. Study days start at 04:00 (the default rollover), so this is study
  /// day 20451 ((1_767_000_000 − 4 × 3600) / 86400 = 20451.2); `+ 86400` is day 20452, and so on.
  let t0 = 1_767_000_000.0
  let day1 = 20451
  let day2 = 20452
  let day3 = 20453

  // MARK: - 1. v1 → latest, with a realistic history

  /// The v1 history: three cards, nine reviews over three study days, one cram review (r05)
  /// and one review taken back (r07).
  private func v1Reviews() -> [OldReview] {
    let d2 = t0 + 86400
    let d3 = t0 + 2 * 86400
    return [
      // Day 20451: q1 learnt and promoted, q2 and q3 introduced.
      OldReview(
        id: "r01", questionId: "q1", at: t0, rating: 3, state: 1, durationMs: 42_000,
        answer: "Name the owner, the date and the next step for every risk.", coverage: 0.5,
        sessionId: "s1"),
      OldReview(
        id: "r02", questionId: "q2", at: t0 + 60, rating: 2, state: 1, durationMs: 15_500,
        sessionId: "s1"),
      OldReview(
        id: "r03", questionId: "q1", at: t0 + 600, rating: 4, state: 2, durationMs: 8_000,
        sessionId: "s1"),
      OldReview(
        id: "r04", questionId: "q3", at: t0 + 900, rating: 1, state: 1, durationMs: 120_000,
        answer: "I owned the launch.", coverage: 0.8, score: 55, sessionId: "s1"),
      // Day 20452: a cram lapse of q1 (logged, schedules nothing), q2 graduates, and a lapse of
      // q1 that is then taken back.
      OldReview(
        id: "r05", questionId: "q1", at: d2, rating: 1, state: 3, cram: true, source: "cram"),
      OldReview(id: "r06", questionId: "q2", at: d2 + 60, rating: 3, state: 2, elapsedDays: 1),
      OldReview(
        id: "r07", questionId: "q1", at: d2 + 120, rating: 1, state: 3, elapsedDays: 1,
        coverage: 0.9),
      // Day 20453: q2 lapses, q1 is recalled.
      OldReview(
        id: "r08", questionId: "q2", at: d3, rating: 1, state: 3, durationMs: 30_000,
        elapsedDays: 1, answer: "Track the burndown.", coverage: 0.2),
      OldReview(id: "r09", questionId: "q1", at: d3 + 60, rating: 3, state: 2, elapsedDays: 2),
    ]
  }

  /// The state the previous kept, non-cram review of the same card left (0 for none), by hand:
  /// q1: r01 none; r03 after r01 (1); r05 (cram) after r03 (2); r07 after r03 (2: r05 is cram);
  /// r09 after r03 (2: r07 is undone, r05 is cram). q2: r02 none; r06 after r02 (1); r08 after
  /// r06 (2). q3: r04 none.
  let expectedStateBefore = [
    "r01": 0, "r02": 0, "r03": 1, "r04": 0, "r05": 2, "r06": 1, "r07": 2, "r08": 2, "r09": 2,
  ]

  /// The v1 card rows (the cache of the log above).
  private func v1Cards() -> [CardRecord] {
    [
      CardRecord(
        questionId: "q1", phase: .review, step: nil, stability: 8.25, difficulty: 4.5,
        due: t0 + 10 * 86400, lastReview: t0 + 2 * 86400 + 60, reps: 3, lapses: 0,
        suspended: false, leech: false, retired: false, addedAt: t0 - 86400),
      CardRecord(
        questionId: "q2", phase: .relearning, step: 0, stability: 1.125, difficulty: 7.25,
        due: t0 + 2 * 86400 + 600, lastReview: t0 + 2 * 86400, reps: 3, lapses: 1,
        suspended: false, leech: false, retired: false, addedAt: t0 - 86400),
      CardRecord(
        questionId: "q3", phase: .learning, step: 0, stability: 0.5, difficulty: 8,
        due: t0 + 960, lastReview: t0 + 900, reps: 1, lapses: 0, suspended: true, leech: false,
        retired: false, addedAt: t0 - 86400),
    ]
  }

  @Test func aV1HistorySurvivesEveryMigrationAndFillsTheNewTables() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    let reviews = v1Reviews()
    do {
      let old = try DatabaseQueue(path: url.path)
      try Store.migrator.migrate(old, upTo: "v1-cards-reviews-sessions")
      try old.write { db in
        for card in v1Cards() { try insertCard(card, in: db) }
        try db.execute(
          sql: """
            INSERT INTO session (id, kind, started_at, ended_at, filters)
            VALUES ('s1', 'drill', ?, ?, NULL)
            """, arguments: [t0 - 30, t0 + 1000])
        for review in reviews { try review.insert(in: db) }
        try db.execute(
          sql: "INSERT INTO review_undo (review_id, undone_at) VALUES ('r07', ?)",
          arguments: [t0 + 86400 + 150])
      }
      try old.close()
    }

    let store = try Store.open(at: url, timeZone: utc)

    // The old file was copied first, as it was.
    let backup = dir.url.appending(path: "rehearse.sqlite.backup-v1-cards-reviews-sessions")
    #expect(FileManager.default.fileExists(atPath: backup.path))
    let copy = try DatabaseQueue(path: backup.path)
    let backupState = try copy.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM review"),
        try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
        try db.columns(in: "review").contains { $0.name == "state_before" }
      )
    }
    try copy.close()
    #expect(backupState.0 == 9)
    #expect(backupState.1 == ["v1-cards-reviews-sessions"])
    #expect(!backupState.2)

    // Every review row is still there, its data unchanged and its state before filled in.
    let rows = try store.writer.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM review ORDER BY id").map(ReviewFields.init)
    }
    let expected = reviews.map { ReviewFields($0, stateBefore: expectedStateBefore[$0.id]!) }
    #expect(rows == expected)

    // The cards, the session and the undo are untouched.
    #expect(try store.activeCards().sorted { $0.questionId < $1.questionId } == v1Cards())
    let sessions = try store.writer.read { db in try SessionRecord.fetchAll(db) }
    #expect(
      sessions == [
        SessionRecord(id: "s1", kind: .drill, startedAt: t0 - 30, endedAt: t0 + 1000, filters: nil)
      ])

    // Practice days count kept reviews: the undone r07 is left out, the cram r05 counts (as
    // `record` counts a cram review and `undo` subtracts an undone one).
    let days = try store.writer.read { db in
      try Row.fetchAll(db, sql: "SELECT day, reviews FROM practice_day ORDER BY day").map {
        [$0["day"] as Int, $0["reviews"] as Int]
      }
    }
    #expect(days == [[day1, 4], [day2, 2], [day3, 2]])
    #expect(
      try store.practiceDays(through: Date(timeIntervalSince1970: t0 + 30 * 86400)) == [
        day3, day2, day1,
      ])
    let rebuildFlag = try store.writer.read { db in
      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'practice_days'")
    }
    #expect(rebuildFlag == nil)

    // The views: kept leaves out r07; active also leaves out the cram r05.
    let (active, kept) = try store.writer.read { db in
      (
        try String.fetchAll(db, sql: "SELECT id FROM active_review ORDER BY id"),
        try String.fetchAll(db, sql: "SELECT id FROM kept_review ORDER BY id")
      )
    }
    #expect(active == ["r01", "r02", "r03", "r04", "r06", "r08", "r09"])
    #expect(kept == ["r01", "r02", "r03", "r04", "r05", "r06", "r08", "r09"])

    // Area totals from the log: active reviews only (r05 and r07, both rated Again on q1, are
    // left out). Mature is "state before was review" (2), so it depends on the back-fill.
    let programSense = StatsArea.category("program-sense")
    let behavioral = StatsArea.category("behavioral")
    let ownership = StatsArea.competency("ownership")
    let risk = StatsArea.topic("risk")
    let metrics = StatsArea.topic("metrics")
    try store.refreshAreaDays([
      CatalogEntry(id: "q1", areas: [programSense, risk]),
      CatalogEntry(id: "q2", areas: [programSense, metrics]),
      CatalogEntry(id: "q3", areas: [behavioral, ownership]),
    ])
    let areaRows = try store.writer.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT area, day, reviews, again, rating_sum, mature, mature_again FROM area_day
          ORDER BY area, day
          """
      ).map(AreaRow.init)
    }
    #expect(
      areaRows == [
        // r04 (Again).
        AreaRow("category:behavioral", day1, reviews: 1, again: 1, ratingSum: 1),
        // Day 1: r01 (3), r02 (2), r03 (4); day 2: r06 (3); day 3: r08 (1, mature), r09 (3,
        // mature).
        AreaRow("category:program-sense", day1, reviews: 3, again: 0, ratingSum: 9),
        AreaRow("category:program-sense", day2, reviews: 1, again: 0, ratingSum: 3),
        AreaRow(
          "category:program-sense", day3, reviews: 2, again: 1, ratingSum: 4, mature: 2,
          matureAgain: 1),
        AreaRow("competency:ownership", day1, reviews: 1, again: 1, ratingSum: 1),
        // q2: r02 (2); r06 (3); r08 (1, mature).
        AreaRow("topic:metrics", day1, reviews: 1, again: 0, ratingSum: 2),
        AreaRow("topic:metrics", day2, reviews: 1, again: 0, ratingSum: 3),
        AreaRow(
          "topic:metrics", day3, reviews: 1, again: 1, ratingSum: 1, mature: 1, matureAgain: 1),
        // q1: r01 (3), r03 (4); r09 (3, mature).
        AreaRow("topic:risk", day1, reviews: 2, again: 0, ratingSum: 7),
        AreaRow("topic:risk", day3, reviews: 1, again: 0, ratingSum: 3, mature: 1),
      ])
    let totals = try store.areaTotals(from: day1, through: day3)
    let summary = totals.mapValues { [$0.reviews, $0.again, $0.ratingSum] }
    #expect(
      summary == [
        programSense: [6, 1, 16], risk: [3, 0, 10], metrics: [3, 1, 6], behavioral: [1, 1, 1],
        ownership: [1, 1, 1],
      ])

    // The card's history lists its active reviews only, in time order.
    let history = try store.history(of: "q1")
    #expect(history.entries.map(\.reviewId) == ["r01", "r03", "r09"])
    #expect(history.entries.map(\.rating) == [.good, .easy, .good])
    #expect(history.entries.map(\.durationMs) == [42_000, 8_000, nil])
    #expect(history.ignoredReviews == 2)
  }

  // MARK: - 2. v4 stories and mocks

  @Test func v4StoriesAndMocksAreReadBackAfterMigrating() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    let scorecardJSON = """
      {"loop":"tpm-onsite","rounds":[{"name":"Program sense","dimension":"program-sense",\
      "asked":2,"answered":2,"score":62.5,"minutesUsed":18.5},{"name":"Communication",\
      "dimension":"communication","asked":1,"answered":0,"score":70,"minutesUsed":9}],\
      "dimensions":{"program-sense":62.5,"communication":70},"overall":66.25,\
      "strengths":["communication"],"workOn":[{"area":"topic:risk","score":40,\
      "command":"rehearse drill --topic risk"}]}
      """
    do {
      let old = try DatabaseQueue(path: url.path)
      try Store.migrator.migrate(old, upTo: "v4-mock-interviews")
      try old.write { db in
        try db.execute(
          sql: """
            INSERT INTO story (id, created_at, deleted_at) VALUES
              ('payments-ledger', ?, NULL), ('old-story', ?, ?)
            """, arguments: [t0, t0 - 600, t0 + 60])
        let insertVersion = """
          INSERT INTO story_version (story_id, version, saved_at, title, company, role, when_text,
            situation, task, action, result, learning, metrics, competencies)
          VALUES (?, ?, ?, ?, 'Acme', 'TPM', '2024', 'S', 'T', 'A', ?, 'L', ?, ?)
          """
        try db.execute(
          sql: insertVersion,
          arguments: [
            "payments-ledger", 1, t0, "Payments ledger", "Shipped", #"["cut settlement to 1 day"]"#,
            #"["ownership"]"#,
          ])
        try db.execute(
          sql: insertVersion,
          arguments: [
            "payments-ledger", 2, t0 + 3600, "Migrated the payments ledger",
            "Shipped two weeks early",
            #"["cut settlement from 3 days to 4 hours","0 lost transactions"]"#,
            #"["ownership","delivery"]"#,
          ])
        try db.execute(
          sql: insertVersion,
          arguments: ["old-story", 1, t0 - 600, "Removed", "R", "[]", "[]"])
        try db.execute(
          sql: """
            INSERT INTO mock (id, loop, plan, minutes_scale, started_at, ended_at, scorecard)
            VALUES ('m1', 'tpm-onsite', '[["q1","q2"],["q3"]]', 0.5, ?, ?, ?),
              ('m2', 'tpm-phone', '[["q4"]]', 1, ?, NULL, NULL)
            """, arguments: [t0, t0 + 1800, scorecardJSON, t0 + 86400])
      }
      try old.close()
    }

    let store = try Store.open(at: url, timeZone: utc)
    #expect(
      FileManager.default.fileExists(
        atPath: dir.url.appending(path: "rehearse.sqlite.backup-v4-mock-interviews").path))

    let stories = try store.stories()
    #expect(
      stories == [
        Story(
          id: "payments-ledger", version: 2, savedAt: Date(timeIntervalSince1970: t0 + 3600),
          title: "Migrated the payments ledger", company: "Acme", role: "TPM", when: "2024",
          situation: "S", task: "T", action: "A", result: "Shipped two weeks early",
          learning: "L",
          metrics: ["cut settlement from 3 days to 4 hours", "0 lost transactions"],
          competencies: ["ownership", "delivery"])
      ])
    let versions = try store.storyVersions("payments-ledger")
    #expect(versions.map(\.version) == [1, 2])
    #expect(versions.first?.metrics == ["cut settlement to 1 day"])
    #expect(versions.first?.competencies == ["ownership"])

    let scorecard = MockScorecard(
      loop: "tpm-onsite",
      rounds: [
        .init(
          name: "Program sense", dimension: .programSense, asked: 2, answered: 2, score: 62.5,
          minutesUsed: 18.5),
        .init(
          name: "Communication", dimension: .communication, asked: 1, answered: 0, score: 70,
          minutesUsed: 9),
      ],
      dimensions: [.programSense: 62.5, .communication: 70], overall: 66.25,
      strengths: [.communication],
      workOn: [.init(area: "topic:risk", score: 40, command: "rehearse drill --topic risk")])
    let mocks = try store.mocks()
    #expect(
      mocks == [
        MockRecord(
          id: "m1", loop: "tpm-onsite", plan: [["q1", "q2"], ["q3"]], minutesScale: 0.5,
          startedAt: Date(timeIntervalSince1970: t0),
          endedAt: Date(timeIntervalSince1970: t0 + 1800), scorecard: scorecard),
        MockRecord(
          id: "m2", loop: "tpm-phone", plan: [["q4"]], minutesScale: 1,
          startedAt: Date(timeIntervalSince1970: t0 + 86400)),
      ])
    #expect(mocks.first?.scorecard?.dimensions[.programSense] == 62.5)
    #expect(mocks.first?.scorecard?.dimensions[.communication] == 70)
  }

  // MARK: - 3. Every migration prefix

  /// The review columns of the first schema.
  static let v1ReviewColumns = [
    "id", "question_id", "reviewed_at", "rating", "suggested_rating", "duration_ms",
    "elapsed_days", "retrievability", "stability", "difficulty", "state", "step", "due",
    "interval_days", "session_id", "answer", "coverage", "score", "cram", "source",
  ]
  /// The review columns each later migration adds (a migration not listed adds none; the test
  /// checks that too).
  static let addedReviewColumns = [
    "v3-review-state-before": ["state_before"], "v6-area-days": ["areas"],
    "v7-review-views": ["words", "grading"],
  ]

  @Test func theListOfNamesIsTheMigrator() {
    #expect(Store.migrator.migrations == Store.migrationNames)
    #expect(Store.migrationNames.first == "v1-cards-reviews-sessions")
    #expect(Store.migrationNames.count == Set(Store.migrationNames).count)
  }

  @Test(arguments: Store.migrationNames)
  func aDatabaseLeftAtThisMigrationKeepsItsCardAndReview(_ name: String) throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    let index = try #require(Store.migrationNames.firstIndex(of: name))
    let columns =
      Self.v1ReviewColumns
      + Store.migrationNames[...index].flatMap { Self.addedReviewColumns[$0] ?? [] }
    let values: [String: DatabaseValue] = [
      "id": "r1".databaseValue, "question_id": "q1".databaseValue,
      "reviewed_at": t0.databaseValue, "rating": 3.databaseValue,
      "suggested_rating": 2.databaseValue, "duration_ms": 41_000.databaseValue,
      "elapsed_days": 3.databaseValue, "retrievability": 0.875.databaseValue,
      "stability": 12.5.databaseValue, "difficulty": 5.25.databaseValue,
      "state": 2.databaseValue, "step": .null, "due": (t0 + 12 * 86400).databaseValue,
      "interval_days": 12.databaseValue, "session_id": "s1".databaseValue,
      "answer": "Escalate with options, not problems.".databaseValue,
      "coverage": 0.75.databaseValue, "score": 64.5.databaseValue,
      "cram": false.databaseValue, "source": "drill".databaseValue,
      // The card was in review before (it is not its first review in the real history); a
      // back-fill gives 0, as no earlier review is in this log.
      "state_before": 2.databaseValue,
      "areas": "category:program-sense,topic:risk".databaseValue, "words": 5.databaseValue,
      "grading": #"{"items":["covered","missed"],"toggled":[1]}"#.databaseValue,
    ]
    let card = CardRecord(
      questionId: "q1", phase: .review, step: nil, stability: 12.5, difficulty: 5.25,
      due: t0 + 12 * 86400, lastReview: t0, reps: 4, lapses: 1, suspended: false, leech: false,
      retired: false, addedAt: t0 - 10 * 86400)
    do {
      let old = try DatabaseQueue(path: url.path)
      try Store.migrator.migrate(old, upTo: name)
      try old.write { db in
        // The test's idea of the schema at this point is the real one.
        let real = try db.columns(in: "review").map(\.name)
        #expect(real == columns, "review columns after \(name)")
        try insertCard(card, in: db)
        try db.execute(
          sql: """
            INSERT INTO review (\(columns.joined(separator: ", ")))
            VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            """, arguments: StatementArguments(columns.map { values[$0]! }))
      }
      try old.close()
    }

    let store = try Store.open(at: url, timeZone: utc)

    let backups = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
      .filter { $0.contains(".backup-") }
    let isLatest = name == Store.migrationNames.last
    #expect(backups == (isLatest ? [] : ["rehearse.sqlite.backup-\(name)"]))

    let row = try #require(
      try store.writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM review") })
    for column in Self.v1ReviewColumns {
      #expect(row[column] as DatabaseValue == values[column]!, "\(name): review.\(column)")
    }
    let stateBefore: Int = row["state_before"]
    #expect(stateBefore == (columns.contains("state_before") ? 2 : 0), "\(name): state_before")
    let areas: String? = row["areas"]
    #expect(areas == (columns.contains("areas") ? "category:program-sense,topic:risk" : nil))
    let words: Int? = row["words"]
    #expect(words == (columns.contains("words") ? 5 : nil))

    #expect(try store.card("q1") == card)
    #expect(try store.history(of: "q1").entries.map(\.reviewId) == ["r1"])
    let record = try store.writer.read { db in try ReviewRecord.fetchOne(db, key: "r1") }
    #expect(
      record?.grading
        == (columns.contains("grading")
          ? ReviewGrading(items: ["covered", "missed"], toggled: [1]) : nil))
    #expect(record?.rating == .good)
    #expect(record?.suggestedRating == .hard)
    #expect(record?.phase == .review)
    #expect(
      record?.areas
        == (columns.contains("areas") ? [.category("program-sense"), .topic("risk")] : []))
    #expect(try store.practiceDays(through: Date(timeIntervalSince1970: t0)) == [day1])
  }

  // MARK: - 4. A corrupt row

  @Test func aCorruptRatingIsAnErrorNeverASilentShift() throws {
    let store = try Store.temporary(timeZone: utc)
    let areas = [StatsArea.topic("risk")]
    try store.sync(
      with: [CatalogEntry(id: "q1", areas: areas)], at: Date(timeIntervalSince1970: t0 - 60))
    try store.refreshAreaDays([CatalogEntry(id: "q1", areas: areas)])
    _ = try store.record(
      ReviewInput(
        questionId: "q1", rating: .good, reviewedAt: Date(timeIntervalSince1970: t0),
        areas: areas))
    let last = try store.record(
      ReviewInput(
        questionId: "q1", rating: .good, reviewedAt: Date(timeIntervalSince1970: t0 + 2 * 86400),
        areas: areas))
    // A damaged row between the two, with a rating no version writes.
    try store.writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO review (id, question_id, reviewed_at, rating, retrievability, stability,
            difficulty, state, state_before, due, source)
          VALUES ('bad', 'q1', ?, 9, 0.9, 3, 5, 2, 1, ?, 'drill')
          """, arguments: [t0 + 86400, t0 + 5 * 86400])
    }
    let corrupt = StoreError.corruptRow(table: "review", id: "bad", column: "rating")
    #expect(throws: corrupt) { try store.history(of: "q1") }

    func snapshot() throws -> [String] {
      try store.writer.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM card").map { "\($0)" }
          + Row.fetchAll(db, sql: "SELECT * FROM review_undo").map { "\($0)" }
          + Row.fetchAll(db, sql: "SELECT * FROM practice_day ORDER BY day").map { "\($0)" }
          + Row.fetchAll(db, sql: "SELECT * FROM area_day ORDER BY area, day").map { "\($0)" }
      }
    }
    let before = try snapshot()
    #expect(try store.card("q1") == last.card)
    #expect(throws: corrupt) {
      try store.undo(reviewId: last.review.id, at: Date(timeIntervalSince1970: t0 + 3 * 86400))
    }
    // The transaction rolled back: no undo row, counts and card as they were.
    #expect(try snapshot() == before)
    #expect(try store.card("q1") == last.card)
    let undone = try store.writer.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM review_undo")
    }
    #expect(undone == 0)
  }

  // MARK: - 5. practiceDays(through:)

  @Test func practiceDaysStopAtTheGivenDay() throws {
    let store = try Store.temporary(timeZone: utc)
    try store.sync(with: [CatalogEntry(id: "q1")], at: Date(timeIntervalSince1970: t0 - 60))
    for offset: Double in [0, 60, 86400, 2 * 86400] {
      try store.record(
        ReviewInput(
          questionId: "q1", rating: .good, reviewedAt: Date(timeIntervalSince1970: t0 + offset)))
    }
    // 10:20 UTC on study day 20452.
    #expect(
      try store.practiceDays(through: Date(timeIntervalSince1970: t0 + 86400 + 3600)) == [
        day2, day1,
      ])
    // 03:00 UTC on 2025-12-31 is before the 04:00 rollover: still study day 20452.
    let beforeRollover = Double(day3) * 86400 + 3 * 3600
    #expect(
      try store.practiceDays(through: Date(timeIntervalSince1970: beforeRollover)) == [
        day2, day1,
      ])
    #expect(
      try store.practiceDays(through: Date(timeIntervalSince1970: t0 + 9 * 86400)) == [
        day3, day2, day1,
      ])
    #expect(try store.practiceDays(through: Date(timeIntervalSince1970: t0 - 86400)) == [])
  }

  // MARK: - 6. Two connections to one file

  @Test func aSecondStoreOnTheSameFileSeesCommittedReviews() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    let first = try Store.open(at: url, timeZone: utc)
    #expect(first.writer is DatabasePool)
    try first.sync(
      with: [CatalogEntry(id: "q1"), CatalogEntry(id: "q2")],
      at: Date(timeIntervalSince1970: t0 - 60))
    let second = try Store.open(at: url, timeZone: utc)
    #expect(second.writer is DatabasePool)

    let a = try first.record(
      ReviewInput(questionId: "q1", rating: .good, reviewedAt: Date(timeIntervalSince1970: t0)))
    #expect(try second.history(of: "q1").entries.map(\.reviewId) == [a.review.id])
    #expect(try second.card("q1") == a.card)
    #expect(try second.practiceDays(through: Date(timeIntervalSince1970: t0)) == [day1])

    // And the other way round.
    let b = try second.record(
      ReviewInput(
        questionId: "q2", rating: .again, reviewedAt: Date(timeIntervalSince1970: t0 + 60)))
    #expect(try first.history(of: "q2").entries.map(\.reviewId) == [b.review.id])
    let count = try first.writer.read { db in
      try Int.fetchOne(db, sql: "SELECT reviews FROM practice_day WHERE day = ?", arguments: [day1])
    }
    #expect(count == 2)
  }
}

// MARK: - Rows written by hand

/// A review row with only the columns of the first schema.
private struct OldReview {
  var id: String
  var questionId: String
  var at: Double
  var rating: Int
  /// The state after the review.
  var state: Int
  var durationMs: Int?
  var elapsedDays: Int?
  var answer: String?
  var coverage: Double?
  var score: Double?
  var cram = false
  var source = "drill"
  var sessionId: String?

  func insert(in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO review (id, question_id, reviewed_at, rating, duration_ms, elapsed_days,
          retrievability, stability, difficulty, state, due, session_id, answer, coverage, score,
          cram, source)
        VALUES (?, ?, ?, ?, ?, ?, 0.9, 2.5, 5.0, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        id, questionId, at, rating, durationMs, elapsedDays, state, at + 86400, sessionId, answer,
        coverage, score, cram, source,
      ])
  }
}

/// What a migration must keep of a review row, and the state before it fills in.
private struct ReviewFields: Equatable {
  var id: String
  var questionId: String
  var reviewedAt: Double
  var rating: Int
  var durationMs: Int?
  var answer: String?
  var coverage: Double?
  var score: Double?
  var cram: Bool
  var source: String
  var sessionId: String?
  var state: Int
  var stateBefore: Int

  init(_ r: OldReview, stateBefore: Int) {
    id = r.id
    questionId = r.questionId
    reviewedAt = r.at
    rating = r.rating
    durationMs = r.durationMs
    answer = r.answer
    coverage = r.coverage
    score = r.score
    cram = r.cram
    source = r.source
    sessionId = r.sessionId
    state = r.state
    self.stateBefore = stateBefore
  }

  init(_ row: Row) {
    id = row["id"]
    questionId = row["question_id"]
    reviewedAt = row["reviewed_at"]
    rating = row["rating"]
    durationMs = row["duration_ms"]
    answer = row["answer"]
    coverage = row["coverage"]
    score = row["score"]
    cram = row["cram"]
    source = row["source"]
    sessionId = row["session_id"]
    state = row["state"]
    stateBefore = row["state_before"]
  }
}

/// One row of `area_day`, the columns the tests count by hand.
private struct AreaRow: Equatable {
  var area: String
  var day: Int
  var reviews: Int
  var again: Int
  var ratingSum: Int
  var mature: Int
  var matureAgain: Int

  init(
    _ area: String, _ day: Int, reviews: Int, again: Int, ratingSum: Int, mature: Int = 0,
    matureAgain: Int = 0
  ) {
    self.area = area
    self.day = day
    self.reviews = reviews
    self.again = again
    self.ratingSum = ratingSum
    self.mature = mature
    self.matureAgain = matureAgain
  }

  init(_ row: Row) {
    self.init(
      row["area"], row["day"], reviews: row["reviews"], again: row["again"],
      ratingSum: row["rating_sum"], mature: row["mature"], matureAgain: row["mature_again"])
  }
}

/// Writes a card row with raw SQL (the columns are the same in every schema).
private func insertCard(_ c: CardRecord, in db: Database) throws {
  try db.execute(
    sql: """
      INSERT INTO card (question_id, state, step, stability, difficulty, due, last_review, reps,
        lapses, suspended, leech, retired, added_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
    arguments: [
      c.questionId, c.phase.rawValue, c.step, c.stability, c.difficulty, c.due, c.lastReview,
      c.reps, c.lapses, c.suspended, c.leech, c.retired, c.addedAt,
    ])
}
