/// Stable question ids made from a prompt: `my-` and its first content words, as a slug, with
/// `-2`, `-3`… when an id is taken.
public enum QuestionID {
  static let skipped: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "what", "how",
    "why", "when", "which", "who", "do", "does", "you", "your", "with", "it", "its", "be",
  ]

  /// An id for `prompt` that no id in `taken` has (the caller adds it to `taken` once used).
  public static func make(from prompt: String, prefix: String = "my", taken: Set<String>)
    -> String
  {
    var chosen = words(prompt).filter { !skipped.contains($0) }.prefix(5).map {
      String($0.prefix(16))
    }
    if chosen.isEmpty { chosen = ["question"] }
    let base = ([prefix] + chosen).joined(separator: "-")
    guard taken.contains(base) else { return base }
    var n = 2
    while taken.contains("\(base)-\(n)") { n += 1 }
    return "\(base)-\(n)"
  }

  /// The lower-case ASCII words of `text` (letters and digits; anything else separates).
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
  }

  /// A slug of `text`: its words joined by `-` (empty when it has none).
  public static func slug(_ text: String) -> String {
    words(text).joined(separator: "-")
  }

  /// A prompt without case or punctuation, to spot the same question written twice.
  public static func promptKey(_ prompt: String) -> String {
    prompt.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
  }
}
