import Yams

/// Turns a Yams parse error into a positioned diagnostic with a readable message.
enum SyntaxError {
  static func diagnostic(for error: YamlError, path: String, text: String) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation {
      SourceLocation(path: path, line: mark.line, column: mark.column)
    }
    func detail(_ context: YamlError.Context?) -> String {
      guard let context else { return "" }
      return " (\(context.text) at \(context.mark.line):\(context.mark.column))"
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return Diagnostic(.error, at: at(mark), "syntax error: \(problem)\(detail(context))")
    case .reader(let problem, let offset, _, _):
      var location = SourceLocation(path: path)
      if let offset { location = position(ofByte: offset, in: text, path: path) }
      return Diagnostic(.error, at: location, "cannot read: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? "?"
      let first = context.mark
      let second = secondOccurrence(of: key, after: first, in: text, path: path) ?? at(first)
      return Diagnostic(
        .error, at: second,
        "duplicate key '\(key)' in the same mapping (first at \(first.line):\(first.column))")
    default:
      return Diagnostic(.error, at: SourceLocation(path: path), "cannot parse: \(error)")
    }
  }

  /// Finds where a key repeats at the same indentation as its first occurrence.
  private static func secondOccurrence(
    of key: String, after first: Mark, in text: String, path: String
  ) -> SourceLocation? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard first.line >= 1, first.line <= lines.count else { return nil }
    let indent = first.column - 1
    for n in first.line..<lines.count {
      let line = Array(lines[n].unicodeScalars)
      guard line.count > indent else { continue }
      let before = line[..<indent]
      if before.contains(where: { $0 != " " && $0 != "-" }) { continue }
      let rest = String(String.UnicodeScalarView(line[indent...]))
      if rest.hasPrefix(key + ":") || rest.hasPrefix(key + " :") {
        return SourceLocation(path: path, line: n + 1, column: first.column)
      }
    }
    return nil
  }

  private static func position(ofByte offset: Int, in text: String, path: String) -> SourceLocation
  {
    var line = 1
    var column = 1
    for (i, byte) in text.utf8.enumerated() {
      if i >= offset { break }
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(path: path, line: line, column: column)
  }
}
