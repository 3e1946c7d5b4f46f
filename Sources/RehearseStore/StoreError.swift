/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The database file could not be opened or migrated.
  case cannotOpen(path: String, reason: String)
  /// No card exists for the question id.
  case unknownQuestion(String)
  /// No story with that id.
  case unknownStory(String)
  /// Nothing to undo.
  case nothingToUndo
  /// The database was written by a newer Rehearse.
  case newerSchema(path: String)
  /// A row holds a value no version of Rehearse writes (a damaged or hand-edited file).
  case corruptRow(table: String, id: String, column: String)
  /// A backup would overwrite an existing file.
  case backupExists(path: String)
  /// The backup copy did not pass SQLite's integrity check.
  case backupFailed(reason: String)
  /// A write did not happen: nothing of it was saved (the transaction was rolled back).
  case writeFailed(WriteFailure)

  /// Why a write failed, in terms a user can act on.
  public enum WriteFailure: Sendable, Equatable, CustomStringConvertible {
    /// The disk is full.
    case diskFull
    /// The disk refused a write: full, over a file-size limit, or failing.
    case writeRefused
    /// Another program held the database for longer than the busy timeout.
    case busy
    /// The file cannot be written (read-only file or folder, or a failing disk).
    case other(String)

    public var description: String {
      switch self {
      case .diskFull: "the disk is full"
      case .writeRefused: "the disk refused the write (it may be full, or over a file-size limit)"
      case .busy: "another program kept the database locked for more than 10 seconds"
      case .other(let reason): reason
      }
    }
  }

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open database \(path): \(reason)"
    case .unknownQuestion(let id): "no question with id '\(id)'"
    case .unknownStory(let id): "no story with id '\(id)'"
    case .nothingToUndo: "nothing to undo"
    case .newerSchema(let path): "database \(path) was written by a newer version of rehearse"
    case .corruptRow(let table, let id, let column):
      "the database is damaged: \(table) row '\(id)' has an invalid \(column)"
    case .backupExists(let path): "\(path) already exists; give a new file name"
    case .backupFailed(let reason): "the backup copy failed its integrity check: \(reason)"
    case .writeFailed(let failure): "could not save: \(failure)"
    }
  }
}
