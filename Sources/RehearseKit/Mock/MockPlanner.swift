import FSRS
import Foundation

/// Chooses the questions of a loop: per round, what is due (most at risk first), then what is
/// weak, then new questions; never one seen in a mock in the last 30 days when avoidable, and in
/// behavioral rounds one question per theme so no story has to be told twice.
struct MockPlanner {
  let ws: Workspace
  let loop: MockLoop
  let now: Date

  func plan() throws -> [[String]] {
    let recent = try ws.store.mockedQuestions(since: now.addingTimeInterval(-30 * 86400))
    let cards = Dictionary(
      try ws.store.activeCards().map { ($0.questionId, $0) }, uniquingKeysWith: { a, _ in a })
    let weak = try WeakAreas.rank(ws, at: now)
    var used = Set<String>()
    var themes = Set<String>()
    return loop.rounds.map { round in
      let pool = ws.catalog.questions.filter { q in
        round.admits(q) && !(cards[q.id]?.suspended ?? false) && cards[q.id] != nil
      }
      func priority(_ q: Question) -> (Int, Double, Int, String) {
        let card = cards[q.id]
        let seen = recent.contains(q.id) ? 1 : 0
        let r =
          card.map {
            $0.isNew
              ? 1.5
              : $0.retrievability(
                at: now, scheduler: ws.store.scheduler, calendar: ws.store.calendar)
          } ?? 1.5
        let due = card.flatMap(\.due).map { $0 <= now.timeIntervalSince1970 } ?? false
        // Due first (lowest recall), then by weakness of the area, then new.
        return (seen, due ? r - 2 : r, weak.rank(of: q), q.id)
      }
      var chosen: [String] = []
      for q in pool.sorted(by: { priority($0) < priority($1) }) where chosen.count < round.questions
      {
        guard !used.contains(q.id) else { continue }
        if q.kind == .star, let theme = q.competencies.first {
          if themes.contains(theme) { continue }
          themes.insert(theme)
        }
        used.insert(q.id)
        chosen.append(q.id)
      }
      return chosen
    }
  }
}
