extension MockLoop.Round {
  /// What the round asks, in words: "1 design question from system design, 40 min",
  /// "3 stories from leadership or behavioral, 20 min".
  public var summary: String {
    let nouns: [QuestionKind: (String, String)] = [
      .star: ("story", "stories"), .design: ("design question", "design questions"),
      .recall: ("recall question", "recall questions"),
      .choice: ("choice question", "choice questions"),
      .multi: ("multi-select question", "multi-select questions"),
    ]
    let noun =
      kinds.count == 1
      ? nouns[kinds[0]].map { counted(questions, $0.0, plural: $0.1) }
      : nil
    let what = noun ?? counted(questions, "question")
    let from = categories.map { $0.title.lowercased() }
    var text = "\(what) from " + from.joined(separator: " or ")
    if !topics.isEmpty { text += " (\(topics.joined(separator: ", ")))" }
    if !tags.isEmpty { text += " tagged \(tags.joined(separator: " or "))" }
    return text + ", \(minutes) min"
  }
}
