/// Text with position markers (`1️⃣`, `2️⃣`, …) removed and their positions recorded.
///
/// Tests write the expected position of a diagnostic into the fixture itself instead of
/// hard-coding line and column numbers:
///
/// ```swift
/// let marked = MarkedText("difficulty: 1️⃣hard")
/// marked.location("1️⃣")  // (line: 1, column: 13)
/// ```
public struct MarkedText: Sendable {
  /// The markers that may appear in a fixture.
  public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  /// The text without markers.
  public let text: String
  private let positions: [String: (line: Int, column: Int)]

  /// Strips the markers from `marked`, remembering where each stood (1-based line, and column
  /// in Unicode scalars, as YAML parsers count).
  public init(_ marked: String) {
    var text = ""
    var positions: [String: (Int, Int)] = [:]
    var line = 1
    var column = 1
    var rest = Substring(marked)
    outer: while !rest.isEmpty {
      for marker in Self.markers where rest.hasPrefix(marker) {
        positions[marker] = (line, column)
        rest = rest.dropFirst(marker.count)
        continue outer
      }
      let c = rest.removeFirst()
      text.append(c)
      if c == "\n" {
        line += 1
        column = 1
      } else {
        column += c.unicodeScalars.count
      }
    }
    self.text = text
    self.positions = positions
  }

  /// Where `marker` stood.
  public func location(_ marker: String) -> (line: Int, column: Int)? {
    positions[marker]
  }

  /// Where `marker` stood, as `"line:column"`.
  public func position(_ marker: String) -> String? {
    positions[marker].map { "\($0.line):\($0.column)" }
  }
}
