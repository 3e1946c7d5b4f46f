import RehearseStore

/// A mock interview loop from `loops.yaml`: timed rounds that mix categories.
public struct MockLoop: Sendable, Codable, Equatable {
  /// One round of a loop.
  public struct Round: Sendable, Equatable, Codable {
    public var name: String
    /// The scorecard dimension this round speaks to.
    public var dimension: MockDimension
    public var categories: [Category]
    /// Allowed kinds; empty means any.
    public var kinds: [QuestionKind]
    /// Allowed topics; empty means any.
    public var topics: [String]
    /// Tags a question must have one of; empty means any.
    public var tags: [String]
    public var questions: Int
    public var minutes: Int
  }

  public var name: String
  public var title: String
  public var description: String
  public var rounds: [Round]
  public var location: SourceLocation

  /// Total minutes of the loop.
  public var minutes: Int { rounds.reduce(0) { $0 + $1.minutes } }
}

extension MockLoop.Round {
  /// Whether a question may be drawn for this round: its category, kind, topic and tags match,
  /// and it is an interview question (coaching banks never come up in a mock).
  public func admits(_ q: Question) -> Bool {
    categories.contains(q.category) && (kinds.isEmpty || kinds.contains(q.kind))
      && (topics.isEmpty || topics.contains(q.topic))
      && (tags.isEmpty || tags.contains(where: q.tags.contains))
      && !q.isCoaching && !q.isStoryDrill
  }
}
