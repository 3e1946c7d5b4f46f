import RehearseStore

extension Story {
  /// The "retell this story" card, drilled by FSRS like any question: its key points are the
  /// story's metrics and beats.
  public func drillQuestion() -> Question {
    var points = metrics.map { KeyPoint(text: $0) }
    if !action.isEmpty {
      points.append(KeyPoint(text: "Your own actions, in the first person", accept: ["i"]))
    }
    if !result.isEmpty { points.append(KeyPoint(text: String(result.prefix(120)))) }
    return Question(
      id: drillQuestionId, kind: .star,
      prompt:
        "Retell your story \u{201C}\(title)\u{201D}: the situation in a sentence, what you did, and the numbers it proves.",
      topic: "my-stories", tags: ["story"], difficulty: 2, answer: telling, keyPoints: points,
      choices: [],
      hints: metrics.isEmpty ? [] : ["It proves: " + metrics.joined(separator: "; ")], pitfalls: [],
      timeLimitOverride: 180, renamedFrom: [], competencies: competencies, rubric: [],
      bankID: "my-stories",
      category: .behavioral, location: SourceLocation(path: "(stories)"))
  }
}

extension BankCatalog {
  /// The catalog with a bank of "retell this story" cards added.
  public func addingStoryDrills(_ stories: [Story]) -> BankCatalog {
    guard !stories.isEmpty else { return self }
    var copy = self
    copy.banks.append(
      Bank(
        id: "my-stories", title: "My STAR stories", category: .behavioral, description: nil,
        questions: stories.map { $0.drillQuestion() }, path: "(stories)"))
    copy.rebuildIndex()
    return copy
  }
}
