import Foundation

extension DailyQueue {
  /// New questions in the order they are introduced: categories take turns (system design,
  /// program management, behavioral, leadership, fundamentals), and within a category its
  /// topics take turns, each in bank order (the category's own bank first). A first week so
  /// sees every category within a day or two, and no day's new questions come mostly from one
  /// topic.
  static func newInTurns(_ fresh: Set<String>, catalog: BankCatalog) -> [String] {
    // category → topics in first-seen order → ids in bank order
    var topics: [Category: [(topic: String, ids: [String])]] = [:]
    // The category's own bank (system-design.yaml for system design) first, so a new user
    // starts on its core topics; the banks that add to it (technical-screen, ai-ml-programs)
    // follow, in load order.
    let banks = catalog.banks.enumerated().sorted {
      ($0.element.id == $0.element.category.rawValue ? 0 : 1, $0.offset)
        < ($1.element.id == $1.element.category.rawValue ? 0 : 1, $1.offset)
    }.map(\.element)
    for bank in banks {
      for q in bank.questions where fresh.contains(q.id) {
        var list = topics[q.category, default: []]
        if let i = list.firstIndex(where: { $0.topic == q.topic }) {
          list[i].ids.append(q.id)
        } else {
          list.append((q.topic, [q.id]))
        }
        topics[q.category] = list
      }
    }
    // Each category's own sequence: its topics in turn.
    var sequences: [[String]] = []
    for category in Category.allCases {
      guard let list = topics[category] else { continue }
      var sequence: [String] = []
      let longest = list.map(\.ids.count).max() ?? 0
      for round in 0..<longest {
        for entry in list where round < entry.ids.count { sequence.append(entry.ids[round]) }
      }
      sequences.append(sequence)
    }
    var result: [String] = []
    let longest = sequences.map(\.count).max() ?? 0
    for round in 0..<longest {
      for sequence in sequences where round < sequence.count { result.append(sequence[round]) }
    }
    return result
  }

  /// The first `limit` of `ordered` that fit `budget` (all of them up to `limit` without one),
  /// skipping what does not fit and taking at most one long question (a design prompt always
  /// counts as one), and at most one from a
  /// coaching bank (career and answer craft come lightly, between interview questions).
  static func fitting(
    _ ordered: [String], limit: Int, budget: DayBudget?, left: TimeInterval, catalog: BankCatalog
  ) -> [String] {
    var left = left
    var picked: [String] = []
    var tookLong = false
    var tookCoaching = false
    for id in ordered where picked.count < limit {
      guard let q = catalog.question(id: id), !(q.isCoaching && tookCoaching) else { continue }
      if let budget {
        let seconds = budget.expected.seconds(for: q)
        // A design prompt is a long one however fast this user outlines it: one new a day.
        let long = budget.isLong(seconds) || q.kind == .design
        guard seconds <= left, !(long && tookLong) else { continue }
        tookLong = tookLong || long
        left -= seconds
      }
      tookCoaching = tookCoaching || q.isCoaching
      picked.append(id)
    }
    return picked
  }
}
