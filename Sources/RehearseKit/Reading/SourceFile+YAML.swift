import Yams

extension SourceFile {
  /// Checks the bytes and composes the YAML document, turning syntax errors into diagnostics.
  func composeYAML(into diagnostics: inout [Diagnostic]) -> Node? {
    guard let text = decodedText(into: &diagnostics) else { return nil }
    do {
      guard let root = try YAMLComposer.compose(text) else {
        diagnostics.append(
          .init(.error, at: SourceLocation(path: path, line: 1, column: 1), "file is empty"))
        return nil
      }
      return root
    } catch {
      diagnostics.append(SyntaxError.diagnostic(for: error, path: path, text: text))
      return nil
    }
  }
}
