/// Restricts which questions a session draws from.
public struct QueueFilter: Sendable, Equatable, Codable {
  public var categories: [Category] = []
  public var topics: [String] = []
  public var tags: [String] = []
  public var kinds: [QuestionKind] = []
  public var banks: [String] = []
  /// Behavioral themes (competency keys); a question matches when it probes any of them.
  public var themes: [String] = []

  public init(
    categories: [Category] = [], topics: [String] = [], tags: [String] = [],
    kinds: [QuestionKind] = [], banks: [String] = [], themes: [String] = []
  ) {
    self.categories = categories
    self.topics = topics
    self.tags = tags
    self.kinds = kinds
    self.banks = banks
    self.themes = themes
  }

  /// Whether no restriction is set.
  public var isEmpty: Bool {
    categories.isEmpty && topics.isEmpty && tags.isEmpty && kinds.isEmpty && banks.isEmpty
      && themes.isEmpty
  }

  /// Whether `question` passes every restriction that is set.
  public func matches(_ question: Question) -> Bool {
    (categories.isEmpty || categories.contains(question.category))
      && (topics.isEmpty || topics.contains(question.topic))
      && (tags.isEmpty || !Set(tags).isDisjoint(with: question.tags))
      && (kinds.isEmpty || kinds.contains(question.kind))
      && (banks.isEmpty || banks.contains(question.bankID))
      && (themes.isEmpty || !Set(themes).isDisjoint(with: question.competencies))
  }
}
