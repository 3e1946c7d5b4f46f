import FSRS
import Foundation
import RehearseStore

/// Weak areas for choosing what to practice: topics and behavioral competencies ranked by
/// mastery (see ``Tally/mastery``) over the last 90 days, weakest first. Areas without enough
/// reviews to judge come after every judged one.
struct WeakAreas {
  /// Topic and competency areas, weakest first.
  let ranked: [StatsArea]
  private let position: [StatsArea: Int]

  init(ranked: [StatsArea]) {
    self.ranked = ranked
    position = Dictionary(ranked.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
  }

  /// Ranks the workspace's areas at `now`.
  static func rank(_ ws: Workspace, at now: Date) throws -> WeakAreas {
    WeakAreas(
      ranked: try StatsBuilder(store: ws.store, catalog: ws.catalog, now: now).weakAreaRanking())
  }

  /// The rank of a question: its weakest topic or competency (lower is weaker; unranked last).
  func rank(of q: Question) -> Int {
    ([StatsArea.topic(q.topic)] + q.competencies.map(StatsArea.competency))
      .compactMap { position[$0] }.min() ?? Int.max
  }

  /// Ranked topics, weakest first.
  var topics: [String] { ranked.filter { $0.kind == .topic }.map(\.key) }
}

extension StatsBuilder {
  /// Topic and competency areas, weakest first (judged areas before unjudged ones).
  func weakAreaRanking() throws -> [StatsArea] {
    let today = store.calendar.day(of: now)
    let byArea = try store.areaTotals(from: today - (Self.defaultWindow - 1), through: today)
    let (_, topics, competencies) = areas(byArea)
    return (topics + competencies).sorted { a, b in
      let ja = a.reviews >= Self.minimumReviews
      let jb = b.reviews >= Self.minimumReviews
      if ja != jb { return ja }
      return (a.mastery ?? 100, a.kind, a.key) < (b.mastery ?? 100, b.kind, b.key)
    }.map { StatsArea($0.kind, $0.key) }
  }
}
