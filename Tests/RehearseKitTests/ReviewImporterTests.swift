import FSRS
import Foundation
import GRDB
import RehearseKit
import RehearseTestSupport
import Testing

@testable import RehearseStore

/// `ReviewImporter`: bringing a CSV review history into the log.
@Suite struct ReviewImporterTests {
  let t0 = StoreFixtures.utc("2025-01-01 09:00:00")
  let known: Set<String> = ["q1", "q2"]

  func makeStore() throws -> Store {
    let store = try Store.temporary(settings: StoreFixtures.exactSettings())
    try store.sync(
      with: CatalogFixtures.catalog(ids: ["q1", "q2"]), at: StoreFixtures.utc("2024-12-01 00:00:00")
    )
    return store
  }

  func run(_ store: Store, _ csv: String, path: String = "reviews.csv") throws -> Result<
    ImportReport, ImportFailure
  > {
    try ReviewImporter(store: store).run(Data(csv.utf8), path: path, knownQuestions: known)
  }

  func reviews(_ store: Store) throws -> [ReviewRecord] {
    try store.writer.read { db in
      try ReviewRecord.order(Column("reviewed_at"), Column("id")).fetchAll(db)
    }
  }

  func cards(_ store: Store) throws -> [CardRecord] {
    try store.writer.read { db in try CardRecord.order(Column("question_id")).fetchAll(db) }
  }

  let valid = """
    question_id,reviewed_at,rating,duration_ms
    q1,2025-01-01T09:00:00Z,3,12000
    q1,2025-01-01T09:10:00Z,3,
    q1,2025-01-03T10:10:00+01:00,3,8000
    q2,2025-01-02T09:00:00.250Z,1,500
    """

  @Test func aValidFileImportsAndRebuildsTheCards() throws {
    let store = try makeStore()
    let report = try run(store, valid).get()
    #expect(
      [report.rows, report.imported, report.duplicates, report.cards] == [Int]([4, 4, 0, 2]))
    let log = try reviews(store)
    #expect(log.map(\.questionId) == ["q1", "q1", "q2", "q1"])
    #expect(log.map(\.rating) == [.good, .good, .again, .good])
    #expect(log.map(\.durationMs) == [12000, nil, 500, 8000])
    #expect(log.allSatisfy { $0.source == .import && !$0.cram })
    #expect(
      log[2].reviewedAt == StoreFixtures.utc("2025-01-02 09:00:00").timeIntervalSince1970 + 0.25)

    // Worked example 1, first three rows: the card is computed from the imported log.
    let q1 = try #require(try store.card("q1"))
    #expect(q1.reps == 3)
    #expect(q1.phase == .review)
    #expect(isClose(q1.stability, 10.971048263078135))
    #expect(isClose(q1.difficulty, 2.1043313908464483))
    #expect(q1.due == StoreFixtures.utc("2025-01-14 09:10:00").timeIntervalSince1970)
    #expect(try store.card("q2")?.phase == .learning)
    // The figures beside each imported rating are the replay's, not placeholders.
    #expect(log[3].elapsedDays == 2 && log[3].stability == q1.stability && log[3].due == q1.due)
  }

  @Test func columnsMayComeInAnyOrderWithoutDuration() throws {
    let store = try makeStore()
    let report = try run(store, "rating,question_id,reviewed_at\n4,q2,2025-01-01T09:00:00Z\n").get()
    #expect(report.imported == 1)
    #expect(try store.card("q2")?.phase == .review)
  }

  @Test func aFileWithWindowsLineEndingsImports() throws {
    let store = try makeStore()
    let crlf = valid.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
    let result = try run(store, crlf)
    #expect(throws: Never.self) { try result.get() }
    #expect(try reviews(store).count == 4)
  }

  @Test func quotedFieldsAndAByteOrderMarkImport() throws {
    let store = try makeStore()
    // As spreadsheets write it: every field quoted, a BOM, CRLF.
    let csv =
      "\u{FEFF}\"question_id\",\"reviewed_at\",\"rating\"\r\n"
      + "\"q1\",\"2025-01-01T09:00:00Z\",\"3\"\r\n\"q2\",\"2025-01-02T09:00:00Z\",\"1\"\r\n"
    let report = try run(store, csv).get()
    #expect(report.imported == 2)
    #expect(try reviews(store).map(\.questionId) == ["q1", "q2"])
  }

  @Test func aRowAfterAQuotedLineBreakIsPositionedOnItsOwnLine() throws {
    let store = try makeStore()
    let csv =
      "question_id,reviewed_at,rating\n\"q1\nq1\",2025-01-01T09:00:00Z,3\nq1,later,3\n"
    guard case .failure(let failure) = try run(store, csv) else {
      Issue.record("expected a failure")
      return
    }
    // The quoted id spans lines 2–3 (and is unknown); the bad time is on line 4.
    #expect(failure.diagnostics.map(\.location.line) == [4])
  }

  @Test func importingTheSameFileTwiceAddsNothing() throws {
    let store = try makeStore()
    _ = try run(store, valid).get()
    let log = try reviews(store)
    let after = try cards(store)
    let again = try run(store, valid).get()
    #expect([again.rows, again.imported, again.duplicates, again.cards] == [Int]([4, 0, 4, 0]))
    #expect(try reviews(store) == log)
    #expect(try cards(store) == after)
  }

  @Test func rowsAlreadyRecordedLiveAreDuplicates() throws {
    let store = try makeStore()
    try store.record(ReviewInput(questionId: "q1", rating: .good, reviewedAt: t0))
    let report = try run(store, "question_id,reviewed_at,rating\nq1,2025-01-01T09:00:00.000Z,3\n")
      .get()
    #expect(report.imported == 0 && report.duplicates == 1)
    #expect(try reviews(store).count == 1)
  }

  /// Imported rows are merged in time order with live reviews, and the card equals the one the
  /// same sequence recorded live in order would give.
  @Test func importedRowsMergeWithLiveReviewsInTimeOrder() throws {
    let sequence: [(String, Rating)] = [
      ("2025-01-01 09:00:00", .good), ("2025-01-01 09:10:00", .good),
      ("2025-01-03 09:10:00", .again),
      ("2025-01-03 09:20:00", .good), ("2025-01-10 09:20:00", .hard),
      ("2025-02-01 09:20:00", .easy),
    ]
    let merged = try makeStore()
    // Live: the even rows.
    for (i, (at, rating)) in sequence.enumerated() where i % 2 == 0 {
      try merged.record(
        ReviewInput(questionId: "q1", rating: rating, reviewedAt: StoreFixtures.utc(at)))
    }
    // Imported later: the odd rows.
    var csv = "question_id,reviewed_at,rating\n"
    for (i, (at, rating)) in sequence.enumerated() where i % 2 == 1 {
      csv += "q1,\(at.replacingOccurrences(of: " ", with: "T"))Z,\(rating.rawValue)\n"
    }
    #expect(try run(merged, csv).get().imported == 3)

    let inOrder = try makeStore()
    var expected: [RecordedReview] = []
    for (at, rating) in sequence {
      expected.append(
        try inOrder.record(
          ReviewInput(questionId: "q1", rating: rating, reviewedAt: StoreFixtures.utc(at))))
    }
    let card = try #require(try merged.card("q1"))
    #expect(card == expected.last!.card)
    #expect(card.lapses == 1 && card.reps == 6)
    let log = try reviews(merged)
    #expect(log.map(\.rating) == sequence.map(\.1))
    #expect(log.map(\.stability) == expected.map(\.review.stability))
    #expect(log.map(\.phase) == expected.map(\.review.phase))
  }

  struct BadFile: Sendable, CustomTestStringConvertible {
    var name: String
    var csv: String
    var line: Int
    var message: String
    var testDescription: String { name }
  }

  static let badFiles = [
    BadFile(
      name: "bad time",
      csv: "question_id,reviewed_at,rating\nq1,2025-01-01T09:00:00Z,3\nq1,2025-01-02 09:00,3\n",
      line: 3, message: "reviewed_at '2025-01-02 09:00' is not an ISO-8601 time"),
    BadFile(
      name: "time without zone", csv: "question_id,reviewed_at,rating\nq1,2025-01-02T09:00:00,3\n",
      line: 2, message: "is not an ISO-8601 time with a zone"),
    BadFile(
      name: "impossible date", csv: "question_id,reviewed_at,rating\nq1,2025-02-30T09:00:00Z,3\n",
      line: 2, message: "reviewed_at '2025-02-30T09:00:00Z'"),
    BadFile(
      name: "rating 5",
      csv: "question_id,reviewed_at,rating\nq1,2025-01-01T09:00:00Z,3\nq2,2025-01-01T09:00:00Z,5\n",
      line: 3, message: "rating '5' must be 1 (again), 2 (hard), 3 (good) or 4 (easy)"),
    BadFile(
      name: "rating 0", csv: "question_id,reviewed_at,rating\nq1,2025-01-01T09:00:00Z,0\n",
      line: 2, message: "rating '0' must be"),
    BadFile(
      name: "too many fields",
      csv:
        "question_id,reviewed_at,rating\nq1,2025-01-01T09:00:00Z,3\n\nq1,2025-01-02T09:00:00Z,3,99\n",
      line: 4, message: "expected 3 fields, found 4"),
    BadFile(
      name: "too few fields",
      csv: "question_id,reviewed_at,rating,duration_ms\nq1,2025-01-01T09:00:00Z,3\n",
      line: 2, message: "expected 4 fields, found 3"),
    BadFile(
      name: "negative duration",
      csv: "question_id,reviewed_at,rating,duration_ms\nq1,2025-01-01T09:00:00Z,3,-5\n",
      line: 2, message: "duration_ms '-5' must be a whole number"),
    BadFile(
      name: "unknown question",
      csv:
        "question_id,reviewed_at,rating\nq1,2025-01-01T09:00:00Z,3\nzzz,2025-01-01T09:00:00Z,3\n",
      line: 3, message: "unknown question id 'zzz' (not in any loaded bank)"),
    BadFile(
      name: "misspelt column", csv: "question,reviewed_at,rating\nq1,2025-01-01T09:00:00Z,3\n",
      line: 1, message: "unknown column 'question'"),
    BadFile(
      name: "missing column", csv: "question_id,rating\nq1,3\n", line: 1,
      message: "missing column 'reviewed_at'"),
    BadFile(name: "empty file", csv: "", line: 1, message: "file is empty"),
  ]

  @Test(arguments: badFiles)
  func aBadRowIsPositionedAndNothingIsImported(_ bad: BadFile) throws {
    let store = try makeStore()
    try store.record(ReviewInput(questionId: "q2", rating: .good, reviewedAt: t0 - 86400))
    let logBefore = try reviews(store)
    let cardsBefore = try cards(store)

    let result = try run(store, bad.csv, path: "history/reviews.csv")
    guard case .failure(let failure) = result else {
      Issue.record("expected the import to fail, got \(result)")
      return
    }
    #expect(!failure.diagnostics.isEmpty)
    #expect(
      failure.diagnostics.allSatisfy { $0.severity == .error && $0.location.line == bad.line })
    let rendered = failure.diagnostics.map(\.description)
    #expect(
      rendered.contains {
        $0.hasPrefix("history/reviews.csv:\(bad.line): error: ") && $0.contains(bad.message)
      }, "\(rendered)")
    #expect(try reviews(store) == logBefore)
    #expect(try cards(store) == cardsBefore)
  }

  @Test func everyBadRowIsReported() throws {
    let store = try makeStore()
    let csv =
      "question_id,reviewed_at,rating\nq1,yesterday,3\nq1,2025-01-01T09:00:00Z,9\nq1,2025-01-01T09:00:00Z,3\nq1\n"
    guard case .failure(let failure) = try run(store, csv) else {
      Issue.record("expected a failure")
      return
    }
    #expect(failure.diagnostics.map(\.location.line) == [2, 3, 5])
    #expect(try reviews(store).isEmpty)
  }
}
