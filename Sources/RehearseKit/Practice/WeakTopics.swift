import FSRS
import Foundation

/// Ranks topics weakest first until the full weak-area model (step 6) exists: by mean
/// retrievability of the topic's reviewed cards, with lapses as a tie-breaker; topics with no
/// reviews come after every reviewed one.
enum WeakTopics {
  static func rank(_ ws: Workspace, cards: [CardRecord], at now: Date) throws -> [String] {
    var sums: [String: (r: Double, n: Int, lapses: Int)] = [:]
    for card in cards where !card.isNew {
      guard let q = ws.catalog.question(id: card.questionId) else { continue }
      let r = card.retrievability(
        at: now, scheduler: ws.store.scheduler, calendar: ws.store.calendar)
      var s = sums[q.topic] ?? (0, 0, 0)
      s.r += r
      s.n += 1
      s.lapses += card.lapses
      sums[q.topic] = s
    }
    return sums.sorted { a, b in
      let ra = a.value.r / Double(a.value.n)
      let rb = b.value.r / Double(b.value.n)
      return (ra, -a.value.lapses, a.key) < (rb, -b.value.lapses, b.key)
    }.map(\.key)
  }
}
