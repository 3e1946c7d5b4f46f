import FSRS
import Foundation

/// The questions of one session, in order, with learning cards coming back when their step is
/// due (like Anki's learning queue).
///
/// A card comes back only once its step has passed, or at the end when nothing else is left;
/// never twice in a row, and while planned questions remain, never two returns in a row (so a
/// run of failed cards cannot crowd out the rest of the day); a card comes back at most
/// ``maxReturns`` times a session, then waits for the next one. `limit` caps everything handed
/// out, returns included.
struct SessionQueue: Sendable {
  private var main: [String]
  /// Cards in a learning step this session: (due, id), earliest first.
  private var learning: [(due: Date, id: String)] = []
  /// Questions handed out, returns included, to cap them at `limit`.
  private(set) var served = 0
  let limit: Int?
  /// The last question handed out, and whether it was a return.
  private var last: (id: String, wasReturn: Bool)?
  /// How often each card came back this session.
  private var returns: [String: Int] = [:]

  /// How many times one card comes back in a session at most.
  static let maxReturns = 2

  init(_ ids: [String], limit: Int?) {
    main = ids
    self.limit = limit
  }

  /// How many are left: the main queue plus learning returns, up to the limit.
  var remaining: Int {
    let all = main.count + learning.count
    return limit.map { min(all, max(0, $0 - served)) } ?? all
  }

  /// The next question at `now`, or nil when there is nothing to ask now.
  mutating func next(at now: Date) -> String? {
    if let limit, served >= limit { return nil }
    let mayReturn = main.isEmpty || last?.wasReturn != true
    if mayReturn, let i = learning.firstIndex(where: { $0.due <= now && $0.id != last?.id }) {
      return hand(learning.remove(at: i).id, wasReturn: true)
    }
    if !main.isEmpty { return hand(main.removeFirst(), wasReturn: false) }
    // Nothing else left: a step due within the learn-ahead window may come early.
    if let i = learning.firstIndex(where: {
      $0.due.timeIntervalSince(now) <= DailyQueue.learnAhead && $0.id != last?.id
    }) {
      return hand(learning.remove(at: i).id, wasReturn: true)
    }
    return nil
  }

  private mutating func hand(_ id: String, wasReturn: Bool) -> String {
    served += 1
    if wasReturn { returns[id, default: 0] += 1 }
    last = (id, wasReturn)
    return id
  }

  /// Adds questions at the end of the main queue.
  mutating func append(_ ids: [String]) {
    main += ids
  }

  /// Brings a card back later in the session when its learning step comes due today.
  mutating func returnLater(_ id: String, due: Date, before rollover: Date) {
    guard due < rollover, returns[id, default: 0] < Self.maxReturns else { return }
    learning.removeAll { $0.id == id }
    learning.append((due, id))
    learning.sort { $0.due < $1.due }
  }

  /// Puts a question at the front (for `:undo`).
  mutating func pushFront(_ id: String) {
    learning.removeAll { $0.id == id }
    main.insert(id, at: 0)
    served = max(0, served - 1)
    last = nil
  }

  /// The learning card due soonest, for "come back in 4 minutes".
  var nextLearningDue: Date? { learning.first?.due }
}
