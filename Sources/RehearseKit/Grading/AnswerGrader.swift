import FSRS

/// Grades typed answers against a question's key points, rubric dimensions or STAR parts.
public struct AnswerGrader: Sendable {
  public var catalog: BankCatalog

  public init(catalog: BankCatalog) {
    self.catalog = catalog
  }

  /// Grades `answer` for `question`, taking `seconds` to answer.
  public func grade(_ answer: String, for question: Question, seconds: Double) -> AnswerGrade {
    let matcher = KeyPointMatcher(answer: answer)
    var items: [AnswerGrade.Item] = question.keyPoints.map {
      .init(kind: .keyPoint, label: $0.text, matched: matcher.match($0))
    }
    if question.kind == .design {
      for item in question.rubric {
        let dimension = catalog.dimension(item.dimension)
        let matched =
          matcher.matchAny(dimension?.accept ?? [])
          ?? (matcher.covers(phrase: item.expectation, share: 0.5, minimum: 2)
            ? item.expectation : nil)
        items.append(
          .init(kind: .dimension, label: dimension?.title ?? item.dimension, matched: matched))
      }
    }
    var star: StarScore?
    if question.kind == .star {
      let score = StarScorer().score(answer, themes: question.competencies)
      star = score
      for part in score.parts {
        items.append(
          .init(kind: .starPart, label: part.name, matched: part.isPresent ? part.evidence : nil))
      }
    }
    let covered = items.filter(\.isCovered).count
    let coverage = items.isEmpty ? 1 : Double(covered) / Double(items.count)
    let limit = Double(question.timeLimit)
    let (rating, reason) = AnswerGrade.suggest(
      coverage: coverage, seconds: seconds, timeLimit: limit)
    return AnswerGrade(
      items: items, coverage: coverage, seconds: seconds, timeLimit: limit, suggested: rating,
      reason: reason, star: star)
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
