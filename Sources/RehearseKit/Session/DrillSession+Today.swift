import Foundation
import RehearseStore

extension DrillSession {
  /// What today's default drill would ask now: how many questions, how many of them new, and
  /// about how long they take. `rehearse due` and the drill's opening line say the same.
  public struct Today: Sendable, Equatable {
    public var questions: Int
    public var new: Int
    public var minutes: Int
  }

  /// Today's default drill as planned now.
  public static func today(_ ws: Workspace) throws -> Today {
    let expected = try expectedTime(ws)
    let ids = try plan(ws, DrillOptions(), expected: expected)
    let cards = Dictionary(
      try ws.store.activeCards().map { ($0.questionId, $0) }, uniquingKeysWith: { a, _ in a })
    return Today(
      questions: ids.count, new: ids.filter { cards[$0]?.isNew ?? true }.count,
      minutes: expectedMinutes(ids, ws, expected: expected))
  }
}
