import FSRS
import Foundation
import RehearseStore

/// The rules of a practice session, without any input or output: which question comes next,
/// what an answer means, what to record, and what `:undo` takes back.
///
/// Drills, mock loops and story practice drive the same engine; a ``SessionRunner`` talks to
/// the user and the store on its behalf. Everything here is values in, values out.
///
/// ```swift
/// var engine = SessionEngine(kind: .drill, catalog: catalog, questions: ids, limit: 10)
/// while let q = engine.next(at: clock.now()) { … }
/// ```
public struct SessionEngine: Sendable {
  public let kind: SessionKind
  let catalog: BankCatalog
  let grader: AnswerGrader
  var queue: SessionQueue
  /// Questions handed out so far (the header's position).
  public private(set) var position = 0
  /// How many questions the session plans to ask (the header's total).
  public private(set) var total: Int
  /// Every rating given this session, in order (undone ones removed).
  public private(set) var entries: [SessionEntry] = []
  /// A question suspended this session after the last rating, so `:undo` takes that back first.
  public private(set) var lastSuspended: Question?
  /// Stories compared with a telling this session, so a loop does not suggest one twice.
  public internal(set) var toldStories: Set<String> = []

  /// A session over `questions`, asking at most `limit` (nil: all of them).
  public init(kind: SessionKind, catalog: BankCatalog, questions: [String], limit: Int? = nil) {
    self.kind = kind
    self.catalog = catalog
    grader = AnswerGrader(catalog: catalog)
    queue = SessionQueue(questions, limit: limit)
    total = min(questions.count, limit ?? questions.count)
  }

  /// A session that continues one already under way (a resumed mock): `asked` questions were
  /// answered before, of `total` in all; questions are added round by round with ``enqueue(_:)``.
  public init(kind: SessionKind, catalog: BankCatalog, resumingAfter asked: Int, of total: Int) {
    self.init(kind: kind, catalog: catalog, questions: [])
    position = asked
    self.total = total
  }

  /// Whether a card still in a learning step comes back later in the session. Mock loops ask
  /// each question once, as an interviewer would.
  var repeatsLearningSteps: Bool { kind != .mock }

  /// Whether reviews of this session leave the schedule alone.
  public var isCram: Bool { kind == .cram }

  /// The next question at `now`, or nil when the session has nothing left to ask now.
  public mutating func next(at now: Date) -> Question? {
    while let id = queue.next(at: now) {
      guard let question = catalog.question(id: id) else { continue }
      position += 1
      total = max(total, position)
      return question
    }
    return nil
  }

  /// Adds questions to the end of the queue (the next mock round); the total is unchanged.
  public mutating func enqueue(_ ids: [String]) {
    queue.append(ids)
  }

  /// Drops what is left in the queue (a mock round whose time ran out).
  public mutating func dropRemaining() {
    queue = SessionQueue([], limit: nil)
  }

  /// Questions still to be asked, learning steps due back this session included.
  public var remaining: Int { queue.remaining }

  /// When the soonest learning step of this session comes due, for "come back in 4 minutes".
  public var nextLearningDue: Date? { queue.nextLearningDue }

  /// What `answer` to `question`, given after `seconds`, means.
  /// - Parameters:
  ///   - lastReview: when the card was last reviewed (nil: a first review), for the Easy rule.
  public func assess(
    _ answer: SessionAnswer, to question: Question, seconds: Double, lastReview: Date? = nil,
    now: Date = Date(timeIntervalSince1970: 0)
  ) -> Assessment {
    switch answer {
    case .picked(let picked):
      let result = grader.gradeChoice(picked, for: question)
      return Assessment(
        answer: answer, seconds: seconds, grade: nil, correct: result.correct,
        suggested: result.suggested, reason: result.correct ? "correct" : "not quite")
    case .revealed:
      return Assessment(
        answer: answer, seconds: seconds, grade: nil, correct: nil, suggested: nil, reason: nil)
    case .typed(let text):
      let grade = grader.grade(
        text, for: question,
        context: GradingContext(seconds: seconds, lastReview: lastReview, now: now))
      return Assessment(
        answer: answer, seconds: seconds, grade: grade, correct: nil, suggested: grade.suggested,
        reason: grade.reason, original: grade.items.map(\.status))
    }
  }

  /// The assessment with the user's flips of items `indices` (0-based) applied: the grade and
  /// the suggestion follow, and the flips are kept for the review.
  public func assess(toggled assessment: Assessment, _ indices: [Int], of question: Question)
    -> Assessment
  {
    guard let grade = assessment.grade else { return assessment }
    var next = assessment
    next.grade = grade.toggling(indices, for: question)
    next.suggested = next.grade?.suggested
    next.reason = next.grade.map { $0.reason + ", after your changes" }
    if let reply = next.followUpGrade, let suggested = next.suggested, let main = next.grade {
      let (rating, why) = SuggestionRule.afterFollowUp(
        suggested, mainCoverage: main.coverage, followUp: reply)
      next.suggested = rating
      next.reason = (next.reason ?? "") + "; " + why
    }
    for i in indices where grade.items.indices.contains(i) {
      if let at = next.toggled.firstIndex(of: i) {
        next.toggled.remove(at: at)
      } else {
        next.toggled.append(i)
      }
    }
    return next
  }

  /// The review to record for a confirmed rating.
  public func review(
    of question: Question, _ assessment: Assessment, rating: Rating, at now: Date,
    sessionId: String
  ) -> ReviewInput {
    ReviewInput(
      questionId: question.id, rating: rating, reviewedAt: now,
      suggestedRating: assessment.suggested, duration: assessment.seconds, sessionId: sessionId,
      answer: assessment.storedAnswer, words: assessment.words, grading: assessment.grading,
      coverage: assessment.grade?.coverage,
      score: assessment.grade?.star.map { Double($0.score) }, cram: isCram,
      source: kind.reviewSource, areas: question.areas)
  }

  /// Takes note of a recorded review: a card still in a learning step comes back later in the
  /// session when its step falls before `rollover`.
  public mutating func recorded(
    _ question: Question, _ result: RecordedReview, rating: Rating, rollover: Date
  ) {
    entries.append(SessionEntry(question: question, review: result.review, rating: rating))
    lastSuspended = nil
    guard !isCram, repeatsLearningSteps, let due = result.card.due, result.card.phase != .review
    else { return }
    queue.returnLater(question.id, due: Date(timeIntervalSince1970: due), before: rollover)
  }

  /// Takes note of a question suspended this session (`:suspend`).
  public mutating func suspended(_ question: Question) {
    lastSuspended = question
  }

  /// `:undo` right after `:suspend`: the suspended question is asked next, then `current`.
  /// Returns it (nil when the last thing done was not a suspension).
  public mutating func undoSuspension(current: Question) -> Question? {
    guard let question = lastSuspended else { return nil }
    lastSuspended = nil
    queue.pushFront(current.id)
    queue.pushFront(question.id)
    position -= 2
    return question
  }

  /// What `:undo` does at `current`: the last rating to take back (nil when there is none).
  /// The taken-back question is asked again next, then `current`.
  public mutating func undo(current: Question) -> SessionEntry? {
    queue.pushFront(current.id)
    position -= 1
    guard let last = entries.popLast() else { return nil }
    queue.pushFront(last.question.id)
    position -= 1
    return last
  }

  /// Answered and missed counts so far.
  public var answered: Int { entries.count }
  public var missed: Int { entries.filter { $0.rating == .again }.count }
}
