/// Finds the closest known word to a misspelt one, for "did you mean" messages.
public enum Suggestion {
  /// The candidate nearest to `word` by edit distance, if it is close enough to be a typo.
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = max(1, min(3, word.count / 3))
    var best: (String, Int)?
    for candidate in candidates {
      let d = distance(word.lowercased(), candidate.lowercased())
      if d <= limit, d < (best?.1 ?? .max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// The "; did you mean 'x'?" tail of an error message, or "" when nothing is close.
  public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
    closest(to: word, in: candidates).map(phrase) ?? ""
  }

  /// "; did you mean 'guess'?"
  public static func phrase(_ guess: String) -> String { "; did you mean '\(guess)'?" }

  /// Levenshtein distance over characters.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
