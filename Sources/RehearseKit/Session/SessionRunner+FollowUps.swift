import FSRS
import Foundation
import RehearseStore

extension SessionRunner {
  /// The follow-up to ask after this typed answer, if follow-ups are on; in a mock every
  /// answer gets one when the question has any.
  func followUp(for question: Question, _ assessment: Assessment) throws -> FollowUp? {
    guard ws.settings.followUps, !question.isStoryDrill, case .typed(let text) = assessment.answer,
      !text.isEmpty, let grade = assessment.grade
    else { return nil }
    let last = try ws.store.lastFollowUp(of: question.id)?.prompt
    return FollowUpChooser.choose(
      for: question, grade: grade, lastAsked: last, always: engine.kind == .mock)
  }

  /// Asks the follow-up and grades the reply; `:skip` skips it only. Returns the assessment
  /// and whether the user left (Ctrl-D on an empty reply).
  func askFollowUp(
    _ followUp: FollowUp, of question: Question, after assessment: Assessment, deadline: Date?
  ) -> (Assessment, quit: Bool) {
    let asked = SessionEngine.question(for: followUp, of: question)
    console.line()
    console.line(
      text.style.bold("Follow-up: ") + text.style.bold(TerminalText.sanitize(followUp.prompt)))
    console.line(text.dim(":skip skips the follow-up; the first answer is still rated."))
    let shownAt = ws.clock.now()
    var reader = AnswerReader(runner: self, question: asked, shownAt: shownAt, deadline: deadline)
    let outcome = reader.readTyped()
    let seconds = ws.clock.now().timeIntervalSince(shownAt)
    var reply: String?
    switch outcome {
    case .answered(.typed(let typed)): reply = typed
    case .quit:
      return (
        engine.assess(
          followUp: followUp, reply: nil, after: assessment, of: question, seconds: seconds,
          keepAnswer: ws.settings.keepAnswers), true
      )
    default: reply = nil
    }
    let next = engine.assess(
      followUp: followUp, reply: reply, after: assessment, of: question, seconds: seconds,
      keepAnswer: ws.settings.keepAnswers)
    if let grade = next.followUpGrade {
      for line in text.items(grade) { console.line(line) }
    } else {
      console.line(text.dim("Follow-up skipped."))
    }
    return (next, false)
  }
}
