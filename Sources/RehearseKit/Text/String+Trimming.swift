extension String {
  /// The text without leading and trailing white space (the Unicode White_Space property, which
  /// includes line breaks), as `trimmingCharacters(in: .whitespacesAndNewlines)` but without
  /// Foundation's round trip through UTF-16: the bank loader trims every scalar it reads.
  var trimmedWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
      return ""
    }
    let last = scalars.lastIndex { !$0.properties.isWhitespace }!
    if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex {
      return self
    }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
