import FSRS
import Testing

@testable import RehearseKit

/// What a fair interviewer hears beyond the key points' words: a point said the other way
/// round, a wrong figure, an answer on the subject in other words, an answer to another
/// question.
extension GradingRuleTests {
  @Test func sayingAnAlternateTheOtherWayRoundContradictsThePoint() throws {
    let g = try grade(
      "We stage the change by region. There is no need for a rollback plan here.", "release")
    #expect(status(g, 1) == .contradicted)
    #expect(g.suggested == .again)
    // Not said at all is only missed.
    let silent = try grade("We stage the change by region with a named owner.", "release")
    #expect(status(silent, 1) == .missed)
  }

  @Test func aFigureFarFromTheExpectedOneIsAWrongEstimate() throws {
    let right = try grade(
      "2 billion requests over 86,400 seconds comes to about 23k QPS.", "qps")
    #expect(right.items.allSatisfy { $0.status == .covered })
    let wrong = try grade(
      "2 billion requests a day over 3,600 seconds is about 550k QPS.", "qps")
    #expect(status(wrong, 0) == .contradicted)
    #expect(wrong.items[0].matched == "3,600 second")
    #expect(wrong.suggested == .again)
    // Within a factor of two is a fair estimate, not a wrong one.
    let rounded = try grade("Call it 100,000 seconds a day, so roughly 20k QPS.", "qps")
    #expect(!rounded.items.contains { $0.status == .contradicted })
  }

  @Test func aMisconceptionsWordsMustStandCloseTogether() throws {
    let apart = try grade(
      "We average about three meetings a week with both leads, and in each one we go through "
        + "the two estimates line by line to find the assumptions behind them.", "estimates")
    #expect(status(apart, 1) != .contradicted)
  }

  @Test func anAnswerOnTheSubjectInOtherWordsIsHardNotAgain() throws {
    let own = try grade(
      "I would stage the risky change on the servers slowly, a small region at a time, and "
        + "start only once someone is named to run the rollout.", "release")
    #expect(own.coverage < 0.1)
    #expect(own.isOnTopic)
    #expect(own.suggested == .hard)
    #expect(own.reason.contains("compare it with the model answer"))
    let blank = try grade("No idea, sorry.", "release")
    #expect(blank.suggested == .again)
  }

  @Test func anAnswerToAnotherQuestionIsAgain() throws {
    let g = try grade(
      "We migrated the billing database to a new cluster with change data capture, compared "
        + "checksums every night and cut over on a quiet Sunday with a switch-back plan ready.",
      "estimates")
    #expect(!g.isOnTopic)
    #expect(g.suggested == .again)
  }
}

extension GradingRuleTests {
  @Test func aNegatorsReachEndsAtAndAndUnlikeRejectsWhatFollows() throws {
    // "No blame" is turned around; the owner after "and" is said positively.
    let g = try grade("No blame and an owner for the rollout.", "release")
    #expect(status(g, 0) == .covered)
    // "Unlike" sets aside what it names: not a claim that the answer makes.
    let unlike = try grade(
      "Unlike teams that average the two estimates, I ask what each assumed.", "estimates")
    #expect(status(unlike, 1) != .contradicted)
  }

  @Test func aNegatedPointsAlternatesAreNotReadTheOtherWayRound() throws {
    // The point is "Don't average the two estimates"; its alternate "reconcile the numbers"
    // leaves the "don't" implied, so "avoid" before it is not the point's opposite.
    let g = try grade("We avoid having to reconcile the numbers at the end.", "estimates")
    #expect(status(g, 1) != .contradicted)
  }
}
