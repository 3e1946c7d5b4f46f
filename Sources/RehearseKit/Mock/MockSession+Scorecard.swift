import FSRS
import Foundation
import GRDB

extension MockSession {
  /// Scores the loop from the reviews recorded in its session.
  func scorecard() throws -> MockScorecard {
    let reviews = try ws.store.writer.read { db in
      try ReviewRecord.fetchAll(
        db,
        sql:
          "SELECT * FROM review WHERE session_id = ? AND id NOT IN (SELECT review_id FROM review_undo) ORDER BY reviewed_at",
        arguments: [record.id])
    }
    let byQuestion = Dictionary(
      reviews.map { ($0.questionId, $0) }, uniquingKeysWith: { _, b in b })
    var rounds: [MockScorecard.RoundScore] = []
    var dimensionScores: [String: [Double]] = [:]
    var communication: [Double] = []
    var areas: [String: [Double]] = [:]
    var areaCommand: [String: String] = [:]
    for (r, round) in loop.rounds.enumerated() where r < record.plan.count {
      var scores: [Double] = []
      var seconds = 0.0
      for id in record.plan[r] {
        guard let review = byQuestion[id], let q = ws.catalog.question(id: id) else {
          scores.append(0)
          continue
        }
        let ratingScore = Double(review.rating - 1) / 3
        let score = 100 * (review.coverage.map { 0.5 * ratingScore + 0.5 * $0 } ?? ratingScore)
        scores.append(score)
        seconds += Double(review.durationMs ?? 0) / 1000
        let area = q.kind == .star ? (q.competencies.first ?? q.topic) : q.topic
        areas[area, default: []].append(score)
        areaCommand[area] =
          q.kind == .star ? "rehearse story practice" : "rehearse drill --topic \(q.topic)"
        if let answer = review.answer, !answer.isEmpty {
          if q.kind == .star {
            communication.append(Double(StarScorer().score(answer, themes: q.competencies).score))
          } else {
            let words = Double(answer.split(whereSeparator: \.isWhitespace).count)
            communication.append(100 * (review.coverage ?? 0.5) * min(1, words / 60))
          }
        }
      }
      let mean = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
      rounds.append(
        .init(
          name: round.name, dimension: round.dimension.rawValue, asked: record.plan[r].count,
          answered: record.plan[r].filter { byQuestion[$0] != nil }.count, score: mean,
          minutesUsed: seconds / 60))
      dimensionScores[round.dimension.rawValue, default: []].append(contentsOf: scores)
    }
    var dimensions = dimensionScores.mapValues {
      $0.isEmpty ? 0 : $0.reduce(0, +) / Double($0.count)
    }
    if !communication.isEmpty {
      dimensions[MockDimension.communication.rawValue] =
        communication.reduce(0, +) / Double(communication.count)
    }
    let overall = dimensions.isEmpty ? 0 : dimensions.values.reduce(0, +) / Double(dimensions.count)
    let strengths = dimensions.filter { $0.value >= 70 }.sorted { $0.value > $1.value }.prefix(2)
      .map(\.key)
    let workOn = areas.map { (area: $0.key, score: $0.value.reduce(0, +) / Double($0.value.count)) }
      .sorted { ($0.score, $0.area) < ($1.score, $1.area) }.prefix(3)
      .map {
        MockScorecard.Focus(
          area: $0.area, score: $0.score, command: areaCommand[$0.area] ?? "rehearse drill --weak")
      }
    return MockScorecard(
      loop: loop.name, rounds: rounds, dimensions: dimensions, overall: overall,
      strengths: Array(strengths),
      workOn: Array(workOn))
  }
}

/// Text for scorecards and history.
public enum MockText {
  public static func scorecard(_ card: MockScorecard, previous: MockScorecard?, style: TextStyle)
    -> String
  {
    var lines = ["", style.bold("Scorecard")]
    for (i, r) in card.rounds.enumerated() {
      lines.append(
        "  R\(i + 1) \(r.name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(Int(r.score.rounded())).leftPadded(3))   \(r.answered)/\(r.asked) answered · \(String(format: "%.1f", r.minutesUsed)) min"
      )
    }
    lines.append(style.bold("By dimension"))
    for d in MockDimension.allCases {
      guard let score = card.dimensions[d.rawValue] else { continue }
      var line =
        "  \(d.title.padding(toLength: 16, withPad: " ", startingAt: 0)) \(String(Int(score.rounded())).leftPadded(3))"
      if let before = previous?.dimensions[d.rawValue] {
        let delta = Int((score - before).rounded())
        line += style.dim("  (\(delta >= 0 ? "+" : "")\(delta) vs last mock)")
      }
      lines.append(line)
    }
    var overall = "Overall \(Int(card.overall.rounded()))"
    if let previous { overall += style.dim(" (last mock \(Int(previous.overall.rounded())))") }
    lines.append(style.bold(overall))
    lines.append(
      "Strengths: "
        + (card.strengths.isEmpty
          ? "none above 70 yet"
          : card.strengths.compactMap { MockDimension(rawValue: $0)?.title }.joined(separator: ", "))
    )
    lines.append(style.bold("Work on"))
    for f in card.workOn {
      lines.append(
        "  \(f.area.padding(toLength: 30, withPad: " ", startingAt: 0)) \(String(Int(f.score.rounded())).leftPadded(3))   "
          + style.dim(f.command))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
