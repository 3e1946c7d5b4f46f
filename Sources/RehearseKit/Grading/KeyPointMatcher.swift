/// Decides which key points a typed answer covers, and which it contradicts.
///
/// A key point is covered when one of its `accept` alternates is found in the answer (every
/// content word of it within one sentence or a short window, said the same way round), or two
/// thirds (and at least two) of the content words of the point itself are. It is contradicted
/// when one of its `contradicts` misconceptions is found the same way. Words are compared as
/// Snowball stems, numbers by value, and the terms of a concept group as one word.
public struct KeyPointMatcher: Sendable {
  let finder: PhraseFinder
  /// The figures the answer gives with what they count, read once for every point.
  let stated: [StatedFigure]

  /// - Parameter concepts: the groups of `concepts.yaml` (none: words must match as stems).
  public init(answer: String, concepts: [Concept] = []) {
    self.init(answer: answer, thesaurus: Thesaurus(concepts))
  }

  init(answer: String, thesaurus: Thesaurus) {
    finder = PhraseFinder(answer: AnswerText(answer, thesaurus: thesaurus), thesaurus: thesaurus)
    stated = StatedFigure.figures(in: finder.answer)
  }

  /// What the answer does with one key point.
  public enum Verdict: Sendable, Equatable {
    /// Covered: the phrase that matched and the sentence it was found in.
    case covered(phrase: String, evidence: String)
    /// A misconception was stated: which one, and where.
    case contradicted(phrase: String, evidence: String)
    case missed
  }

  /// - Parameter opposites: whether saying an alternate the other way round contradicts the
  ///   point ("no need to load test" against "load test end to end"). Not for stories, where
  ///   "not by being the fastest person" is a lesson, not a claim.
  ///   - expected: every figure the question gives (its key points and model answer): an
  ///     answer's figure close to any of them is not a wrong estimate.
  func verdict(
    _ point: KeyPoint, opposites: Bool = true, expected: [StatedFigure] = []
  ) -> Verdict {
    // A misconception is one claim: its words stand close together.
    for wrong in point.contradicts {
      if let m = finder.find(finder.phrase(wrong), span: 3) {
        return .contradicted(phrase: wrong, evidence: finder.evidence(m))
      }
    }
    if let wrong = wrongFigure(for: point, expected: expected) {
      return .contradicted(
        phrase: wrong.text, evidence: finder.answer.sentences[wrong.sentence])
    }
    for phrase in point.accept {
      if let m = finder.find(finder.phrase(phrase)) {
        return .covered(phrase: phrase, evidence: finder.evidence(m))
      }
    }
    if let m = finder.find(finder.phrase(point.text), share: 2.0 / 3.0, minimum: 2) {
      return .covered(phrase: point.text, evidence: finder.evidence(m))
    }
    // Not said, but its opposite is: "no need to load test" for "load test end to end".
    // (Not for a point that is itself negated: its alternates may leave the "don't" implied.)
    let pointNegated = finder.phrase(point.text).negated
    for phrase in point.accept where opposites && !pointNegated {
      let wanted = finder.phrase(phrase)
      guard wanted.keys.count >= 2, let m = finder.find(wanted, reversed: true) else { continue }
      return .contradicted(phrase: phrase, evidence: finder.evidence(m))
    }
    return .missed
  }

  /// A figure the answer gives for something the point counts (seconds, QPS) that is far
  /// from every figure the point and the question expect for it.
  func wrongFigure(for point: KeyPoint, expected: [StatedFigure]) -> StatedFigure? {
    let own = ([point.text] + point.accept).flatMap {
      StatedFigure.figures(in: AnswerText($0, thesaurus: finder.thesaurus))
    }
    guard !own.isEmpty else { return nil }
    let units = Set(own.map(\.unit))
    let said = stated.filter { units.contains($0.unit) }
    guard !said.isEmpty else { return nil }
    let known = own + expected
    if said.contains(where: { s in known.contains { s.isClose(to: $0) } }) { return nil }
    return said.first
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
  func evidence(
    for phrase: String, share: Double, minimum: Int = 1, figuresRequired: Bool = true,
    enough: Int? = nil
  ) -> String? {
    finder.find(
      finder.phrase(phrase), share: share, minimum: minimum, figuresRequired: figuresRequired,
      enough: enough
    ).map(finder.evidence)
  }
}
