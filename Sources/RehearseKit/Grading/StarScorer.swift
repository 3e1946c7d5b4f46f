/// Scores a STAR story (or a typed answer to a `star` question) against a fixed rubric.
///
/// Deterministic and explainable: each criterion has fixed points and names the sentence that
/// earned or lost them. Thresholds follow common STAR guidance (see `QuestionBanks/FORMAT.md`
/// and docs/STAR.md): a 2–3 minute telling is about 250–400 words at a conversational
/// 130–150 words a minute; Situation and Task together about 30% at most; Action at least half.
///
/// | criterion | points |
/// |---|---|
/// | parts present (S, T, A, R; plus Learning for failure and conflict themes) | 30 |
/// | proportions (S+T ≤ 30%, A ≥ 50%) | 15 |
/// | ownership ("I" over "we" in the Action) | 15 |
/// | measurable result (a number, %, time or money in the Result) | 15 |
/// | length (250–400 words; flagged under 150 or over 500) | 10 |
/// | real, not hypothetical | 5 |
/// | no blame-shifting | 5 |
/// | specific, not generic claims | 5 |
///
/// Under 150 words the total is scaled down (×0.4 at none, ×1 at 150): a thin story cannot earn
/// full marks on structure it does not have.
public struct StarScorer: Sendable {
  /// Themes whose stories should end with what you learned.
  public static let learningThemes: Set<String> = [
    "failure-learning", "conflict-eng-lead", "conflict-cross-team", "missed-deadline",
    "feedback-growth", "pushback-on-leadership", "incident-crisis",
  ]

  public init() {}

  /// Scores `text`, told for questions probing `themes`.
  public func score(_ text: String, themes: [String] = []) -> StarScore {
    let sentences = StarSegmenter.sentences(text)
    let labelled = StarSegmenter.classify(sentences)
    let totalWords = max(1, sentences.reduce(0) { $0 + $1.words })
    let needsLearning = !Self.learningThemes.isDisjoint(with: themes)

    var parts: [StarScore.Part] = []
    for part in StarPart.allCases {
      let mine = labelled.filter { $0.part == part }
      let words = mine.reduce(0) { $0 + $1.sentence.words }
      parts.append(
        .init(
          name: part.title, isPresent: !mine.isEmpty,
          isRequired: part != .learning || needsLearning,
          share: Double(words) / Double(totalWords), evidence: mine.first?.sentence.text))
    }
    var findings: [StarScore.Finding] = []
    findings.append(partsFinding(parts))
    findings.append(proportionFinding(parts))
    findings.append(ownershipFinding(labelled))
    findings.append(resultFinding(labelled))
    findings.append(lengthFinding(totalWords == 1 && sentences.isEmpty ? 0 : totalWords))
    findings += StarPhrases.findings(sentences)
    // A story under 150 words is too thin for the other criteria to mean much: scale the total
    // from 40% (nothing said) up to 100% at 150 words.
    let words = sentences.isEmpty ? 0 : totalWords
    let thin = min(1, 0.4 + 0.6 * Double(words) / 150)
    let score = Int((findings.reduce(0) { $0 + $1.points } * thin).rounded())
    let pronouns = StarPhrases.pronouns(text)
    let closing =
      labelled.filter { $0.part == .result }.map(\.sentence.text)
      + sentences.suffix(2).map(\.text)
    return StarScore(
      score: min(100, max(0, score)), words: words,
      ownership: pronouns.i + pronouns.we == 0
        ? 1 : Double(pronouns.i) / Double(pronouns.i + pronouns.we),
      measured: closing.contains(where: StarPhrases.hasMeasure), parts: parts, findings: findings)
  }

  private func partsFinding(_ parts: [StarScore.Part]) -> StarScore.Finding {
    let required = parts.filter(\.isRequired)
    let missing = required.filter { !$0.isPresent }.map(\.name)
    let points = 30 * Double(required.count - missing.count) / Double(max(1, required.count))
    let message =
      missing.isEmpty
      ? "all parts present: \(required.map(\.name).joined(separator: ", "))"
      : "missing \(missing.joined(separator: ", "))"
    return .init(criterion: "parts", points: points, maximum: 30, message: message, sentence: nil)
  }

  private func proportionFinding(_ parts: [StarScore.Part]) -> StarScore.Finding {
    let setup = parts.filter { $0.name == "Situation" || $0.name == "Task" }.reduce(0) {
      $0 + $1.share
    }
    let action = parts.first { $0.name == "Action" }?.share ?? 0
    let setupPoints = setup <= 0.30 ? 7.5 : max(0, 7.5 * (1 - (setup - 0.30) / 0.30))
    let actionPoints = action >= 0.50 ? 7.5 : 7.5 * action / 0.50
    let message =
      "Situation+Task \(percent(setup)) (aim ≤ 30%), Action \(percent(action)) (aim ≥ 50%)"
    return .init(
      criterion: "proportions", points: setupPoints + actionPoints, maximum: 15, message: message,
      sentence: nil)
  }

  private func ownershipFinding(_ labelled: [StarSegmenter.Labelled]) -> StarScore.Finding {
    let action = labelled.filter { $0.part == .action }
    var i = 0
    var we = 0
    var weSentence: String?
    for item in action {
      let counts = StarPhrases.pronouns(item.sentence.text)
      i += counts.i
      we += counts.we
      if counts.we > counts.i && weSentence == nil { weSentence = item.sentence.text }
    }
    guard i + we > 0 else {
      return .init(
        criterion: "ownership", points: 0, maximum: 15,
        message: "the Action never says who did what; say \"I\"",
        sentence: action.first?.sentence.text)
    }
    let ratio = Double(i) / Double(i + we)
    let points = ratio >= 0.6 ? 15 : 15 * ratio / 0.6
    let message =
      "Action says \"I\" \(i)× and \"we\" \(we)×"
      + (ratio >= 0.6 ? "" : ": make your own part clear")
    return .init(
      criterion: "ownership", points: points, maximum: 15, message: message,
      sentence: ratio >= 0.6 ? nil : weSentence)
  }

  private func resultFinding(_ labelled: [StarSegmenter.Labelled]) -> StarScore.Finding {
    let results = labelled.filter { $0.part == .result }
    if let measured = results.first(where: { StarPhrases.hasMeasure($0.sentence.text) }) {
      return .init(
        criterion: "measurable result", points: 15, maximum: 15, message: "the result is measured",
        sentence: measured.sentence.text)
    }
    let message =
      results.isEmpty
      ? "no result: say how it ended" : "the result has no number: add a %, time, count or money"
    return .init(
      criterion: "measurable result", points: 0, maximum: 15, message: message,
      sentence: results.first?.sentence.text)
  }

  private func lengthFinding(_ words: Int) -> StarScore.Finding {
    let (points, message): (Double, String)
    switch words {
    case 250...400: (points, message) = (10, "\(words) words: about 2–3 minutes spoken")
    case 150..<250:
      (points, message) = (5, "\(words) words: a little short; add the steps you took")
    case 401...500: (points, message) = (5, "\(words) words: a little long; trim the setup")
    case 0..<150: (points, message) = (0, "\(words) words: too thin for a 2–3 minute answer")
    default: (points, message) = (0, "\(words) words: rambling; aim for 250–400")
    }
    return .init(criterion: "length", points: points, maximum: 10, message: message, sentence: nil)
  }

  private func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
