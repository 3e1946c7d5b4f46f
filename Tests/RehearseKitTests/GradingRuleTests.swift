import FSRS
import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

@testable import RehearseKit

/// The rules that make a suggested rating one a fair interviewer would agree with.
@Suite struct GradingRuleTests {
  static let concepts = SourceFile(
    path: "concepts.yaml",
    data: Data(
      """
      concepts:
        - key: owner
          terms: [owner, accountable, DRI, single-threaded owner]
        - key: rollback
          terms: [rollback, roll back, revert, back out]
        - key: buffer
          terms: [buffer, cushion, contingency]
      """.utf8))

  static let catalog = BankLoader.load(
    [
      SourceFile(
        path: "rules.yaml",
        data: Data(
          BankFixtures.bank(
            questions: """
                - id: estimates
                  kind: recall
                  prompt: Two leads give estimates of 3 and 9 weeks. What do you do?
                  topic: estimation
                  answer: Ask each for their assumptions and reconcile them; never average.
                  key_points:
                    - point: Ask each lead for the assumptions behind the number
                      accept: [assumptions behind, what each assumed]
                    - point: Don't average the two estimates
                      accept: [don't average, not average, reconcile the numbers]
                      contradicts: [average the two estimates, split the difference]
                    - point: Add a buffer for the riskiest dependency
                      accept: [buffer for the riskiest]
                - id: release
                  kind: recall
                  prompt: How do you ship a risky change to 20,000 servers?
                  topic: rollout
                  answer: Stage it, with a named owner and a rollback plan.
                  key_points:
                    - point: A single owner for the rollout
                      accept: [owner for the rollout]
                    - point: A tested rollback plan
                      accept: [rollback plan]
                    - point: Start with 20,000 servers in waves
                      accept: [20000 servers in waves]
                - id: qps
                  kind: recall
                  prompt: 100M users make 20 requests a day each. Estimate the average QPS.
                  topic: estimation
                  answer: 2 billion requests over 86,400 seconds is about 23k QPS on average.
                  key_points:
                    - point: Divide by 86,400 seconds a day
                      accept: [86400 seconds]
                    - point: About 23k QPS on average
                      accept: [23k qps]
                - id: handoff
                  kind: recall
                  prompt: How do you hand a program over to another TPM?
                  topic: transition
                  answer: Write down the open risks, introduce the stakeholders, pass on the decision log, stay reachable.
                  key_points:
                    - point: Write down the open risks
                      accept: [open risks]
                    - point: Introduce the stakeholders in person
                      accept: [introduce the stakeholders]
                    - point: Hand over the decision log
                      accept: [decision log]
                    - point: Stay reachable for the first weeks
                      accept: [stay reachable]
                - id: delegate
                  kind: star
                  prompt: Tell me about a time you delegated work you used to do yourself.
                  topic: delegation
                  competencies: [mentoring]
                  answer: A real hand-over of ownership, agreed checkpoints, and not stepping back in.
                  key_points:
                    - point: Handed over real ownership, not only tasks
                      accept: [handed over ownership, gave her ownership]
                    - point: Agreed checkpoints instead of watching every step
                      accept: [agreed checkpoints, weekly checkpoint]
                    - point: Did not step back in when it went differently
                      accept: [resisted stepping in, did not step in]
                - id: mentor
                  kind: star
                  prompt: Tell me about a time you grew someone on your team.
                  topic: growth
                  competencies: [mentoring]
                  answer: A real person, your own actions, and a measured result.
              """
          ).utf8)),
      concepts,
    ], references: BankFixtures.references)

  let grader = AnswerGrader(catalog: Self.catalog)

  func grade(_ answer: String, _ id: String, context: GradingContext = GradingContext(seconds: 30))
    throws -> AnswerGrade
  {
    grader.grade(answer, for: try #require(Self.catalog.question(id: id)), context: context)
  }

  func status(_ grade: AnswerGrade, _ n: Int) -> AnswerGrade.Item.Status { grade.items[n].status }

  @Test func theFixtureLoads() {
    #expect(Self.catalog.diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(Self.catalog.concepts.count == 3)
  }

  @Test func negationIsScopedToThePhraseItCovers() throws {
    // "not" before the phrase turns it around: no credit for a rollback plan we will not have.
    let without = try grade("We would not write a rollback plan, there is no time.", "release")
    #expect(status(without, 1) != .covered)
    let with = try grade("We write a rollback plan first.", "release")
    #expect(status(with, 1) == .covered)
    // A point that is itself negated needs the negation: "don't average" covers it.
    let right = try grade("I don't average the numbers; I ask about assumptions.", "estimates")
    #expect(status(right, 1) == .covered)
    // A comma ends a negator's reach: the second phrase is said positively.
    let clause = try grade(
      "Instead of guessing, I add a buffer for the riskiest dependency.", "estimates")
    #expect(status(clause, 2) == .covered)
  }

  @Test func aMisconceptionContradictsThePointAndMeansAgain() throws {
    let wrong = try grade(
      "I would ask about the assumptions behind each number, then average the two estimates.",
      "estimates")
    #expect(status(wrong, 0) == .covered)
    #expect(status(wrong, 1) == .contradicted)
    #expect(wrong.items[1].evidence?.contains("average the two estimates") == true)
    #expect(wrong.suggested == .again)
    // Rejecting the misconception is not making it.
    let rejected = try grade(
      "Never split the difference. I ask what each assumed and add a buffer for the riskiest part.",
      "estimates")
    #expect(status(rejected, 1) != .contradicted)
    #expect(rejected.suggested != .again)
  }

  @Test func alternatesMatchWithinASentenceNotAcrossTheAnswer() throws {
    let scattered = try grade(
      "The rollback happened last year in another team. We kept the plan on a wiki page that "
        + "nobody opened, and the servers were slow for reasons unrelated to the change.",
      "release")
    #expect(status(scattered, 1) == .missed)
    let together = try grade("There is a rollback plan, tested in staging.", "release")
    #expect(status(together, 1) == .covered)
  }

  @Test func numbersAreComparedAsValues() throws {
    for figure in ["20,000", "20000", "20k", "twenty thousand", "20 thousand"] {
      let g = try grade("Start with \(figure) servers in waves of a few hundred.", "release")
      #expect(status(g, 2) == .covered, "\(figure)")
    }
    let other = try grade("Start with 2,000 servers in waves.", "release")
    #expect(status(other, 2) != .covered)
  }

  @Test func conceptGroupsMatchSynonyms() throws {
    let dri = try grade("Name a DRI for the rollout and agree a revert plan.", "release")
    #expect(status(dri, 0) == .covered)
    #expect(status(dri, 1) == .covered)
    let cushion = try grade("Add a cushion for the riskiest dependency.", "estimates")
    #expect(status(cushion, 2) == .covered)
  }

  @Test func aKeywordListIsAtMostHard() throws {
    let list = try grade(
      "assumptions behind, don't average, buffer for the riskiest, dependencies, reconcile",
      "estimates")
    #expect(list.isKeywordList)
    #expect(list.suggested == .hard)
    #expect(list.reason.contains("explain how these fit together"))
    let sentences = try grade(
      "I ask each lead for the assumptions behind the number. I don't average the two. Then I "
        + "add a buffer for the riskiest dependency.", "estimates")
    #expect(!sentences.isKeywordList)
    #expect(sentences.suggested == .good)
  }

  @Test func easyNeedsAnEarlierReviewADayOrMoreAgo() throws {
    let answer =
      "I ask each lead for the assumptions behind the number. I don't average the two. Then I "
      + "add a buffer for the riskiest dependency."
    let now = Date(timeIntervalSince1970: 1_767_000_000)
    let first = try grade(answer, "estimates", context: GradingContext(seconds: 30, now: now))
    #expect(first.suggested == .good)
    let justSeen = try grade(
      answer, "estimates",
      context: GradingContext(seconds: 30, lastReview: now - 3600, now: now))
    #expect(justSeen.suggested == .good)
    let recalled = try grade(
      answer, "estimates",
      context: GradingContext(seconds: 30, lastReview: now - 3 * 86_400, now: now))
    #expect(recalled.suggested == .easy)
  }

  @Test func typingTimeIsNotHeldAgainstAnAnswer() throws {
    let long =
      String(
        repeating: "I ask each lead for the assumptions behind the number and compare them. ",
        count: 11) + "I don't average the two, and I add a buffer for the riskiest dependency."
    // 144 words take 3.6 minutes to type at 40 a minute: over the 3-minute limit only by typing.
    let g = try grade(long, "estimates", context: GradingContext(seconds: 240))
    #expect(!g.reason.contains("over the time limit"))
    let slow = try grade(long, "estimates", context: GradingContext(seconds: 600))
    #expect(slow.reason.contains("over the time limit"))
  }
}

extension GradingRuleTests {
  @Test func aNegatorReachingAnyWordOfAMisconceptionMeansItWasNotMade() throws {
    let g = try grade(
      "I ask about the assumptions behind each estimate rather than average the two estimates.",
      "estimates")
    #expect(g.items[1].status != .contradicted)
  }
}

extension GradingRuleTests {
  @Test func insteadAloneDoesNotNegateButInsteadOfDoes() throws {
    let adverb = try grade("Instead, I add a buffer for the riskiest dependency.", "estimates")
    #expect(adverb.items[2].status == .covered)
    let preposition = try grade(
      "I ship instead of adding a buffer for the riskiest dependency.", "estimates")
    #expect(preposition.items[2].status != .covered)
  }
}

extension GradingRuleTests {
  static let story = """
    Last year a new engineer on our team was struggling with on-call. My task was to get her \
    ready to lead the rotation within a quarter. PRONOUN paired with her every week, PRONOUN \
    wrote a runbook together with her and PRONOUN let her lead two real incidents with me \
    shadowing. RESULT
    """

  @Test func aStoryToldAsWeOrWithoutANumberIsAtMostHard() throws {
    let mine = Self.story.replacingOccurrences(of: "PRONOUN", with: "I")
      .replacingOccurrences(
        of: "RESULT",
        with: "As a result she ran the rotation alone after five weeks and pages fell by 30%.")
    #expect(try grade(mine, "mentor").suggested == .good)
    let ours = mine.replacingOccurrences(of: "I paired", with: "We paired")
      .replacingOccurrences(of: "I wrote", with: "we wrote")
      .replacingOccurrences(of: "I let", with: "we let")
      .replacingOccurrences(of: "My task", with: "Our task")
    let we = try grade(ours, "mentor")
    #expect(we.suggested.rawValue <= Rating.hard.rawValue, "\(we.reason)")
    let vague = Self.story.replacingOccurrences(of: "PRONOUN", with: "I")
      .replacingOccurrences(
        of: "RESULT", with: "In the end she ran the rotation alone and it went well.")
    let unmeasured = try grade(vague, "mentor")
    #expect(unmeasured.suggested == .hard)
    #expect(unmeasured.reason.contains("give the result a number"))
  }
}

extension GradingRuleTests {
  @Test func aLineBreakInsideASentenceIsWrappingNotAnEnd() throws {
    let wrapped = try grade("We keep a tested rollback\nplan for every wave.", "release")
    #expect(wrapped.items[1].status == .covered)
    let listed = try grade(
      "We keep these:\n- a rollback\n- waves by region behind a canary with alerts on errors\n"
        + "- a plan for the customer emails", "release")
    #expect(listed.items[1].status == .missed)
  }
}

extension GradingRuleTests {
  /// A rubric line or key point with a "not" in one clause is matched clause by clause: the
  /// clause it states needs no negation, and the answer must not deny what it states.
  @Test func negationCountsWordByWordSoATwoClauseLineStillMatches() {
    func found(_ answer: String) -> Bool {
      let finder = PhraseFinder(
        answer: AnswerText(answer, thesaurus: .empty), thesaurus: .empty)
      let line = finder.phrase("Blocks are enforced at read time, not at write time.")
      return finder.find(line, share: 0.4, minimum: 2) != nil
    }
    #expect(found("We enforce blocks when the feed is read."))
    #expect(!found("Blocks are not enforced when the feed is read."))
    // What the line negates, said positively, is not a match either.
    #expect(!found("We apply the block at write time when posts fan out."))
  }
}

extension GradingRuleTests {
  /// A rubric line's figures are some of its words: an estimate in other numbers still counts,
  /// while a key point's figure must be there.
  @Test func aRubricLineNeedsNotRepeatItsFiguresButAKeyPointDoes() {
    let finder = PhraseFinder(
      answer: AnswerText(
        "Writes per second are low, a few dozen, given the links created each month.",
        thesaurus: .empty), thesaurus: .empty)
    let line = finder.phrase("100M new links a month is about 40 writes per second.")
    #expect(finder.find(line, share: 0.4, minimum: 2, figuresRequired: false) != nil)
    #expect(finder.find(line, share: 0.4, minimum: 2) == nil)
  }
}

extension GradingRuleTests {
  /// A phrase followed in its clause by a dismissal ("would be a mistake", "won't help") is
  /// said the other way round; "avoids the mistake" dismisses nothing.
  @Test func aPhraseDismissedAfterItIsTurnedAround() {
    func found(_ answer: String) -> Bool {
      let finder = PhraseFinder(answer: AnswerText(answer, thesaurus: .empty), thesaurus: .empty)
      return finder.find(finder.phrase("monitor replication lag")) != nil
    }
    #expect(found("We monitor replication lag and alert on it."))
    #expect(!found("Monitoring replication lag won't help here."))
    #expect(!found("Monitoring replication lag would be a waste of time."))
    #expect(found("Monitoring replication lag early avoids the mistake of guessing."))
    #expect(found("Monitor replication lag, but skipping the dashboard is a mistake."))
  }
}

extension GradingRuleTests {
  /// A long rubric line lists several things; four of its words in one sentence say one of
  /// them specifically, two generic words do not.
  @Test func aLongRubricLineIsCoveredByFourOfItsWordsInASentence() {
    func found(_ answer: String) -> Bool {
      let finder = PhraseFinder(answer: AnswerText(answer, thesaurus: .empty), thesaurus: .empty)
      let line = finder.phrase(
        "Build versus buy (identity vendor versus own), JWT self-contained tokens versus opaque "
          + "tokens with introspection, security friction (MFA) versus conversion.")
      return finder.find(
        line, share: 0.4, minimum: 2, figuresRequired: false,
        enough: AnswerGrader.rubricWordsEnough) != nil
    }
    #expect(found("The trade-off is JWT against opaque tokens with introspection."))
    #expect(!found("We would build the tokens."))
  }
}
