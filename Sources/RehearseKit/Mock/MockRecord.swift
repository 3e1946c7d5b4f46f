import Foundation
import GRDB

/// A mock loop as stored: its plan, so it can be resumed, and its scorecard once finished.
public struct MockRecord: Sendable, Equatable {
  public var id: String
  public var loop: String
  /// Question ids per round.
  public var plan: [[String]]
  /// Round minutes are multiplied by this (from `--minutes`).
  public var minutesScale: Double
  public var startedAt: Date
  public var endedAt: Date?
  public var scorecard: MockScorecard?
}

extension Store {
  func saveMock(_ m: MockRecord) throws {
    try writer.write { db in
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO mock (id, loop, plan, minutes_scale, started_at, ended_at, scorecard)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          m.id, m.loop, String(decoding: try JSONEncoder().encode(m.plan), as: UTF8.self),
          m.minutesScale,
          m.startedAt.timeIntervalSince1970, m.endedAt?.timeIntervalSince1970,
          try m.scorecard.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) },
        ])
    }
  }

  /// Every mock, oldest first.
  public func mocks() throws -> [MockRecord] {
    try writer.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM mock ORDER BY started_at, id").map { row in
        let plan =
          (try? JSONDecoder().decode([[String]].self, from: Data((row["plan"] as String).utf8)))
          ?? []
        let card = (row["scorecard"] as String?).flatMap {
          try? JSONDecoder().decode(MockScorecard.self, from: Data($0.utf8))
        }
        return MockRecord(
          id: row["id"], loop: row["loop"], plan: plan, minutesScale: row["minutes_scale"],
          startedAt: Date(timeIntervalSince1970: row["started_at"]),
          endedAt: (row["ended_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
          scorecard: card)
      }
    }
  }

  /// Questions answered in a session (not undone), for resuming.
  func answeredQuestions(inSession id: String) throws -> Set<String> {
    try writer.read { db in
      Set(
        try String.fetchAll(
          db,
          sql:
            "SELECT question_id FROM review WHERE session_id = ? AND id NOT IN (SELECT review_id FROM review_undo)",
          arguments: [id]))
    }
  }

  /// Questions seen in a mock since `date`.
  func mockedQuestions(since date: Date) throws -> Set<String> {
    try writer.read { db in
      Set(
        try String.fetchAll(
          db, sql: "SELECT question_id FROM review WHERE source = 'mock' AND reviewed_at >= ?",
          arguments: [date.timeIntervalSince1970]))
    }
  }
}
