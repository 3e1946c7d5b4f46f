/// Decides which key points a typed answer covers.
///
/// A key point counts as covered when the answer contains, in any order:
/// - every content word of one of its `accept` alternates, or
/// - at least two thirds (and at least two) of the content words of the point itself.
///
/// Words are compared after ``WordNormalizer`` (lower case, no stop words, light stemming).
public struct KeyPointMatcher: Sendable {
  /// The answer's content words.
  public let answerWords: Set<String>

  public init(answer: String) {
    answerWords = Set(WordNormalizer.words(answer))
  }

  /// Why a key point was counted as covered: the phrase that matched.
  public func match(_ point: KeyPoint) -> String? {
    for phrase in point.accept where covers(phrase: phrase, share: 1.0) { return phrase }
    if covers(phrase: point.text, share: 2.0 / 3.0, minimum: 2) { return point.text }
    return nil
  }

  /// Whether any of `phrases` is fully present.
  public func matchAny(_ phrases: [String]) -> String? {
    phrases.first { covers(phrase: $0, share: 1.0) }
  }

  /// Whether at least `share` of the phrase's content words (and `minimum` of them) appear.
  public func covers(phrase: String, share: Double, minimum: Int = 1) -> Bool {
    let words = Set(WordNormalizer.words(phrase))
    guard !words.isEmpty else { return false }
    let hits = words.filter(answerWords.contains).count
    let needed = max(min(minimum, words.count), Int((Double(words.count) * share).rounded(.up)))
    return hits >= needed
  }
}
