import FSRS
import Foundation

/// The questions of one session, in order, with learning cards coming back when their step is
/// due (like Anki's learning queue).
struct SessionQueue: Sendable {
  private var main: [String]
  /// Cards in a learning step this session: (due, id), earliest first.
  private var learning: [(due: Date, id: String)] = []
  /// Questions handed out from the main queue, to cap them at `limit`.
  private(set) var served = 0
  let limit: Int?

  init(_ ids: [String], limit: Int?) {
    main = ids
    self.limit = limit
  }

  /// How many are left: the main queue (up to the limit) plus learning returns.
  var remaining: Int {
    let fresh = limit.map { min(main.count, max(0, $0 - served)) } ?? main.count
    return fresh + learning.count
  }

  /// The next question at `now`: a learning card that is due, else the main queue, else a
  /// learning card due within the learn-ahead window.
  mutating func next(at now: Date) -> String? {
    if let limit, served >= limit, learning.isEmpty { return nil }
    if let first = learning.first, first.due <= now {
      learning.removeFirst()
      return first.id
    }
    if !main.isEmpty, limit.map({ served < $0 }) ?? true {
      served += 1
      return main.removeFirst()
    }
    if let first = learning.first, first.due.timeIntervalSince(now) <= DailyQueue.learnAhead {
      learning.removeFirst()
      return first.id
    }
    return nil
  }

  /// Adds questions at the end of the main queue.
  mutating func append(_ ids: [String]) {
    main += ids
  }

  /// Brings a card back later in the session when its learning step comes due today.
  mutating func returnLater(_ id: String, due: Date, before rollover: Date) {
    guard due < rollover else { return }
    learning.append((due, id))
    learning.sort { $0.due < $1.due }
  }

  /// Puts a question at the front (for `:undo`).
  mutating func pushFront(_ id: String) {
    learning.removeAll { $0.id == id }
    main.insert(id, at: 0)
    served = max(0, served - 1)
  }

  /// The learning card due soonest, for "come back in 4 minutes".
  var nextLearningDue: Date? { learning.first?.due }
}
