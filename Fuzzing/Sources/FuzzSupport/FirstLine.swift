/// Splits an input into its first line, which a harness reads as parameters, and the rest.
public enum FirstLine {
  /// The text before the first newline, and the text after it (empty when there is none).
  public static func split(_ text: String) -> (first: String, rest: String) {
    guard let newline = text.firstIndex(of: "\n") else { return (text, "") }
    return (String(text[..<newline]), String(text[text.index(after: newline)...]))
  }
}
