import FSRS
import Foundation
import GRDB
import RehearseTestSupport
import Testing

@testable import RehearseStore

/// `rehearse merge`: two machines that diverged from one copy end up with the same history,
/// whichever way they are merged, and merging again changes nothing.
@Suite struct StoreMergeTests {
  let t0 = StoreFixtures.utc("2026-11-01 09:00:00")
  let day: TimeInterval = 86400
  let ids = ["q1", "q2", "q3", "q4"]

  /// A file-backed store at `url`.
  func open(_ url: URL) throws -> Store {
    try Store.open(
      at: url, settings: StoreFixtures.exactSettings().storeSettings(),
      timeZone: TimeZone(identifier: "UTC")!)
  }

  func record(_ s: Store, _ id: String, _ rating: Rating, _ at: Date) throws {
    _ = try s.record(ReviewInput(questionId: id, rating: rating, reviewedAt: at))
  }

  /// Everything a user would compare: the log, the cards, stories, mocks, plans.
  func snapshot(_ s: Store) throws -> [String] {
    try s.writer.read { db in
      func rows(_ sql: String) throws -> [String] {
        try Row.fetchAll(db, sql: sql).map { $0.description }
      }
      return try rows("SELECT * FROM review ORDER BY id")
        + rows("SELECT * FROM review_undo ORDER BY review_id")
        + rows(
          "SELECT question_id, state, step, stability, difficulty, due, last_review, reps, lapses, suspended, leech, added_at FROM card ORDER BY question_id"
        )
        + rows("SELECT * FROM story ORDER BY id")
        + rows("SELECT * FROM story_version ORDER BY story_id, version")
        + rows("SELECT * FROM mock ORDER BY id") + rows("SELECT * FROM interview_plan ORDER BY id")
        + rows("SELECT * FROM practice_day ORDER BY day")
        + rows("SELECT * FROM session ORDER BY id")
    }
  }

  /// A common start, copied to two machines that then go their own ways.
  func diverged(in dir: TemporaryDirectory) throws -> (a: URL, b: URL) {
    let common = dir.url.appending(path: "common.sqlite")
    do {
      let c = try open(common)
      try c.sync(with: CatalogFixtures.catalog(ids: ids), at: t0 - day)
      try record(c, "q1", .good, t0)
      try record(c, "q2", .again, t0 + 60)
      try c.saveStory(Story(title: "Shared", situation: "One start"), at: t0)
      try c.savePlan(InterviewPlanRecord(id: "p1", date: "2026-12-20", createdAt: t0))
    }
    let a = dir.url.appending(path: "a.sqlite")
    let b = dir.url.appending(path: "b.sqlite")
    for url in [a, b] { try open(common).backup(to: url) }
    do {
      let sa = try open(a)
      try record(sa, "q1", .good, t0 + 2 * day)
      try record(sa, "q3", .hard, t0 + 2 * day + 60)
      let undone = try sa.record(
        ReviewInput(questionId: "q4", rating: .easy, reviewedAt: t0 + 3 * day))
      _ = try sa.undo(reviewId: undone.review.id, at: t0 + 3 * day + 1)
      try sa.saveStory(
        Story(id: "shared", title: "Shared", situation: "Edited on A"), at: t0 + 2 * day)
      try sa.saveStory(Story(title: "Launch", situation: "A's launch"), at: t0 + 2 * day)
      try sa.saveMock(
        MockRecord(id: "m1", loop: "general", plan: [["q1"]], minutesScale: 1, startedAt: t0 + day))
      _ = try sa.setSuspended(true, ["q2"])
    }
    do {
      let sb = try open(b)
      try record(sb, "q1", .again, t0 + 2 * day + 30)
      try record(sb, "q4", .good, t0 + 4 * day)
      try sb.saveStory(
        Story(id: "shared", title: "Shared", situation: "Edited on B"), at: t0 + 3 * day)
      // A different story that happens to get the same id on B.
      try sb.saveStory(Story(title: "Launch", situation: "B's launch"), at: t0 + 3 * day)
      try sb.saveMock(
        MockRecord(
          id: "m2", loop: "general", plan: [["q3"]], minutesScale: 1, startedAt: t0 + 4 * day,
          endedAt: t0 + 4 * day + 600, roundsDone: 1))
      _ = try sb.removePlan("p1", at: t0 + 4 * day)
    }
    return (a, b)
  }

  @Test func mergingEitherWayGivesTheSameHistoryAndAgainChangesNothing() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let (a, b) = try diverged(in: dir)
    let aCopy = dir.url.appending(path: "a-before.sqlite")
    try open(a).backup(to: aCopy)

    let intoA = try open(a).merge(from: b)
    #expect(intoA.reviews == 2 && intoA.mocks == 1 && intoA.plans == 1)
    #expect(intoA.storiesCombined == 1)
    #expect(intoA.storyConflicts == [.init(id: "launch", renamedTo: "launch-2")])
    let intoB = try open(b).merge(from: aCopy)
    #expect(intoB.reviews == 3 && intoB.undos == 1)

    let sa = try open(a)
    let sb = try open(b)
    #expect(try snapshot(sa) == snapshot(sb))
    // Nothing lost: every review of both sides is in the log, the undo still holds.
    #expect(try sa.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM review") } == 7)
    #expect(
      try sa.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM active_review") } == 6)
    // The shared story has both edits in time order; the two launches are both kept.
    #expect(
      try sa.storyVersions("shared").map(\.situation) == [
        "One start", "Edited on A", "Edited on B",
      ])
    #expect(try Set(sa.stories().map(\.situation)).isSuperset(of: ["A's launch", "B's launch"]))
    // q1's card is replayed from all three of its reviews; q2 stays suspended (A did it).
    let q1 = try #require(try sa.card("q1"))
    #expect(q1.reps == 3 && q1.lapses == 1)
    #expect(try sa.card("q2")?.suspended == true)
    #expect(try sa.plans().isEmpty)  // B removed the plan both had

    let before = try snapshot(sa)
    #expect(try sa.merge(from: b).isEmpty)
    #expect(try sb.merge(from: a).isEmpty)
    #expect(try snapshot(sa) == before)
    #expect(try snapshot(sb) == before)
  }

  @Test func theOtherFileIsNeverChanged() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let (a, b) = try diverged(in: dir)
    let bytes = try Data(contentsOf: b)
    _ = try open(a).merge(from: b)
    #expect(try Data(contentsOf: b) == bytes)
  }
}
