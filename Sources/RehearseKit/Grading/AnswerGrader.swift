import FSRS

/// Grades typed answers against a question's key points, rubric dimensions or STAR parts, the
/// way a fair interviewer would: credit for what the answer explains, none for a misconception,
/// little for a bare list of terms.
public struct AnswerGrader: Sendable {
  public var catalog: BankCatalog
  private let lazyThesaurus: LazyThesaurus
  var thesaurus: Thesaurus { lazyThesaurus.value }

  public init(catalog: BankCatalog) {
    self.catalog = catalog
    lazyThesaurus = LazyThesaurus(catalog.concepts)
  }

  /// Content words of a rubric line that, in one sentence of the answer, say something
  /// specific about its dimension however long the line is.
  static let rubricWordsEnough = 4

  /// Grades `answer` for `question`, taking `seconds` to answer (on a first review).
  public func grade(_ answer: String, for question: Question, seconds: Double) -> AnswerGrade {
    grade(answer, for: question, context: GradingContext(seconds: seconds))
  }

  /// Grades `answer` for `question` in `context`.
  public func grade(_ answer: String, for question: Question, context: GradingContext)
    -> AnswerGrade
  {
    let thesaurus = self.thesaurus
    let matcher = KeyPointMatcher(answer: answer, thesaurus: thesaurus)
    let expected = StatedFigure.figures(
      in: AnswerText(
        ([question.answer ?? ""] + question.keyPoints.flatMap { [$0.text] + $0.accept })
          .joined(separator: ". "), thesaurus: thesaurus))
    var items: [AnswerGrade.Item] = question.keyPoints.map { point in
      switch matcher.verdict(point, opposites: question.kind != .star, expected: expected) {
      case .covered(let phrase, let evidence):
        .init(
          kind: .keyPoint, label: point.text, status: .covered, matched: phrase, evidence: evidence)
      case .contradicted(let phrase, let evidence):
        .init(
          kind: .keyPoint, label: point.text, status: .contradicted, matched: phrase,
          evidence: evidence)
      case .missed:
        .init(kind: .keyPoint, label: point.text, status: .missed)
      }
    }
    if question.kind == .design {
      // A dimension counts only when the answer says something specific about it (what the
      // rubric line expects), not when a generic word like "users" appears; a core dimension
      // weighs half a key point, an optional one a quarter.
      for item in question.rubric {
        let dimension = catalog.dimension(item.dimension)
        let title = dimension?.title ?? item.dimension
        let evidence = matcher.evidence(
          for: item.expectation, share: 0.4, minimum: 2, figuresRequired: false,
          enough: Self.rubricWordsEnough)
        items.append(
          .init(
            kind: .dimension, label: title, status: evidence == nil ? .missed : .covered,
            matched: evidence == nil ? nil : item.expectation, evidence: evidence,
            weight: dimension?.isCore ?? true ? 0.5 : 0.25))
      }
    }
    var star: StarScore?
    if question.kind == .star {
      let score = StarScorer().score(answer, themes: question.competencies)
      star = score
      for part in score.parts {
        items.append(
          .init(
            kind: .starPart, label: part.name, status: part.isPresent ? .covered : .missed,
            matched: part.evidence, evidence: part.evidence))
      }
    }
    let topical = TopicalShare(
      answer: matcher.finder.answer, question: question, thesaurus: thesaurus)
    return AnswerGrade.summarize(
      items, question: question, star: star, keywordList: KeywordList.matches(answer),
      onTopic: topical.isOnTopic, words: answer.split(whereSeparator: \.isWhitespace).count,
      context: context)
  }

  /// Grades picked option indices for a `choice` or `multi` question: Good when exactly the
  /// correct options were picked, Again otherwise.
  public func gradeChoice(_ picked: Set<Int>, for question: Question) -> (
    correct: Bool, suggested: Rating
  ) {
    let correct = Set(question.correctChoiceIndices) == picked
    return (correct, correct ? .good : .again)
  }
}

extension AnswerGrade {
  /// The grade of a set of items: weighted coverage and the suggestion for it. Also used when
  /// the user toggles items.
  static func summarize(
    _ items: [Item], question: Question, star: StarScore?, keywordList: Bool, onTopic: Bool,
    words: Int, context: GradingContext
  ) -> AnswerGrade {
    let total = items.reduce(0) { $0 + $1.weight }
    let covered = items.filter(\.isCovered).reduce(0) { $0 + $1.weight }
    let coverage = total == 0 ? 1 : covered / total
    let points = items.filter { $0.kind == .keyPoint }
    let pointCoverage =
      points.isEmpty ? coverage : Double(points.filter(\.isCovered).count) / Double(points.count)
    let limit = Double(question.timeLimit)
    let (rating, reason) = SuggestionRule.suggest(
      coverage: coverage, pointCoverage: pointCoverage,
      contradicted: items.filter { $0.status == .contradicted }.compactMap(\.matched),
      keywordList: keywordList, onTopic: onTopic, star: star, kind: question.kind,
      timeLimit: limit, words: words,
      context: context)
    return AnswerGrade(
      items: items, coverage: coverage, seconds: context.seconds, timeLimit: limit,
      suggested: rating, reason: reason, star: star, isKeywordList: keywordList, isOnTopic: onTopic,
      words: words,
      context: context)
  }
}
