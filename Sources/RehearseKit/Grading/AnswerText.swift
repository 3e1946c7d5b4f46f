/// A typed answer (or a key point, alternate or misconception) cut into sentences and words,
/// ready to match: lower-cased, apostrophes dropped, words stemmed with the Snowball English
/// stemmer, numbers read as values (`20,000`, `20k`, `twenty thousand` are one number), and
/// the terms of a concept group read as that concept.
struct AnswerText: Sendable {
  /// Every word in order, function words and negators included.
  let tokens: [AnswerToken]
  /// The original sentences, for evidence.
  let sentences: [String]

  init(_ text: String, thesaurus: Thesaurus) {
    var tokens: [AnswerToken] = []
    var sentences: [String] = []
    for (index, sentence) in Self.splitSentences(text).enumerated() {
      sentences.append(sentence)
      var words = Self.words(sentence)
      words = NumberReader.read(words)
      var keys = words.map(Self.key)
      // "instead" and "rather" turn a phrase around only as "instead of" and "rather than"
      // ("Instead, I set the target" says the next thing positively).
      for i in keys.indices where keys[i].text == "instead" || keys[i].text == "rather" {
        let next = i + 1 < keys.count ? keys[i + 1].text : ""
        if next != (keys[i].text == "instead" ? "of" : "than") { keys[i].role = .function }
      }
      for key in thesaurus.collapse(keys) {
        tokens.append(
          AnswerToken(
            key: key.text, role: key.role, sentence: index, position: tokens.count))
      }
    }
    self.tokens = tokens
    self.sentences = sentences
  }

  /// The content tokens.
  var content: [AnswerToken] { tokens.filter { $0.role == .content } }

  /// Sentences end at `.`, `!`, `?`, `;`, a list bullet, or a line break after a full stop or
  /// before a list item (other line breaks are wrapping); a point between
  /// digits (`1.5`) or in an abbreviation (`e.g.`) does not end one.
  static func splitSentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    let chars = Array(text)
    for (i, c) in chars.enumerated() {
      let next = i + 1 < chars.count ? chars[i + 1] : " "
      let previous = i > 0 ? chars[i - 1] : " "
      let ends: Bool
      switch c {
      case "!", "?", ";", "•": ends = true
      case "\n":
        // A typed answer wraps at the terminal's edge: a line break ends a sentence only after
        // a full stop or a colon, or before a list item.
        let after = chars[(i + 1)...].first { $0 != " " && $0 != "\t" }
        let before = current.last { $0 != " " }
        ends =
          before == nil || ".:".contains(before!) || after == nil
          || "-*•".contains(after!) || after!.isNumber
        if !ends { current.append(" ") }
        if !ends { continue }
      case ".":
        ends =
          !(previous.isNumber && next.isNumber)
          && (next == " " || next == "\n" || i + 1 == chars.count) && !Self.isAbbreviation(current)
      default: ends = false
      }
      if ends {
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
        current = ""
      } else {
        current.append(c)
      }
    }
    if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
    return result
  }

  private static func isAbbreviation(_ text: String) -> Bool {
    let last = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
    return ["e.g", "i.e", "etc", "vs", "approx", "eg", "ie"].contains(last)
  }

  /// Lower-case words: letters and digits, with `,` and `.` kept inside numbers and `%` as a
  /// word of its own; apostrophes are dropped (`don't` → `dont`), other marks split words.
  static func words(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    let chars = Array(text.lowercased())
    for (i, c) in chars.enumerated() {
      let next = i + 1 < chars.count ? chars[i + 1] : " "
      if c.isLetter || c.isNumber {
        current.append(c)
      } else if (c == "," || c == ".") && current.last?.isNumber == true && next.isNumber {
        current.append(c)
      } else if c == "'" || c == "’" {
        continue
      } else {
        if !current.isEmpty { result.append(current) }
        current = ""
        if c == "%" { result.append("percent") }
        // A comma ends the reach of a negator ("instead of averaging, weigh both").
        if c == "," || c == "(" || c == ")" || c == ":" { result.append(",") }
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// A word's key and role.
  static func key(_ word: String) -> (text: String, role: AnswerToken.Role) {
    if word == "," { return (word, .function) }
    if word.hasPrefix("#") { return (word, .content) }
    if Self.negators.contains(word) { return (word, .negator) }
    if Self.functionWords.contains(word) { return (word, .function) }
    return (Stemmer.english.stem(word), .content)
  }

  /// Words that turn what follows around.
  static let negators: Set<String> = [
    "not", "no", "never", "none", "nothing", "nobody", "dont", "doesnt", "didnt", "isnt", "arent",
    "wasnt", "werent", "wont", "cant", "cannot", "couldnt", "shouldnt", "wouldnt", "mustnt",
    "without", "avoid", "avoids", "avoiding", "skip", "skips", "skipping", "instead", "rather",
    "neither", "nor", "refuse", "refuses", "lack", "lacks", "unlike",
  ]

  /// Words that carry no meaning for matching. Unlike the old list this keeps `own`, `one`
  /// and `up` (they do carry meaning: "own it", "one-on-one", "escalate up") and leaves the
  /// negators to ``negators``.
  static let functionWords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "if", "then", "of", "to", "in", "on", "at", "by", "for",
    "with", "from", "into", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
    "this", "that", "these", "those", "there", "their", "they", "them", "we", "our", "you", "your",
    "i", "me", "my", "he", "she", "his", "her", "so", "do", "does", "did", "done", "have", "has",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "about", "over",
    "than", "what", "which", "who", "whom", "when", "where", "why", "how", "yes", "all", "any",
    "each", "some", "such", "very", "just", "also", "only", "same", "out", "per", "via", "vs",
    "versus", "e", "g", "eg", "ie", "etc", "us", "im", "ive", "id", "ill", "youre", "theyre",
    "thats", "lets", "really",
  ]
}
