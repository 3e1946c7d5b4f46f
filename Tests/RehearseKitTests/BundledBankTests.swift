import Foundation
import RehearseKit
import RehearseStore
import Testing

/// Checks the bundled banks as a user relies on them: they load cleanly, cover what a TPM
/// loop asks, and every core concept of the seed checklist is asked directly.
@Suite struct BundledBankTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let catalog: BankCatalog = {
    let found = BankSources.files(at: [root.appending(path: "QuestionBanks")], required: true)
    return BankLoader.load(found.files)
  }()

  @Test func bundledBanksLoadWithoutErrorsOrWarnings() {
    #expect(Self.catalog.diagnostics.map(\.description) == [])
    // Nor the whole-catalog checks of `rehearse check`: no twin prompts, every mock round can
    // be filled.
    #expect(CatalogLint.diagnostics(Self.catalog).map(\.description) == [])
    #expect(Self.catalog.skippedFiles.isEmpty)
  }

  @Test(arguments: [
    (Category.systemDesign, 80), (.programManagement, 100), (.behavioral, 70), (.leadership, 60),
    (.fundamentals, 90),
  ])
  func eachBankHasItsMinimumAndAQuarterAutoGraded(_ category: Category, _ minimum: Int) {
    let questions = Self.catalog.questions.filter { $0.category == category }
    #expect(questions.count >= minimum)
    let auto = questions.filter(\.kind.isAutoGraded).count
    #expect(
      Double(auto) >= Double(questions.count) / 4,
      "\(category): \(auto) of \(questions.count) auto-graded")
  }

  @Test func everyBehavioralThemeHasTwoStarPrompts() {
    // Interview star prompts from any bank (the technical retrospectives are program sense).
    let stars = Self.catalog.questions.filter { $0.kind == .star && !$0.isCoaching }
    for competency in Self.catalog.competencies {
      let count = stars.filter { $0.competencies.first == competency.key }.count
      #expect(count >= 2, "\(competency.key) leads \(count) star prompts")
    }
    // The 30 themes of the reference matrix, the nine step 11 added, the retrospective.
    #expect(Self.catalog.competencies.count == 40)
    for q in stars {
      #expect(!q.pitfalls.isEmpty, "\(q.id) names no failure modes")
      #expect(q.answer != nil)
    }
  }

  @Test func designQuestionsCoverTheClassicTopicsWithRubrics() {
    let designs = Self.catalog.questions.filter {
      $0.category == .systemDesign && $0.kind == .design
    }
    #expect(designs.count >= 22)
    for q in designs {
      #expect(q.rubric.count >= 10, "\(q.id) has \(q.rubric.count) rubric dimensions")
    }
    #expect(Self.catalog.dimensions.count == 16)
  }

  @Test func everyQuestionIsGradable() {
    for q in Self.catalog.questions {
      switch q.kind {
      case .choice, .multi:
        #expect(
          q.choices.filter { !$0.isCorrect }.allSatisfy { $0.why != nil },
          "\(q.id): a wrong choice has no why")
      case .recall, .design, .star:
        #expect((3...6).contains(q.keyPoints.count), "\(q.id) has \(q.keyPoints.count) key points")
      }
    }
  }

  /// The 96 core rows of the seed checklist: each listed question exists and its prompt
  /// contains the row's keyword, so the concept is asked directly.
  @Test func everyCoreSeedConceptIsAskedDirectly() throws {
    let text = try String(
      contentsOf: Self.root.appending(path: "Tests/RehearseKitTests/Fixtures/seed-coverage.tsv"),
      encoding: .utf8)
    var rows = Set<String>()
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t").map(String.init)
      #expect(fields.count == 3, "bad line: \(line)")
      guard fields.count == 3 else { continue }
      let (row, keyword, ids) = (fields[0], fields[1].lowercased(), fields[2].split(separator: ","))
      rows.insert(row)
      #expect(!ids.isEmpty)
      for id in ids {
        guard let q = Self.catalog.question(id: String(id)) else {
          Issue.record("\(row): no question '\(id)'")
          continue
        }
        #expect(
          q.prompt.lowercased().contains(keyword), "\(row): '\(id)' does not ask about '\(keyword)'"
        )
      }
    }
    #expect(rows.count == 96)
    for prefix in ["SD", "PM", "BH", "LD", "FN"] {
      #expect(rows.contains { $0.hasPrefix(prefix) })
    }
  }
}
