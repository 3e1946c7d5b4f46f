import Foundation
import RehearseKit
import RehearseTestSupport
import Testing

/// The hand-written cache layout must carry every field of every bank type. The fixture sets
/// each field to a value other than its default, and a check on the types' stored properties
/// fails when a field is added that the fixture does not set, so the round trip below keeps
/// covering the whole model.
@Suite struct CatalogCacheFieldTests {
  static let bank = """
    id: every-field
    title: Every field
    category: system-design
    description: A bank that sets every key.
    purpose: coaching
    hide: [a-bundled-question]
    questions:
      - id: design-all
        kind: design
        prompt: Design a URL shortener.
        topic: classic-designs
        tags: [web, storage]
        difficulty: 3
        answer: Start with requirements, estimate, then the rollout.
        key_points:
          - point: State the read to write ratio
            accept: [read heavy, reads outnumber writes]
            contradicts: [writes outnumber reads]
        hints: [Think of the read path first.]
        pitfalls: [Skipping estimates.]
        time_limit: 2400
        renamed_from: [old-design, older-design]
        rubric:
          requirements: The MVP and its targets.
          rollout: A canary and a rollback.
        follow_ups:
          - prompt: How would you roll it out?
            key_points:
              - point: A canary first
                accept: [canary first]
                contradicts: [everyone at once]
            when_missed: [rollout, 1]
      - id: pick-all
        kind: choice
        prompt: How many Accountable?
        topic: raci
        choices:
          - text: Exactly one
            correct: true
            why: One owner.
          - text: Two
            why: Blurs ownership.
      - id: tell-all
        kind: star
        prompt: Tell me about mentoring.
        topic: growth
        difficulty: 1
        competencies: [mentoring, ambiguity]
        answer: A real person grown, with your own actions.
    """

  static let loops = SourceFile(
    path: "loops.yaml",
    data: Data(
      """
      loops:
        - name: short
          title: Short loop
          description: Two rounds.
          rounds:
            - name: Design
              dimension: system-design
              categories: [system-design]
              kinds: [design, choice]
              topics: [classic-designs, raci]
              tags: [web]
              questions: 2
              minutes: 30
            - name: Stories
              dimension: behavioral
              categories: [behavioral, leadership]
              questions: 1
              minutes: 10
      """.utf8))

  /// Stored properties whose value is the same "empty" one in every sample: nil, empty, or
  /// (for other values) equal across all samples.
  static func unset<T>(_ samples: [T]) -> [String] {
    let mirrors = samples.map(Mirror.init(reflecting:))
    guard let first = mirrors.first else { return ["(no samples)"] }
    return first.children.compactMap(\.label).filter { label in
      let values = mirrors.map { m in m.children.first { $0.label == label }!.value }
      let described = values.map { String(describing: $0) }
      let empty = described.allSatisfy { ["nil", "[]", "\"\"", ""].contains($0) }
      return empty || (samples.count > 1 && Set(described).count == 1)
    }
  }

  @Test func theFixtureSetsEveryFieldOfEveryType() throws {
    let catalog = BankLoader.load(
      [SourceFile(path: "every-field.yaml", data: Data(Self.bank.utf8)), Self.loops],
      references: BankFixtures.references)
    #expect(catalog.diagnostics.filter { $0.severity == .error }.isEmpty, "\(catalog.diagnostics)")
    let questions = catalog.questions
    // The bank's own fields, copied onto each question.
    let fromBank: Set = ["bankID", "category", "purpose"]
    #expect(Self.unset(questions).filter { !fromBank.contains($0) } == [])
    #expect(questions.allSatisfy { $0.isCoaching })
    #expect(Self.unset(questions.flatMap(\.keyPoints)) == [])
    #expect(Self.unset(questions.flatMap(\.choices)) == [])
    #expect(Self.unset(questions.flatMap(\.rubric)) == [])
    #expect(Self.unset(questions.flatMap(\.followUps)) == [])
    #expect(Self.unset(catalog.banks) == [])
    #expect(Self.unset(catalog.loops.flatMap(\.rounds)) == [])
    #expect(Self.unset(catalog.competencies) == [])
    #expect(Self.unset(catalog.dimensions) == [])
  }

  @Test func everyFieldSurvivesTheCache() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let fresh = BankLoader.load(
      [SourceFile(path: "every-field.yaml", data: Data(Self.bank.utf8)), Self.loops],
      references: BankFixtures.references)
    let url = dir.url.appending(path: "catalog.bin")
    CatalogCache.write(fresh, key: "k", to: url)
    let cached = try #require(CatalogCache.read(url, key: "k"))
    #expect(cached.banks == fresh.banks)
    #expect(cached.loops == fresh.loops)
    #expect(cached.competencies == fresh.competencies)
    #expect(cached.dimensions == fresh.dimensions)
    #expect(cached.diagnostics == fresh.diagnostics)
    #expect(cached.skippedFiles == fresh.skippedFiles)
    #expect(cached.fileCount == fresh.fileCount)
    let design = try #require(cached.question(id: "design-all"))
    #expect(design.timeLimitOverride == 2400)
    #expect(design.renamedFrom == ["old-design", "older-design"])
  }
}
