import FSRS
import Foundation
import RehearseStore

/// Scores a mock loop from the reviews recorded in its session (see ``MockScorecard`` for the
/// rules). Pure: the same loop, plan and reviews always give the same scorecard.
struct MockScorer {
  let loop: MockLoop
  let plan: [[String]]
  let catalog: BankCatalog
  /// Round minutes are multiplied by this (`--minutes`).
  var minutesScale = 1.0

  /// Answers under this many words get a proportionally lower Communication score.
  static let fullAnswerWords = 60.0

  func scorecard(from reviews: [ReviewRecord]) -> MockScorecard {
    let byQuestion = Dictionary(
      reviews.map { ($0.questionId, $0) }, uniquingKeysWith: { _, later in later })
    var rounds: [MockScorecard.RoundScore] = []
    var dimensionScores: [MockDimension: [Double]] = [:]
    var communication: [Double] = []
    var areas: [String: [Double]] = [:]
    var areaCommand: [String: String] = [:]
    for (r, round) in loop.rounds.enumerated() where r < plan.count {
      var scores: [Double] = []
      var seconds = 0.0
      for id in plan[r] {
        guard let review = byQuestion[id], let q = catalog.question(id: id) else {
          scores.append(0)
          continue
        }
        let score = Self.answerScore(review)
        scores.append(score)
        seconds += Double(review.durationMs ?? 0) / 1000
        let area = q.kind == .star ? (q.competencies.first ?? q.topic) : q.topic
        areas[area, default: []].append(score)
        areaCommand[area] =
          q.kind == .star ? "rehearse story practice" : "rehearse drill --topic \(q.topic)"
        if let value = Self.communication(review, kind: q.kind) { communication.append(value) }
      }
      rounds.append(
        MockScorecard.RoundScore(
          name: round.name, dimension: round.dimension, asked: plan[r].count,
          answered: plan[r].filter { byQuestion[$0] != nil }.count, score: Self.mean(scores),
          minutesUsed: seconds / 60, minutesAllowed: Double(round.minutes) * minutesScale))
      dimensionScores[round.dimension, default: []].append(contentsOf: scores)
    }
    var dimensions = dimensionScores.mapValues(Self.mean)
    if !communication.isEmpty { dimensions[.communication] = Self.mean(communication) }
    let overall = Self.mean(Array(dimensions.values))
    let strengths = dimensions.filter { $0.value >= 70 }
      .sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
      .prefix(2).map(\.key)
    let workOn = areas.map { (area: $0.key, score: Self.mean($0.value)) }
      .sorted { ($0.score, $0.area) < ($1.score, $1.area) }.prefix(3)
      .map {
        MockScorecard.Focus(
          area: $0.area, score: $0.score, command: areaCommand[$0.area] ?? "rehearse drill --weak")
      }
    var card = MockScorecard(
      loop: loop.name, rounds: rounds, dimensions: dimensions, overall: overall,
      strengths: Array(strengths), workOn: Array(workOn))
    let asked = plan.joined().compactMap { byQuestion[$0]?.grading?.followUp }
    if !asked.isEmpty {
      card.followUps = MockScorecard.FollowUps(
        asked: asked.count, strong: asked.filter { ($0.coverage ?? 0) >= 2.0 / 3.0 }.count,
        skipped: asked.filter(\.skipped).count)
    }
    return card
  }

  /// 0–100: half the rating and half the coverage for a typed answer, the rating alone
  /// otherwise.
  static func answerScore(_ review: ReviewRecord) -> Double {
    let rating = Double(review.rating.rawValue - 1) / 3
    return 100 * (review.coverage.map { 0.5 * rating + 0.5 * $0 } ?? rating)
  }

  /// The Communication score of a typed answer, from what the review stored (never from the
  /// answer text, which `keep_answers: false` does not keep): the STAR score of a behavioral
  /// answer, else the coverage scaled down for short answers. Nil without a typed answer
  /// (choice questions and answers given in the head say nothing of how one communicates).
  static func communication(_ review: ReviewRecord, kind: QuestionKind) -> Double? {
    guard !kind.isAutoGraded else { return nil }
    if kind == .star { return review.score }
    let words = review.words ?? review.answer.map(Store.wordCount)
    guard let words, words > 0 else { return nil }
    return 100 * (review.coverage ?? 0.5) * min(1, Double(words) / fullAnswerWords)
  }

  private static func mean(_ values: [Double]) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }
}
