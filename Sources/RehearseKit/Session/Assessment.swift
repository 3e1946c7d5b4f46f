import FSRS
import RehearseStore

/// What an answer means: its grade, the suggested rating and why, and what to store. Computed
/// once per answer by ``SessionEngine/assess(_:to:seconds:)``.
public struct Assessment: Sendable, Equatable {
  public var answer: SessionAnswer
  /// How long the user took, in seconds.
  public var seconds: Double
  /// The key-point, rubric or STAR grade of a typed answer.
  public var grade: AnswerGrade?
  /// Whether exactly the right options were picked (choice questions).
  public var correct: Bool?
  /// The rating offered as the default, if any (none for a revealed answer).
  public var suggested: Rating?
  /// A short reason for the suggestion.
  public var reason: String?
  /// What the grader first found per item, before any toggle.
  public var original: [AnswerGrade.Item.Status] = []
  /// Items the user flipped, in the order flipped (a second flip undoes the first).
  public var toggled: [Int] = []
  /// The follow-up asked after the answer, as it will be stored.
  public var followUp: ReviewFollowUp?
  /// The follow-up reply's grade (nil when none was asked or it was skipped).
  public var followUpGrade: AnswerGrade?

  /// What to keep of the grading with the review.
  public var grading: ReviewGrading? {
    guard !original.isEmpty else { return nil }
    return ReviewGrading(
      items: original.map(\.rawValue), toggled: toggled.sorted(), followUp: followUp)
  }

  /// How many words a typed answer has (nil for picks and revealed answers).
  public var words: Int? {
    if case .typed(let text) = answer { Store.wordCount(text) } else { nil }
  }

  /// The answer text to keep in the log.
  public var storedAnswer: String? {
    switch answer {
    case .typed(let text): text.isEmpty ? nil : text
    case .revealed: nil
    case .picked(let picked): SessionText.letters(picked)
    }
  }
}
