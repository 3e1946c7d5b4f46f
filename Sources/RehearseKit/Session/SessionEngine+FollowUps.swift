import FSRS
import Foundation
import RehearseStore

extension SessionEngine {
  /// The follow-up asked as a question of its own: its prompt and key points, graded like any
  /// typed answer.
  static func question(for followUp: FollowUp, of question: Question) -> Question {
    var q = question
    q.kind = .recall
    q.prompt = followUp.prompt
    q.keyPoints = followUp.keyPoints
    q.rubric = []
    q.competencies = []
    q.followUps = []
    q.answer = nil
    q.hints = []
    q.pitfalls = []
    q.timeLimitOverride = nil
    return q
  }

  /// The assessment once the follow-up is answered (`reply`), or skipped (nil): the reply is
  /// graded on the follow-up's key points and the question's suggestion weighs both answers
  /// (``SuggestionRule/afterFollowUp(_:mainCoverage:followUp:)``).
  public func assess(
    followUp: FollowUp, reply: String?, after assessment: Assessment, of question: Question,
    seconds: Double, keepAnswer: Bool
  ) -> Assessment {
    var next = assessment
    guard let reply, !reply.isEmpty else {
      next.followUp = ReviewFollowUp(prompt: followUp.prompt, skipped: true)
      return next
    }
    let grade = grader.grade(
      reply, for: Self.question(for: followUp, of: question),
      context: GradingContext(seconds: seconds))
    next.followUpGrade = grade
    next.followUp = ReviewFollowUp(
      prompt: followUp.prompt, answer: keepAnswer ? reply : nil, coverage: grade.coverage,
      items: grade.items.map(\.status.rawValue))
    if let suggested = next.suggested, let main = next.grade {
      let (rating, why) = SuggestionRule.afterFollowUp(
        suggested, mainCoverage: main.coverage, followUp: grade)
      next.suggested = rating
      next.reason = (next.reason ?? "") + "; " + why
    }
    return next
  }
}
