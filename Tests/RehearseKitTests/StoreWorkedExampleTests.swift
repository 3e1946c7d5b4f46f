import FSRS
import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// One row of a worked example in fsrs6.md §7: the review and py-fsrs 6.3.2's output after it.
struct WorkedRow: Sendable {
  var rating: Rating
  var at: String
  var elapsed: Int?
  var retrievability: Double
  var state: CardState
  var step: Int?
  var stability: Double
  var difficulty: Double
  var due: String

  init(
    _ rating: Int, _ at: String, _ elapsed: Int?, _ retrievability: Double, _ state: CardState,
    _ step: Int?, _ stability: Double, _ difficulty: Double, _ due: String
  ) {
    self.rating = Rating(rawValue: rating)!
    self.at = at
    self.elapsed = elapsed
    self.retrievability = retrievability
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
  }
}

struct WorkedExample: Sendable, CustomTestStringConvertible {
  var name: String
  var rows: [WorkedRow]
  var testDescription: String { name }

  /// Standard Good path.
  static let one = WorkedExample(
    name: "example 1",
    rows: [
      WorkedRow(
        3, "2025-01-01 09:00:00", nil, 0, .learning, 1, 2.3065, 2.118103970459016,
        "2025-01-01 09:10:00"),
      WorkedRow(
        3, "2025-01-01 09:10:00", 0, 1.0, .review, nil, 2.3065, 2.111214235785395,
        "2025-01-03 09:10:00"),
      WorkedRow(
        3, "2025-01-03 09:10:00", 2, 0.9094932559773545, .review, nil, 10.971048263078135,
        2.1043313908464483,
        "2025-01-14 09:10:00"),
      WorkedRow(
        3, "2025-01-14 09:10:00", 11, 0.8998188390602377, .review, nil, 46.316858440073425,
        2.0974554287524403,
        "2025-03-01 09:10:00"),
      WorkedRow(
        3, "2025-03-01 09:10:00", 46, 0.9004709139017502, .review, nil, 162.99981577472244,
        2.0905863426205262,
        "2025-08-11 09:10:00"),
    ])

  /// Again and Hard in learning, then Hard and Easy in review.
  static let two = WorkedExample(
    name: "example 2",
    rows: [
      WorkedRow(
        1, "2025-01-01 09:00:00", nil, 0, .learning, 0, 0.212, 6.4133, "2025-01-01 09:01:00"),
      WorkedRow(
        2, "2025-01-01 09:01:00", 0, 1.0, .learning, 0, 0.212, 7.604209769076838,
        "2025-01-01 09:06:30"),
      WorkedRow(
        3, "2025-01-01 09:06:30", 0, 1.0, .learning, 1, 0.24668918777567272, 7.5918339286046,
        "2025-01-01 09:16:30"),
      WorkedRow(
        3, "2025-01-01 09:16:30", 0, 1.0, .review, nil, 0.2842063592758949, 7.579470463972833,
        "2025-01-02 09:16:30"),
      WorkedRow(
        2, "2025-01-02 09:16:30", 1, 0.7943861201504139, .review, nil, 1.1178714520118551,
        8.378368066605624,
        "2025-01-03 09:16:30"),
      WorkedRow(
        4, "2025-01-03 09:16:30", 1, 0.9074708084513838, .review, nil, 3.7957187662757828,
        7.821722611810158,
        "2025-01-07 09:16:30"),
    ])

  /// Easy first review, an early Good, a lapse, then graduation.
  static let three = WorkedExample(
    name: "example 3",
    rows: [
      WorkedRow(4, "2025-01-01 09:00:00", nil, 0, .review, nil, 8.2956, 1.0, "2025-01-09 09:00:00"),
      WorkedRow(
        3, "2025-01-09 09:00:00", 8, 0.9024733005284542, .review, nil, 38.90514998232684, 1.0,
        "2025-02-17 09:00:00"),
      WorkedRow(
        1, "2025-02-14 09:00:00", 36, 0.9052425437729072, .relearning, 0, 2.8369162842882294,
        7.0269895692968385,
        "2025-02-14 09:10:00"),
      WorkedRow(
        3, "2025-02-14 09:10:00", 0, 1.0, .review, nil, 2.8369162842882294, 7.0151909490243805,
        "2025-02-17 09:10:00"),
      WorkedRow(
        3, "2025-02-18 09:10:00", 4, 0.8747178190705782, .review, nil, 9.31629221077718,
        7.003404127372194,
        "2025-02-27 09:10:00"),
    ])
}

func isClose(_ a: Double?, _ b: Double, relative: Double = 1e-9) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= relative * max(abs(a), abs(b), 1e-300) || a == b
}

/// Recording py-fsrs's worked examples through the store (UTC, rollover 4, fuzz off): every
/// review falls at the same time of day or within one day, so study days equal py-fsrs's
/// 24-hour periods and the results must match its table.
@Suite struct StoreWorkedExampleTests {
  @Test(arguments: [WorkedExample.one, WorkedExample.two, WorkedExample.three])
  func recordingMatchesPyFSRS(_ example: WorkedExample) throws {
    let store = try Store.temporary(settings: StoreFixtures.exactSettings())
    #expect(store.calendar.rolloverHour == 4)
    try store.sync(
      with: CatalogFixtures.catalog(ids: ["q"]), at: StoreFixtures.utc("2024-12-31 12:00:00"))
    for (i, row) in example.rows.enumerated() {
      let at = StoreFixtures.utc(row.at)
      let recorded = try store.record(
        ReviewInput(questionId: "q", rating: row.rating, reviewedAt: at))
      let card = recorded.card
      let review = recorded.review
      #expect(review.elapsedDays == row.elapsed, "row \(i): elapsed days")
      #expect(
        isClose(review.retrievability, row.retrievability), "row \(i): R \(review.retrievability)")
      #expect(card.phase == CardPhase(row.state), "row \(i): state \(card.phase.name)")
      #expect(card.step == row.step, "row \(i): step")
      #expect(isClose(card.stability, row.stability), "row \(i): S \(card.stability ?? .nan)")
      #expect(isClose(card.difficulty, row.difficulty), "row \(i): D \(card.difficulty ?? .nan)")
      #expect(card.due == StoreFixtures.utc(row.due).timeIntervalSince1970, "row \(i): due")
      #expect(card.lastReview == at.timeIntervalSince1970, "row \(i): last review")
      #expect(card.reps == i + 1)
      // The logged figures are the card's.
      #expect(review.stability == card.stability && review.difficulty == card.difficulty)
      #expect(review.due == card.due && review.phase == card.phase)
      #expect(try store.card("q") == card, "row \(i): stored card")
    }
  }

  /// Where calendar days and 24-hour periods differ, the store counts calendar days from the
  /// rollover (like Anki), not py-fsrs's whole 24-hour periods.
  @Test(arguments: [
    // 23:00 then 05:00 the next morning: 6 hours, but past the 04:00 rollover.
    ("2025-01-01 23:00:00", "2025-01-02 05:00:00", 1, 0),
    // 03:00 (still the previous study day) then 05:00 a day later: 26 hours, two study days.
    ("2025-01-02 03:00:00", "2025-01-03 05:00:00", 2, 1),
    // 05:00 then 03:00 the next night: 22 hours within one study day.
    ("2025-01-01 05:00:00", "2025-01-02 03:00:00", 0, 0),
  ])
  func elapsedDaysFollowTheRollover(first: String, second: String, studyDays: Int, periods: Int)
    throws
  {
    let store = try Store.temporary(settings: StoreFixtures.exactSettings())
    try store.sync(
      with: CatalogFixtures.catalog(ids: ["q"]), at: StoreFixtures.utc("2024-12-31 12:00:00"))
    let t1 = StoreFixtures.utc(first)
    let t2 = StoreFixtures.utc(second)
    let afterEasy = try store.record(ReviewInput(questionId: "q", rating: .easy, reviewedAt: t1))
      .card
    #expect(afterEasy.phase == .review)
    #expect(Scheduler.elapsedDays(from: t1, to: t2) == periods)

    let recorded = try store.record(ReviewInput(questionId: "q", rating: .good, reviewedAt: t2))
    #expect(recorded.review.elapsedDays == studyDays)

    let scheduler = Scheduler(try StoreFixtures.exactSettings().schedulerConfiguration())
    let byStudyDays = scheduler.review(
      afterEasy.fsrsCard, rating: .good, at: t2, elapsedDays: studyDays)
    #expect(recorded.card.stability == byStudyDays.card.memory?.stability)
    #expect(recorded.card.difficulty == byStudyDays.card.memory?.difficulty)
    #expect(recorded.card.due == byStudyDays.card.due.timeIntervalSince1970)
    #expect(recorded.review.retrievability == byStudyDays.retrievability)
    if studyDays != periods {
      // py-fsrs's own count would have given a different stability.
      let byPeriods = scheduler.review(afterEasy.fsrsCard, rating: .good, at: t2)
      #expect(byPeriods.elapsedDays == periods)
      #expect(recorded.card.stability != byPeriods.card.memory?.stability)
    }
  }
}
