import FSRS
import Testing

@testable import RehearseKit

/// How long a recall or STAR answer is, weighed against how much of what matters it says: a
/// long answer that touches little of it is heard as wrong or beside the point; a developed
/// answer that makes half the points well is a pass.
extension GradingRuleTests {
  /// Sentences about handing over a program that make none of the fixture's points.
  static let talk = """
    I think a handover is mostly about the relationship with the new person. I would spend \
    time with them over lunch and tell them how the program started and why it matters to \
    the company. The new TPM should feel confident and welcome on the first day, and the \
    team should see that the change is planned and calm. I would also tell my manager when \
    the change happens and send a short note to the team about the new owner of the program.
    """

  @Test func aLongAnswerThatTouchesLittleOfWhatMattersIsAgain() throws {
    let long = try grade(Self.talk + " I would write down the open risks.", "handoff")
    #expect(long.words >= SuggestionRule.thinFrom)
    #expect(long.coverage == 0.25)
    #expect(long.suggested == .again)
    #expect(long.reason.contains("most of it is not what the question asks"))
    // The same point in a short answer is a partial answer.
    let short = try grade(
      "Before the program changes hands I would write down the open risks for the new TPM.",
      "handoff")
    #expect(short.coverage == 0.25)
    #expect(short.suggested == .hard, "\(short.reason)")
  }

  @Test func aDevelopedAnswerMakingHalfThePointsIsGood() throws {
    let points =
      " First I write down the open risks with their owners. Then I introduce the stakeholders"
      + " to the new TPM one by one."
    let developed = try grade(Self.talk + points + " " + Self.talk, "handoff")
    #expect(developed.words >= SuggestionRule.developedFrom)
    #expect(developed.coverage == 0.5)
    #expect(developed.suggested == .good)
    #expect(developed.reason.contains("developed"))
    let brief = try grade(points, "handoff")
    #expect(brief.coverage == 0.5)
    #expect(brief.suggested == .hard)
  }

  @Test func aStoryIsJudgedOnItsKeyPointsNotOnItsShape() throws {
    // A well-told story for another question: every STAR part, none of the theme's points.
    let other = """
      Last year our payments launch was at risk because a vendor kept missing dates. My task \
      was to get the integration live before the holiday freeze. I met the vendor's lead every \
      week, I rewrote the plan around their real capacity and I set up a shared tracker with \
      dated commitments. As a result we launched two weeks early and support tickets fell by \
      40% in the first month. What I learned is to plan around what a partner can really do, \
      not around what they promise.
      """
    let g = try grade(other, "delegate")
    #expect(g.words >= SuggestionRule.thinFrom)
    #expect(g.items.contains { $0.kind == .starPart && $0.status == .covered })
    #expect(g.suggested == .again, "\(g.reason)")
    #expect(g.reason.contains("0% of the key points"))
  }

  @Test func aNegatedListReachesPastOr() throws {
    let g = try grade(
      "There was no decision log or open risks list to give the new TPM.", "handoff")
    #expect(status(g, 0) != .covered)
    #expect(status(g, 2) != .covered)
  }
}
