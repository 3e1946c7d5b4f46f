import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// What `rehearse check` says about a whole catalog, and how coaching banks are kept out of
/// mocks and light in drills.
@Suite struct CatalogLintTests {
  static func recall(_ id: String, _ prompt: String, topic: String = "basics") -> String {
    """
      - id: \(id)
        kind: recall
        prompt: \(prompt)
        topic: \(topic)
        answer: Something a strong candidate says.
        key_points:
          - point: A single accountable owner
    """
  }

  static func warnings(_ catalog: BankCatalog) -> [String] {
    CatalogLint.diagnostics(catalog).filter { $0.severity == .warning }.map(\.message)
  }

  @Test func twoPromptsAskingTheSameThingAreFlagged() {
    let catalog = BankFixtures.load(
      BankFixtures.bank(
        questions: [
          Self.recall("risk-a", "Tell me about a risk you spotted early and how you handled it."),
          Self.recall(
            "risk-b", "Tell me about a time you spotted a risk early; how was it handled?"),
          Self.recall("raci", "Who is Accountable in a RACI chart, and how many can there be?"),
        ].joined(separator: "\n")))
    let found = Self.warnings(catalog)
    #expect(found.count == 1)
    #expect(found.first?.contains("'risk-b' shares") == true)
    #expect(found.first?.contains("'risk-a'") == true)
  }

  @Test func promptsOnOneTopicThatAskDifferentThingsPass() {
    let catalog = BankFixtures.load(
      BankFixtures.bank(
        questions: [
          Self.recall("risk-a", "Tell me about a risk you spotted early and how you handled it."),
          Self.recall(
            "risk-b", "What fields does a risk register need, and who reviews it weekly?"),
        ].joined(separator: "\n")))
    #expect(Self.warnings(catalog) == [])
  }

  static let loops = SourceFile(
    path: "loops.yaml",
    data: Data(
      """
      loops:
        - name: tiny
          title: Tiny loop
          rounds:
            - name: Stories
              dimension: leadership
              categories: [leadership]
              kinds: [recall]
              topics: [basics]
              questions: 2
              minutes: 10
      """.utf8))

  static func coachingCatalog() -> BankCatalog {
    let interview = SourceFile(
      path: "a.yaml",
      data: Data(
        BankFixtures.bank(
          id: "a", questions: Self.recall("a1", "Who owns the launch date on a program?")
        ).utf8))
    let coaching = SourceFile(
      path: "career.yaml",
      data: Data(
        """
        id: career
        title: Career
        category: leadership
        purpose: coaching
        questions:
        \(Self.recall("c1", "Which book on managing engineers would you read first?"))
        \(Self.recall("c2", "What does a personal brand do for a new TPM?", topic: "brand"))
        """.utf8))
    return BankLoader.load(
      [interview, coaching, Self.loops], references: BankFixtures.references)
  }

  @Test func aRoundTheBanksCannotFillIsFlaggedAndCoachingNeverCounts() throws {
    let catalog = Self.coachingCatalog()
    #expect(catalog.diagnostics.filter { $0.severity == .error }.isEmpty)
    let round = try #require(catalog.loops.first?.rounds.first)
    #expect(catalog.questions.filter(round.admits).map(\.id) == ["a1"])
    #expect(
      Self.warnings(catalog).contains {
        $0.contains("round 'Stories' of loop 'tiny' asks for 2 questions")
          && $0.contains("have 1 that match")
      })
  }

  @Test func aDayTakesAtMostOneCoachingQuestion() throws {
    let catalog = Self.coachingCatalog()
    let store = try Store.temporary()
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    try store.sync(with: catalog, at: now)
    let queue = DailyQueue(
      cards: try store.activeCards(), catalog: catalog, settings: Settings(),
      scheduler: store.scheduler, calendar: store.calendar, now: now, today: TodayCounts())
    let ids = queue.entries.map(\.questionId)
    #expect(ids.contains("a1"))
    #expect(ids.filter { $0.hasPrefix("c") }.count == 1)
  }

  @Test func aFirstDesignPromptIsExpectedToTakeAnOutlinesTimeNotAnInterviews() throws {
    let catalog = BankFixtures.load(
      BankFixtures.bank(
        category: "system-design",
        questions: BankFixtures.design(
          id: "d1", rubric: [("requirements", "Shorten and redirect first.")])))
    let q = try #require(catalog.question(id: "d1"))
    #expect(q.timeLimit == 40 * 60)
    #expect(ExpectedTime().seconds(for: q) == 15 * 60)
    let own = ExpectedTime(samples: Array(repeating: (QuestionKind.design, 1500.0), count: 5))
    #expect(own.seconds(for: q) == 1500)
  }
}
