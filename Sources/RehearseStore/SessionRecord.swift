import GRDB

/// A practice session: one row of the `session` table.
public struct SessionRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "session"
  public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy
    .convertFromSnakeCase
  public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy
    .convertToSnakeCase
  public var id: String
  public var kind: SessionKind
  public var startedAt: Double
  public var endedAt: Double?
  /// What the session was started for (the mock loop's name), if anything.
  public var filters: String?
}
