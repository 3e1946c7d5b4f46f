import FSRS
import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

@testable import RehearseKit

/// The session rules, in-process and without I/O: what comes next, what an answer means, what
/// is recorded and what `:undo` takes back.
@Suite struct SessionEngineTests {
  static let catalog = BankFixtures.load(
    BankFixtures.bank(
      questions: """
          - id: pick
            kind: choice
            prompt: How many people are Accountable for one deliverable?
            topic: raci
            choices:
              - text: Exactly one
                correct: true
              - text: One per team
        \(BankFixtures.recall(id: "r1"))
        \(BankFixtures.recall(id: "r2"))
        \(BankFixtures.recall(id: "r3"))
          - id: tell
            kind: star
            prompt: Tell me about a time you mentored someone.
            topic: growth
            competencies: [mentoring]
            answer: A story where you grew someone, with your own actions and a result.
        """))
  let t0 = Date(timeIntervalSince1970: 1_767_000_000)

  /// The id of the next question (macros cannot take `inout`).
  func next(_ engine: inout SessionEngine, at date: Date) -> String? {
    engine.next(at: date)?.id
  }

  func question(_ id: String) throws -> Question {
    try #require(Self.catalog.question(id: id))
  }

  /// What the store would hand back for a review in `phase`, due `dueIn` seconds later.
  func recorded(_ id: String, rating: Rating, phase: CardPhase, dueIn: Double) -> RecordedReview {
    var card = CardRecord.new(id, at: t0)
    card.phase = phase
    card.due = t0.timeIntervalSince1970 + dueIn
    let review = ReviewRecord(
      id: "rev-\(id)-\(rating.rawValue)", questionId: id, reviewedAt: t0.timeIntervalSince1970,
      rating: rating, due: card.due!, source: .drill)
    return RecordedReview(review: review, card: card, becameLeech: false)
  }

  @Test func aChoiceIsGoodOnlyWhenExactlyTheRightOptionsArePicked() throws {
    let engine = SessionEngine(kind: .drill, catalog: Self.catalog, questions: ["pick"])
    let q = try question("pick")
    let right = engine.assess(.picked([0]), to: q, seconds: 4)
    #expect(right.correct == true && right.suggested == .good)
    #expect(right.storedAnswer == "a")
    let wrong = engine.assess(.picked([0, 1]), to: q, seconds: 4)
    #expect(wrong.correct == false && wrong.suggested == .again)
  }

  @Test func aRevealedAnswerSuggestsNothingAndStoresNoText() throws {
    let engine = SessionEngine(kind: .drill, catalog: Self.catalog, questions: ["r1"])
    let a = engine.assess(.revealed, to: try question("r1"), seconds: 20)
    #expect(a.suggested == nil && a.grade == nil && a.storedAnswer == nil)
    let input = engine.review(of: try question("r1"), a, rating: .hard, at: t0, sessionId: "s")
    #expect(input.rating == .hard && input.suggestedRating == nil && input.answer == nil)
  }

  @Test func undoAsksTheTakenBackQuestionFirstThenTheCurrentOne() throws {
    var engine = SessionEngine(kind: .drill, catalog: Self.catalog, questions: ["r1", "r2", "r3"])
    #expect(next(&engine, at: t0) == "r1")
    engine.recorded(
      try question("r1"), recorded("r1", rating: .good, phase: .review, dueIn: 86400 * 3),
      rating: .good, rollover: t0 + 86400)
    #expect(next(&engine, at: t0) == "r2")
    #expect(engine.position == 2)
    let undone = try #require(engine.undo(current: try question("r2")))
    #expect(undone.question.id == "r1" && engine.entries.isEmpty)
    #expect(next(&engine, at: t0) == "r1")
    #expect(next(&engine, at: t0) == "r2")
    #expect(next(&engine, at: t0) == "r3")
    #expect(next(&engine, at: t0) == nil)
    #expect(engine.position == 3)
  }

  @Test func undoWithNothingRatedAsksTheCurrentQuestionAgain() throws {
    var engine = SessionEngine(kind: .drill, catalog: Self.catalog, questions: ["r1", "r2"])
    #expect(next(&engine, at: t0) == "r1")
    #expect(engine.undo(current: try question("r1")) == nil)
    #expect(next(&engine, at: t0) == "r1")
    #expect(engine.position == 1)
  }

  @Test func aLearningCardComesBackOnceItsStepHasPassedButNotInAMock() throws {
    for kind in [SessionKind.drill, .mock] {
      var engine = SessionEngine(kind: kind, catalog: Self.catalog, questions: ["r1", "r2"])
      #expect(next(&engine, at: t0) == "r1")
      engine.recorded(
        try question("r1"), recorded("r1", rating: .again, phase: .learning, dueIn: 3600),
        rating: .again, rollover: t0 + 86400)
      #expect(next(&engine, at: t0 + 10) == "r2")
      // The step (an hour) is beyond the learn-ahead window: nothing to ask now.
      #expect(next(&engine, at: t0 + 20) == nil)
      #expect(next(&engine, at: t0 + 3600) == (kind == .mock ? nil : "r1"), "\(kind)")
    }
  }

  @Test func aLearningStepAfterTheRolloverWaitsForAnotherDay() throws {
    var engine = SessionEngine(kind: .drill, catalog: Self.catalog, questions: ["r1"])
    #expect(next(&engine, at: t0) == "r1")
    engine.recorded(
      try question("r1"), recorded("r1", rating: .again, phase: .learning, dueIn: 600),
      rating: .again, rollover: t0 + 300)
    #expect(next(&engine, at: t0 + 600) == nil)
    #expect(engine.nextLearningDue == nil)
  }

  @Test func theCountCapsTheQuestionsAndRemainingSaysWhatIsLeft() throws {
    var engine = SessionEngine(
      kind: .drill, catalog: Self.catalog, questions: ["r1", "r2", "r3"], limit: 2)
    #expect(engine.total == 2 && engine.remaining == 2)
    #expect(next(&engine, at: t0) == "r1")
    #expect(engine.remaining == 1)
    #expect(next(&engine, at: t0) == "r2")
    #expect(next(&engine, at: t0) == nil)
    #expect(engine.remaining == 0)
  }

  @Test func theReviewCarriesTheStarScoreOfTheGradeAndTheSessionsSource() throws {
    let q = try question("tell")
    let telling = """
      Situation: a new engineer on my team was struggling with on-call. My task was to get her \
      ready in a month. I paired with her every week, I wrote a runbook with her and I let her \
      lead two incidents. Result: she ran the rotation alone after five weeks and cut paging \
      noise by 30%. I learned to hand over earlier.
      """
    for kind in [SessionKind.story, .cram, .mock] {
      let engine = SessionEngine(kind: kind, catalog: Self.catalog, questions: ["tell"])
      let a = engine.assess(.typed(telling), to: q, seconds: 90)
      let star = try #require(a.grade?.star)
      #expect(star == StarScorer().score(telling, themes: q.competencies))
      let input = engine.review(of: q, a, rating: .good, at: t0, sessionId: "s")
      #expect(input.score == Double(star.score))
      #expect(input.source == kind.reviewSource)
      #expect(input.cram == (kind == .cram))
      #expect(input.answer == telling && input.areas.contains(.competency("mentoring")))
    }
  }

  @Test func flippingItemsChangesTheSuggestionAndIsKeptWithTheReview() throws {
    let engine = SessionEngine(kind: .drill, catalog: Self.catalog, questions: ["r1"])
    let q = try question("r1")
    let missed = engine.assess(.typed("Something else entirely."), to: q, seconds: 20)
    #expect(missed.grade?.items.map(\.status) == [.missed])
    #expect(missed.suggested == .again)
    let flipped = engine.assess(toggled: missed, [0], of: q)
    #expect(flipped.grade?.items.map(\.status) == [.covered])
    #expect(flipped.suggested == .good)
    let input = engine.review(of: q, flipped, rating: .good, at: t0, sessionId: "s")
    #expect(input.grading == ReviewGrading(items: ["missed"], toggled: [0]))
    #expect(input.suggestedRating == .good)
    // Flipping twice is no change.
    let back = engine.assess(toggled: flipped, [0], of: q)
    #expect(back.suggested == .again && back.toggled.isEmpty)
  }

  @Test func flipsAreTwoOrMoreNumbersOrTAndNumbers() {
    #expect(SessionText.parseToggles("2 4", count: 5) == [1, 3])
    #expect(SessionText.parseToggles("t 3", count: 5) == [2])
    #expect(SessionText.parseToggles("x 1,2", count: 5) == [0, 1])
    #expect(SessionText.parseToggles("3", count: 5) == nil)  // a rating
    #expect(SessionText.parseToggles("2 9", count: 5) == nil)
    #expect(SessionText.parseToggles("good", count: 5) == nil)
  }
}
