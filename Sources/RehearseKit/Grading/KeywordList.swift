/// Tells a bare list of terms from an answer: an interviewer hears "RACI, owner, escalation,
/// weekly status" as a list of words, not as an explanation of how they fit together.
enum KeywordList {
  /// Whether `text` is mostly bare terms: short comma- or line-separated items with almost no
  /// function words, or a run of words with none at all.
  static func matches(_ text: String) -> Bool {
    let words = AnswerText.words(text).filter { $0 != "," }
    guard words.count >= 3 else { return false }
    let small = words.filter {
      AnswerText.functionWords.contains($0) || AnswerText.negators.contains($0)
    }.count
    let share = Double(small) / Double(words.count)
    // Items between commas, semicolons, line breaks and bullets; a list is mostly short items.
    let items = text.split(whereSeparator: { ",;\n•|".contains($0) })
      .map { $0.split(whereSeparator: \.isWhitespace).count }.filter { $0 > 0 }
    let inShortItems = items.filter { $0 <= 4 }.reduce(0, +)
    let total = max(1, items.reduce(0, +))
    if items.count >= 3 && Double(inShortItems) / Double(total) >= 0.7 && share < 0.35 {
      return true
    }
    return words.count >= 5 && share < 0.08
  }
}
