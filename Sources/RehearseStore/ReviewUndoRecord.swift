import GRDB

/// A rating taken back with `:undo`; the review row itself stays in the log.
struct ReviewUndoRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "review_undo"
  static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
  var reviewId: String
  var undoneAt: Double
}
