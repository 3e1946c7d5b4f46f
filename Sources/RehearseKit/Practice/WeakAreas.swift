import FSRS
import Foundation

/// Weak areas for choosing what to practise: topics and behavioral competencies ranked by
/// mastery (see ``Tally``) over the last 90 days, weakest first. Areas without enough reviews
/// to judge come after every judged one.
enum WeakAreas {
  /// Area keys, weakest first: topics as `topic`, competencies as `competency:key`.
  static func rank(_ ws: Workspace, at now: Date) throws -> [String] {
    let report = try StatsBuilder(store: ws.store, catalog: ws.catalog, now: now).weakAreaRanking()
    return report
  }

  /// The rank of a question: its weakest topic or competency (lower is weaker).
  static func rank(of q: Question, in ranking: [String: Int]) -> Int {
    ([ranking[q.topic]] + q.competencies.map { ranking["competency:" + $0] }).compactMap { $0 }
      .min() ?? Int.max
  }
}

extension StatsBuilder {
  /// Topic and competency keys, weakest first (judged areas before unjudged ones).
  func weakAreaRanking() throws -> [String] {
    let today = store.calendar.day(of: now)
    let byArea = try store.writer.read { db in try areaTallies(db, from: today - 89, through: today)
    }
    let (_, topics, competencies) = areas(byArea)
    let all = topics.map { ($0, $0.key) } + competencies.map { ($0, "competency:" + $0.key) }
    return all.sorted { a, b in
      let ja = a.0.reviews >= Self.minimumReviews
      let jb = b.0.reviews >= Self.minimumReviews
      if ja != jb { return ja }
      return (a.0.mastery ?? 100, a.1) < (b.0.mastery ?? 100, b.1)
    }.map(\.1)
  }
}
