import RehearseStore

/// One question of a bank, validated and with its source position.
///
/// Progress is keyed on ``id``; every other field may change between loads.
public struct Question: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var kind: QuestionKind
  public var prompt: String
  public var topic: String
  public var tags: [String]
  /// 1 (warm-up), 2 (typical) or 3 (senior-level).
  public var difficulty: Int
  /// The model answer; for `star`, what a strong answer shows.
  public var answer: String?
  public var keyPoints: [KeyPoint]
  public var choices: [Choice]
  public var hints: [String]
  public var pitfalls: [String]
  /// Answer time in seconds as written in the bank, if any.
  public var timeLimitOverride: Int?
  public var renamedFrom: [String]
  /// Behavioral theme keys, for `star` questions.
  public var competencies: [String]
  /// Rubric items, for `design` questions, in the order of the dimensions file.
  public var rubric: [RubricItem]
  /// Follow-up questions an interviewer would ask after the first answer.
  public var followUps: [FollowUp] = []
  /// The bank this question came from.
  public var bankID: String
  public var category: Category
  /// Where the question starts in its file.
  public var location: SourceLocation
  /// Its bank's purpose: coaching questions stay out of mock loops and come lightly in drills.
  public var purpose: BankPurpose = .interview

  /// Whether this question coaches (career, answer craft) rather than rehearses an interview.
  public var isCoaching: Bool { purpose == .coaching }

  /// The answer time in seconds: the bank's `time_limit` or the kind's default.
  public var timeLimit: Int { timeLimitOverride ?? kind.defaultTimeLimit }

  /// The stats areas a review of this question counts towards: its category, its topic, and
  /// each behavioral theme.
  public var areas: [StatsArea] {
    [category.statsArea, .topic(topic)] + competencies.map(StatsArea.competency)
  }

  /// Whether this is a written exercise (tag `written-exercise`): a document the candidate
  /// writes in their editor, so the answer starts there.
  public var isWrittenExercise: Bool { tags.contains("written-exercise") }

  /// Whether this is a "retell your story" card made from one of the user's stories.
  public var isStoryDrill: Bool { id.hasPrefix(Story.drillPrefix) }

  /// What the store keeps of this question.
  public var catalogEntry: CatalogEntry {
    CatalogEntry(id: id, renamedFrom: renamedFrom, areas: areas)
  }

  /// Indices of the correct choices.
  public var correctChoiceIndices: [Int] {
    choices.indices.filter { choices[$0].isCorrect }
  }
}
