import Foundation
import GRDB

/// A mock loop as stored: its plan, so it can be resumed, and its scorecard once finished.
///
/// `plan` and `scorecard` are JSON columns (GRDB's Codable record support).
public struct MockRecord: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "mock"
  public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy
    .convertFromSnakeCase
  public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy
    .convertToSnakeCase
  public static let databaseDateEncodingStrategy = DatabaseDateEncodingStrategy
    .timeIntervalSince1970

  public var id: String
  public var loop: String
  /// Question ids per round.
  public var plan: [[String]]
  /// Round minutes are multiplied by this (from `--minutes`).
  public var minutesScale: Double
  public var startedAt: Date
  public var endedAt: Date?
  public var scorecard: MockScorecard?
  /// Rounds closed so far (finished, or out of time); a resumed mock starts after them.
  public var roundsDone: Int

  public init(
    id: String, loop: String, plan: [[String]], minutesScale: Double, startedAt: Date,
    endedAt: Date? = nil, scorecard: MockScorecard? = nil, roundsDone: Int = 0
  ) {
    self.roundsDone = roundsDone
    self.id = id
    self.loop = loop
    self.plan = plan
    self.minutesScale = minutesScale
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.scorecard = scorecard
  }
}

extension Store {
  /// Saves a mock (its plan when it starts, its scorecard when it ends).
  public func saveMock(_ mock: MockRecord) throws {
    try writer.write { db in try mock.save(db) }
  }

  /// Every mock, oldest first.
  public func mocks() throws -> [MockRecord] {
    try writer.read { db in
      try MockRecord.order(Column("started_at"), Column("id")).fetchAll(db)
    }
  }

  /// The reviews of a session that count (not undone), oldest first.
  public func activeReviews(inSession id: String) throws -> [ReviewRecord] {
    try writer.read { db in
      try ReviewRecord.active.filter(Column("session_id") == id)
        .order(Column("reviewed_at"), Column("id")).fetchAll(db)
    }
  }

  /// Questions seen in a mock since `date` (undone ones included: they were seen).
  public func mockedQuestions(since date: Date) throws -> Set<String> {
    try writer.read { db in
      try ReviewRecord.select(Column("question_id"), as: String.self)
        .filter(
          Column("source") == ReviewSource.mock.rawValue
            && Column("reviewed_at") >= date.timeIntervalSince1970
        )
        .fetchSet(db)
    }
  }
}
