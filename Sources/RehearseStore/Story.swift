import Foundation

/// A STAR story the user keeps for behavioral rounds. Every save is a new version; earlier
/// versions stay readable.
public struct Story: Sendable, Equatable, Encodable {
  /// A short slug made from the first title, stable across edits (`migrated-payments-ledger`).
  public var id: String
  public var version: Int
  public var savedAt: Date
  public var title: String
  public var company: String
  public var role: String
  public var when: String
  public var situation: String
  public var task: String
  public var action: String
  public var result: String
  public var learning: String
  /// The numbers the story proves, one per entry ("cut settlement from 3 days to 4 hours").
  public var metrics: [String]
  /// Keys from `competencies.yaml`.
  public var competencies: [String]

  public init(
    id: String = "", version: Int = 0, savedAt: Date = Date(timeIntervalSince1970: 0),
    title: String,
    company: String = "", role: String = "", when: String = "", situation: String = "",
    task: String = "",
    action: String = "", result: String = "", learning: String = "", metrics: [String] = [],
    competencies: [String] = []
  ) {
    self.id = id
    self.version = version
    self.savedAt = savedAt
    self.title = title
    self.company = company
    self.role = role
    self.when = when
    self.situation = situation
    self.task = task
    self.action = action
    self.result = result
    self.learning = learning
    self.metrics = metrics
    self.competencies = competencies
  }

  /// The drill question id for "retell this story" cards.
  public var drillQuestionId: String { Self.drillPrefix + id }

  /// How the ids of "retell this story" cards begin.
  public static let drillPrefix = "story-"

  /// A slug for a title: lower-case words joined by hyphens, at most six words.
  public static func slug(_ title: String) -> String {
    let words = title.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
    let slug = words.prefix(6).joined(separator: "-")
    return slug.isEmpty ? "story" : slug
  }
}

extension Story {
  /// Whether two stories say the same thing (id, version and save time aside).
  public func hasSameContent(as other: Story) -> Bool {
    var a = self
    var b = other
    (a.id, a.version, a.savedAt) = ("", 0, Date(timeIntervalSince1970: 0))
    (b.id, b.version, b.savedAt) = ("", 0, Date(timeIntervalSince1970: 0))
    return a == b
  }
}
