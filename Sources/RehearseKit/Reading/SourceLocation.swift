/// A file and a 1-based line and column (the column counts Unicode scalars).
public struct SourceLocation: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
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
