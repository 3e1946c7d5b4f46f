import Foundation
import GRDB

/// An interview the user is preparing for, as stored: its date and what it covers. The nearest
/// upcoming one steers the daily drill (see RehearseKit's `InterviewPlan`).
public struct InterviewPlanRecord: Sendable, Equatable, Codable, FetchableRecord,
  PersistableRecord
{
  public static let databaseTableName = "interview_plan"
  public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy
    .convertFromSnakeCase
  public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy
    .convertToSnakeCase
  public static let databaseDateEncodingStrategy = DatabaseDateEncodingStrategy
    .timeIntervalSince1970

  public var id: String
  /// The interview's calendar date, `yyyy-mm-dd`.
  public var date: String
  /// The mock loop whose rounds say what is in scope, if any.
  public var loop: String?
  /// Minutes a day for the drill while the plan is active (nil: `daily_minutes`).
  public var minutesPerDay: Int?
  /// Categories in scope when no loop is given (empty: every interview question).
  public var focus: [String]
  /// Recall aimed for on the interview day, above the everyday desired retention.
  public var target: Double
  public var createdAt: Date
  public var removedAt: Date?

  public init(
    id: String, date: String, loop: String? = nil, minutesPerDay: Int? = nil,
    focus: [String] = [], target: Double = 0.95, createdAt: Date, removedAt: Date? = nil
  ) {
    self.id = id
    self.date = date
    self.loop = loop
    self.minutesPerDay = minutesPerDay
    self.focus = focus
    self.target = target
    self.createdAt = createdAt
    self.removedAt = removedAt
  }
}

extension Store {
  /// Records a plan (or updates one with the same id).
  public func savePlan(_ plan: InterviewPlanRecord) throws {
    try writer.write { db in try plan.save(db) }
  }

  /// The plans not removed, by date.
  public func plans() throws -> [InterviewPlanRecord] {
    try writer.read { db in
      try InterviewPlanRecord.filter(Column("removed_at") == nil)
        .order(Column("date"), Column("id")).fetchAll(db)
    }
  }

  /// Marks a plan removed (kept for history); false when there is no such plan.
  @discardableResult
  public func removePlan(_ id: String, at date: Date) throws -> Bool {
    try writer.write { db in
      guard var plan = try InterviewPlanRecord.fetchOne(db, key: id), plan.removedAt == nil
      else { return false }
      plan.removedAt = date
      try plan.update(db)
      return true
    }
  }
}
