import Foundation
import RehearseKit

/// One question for ``CatalogFixtures``: only what scheduling and filters look at.
public struct QuestionSpec: Sendable {
  public var id: String
  public var topic: String
  public var kind: QuestionKind
  public var tags: [String]
  public var renamedFrom: [String]
  public var prompt: String

  public init(
    _ id: String, topic: String = "basics", kind: QuestionKind = .recall, tags: [String] = [],
    renamedFrom: [String] = [], prompt: String = "What does the A in RACI stand for?"
  ) {
    self.id = id
    self.topic = topic
    self.kind = kind
    self.tags = tags
    self.renamedFrom = renamedFrom
    self.prompt = prompt
  }

  /// The question as YAML list items, indented by two spaces.
  var yaml: String {
    var lines = [
      "  - id: \(id)",
      "    kind: \(kind.rawValue)",
      "    prompt: \(prompt)",
      "    topic: \(topic)",
    ]
    if !tags.isEmpty { lines.append("    tags: [\(tags.joined(separator: ", "))]") }
    if !renamedFrom.isEmpty {
      lines.append("    renamed_from: [\(renamedFrom.joined(separator: ", "))]")
    }
    switch kind {
    case .choice:
      lines += [
        "    choices:",
        "      - text: Accountable",
        "        correct: true",
        "      - text: Available",
      ]
    default:
      lines += [
        "    answer: Accountable, the one person who owns the outcome.",
        "    key_points:",
        "      - point: Accountable",
        "        accept: [accountable]",
      ]
    }
    return lines.joined(separator: "\n")
  }
}

/// Builds a ``BankCatalog`` from in-memory YAML, without touching the file system.
public enum CatalogFixtures {
  /// One bank of a category.
  public struct BankSpec: Sendable {
    public var id: String
    public var category: String
    public var questions: [QuestionSpec]

    public init(id: String, category: String = "leadership", questions: [QuestionSpec]) {
      self.id = id
      self.category = category
      self.questions = questions
    }

    var yaml: String {
      """
      id: \(id)
      title: Bank \(id)
      category: \(category)
      questions:
      \(questions.map(\.yaml).joined(separator: "\n"))
      """
    }
  }

  /// A catalog of one bank (`test`, leadership) holding `questions`, in order.
  public static func catalog(_ questions: [QuestionSpec]) -> BankCatalog {
    catalog(banks: [BankSpec(id: "test", questions: questions)])
  }

  /// A catalog of one bank holding questions with these ids (topic `basics`).
  public static func catalog(ids: [String]) -> BankCatalog {
    catalog(ids.map { QuestionSpec($0) })
  }

  /// A catalog of several banks, loaded in the given order.
  public static func catalog(banks: [BankSpec]) -> BankCatalog {
    let files = banks.map { SourceFile(path: "\($0.id).yaml", data: Data($0.yaml.utf8)) }
    return BankLoader.load(files, references: BankFixtures.references)
  }
}

/// Dates and settings shared by the store tests.
public enum StoreFixtures {
  /// A UTC moment, from `"2025-01-01 09:00:00"` (seconds optional).
  public static func utc(_ text: String) -> Date {
    date(text, in: TimeZone(identifier: "UTC")!)
  }

  /// A moment from local wall-clock text in `zone`, like `"2026-03-08 04:00"`.
  public static func date(_ text: String, in zone: TimeZone) -> Date {
    let parts = text.split(whereSeparator: { " -:".contains($0) }).map { Int($0)! }
    precondition(parts.count >= 5, "expected 'yyyy-MM-dd HH:mm[:ss]', got '\(text)'")
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let components = DateComponents(
      year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4],
      second: parts.count > 5 ? parts[5] : 0)
    return calendar.date(from: components)!
  }

  /// Settings with fuzz off (so intervals are exact) and otherwise the defaults.
  public static func exactSettings(_ change: (inout Settings) -> Void = { _ in }) -> Settings {
    var settings = Settings()
    settings.fuzz = false
    change(&settings)
    return settings
  }
}
