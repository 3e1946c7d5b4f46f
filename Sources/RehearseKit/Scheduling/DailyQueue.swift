import FSRS
import Foundation
import RehearseStore

/// Chooses what to ask today, in order.
///
/// 1. Learning and relearning cards that are due now (or within the learn-ahead window).
/// 2. Review cards due before the next rollover, lowest retrievability first (most at risk),
///    up to `reviews_per_day` minus the reviews already done today.
/// 3. New cards, up to `new_per_day` minus those already introduced today, taking turns
///    across categories and then topics (``newInTurns(_:catalog:)``), within the day's time
///    budget when there is one (``DayBudget``); the weak areas (`preferredTopics`) order them,
///    they do not choose them.
///
/// Consecutive questions avoid sharing a topic where another choice is close in priority.
public struct DailyQueue: Sendable {
  /// A card chosen for today, with why.
  public struct Entry: Sendable, Equatable {
    public enum Reason: String, Sendable {
      case learning, review, new
      /// Not due until after the interview, but brought forward by the plan (``PlanSteer``).
      case plan
    }
    public var questionId: String
    public var reason: Reason
    /// Retrievability now (0 for new cards).
    public var retrievability: Double
  }

  /// Cards learned ahead of time within this many seconds of being due (Anki: 20 minutes).
  public static let learnAhead: TimeInterval = 20 * 60

  public var entries: [Entry]

  /// Builds the queue.
  /// - Parameters:
  ///   - cards: the store's cards (retired ones are ignored).
  ///   - catalog: the loaded questions, for filters, topics and bank order.
  ///   - today: what was already done today.
  ///   - newOnly: only new cards.
  ///   - preferredTopics: topics whose new questions come first (weakest first).
  public init(
    cards: [CardRecord], catalog: BankCatalog, settings: Settings, scheduler: Scheduler,
    calendar: StudyCalendar, now: Date, today: TodayCounts, filter: QueueFilter = QueueFilter(),
    newOnly: Bool = false, preferredTopics: [String] = [], budget: DayBudget? = nil,
    plan: PlanSteer? = nil
  ) {
    let nextRollover = calendar.nextRollover(after: now).timeIntervalSince1970
    let t = now.timeIntervalSince1970
    var learning: [(Double, Entry)] = []
    var reviews: [Entry] = []
    var fresh: [String: Entry] = [:]
    var forward: [Entry] = []
    let filtering = !filter.isEmpty
    for card in cards where !card.retired && !card.suspended {
      if filtering {
        guard let q = catalog.question(id: card.questionId), filter.matches(q) else { continue }
      } else if catalog.topic(of: card.questionId) == nil {
        continue
      }
      if card.isNew {
        fresh[card.questionId] = Entry(questionId: card.questionId, reason: .new, retrievability: 0)
        continue
      }
      if newOnly { continue }
      guard let due = card.due else { continue }
      if card.phase == .review {
        if due < nextRollover {
          let r = card.retrievability(at: now, scheduler: scheduler, calendar: calendar)
          reviews.append(Entry(questionId: card.questionId, reason: .review, retrievability: r))
        } else if let plan, plan.inWindow, plan.scope.contains(card.questionId),
          due > plan.interview.timeIntervalSince1970
        {
          // Due after the interview: brought forward when recall on the day would fall short.
          let onTheDay = card.retrievability(
            at: plan.interview, scheduler: scheduler, calendar: calendar)
          if onTheDay < plan.target {
            forward.append(
              Entry(questionId: card.questionId, reason: .plan, retrievability: onTheDay))
          }
        }
      } else if due <= t + Self.learnAhead {
        learning.append(
          (due, Entry(questionId: card.questionId, reason: .learning, retrievability: 1)))
      }
    }
    learning.sort { $0.0 < $1.0 }
    reviews.sort { ($0.retrievability, $0.questionId) < ($1.retrievability, $1.questionId) }
    reviews = Array(reviews.prefix(max(0, settings.reviewsPerDay - today.reviewCardsDone)))

    // Reviews due are always asked; new questions fill what is left of the day's time.
    var left = budget?.remaining ?? 0
    if let budget {
      for entry in learning.map(\.1) + reviews {
        left -= catalog.question(id: entry.questionId).map(budget.expected.seconds) ?? 0
      }
    }
    // Brought forward by a plan: lowest recall on the day first, as the day's time allows.
    forward.sort { ($0.retrievability, $0.questionId) < ($1.retrievability, $1.questionId) }
    let forwardIDs = Self.fitting(
      forward.map(\.questionId), limit: Int.max, budget: budget, left: left, catalog: catalog)
    if let budget {
      for id in forwardIDs {
        left -= catalog.question(id: id).map(budget.expected.seconds) ?? 0
      }
    }
    let brought = forward.filter { forwardIDs.contains($0.questionId) }
    // A plan's scope is introduced first, at the pace the date needs.
    let quota = max(settings.newPerDay, plan?.newPerDay ?? 0)
    let newLimit = max(0, quota - today.newIntroduced)
    let scoped = plan.map { p in Set(fresh.keys.filter(p.scope.contains)) } ?? []
    let order =
      Self.newInTurns(scoped, catalog: catalog)
      + Self.newInTurns(Set(fresh.keys).subtracting(scoped), catalog: catalog)
    let chosen = Self.fitting(
      order, limit: newLimit, budget: budget, left: left, catalog: catalog)
    // The weak areas come first among the chosen, the mix otherwise kept; a long prompt (a
    // design) comes after the short ones, so a day starts with a warm-up, not 15 minutes.
    let rank = Dictionary(preferredTopics.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
    func isLong(_ id: String) -> Int {
      guard let q = catalog.question(id: id) else { return 0 }
      if let budget { return budget.isLong(budget.expected.seconds(for: q)) ? 1 : 0 }
      return q.kind == .design ? 1 : 0
    }
    let news = chosen.enumerated().sorted { a, b in
      (isLong(a.element), rank[catalog.topic(of: a.element) ?? ""] ?? Int.max, a.offset)
        < (isLong(b.element), rank[catalog.topic(of: b.element) ?? ""] ?? Int.max, b.offset)
    }.compactMap { fresh[$0.element] }

    let ordered = learning.map(\.1) + reviews + brought + news
    entries = Self.interleavingTopics(ordered, catalog: catalog)
  }

  /// Reorders so consecutive entries differ in topic where possible, looking a few places ahead
  /// so priority order is mostly kept.
  static func interleavingTopics(_ entries: [Entry], catalog: BankCatalog, window: Int = 6)
    -> [Entry]
  {
    // Work on (topic, entry) pairs with a moving start index: removing from the front of a
    // large array would make this quadratic.
    var pending = entries.map { (topic: catalog.topic(of: $0.questionId), entry: $0) }
    var result: [Entry] = []
    result.reserveCapacity(entries.count)
    var start = 0
    var lastTopic: String?
    while start < pending.count {
      var pick = start
      if let lastTopic {
        for i in start..<min(start + window, pending.count) where pending[i].topic != lastTopic {
          pick = i
          break
        }
      }
      // Move the pick to the front of the remaining window, keeping the others in order.
      let chosen = pending[pick]
      if pick > start {
        for i in stride(from: pick, to: start, by: -1) { pending[i] = pending[i - 1] }
      }
      start += 1
      lastTopic = chosen.topic
      result.append(chosen.entry)
    }
    return result
  }
}
