import FSRS
import Foundation
import GRDB
import RehearseKit
import RehearseTestSupport
import Testing

@testable import RehearseStore

extension SyncReport {
  var changesNothing: Bool {
    added.isEmpty && renamed.isEmpty && retired.isEmpty && restored.isEmpty
  }
}

/// `Store.sync(with:at:)`: keeping the cards in step with the loaded questions.
@Suite struct StoreSyncTests {
  let t0 = StoreFixtures.utc("2025-01-01 09:00:00")

  func allCards(_ store: Store) throws -> [CardRecord] {
    try store.writer.read { db in try CardRecord.order(Column("question_id")).fetchAll(db) }
  }

  func reviewRows(_ store: Store) throws -> [ReviewRecord] {
    try store.writer.read { db in try ReviewRecord.order(Column("id")).fetchAll(db) }
  }

  func review(_ store: Store, _ id: String, _ rating: Rating, at date: Date) throws {
    try store.record(ReviewInput(questionId: id, rating: rating, reviewedAt: date))
  }

  @Test func newQuestionsBecomeNewCards() throws {
    let store = try Store.temporary()
    let catalog = CatalogFixtures.catalog(ids: ["q1", "q2"])
    #expect(catalog.errorCount == 0, "\(catalog.diagnostics)")
    let report = try store.sync(with: catalog, at: t0)
    #expect(report.added == ["q1", "q2"])
    #expect(report.retired.isEmpty && report.restored.isEmpty && report.renamed.isEmpty)
    let cards = try allCards(store)
    #expect(cards.map(\.questionId) == ["q1", "q2"])
    #expect(cards.allSatisfy { $0.isNew && $0.reps == 0 && $0.due == nil && !$0.retired })
    #expect(cards.allSatisfy { $0.addedAt == t0.timeIntervalSince1970 })

    // A question added later becomes a card too; the existing ones are untouched.
    let later = try store.sync(with: CatalogFixtures.catalog(ids: ["q1", "q2", "q3"]), at: t0 + 60)
    #expect(later.added == ["q3"])
    #expect(try store.card("q3")?.isNew == true)
    #expect(try store.card("q1")?.addedAt == t0.timeIntervalSince1970)
  }

  @Test func editingAQuestionKeepsItsProgress() throws {
    let store = try Store.temporary()
    try store.sync(
      with: CatalogFixtures.catalog([QuestionSpec("q1", prompt: "Old wording?")]), at: t0)
    try review(store, "q1", .good, at: t0)
    try review(store, "q1", .good, at: t0 + 600)
    let before = try #require(try store.card("q1"))

    // New prompt, new topic, and another question so the sync really runs.
    let edited = CatalogFixtures.catalog([
      QuestionSpec("q1", topic: "raci", prompt: "New wording entirely?"), QuestionSpec("q2"),
    ])
    #expect(edited.question(id: "q1")?.prompt == "New wording entirely?")
    let report = try store.sync(with: edited, at: t0 + 3600)
    #expect(report.added == ["q2"])
    #expect(report.retired.isEmpty)
    #expect(try store.card("q1") == before)
    #expect(try store.history(of: "q1").entries.count == 2)
  }

  @Test func renamedFromMovesTheCardAndItsReviews() throws {
    let store = try Store.temporary(settings: StoreFixtures.exactSettings())
    try store.sync(with: CatalogFixtures.catalog(ids: ["old-id", "other"]), at: t0)
    try review(store, "old-id", .good, at: t0)
    try review(store, "old-id", .good, at: t0 + 600)
    let before = try #require(try store.card("old-id"))
    let reviewIds = try reviewRows(store).map(\.id)

    let renamed = CatalogFixtures.catalog([
      QuestionSpec("new-id", renamedFrom: ["old-id"]), QuestionSpec("other"),
    ])
    let report = try store.sync(with: renamed, at: t0 + 3600)
    #expect(report.renamed.map { [$0.old, $0.new] } == [["old-id", "new-id"]])
    #expect(report.added.isEmpty)
    #expect(report.retired.isEmpty)

    #expect(try store.card("old-id") == nil)
    var expected = before
    expected.questionId = "new-id"
    #expect(try store.card("new-id") == expected)
    let rows = try reviewRows(store)
    #expect(rows.map(\.id) == reviewIds)
    #expect(rows.allSatisfy { $0.questionId == "new-id" })
    #expect(try store.history(of: "new-id").entries.count == 2)

    // The rename is done once: syncing the same banks again changes nothing.
    #expect(try store.sync(with: renamed, at: t0 + 7200).changesNothing)
    #expect(try store.card("new-id") == expected)
  }

  @Test func renamingARetiredQuestionRevivesItsCard() throws {
    let store = try Store.temporary()
    try store.sync(with: CatalogFixtures.catalog(ids: ["keep", "old-id"]), at: t0)
    try review(store, "old-id", .easy, at: t0)
    try store.sync(with: CatalogFixtures.catalog(ids: ["keep"]), at: t0 + 60)
    #expect(try store.card("old-id")?.retired == true)

    let back = CatalogFixtures.catalog([
      QuestionSpec("keep"), QuestionSpec("new-id", renamedFrom: ["old-id"]),
    ])
    let report = try store.sync(with: back, at: t0 + 120)
    #expect(report.renamed.map { [$0.old, $0.new] } == [["old-id", "new-id"]])
    let card = try #require(try store.card("new-id"))
    #expect(!card.retired)
    #expect(card.reps == 1)
    #expect(try store.retiredCards().isEmpty)
  }

  @Test func vanishedQuestionsAreRetiredKeepTheirHistoryAndAreNotScheduled() throws {
    let store = try Store.temporary()
    let full = CatalogFixtures.catalog(ids: ["stays", "goes"])
    try store.sync(with: full, at: t0)
    try review(store, "goes", .again, at: t0)
    let before = try #require(try store.card("goes"))

    let report = try store.sync(with: CatalogFixtures.catalog(ids: ["stays"]), at: t0 + 60)
    #expect(report.retired == ["goes"])
    #expect(report.added.isEmpty)
    var expected = before
    expected.retired = true
    #expect(try store.card("goes") == expected)
    #expect(try store.retiredCards().map(\.questionId) == ["goes"])
    #expect(try reviewRows(store).map(\.questionId) == ["goes"])
    #expect(try store.history(of: "goes").entries.count == 1)
    #expect(try store.activeCards().map(\.questionId) == ["stays"])

    // Even given every card and a catalog that still lists it, the queue skips a retired card
    // (the learning step of 'goes' is due now).
    let queue = DailyQueue(
      cards: try allCards(store), catalog: full, settings: Settings(),
      scheduler: store.scheduler,
      calendar: store.calendar, now: t0 + 3600, today: try store.todayCounts(at: t0 + 3600))
    #expect(queue.entries.map(\.questionId) == ["stays"])
  }

  @Test func aRetiredQuestionThatReturnsIsRestored() throws {
    let store = try Store.temporary()
    let full = CatalogFixtures.catalog(ids: ["a", "b"])
    try store.sync(with: full, at: t0)
    try review(store, "b", .good, at: t0)
    let before = try #require(try store.card("b"))
    try store.sync(with: CatalogFixtures.catalog(ids: ["a"]), at: t0 + 60)

    let report = try store.sync(with: full, at: t0 + 120)
    #expect(report.restored == ["b"])
    #expect(report.added.isEmpty && report.retired.isEmpty)
    #expect(try store.card("b") == before)
    #expect(try store.retiredCards().isEmpty)
  }

  @Test func syncingTwiceWithTheSameCatalogChangesNothing() throws {
    let store = try Store.temporary()
    let catalog = CatalogFixtures.catalog([
      QuestionSpec("a"), QuestionSpec("b", renamedFrom: ["b-old"]), QuestionSpec("c"),
    ])
    try store.sync(with: CatalogFixtures.catalog(ids: ["b-old", "gone"]), at: t0)
    try review(store, "b-old", .hard, at: t0)
    let first = try store.sync(with: catalog, at: t0 + 60)
    #expect(first.added == ["a", "c"])
    #expect(first.retired == ["gone"])
    let cards = try allCards(store)
    let reviews = try reviewRows(store)

    #expect(try store.sync(with: catalog, at: t0 + 120).changesNothing)
    #expect(try allCards(store) == cards)
    #expect(try reviewRows(store) == reviews)

    // The same holds when the quick fingerprint check is bypassed: the sync itself is idempotent.
    try store.writer.write { db in try db.execute(sql: "DELETE FROM meta") }
    #expect(try store.sync(with: catalog, at: t0 + 180).changesNothing)
    #expect(try allCards(store) == cards)
    #expect(try reviewRows(store) == reviews)
  }
}
