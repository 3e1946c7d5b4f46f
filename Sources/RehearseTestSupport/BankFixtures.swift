import Foundation
import RehearseKit

/// Small reference files and bank snippets for loader tests.
public enum BankFixtures {
  /// A `competencies.yaml` with three themes.
  public static let competencies = SourceFile(
    path: "competencies.yaml",
    data: Data(
      """
      competencies:
        - key: ambiguity
          title: Ambiguity
          probes: Clarity from an unclear goal.
        - key: conflict-eng-lead
          title: Conflict with a lead
          probes: A disagreement with a lead.
        - key: mentoring
          title: Mentoring
          probes: Growing someone.
      """.utf8))

  /// A `dimensions.yaml` with three dimensions, the first of them core.
  public static let dimensions = SourceFile(
    path: "dimensions.yaml",
    data: Data(
      """
      dimensions:
        - key: requirements
          core: true
          title: Requirements
          covers: Users and use cases.
          accept: [requirement, use case]
        - key: estimates
          title: Estimates
          covers: QPS and storage.
          accept: [qps, storage]
        - key: rollout
          title: Rollout
          covers: Phases and rollback.
          accept: [canary, rollback]
      """.utf8))

  /// The reference files, to pass as `references:`.
  public static var references: [SourceFile] { [competencies, dimensions] }

  /// A bank file holding `questions` (YAML for the list items, indented by two spaces).
  public static func bank(
    id: String = "test", category: String = "leadership", path: String = "test.yaml",
    questions: String
  ) -> String {
    """
    id: \(id)
    title: Test bank
    category: \(category)
    questions:
    \(questions)
    """
  }

  /// One valid recall question.
  public static func recall(id: String, topic: String = "basics") -> String {
    """
      - id: \(id)
        kind: recall
        prompt: What does the A in RACI stand for?
        topic: \(topic)
        answer: Accountable, the one person who owns the outcome.
        key_points:
          - point: Accountable
            accept: [accountable]
    """
  }

  /// One valid design question (a URL shortener) with a rubric line per dimension given.
  public static func design(id: String, rubric: [(String, String)]) -> String {
    """
      - id: \(id)
        kind: design
        prompt: Design a URL shortener.
        topic: classic
        answer: Requirements, estimates, rollout.
        rubric:
    """ + rubric.map { "\n      \($0.0): \($0.1)" }.joined()
  }

  /// Loads one in-memory file against the fixture references.
  public static func load(_ text: String, path: String = "test.yaml") -> BankCatalog {
    BankLoader.load([SourceFile(path: path, data: Data(text.utf8))], references: references)
  }
}
