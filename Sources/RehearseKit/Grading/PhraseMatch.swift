/// Where a phrase (a key point, an alternate, a misconception) was found in an answer.
struct PhraseMatch: Sendable, Equatable {
  /// The sentence of the answer it was found in (the first, when it spans two).
  var sentence: Int
  /// The answer's words that matched, in order.
  var words: [String]
}

/// Finds phrases in an answer the way a reader would: the phrase's content words close
/// together (in one sentence, or within a short window across two), and said the same way
/// round, word by word: a word is negated when a negator comes shortly before it in its clause,
/// so "enforced at read time, not at write time" is matched by "checked at read time".
struct PhraseFinder: Sendable {
  let answer: AnswerText
  let thesaurus: Thesaurus
  /// Content words in the answer, with where each stands.
  private let content: [AnswerToken]

  /// The most content words a match may span across a sentence boundary.
  static let window = 5
  /// How many words before a phrase a negator turns it around.
  static let negationReach = 4

  init(answer: AnswerText, thesaurus: Thesaurus) {
    self.answer = answer
    self.thesaurus = thesaurus
    content = answer.content
  }

  /// A phrase ready to look for: its content keys and which of them it says negated.
  struct Phrase: Sendable {
    var keys: [String]
    /// Keys every mention of which stands under a negator ("average" in "don't average").
    var negatedKeys: Set<String>
    var text: String

    /// Whether the phrase negates anything.
    var negated: Bool { !negatedKeys.isEmpty }
  }

  func phrase(_ text: String) -> Phrase {
    let parsed = AnswerText(text, thesaurus: thesaurus)
    var keys: [String] = []
    var positive: Set<String> = []
    var negative: Set<String> = []
    for t in parsed.tokens where t.role == .content {
      if !keys.contains(t.key) { keys.append(t.key) }
      if Self.isNegated(t, in: parsed) { negative.insert(t.key) } else { positive.insert(t.key) }
    }
    return Phrase(keys: keys, negatedKeys: negative.subtracting(positive), text: text)
  }

  /// Where at least `share` of the phrase's content words (and `minimum` of them) stand close
  /// together with the phrase's polarity; nil when nowhere.
  /// - Parameters:
  ///   - span: the most content words the match may stretch over, as a multiple of the
  ///     phrase's (nil: a sentence, or the window across two).
  ///   - figuresRequired: whether every figure of the phrase must be in the match (a key
  ///     point's "86,400 seconds"); a rubric line's figures are only some of its words.
  ///   - enough: this many of its words are enough however long the phrase (a rubric line
  ///     lists several things; an answer sentence says a few of them).
  ///   - reversed: find the phrase said the other way round instead ("skip the load test"
  ///     for "load test", "POST is idempotent" for "POST isn't idempotent").
  func find(
    _ phrase: Phrase, share: Double = 1, minimum: Int = 1, span: Int? = nil,
    figuresRequired: Bool = true, reversed: Bool = false, enough: Int? = nil
  ) -> PhraseMatch? {
    guard !phrase.keys.isEmpty else { return nil }
    let needed = min(
      max(
        min(minimum, phrase.keys.count), Int((Double(phrase.keys.count) * share).rounded(.up))),
      enough ?? Int.max)
    let wanted = Set(phrase.keys)
    // A figure in the phrase must be there: 2,000 servers is not 20,000 servers.
    let figures = figuresRequired ? Set(phrase.keys.filter { $0.hasPrefix("#") }) : []
    // Slide over the content words: a span holding `needed` distinct phrase words, within one
    // sentence or within the window.
    var best: PhraseMatch?
    for start in content.indices where wanted.contains(content[start].key) {
      var seen: [String] = []
      var end = start
      while end < content.count {
        let token = content[end]
        let sameSentence = token.sentence == content[start].sentence
        if !sameSentence && end - start >= Self.window { break }
        if token.sentence > content[start].sentence + 1 { break }
        if wanted.contains(token.key) && !seen.contains(token.key) { seen.append(token.key) }
        if seen.count >= needed && figures.isSubset(of: seen) { break }
        end += 1
      }
      guard seen.count >= needed, end < content.count, figures.isSubset(of: seen) else {
        continue
      }
      if let span, end - start + 1 > span * phrase.keys.count { continue }
      // Said the other way round when the answer negates a word the phrase states ("escalate
      // together rather than going over her head" does not say "go over her head"), or states
      // every word the phrase negates that it matched ("average them" is not "don't average").
      let matched = content[start...end].filter { wanted.contains($0.key) }
      let negatedHere = matched.filter { Self.isNegated($0, in: answer) }.map(\.key)
      let denied = matched.filter { phrase.negatedKeys.contains($0.key) }
      let turned =
        negatedHere.contains { !phrase.negatedKeys.contains($0) }
        || (!denied.isEmpty && !denied.contains { negatedHere.contains($0.key) })
      if turned != reversed { continue }
      let words = matched.map(\.key)
      best = PhraseMatch(sentence: content[start].sentence, words: words)
      break
    }
    return best
  }

  /// Whether a negator stands shortly before `token`, in its sentence and clause.
  static func isNegated(_ token: AnswerToken, in text: AnswerText) -> Bool {
    var i = token.position - 1
    var reach = negationReach
    while i >= 0, reach > 0, text.tokens[i].sentence == token.sentence {
      let t = text.tokens[i]
      if t.key == "," || t.key == "but" || t.key == "and" { return false }
      if t.role == .negator { return true }
      // A negated list reaches past "or": "no dependency management or risk judgment".
      reach += t.key == "or" ? negationReach : -1
      i -= 1
    }
    return isDismissed(token, in: text)
  }

  /// Words that, after a phrase in its clause, say it is wrong or not worth doing ("routing
  /// reads to the primary would be a mistake", "monitoring the lag won't help").
  static let dismissals: Set<String> = Set(
    ["mistake", "unnecessary", "overkill", "waste", "pointless", "useless", "irrelevant", "myth"]
      .map(Stemmer.english.stem))
  /// What a negator after a phrase denies of it ("won't help", "isn't needed", "not worth").
  static let deniedOfAPhrase: Set<String> = Set(
    ["help", "helps", "matter", "matters", "needed", "need", "required", "necessary", "worth"]
      .map(Stemmer.english.stem))
  /// How many words after a phrase's word a dismissal reaches back.
  static let dismissalReach = 6

  /// Whether a dismissal follows `token` in its clause.
  static func isDismissed(_ token: AnswerToken, in text: AnswerText) -> Bool {
    var i = token.position + 1
    var negatorSeen = false
    while i < text.tokens.count, i - token.position <= dismissalReach,
      text.tokens[i].sentence == token.sentence
    {
      let t = text.tokens[i]
      if t.key == "," || t.key == "but" || t.key == "and" || t.key == "because" { return false }
      if t.role == .negator {
        negatorSeen = true
      } else if t.role == .content {
        // "avoids the mistake of" dismisses nothing; "won't help" does.
        if dismissals.contains(t.key) { return !negatorSeen }
        if negatorSeen { return deniedOfAPhrase.contains(t.key) }
      }
      i += 1
    }
    return false
  }

  /// The sentence a match stands in, for evidence.
  func evidence(_ match: PhraseMatch) -> String {
    answer.sentences[match.sentence].trimmingCharacters(in: .whitespaces)
  }
}
