import Foundation
import RehearseKit
import RehearseStore
import Testing

/// The STAR rubric on example stories written for these tests, each with the findings a coach
/// would give.
@Suite struct StarScorerTests {
  static func story(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appending(path: "Fixtures/stories/\(name).txt")
    return try String(contentsOf: url, encoding: .utf8)
  }

  func finding(_ score: StarScore, _ criterion: String) -> StarScore.Finding? {
    score.findings.first { $0.criterion == criterion }
  }

  @Test func strongStoryPassesEveryCriterion() throws {
    let score = StarScorer().score(
      try Self.story("strong"), themes: ["blocked-dependency", "failure-learning"])
    #expect(score.score >= 90, "\(score.findings.filter { !$0.passed })")
    #expect(score.parts.allSatisfy { $0.isPresent })
    #expect(finding(score, "measurable result")?.sentence?.contains("40 percent") == true)
    #expect((250...400).contains(score.words))
  }

  @Test func weHeavyStoryLosesOwnershipAndPointsAtTheSentence() throws {
    let score = StarScorer().score(try Self.story("we-heavy"))
    let ownership = try #require(finding(score, "ownership"))
    #expect(!ownership.passed)
    #expect(ownership.message.contains("\"we\""))
    #expect(ownership.sentence?.hasPrefix("We ") == true)
    #expect(finding(score, "measurable result")?.passed == true)
    #expect(finding(score, "length")?.passed == false)
  }

  @Test func storyWithoutAResultIsFlagged() throws {
    let score = StarScorer().score(try Self.story("no-result"), themes: ["conflict-cross-team"])
    #expect(finding(score, "parts")?.message.contains("Result") == true)
    #expect(finding(score, "parts")?.message.contains("Learning") == true)
    #expect(finding(score, "measurable result")?.passed == false)
    #expect(score.parts.first { $0.name == "Result" }?.isPresent == false)
  }

  @Test func hypotheticalStoryIsFlaggedAsNotReal() throws {
    let score = StarScorer().score(try Self.story("hypothetical"))
    let real = try #require(finding(score, "real, not hypothetical"))
    #expect(!real.passed)
    #expect(real.sentence?.contains("I would") == true)
    #expect(finding(score, "specific")?.passed == false)
    #expect(finding(score, "specific")?.sentence?.contains("team player") == true)
    #expect(score.score < 70)
  }

  @Test func ramblingStoryIsTooLongAndTopHeavy() throws {
    let score = StarScorer().score(try Self.story("rambling"))
    #expect(score.words > 500)
    #expect(finding(score, "length")?.message.contains("rambling") == true)
    let proportions = try #require(finding(score, "proportions"))
    #expect(!proportions.passed)
    #expect(score.parts.first { $0.name == "Situation" }!.share > 0.5)
  }

  @Test func blameIsFlagged() {
    let text =
      "Situation: The API team was late. Action: I escalated. It was their fault because they didn't plan. Result: We slipped 2 weeks."
    let score = StarScorer().score(text)
    #expect(finding(score, "no blame")?.passed == false)
    #expect(finding(score, "no blame")?.sentence?.contains("their fault") == true)
  }

  @Test func scoresAreDeterministic() throws {
    let text = try Self.story("strong")
    #expect(StarScorer().score(text) == StarScorer().score(text))
  }

  @Test func aThinStoryCannotScoreHigh() {
    let thin =
      "Situation: A team was late. Action: I re-planned the critical path. Result: We shipped in 3 weeks."
    let score = StarScorer().score(thin)
    #expect(score.words < 30)
    #expect(score.score < 50)
  }
}

extension StarScorerTests {
  /// The Task is recognised in the ways people say it.
  @Test(arguments: [
    "My task was to get the migration back on track.",
    "I was asked to get the migration back on track.",
    "I was brought in to get the migration back on track.",
    "I was charged with getting the migration back on track.",
  ])
  func taskCues(_ sentence: String) {
    let story =
      "Last year our payments team was two months late on a ledger migration. \(sentence) "
      + "I mapped the dependencies and I renegotiated the scope with the two client teams. "
      + "As a result we shipped in six weeks and cut settlement time by 40%."
    let score = StarScorer().score(story)
    #expect(score.parts.first { $0.name == "Task" }?.isPresent == true)
  }
}
