import Yams

/// Turns a Yams parse error into a positioned diagnostic with a readable message.
enum SyntaxError {
  static func diagnostic(for error: YAMLComposer.Failure, path: String, text: String)
    -> Diagnostic
  {
    func at(_ mark: Mark) -> SourceLocation {
      SourceLocation(path: path, line: mark.line, column: mark.column)
    }
    switch error {
    case .syntax(let problem, let mark, let context, let contextMark):
      let detail =
        context.map { c in contextMark.map { " (\(c) at \($0.line):\($0.column))" } ?? " (\(c))" }
        ?? ""
      return Diagnostic(.error, at: at(mark), "syntax error: \(problem)\(detail)")
    case .reader(let problem, let offset):
      return Diagnostic(
        .error, at: position(ofByte: offset, in: text, path: path), "cannot read: \(problem)")
    case .duplicateKey(let key, let first, let second):
      return Diagnostic(
        .error, at: at(second),
        "duplicate key '\(key)' in the same mapping (first at \(first.line):\(first.column))")
    case .undefinedAlias(let mark):
      return Diagnostic(.error, at: at(mark), "syntax error: found undefined alias")
    case .severalDocuments(let mark):
      return Diagnostic(
        .error, at: at(mark),
        "syntax error: a second document starts here; a file holds one (remove the extra '---')")
    case .outOfMemory:
      return Diagnostic(.error, at: SourceLocation(path: path), "cannot parse: out of memory")
    }
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
