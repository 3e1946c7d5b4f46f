/// Turns text into comparable content words: lower-cased, punctuation dropped, stop words
/// removed, and lightly stemmed so `estimates`, `estimating` and `estimated` all match.
///
/// Deterministic and explainable on purpose: a user can always see why a key point did or did
/// not count.
public enum WordNormalizer {
  /// The content words of `text`, in order.
  public static func words(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    func flush() {
      guard !current.isEmpty else { return }
      if !stopWords.contains(current) { result.append(stem(current)) }
      current = ""
    }
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if scalar == "%" {
        flush()
        result.append("percent")
      } else if scalar == "'" || scalar == "’" {
        continue  // don't → dont, team's → teams
      } else {
        flush()
      }
    }
    flush()
    return result
  }

  /// A light suffix-stripping stemmer (not Porter): enough to match plural and verb forms.
  public static func stem(_ word: String) -> String {
    var w = word
    guard w.count > 3, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return w }
    if w.hasSuffix("ies") && w.count > 4 {
      w = String(w.dropLast(3)) + "y"
    } else if w.hasSuffix("sses") {
      w = String(w.dropLast(2))
    } else if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
      w = String(w.dropLast())
    }
    for suffix in ["ingly", "edly", "ing", "ed", "ly"]
    where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
      w = String(w.dropLast(suffix.count))
      break
    }
    if w.hasSuffix("e") && w.count > 3 { w = String(w.dropLast()) }
    // Doubled final consonant after stripping: "planned" → "plann" → "plan".
    if let last = w.last, w.count > 3, w.dropLast().last == last, !"aeioulsz".contains(last) {
      w = String(w.dropLast())
    }
    return w
  }

  /// Words that carry no meaning for matching.
  public static let stopWords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "if", "then", "of", "to", "in", "on", "at", "by", "for",
    "with", "from", "into", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
    "this", "that", "these", "those", "there", "their", "they", "them", "we", "our", "you", "your",
    "i", "me", "my", "he", "she", "his", "her", "so", "do", "does", "did", "done", "have", "has",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "about", "over",
    "than", "what", "which", "who", "whom", "when", "where", "why", "how", "not", "no", "yes",
    "all", "any", "each", "some", "such", "very", "just", "also", "only", "own", "same", "up",
    "out", "one", "per", "via", "vs", "versus", "e", "g", "eg", "ie", "etc",
  ]
}
