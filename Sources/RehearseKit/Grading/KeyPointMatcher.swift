/// Decides which key points a typed answer covers, and which it contradicts.
///
/// A key point is covered when one of its `accept` alternates is found in the answer (every
/// content word of it within one sentence or a short window, said the same way round), or two
/// thirds (and at least two) of the content words of the point itself are. It is contradicted
/// when one of its `contradicts` misconceptions is found the same way. Words are compared as
/// Snowball stems, numbers by value, and the terms of a concept group as one word.
public struct KeyPointMatcher: Sendable {
  let finder: PhraseFinder

  /// - Parameter concepts: the groups of `concepts.yaml` (none: words must match as stems).
  public init(answer: String, concepts: [Concept] = []) {
    self.init(answer: answer, thesaurus: Thesaurus(concepts))
  }

  init(answer: String, thesaurus: Thesaurus) {
    finder = PhraseFinder(answer: AnswerText(answer, thesaurus: thesaurus), thesaurus: thesaurus)
  }

  /// What the answer does with one key point.
  public enum Verdict: Sendable, Equatable {
    /// Covered: the phrase that matched and the sentence it was found in.
    case covered(phrase: String, evidence: String)
    /// A misconception was stated: which one, and where.
    case contradicted(phrase: String, evidence: String)
    case missed
  }

  public func verdict(_ point: KeyPoint) -> Verdict {
    for wrong in point.contradicts {
      if let m = finder.find(finder.phrase(wrong)) {
        return .contradicted(phrase: wrong, evidence: finder.evidence(m))
      }
    }
    for phrase in point.accept {
      if let m = finder.find(finder.phrase(phrase)) {
        return .covered(phrase: phrase, evidence: finder.evidence(m))
      }
    }
    if let m = finder.find(finder.phrase(point.text), share: 2.0 / 3.0, minimum: 2) {
      return .covered(phrase: point.text, evidence: finder.evidence(m))
    }
    return .missed
  }

  /// The phrase that covered a key point, if any (contradicted points are not covered).
  public func match(_ point: KeyPoint) -> String? {
    if case .covered(let phrase, _) = verdict(point) { return phrase }
    return nil
  }

  /// Whether at least `share` of the phrase's content words (and `minimum` of them) appear
  /// close together, the same way round.
  public func covers(phrase: String, share: Double, minimum: Int = 1) -> Bool {
    finder.find(finder.phrase(phrase), share: share, minimum: minimum) != nil
  }

  /// Where `covers(phrase:share:minimum:)` holds: the sentence, for evidence.
  func evidence(for phrase: String, share: Double, minimum: Int = 1) -> String? {
    finder.find(finder.phrase(phrase), share: share, minimum: minimum).map(finder.evidence)
  }
}
