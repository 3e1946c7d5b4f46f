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
    let items = text.split(whereSeparator: { ",;\n•|".contains($0) })
      .map { $0.split(whereSeparator: \.isWhitespace).count }.filter { $0 > 0 }
    let meanItem = Double(items.reduce(0, +)) / Double(max(1, items.count))
    if items.count >= 3 && meanItem <= 4.5 && share < 0.2 { return true }
    if items.count >= 5 && meanItem <= 4 && share < 0.3 { return true }
    return words.count >= 5 && share < 0.08
  }
}
