/// A problem found while reading a bank, a config file or an import, with its position.
///
/// Diagnostics are data; ``description`` renders the conventional compiler form
/// `path:line:col: error: message` that editors and terminals link to.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Codable {
    /// The file cannot be used; its questions are skipped.
    case error
    /// The file loads, but something is probably wrong.
    case warning
    /// Extra context attached to an earlier diagnostic.
    case note
  }

  /// Where the problem is.
  public var location: SourceLocation
  /// How serious it is.
  public var severity: Severity
  /// A short lowercase phrase saying what is wrong.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  public var description: String {
    "\(location): \(severity.rawValue): \(message)"
  }
}

/// A file and a 1-based line and column (the column counts Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file's path as given to the loader.
  public var path: String
  /// 1-based line; 0 when the problem concerns the whole file.
  public var line: Int
  /// 1-based column; 0 when the problem concerns the whole file or line.
  public var column: Int

  /// Creates a location.
  public init(path: String, line: Int = 0, column: Int = 0) {
    self.path = path
    self.line = line
    self.column = column
  }

  public var description: String {
    if line == 0 { return path }
    if column == 0 { return "\(path):\(line)" }
    return "\(path):\(line):\(column)"
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }
}
