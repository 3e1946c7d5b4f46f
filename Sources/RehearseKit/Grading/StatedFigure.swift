/// A figure said with what it counts: `86,400 seconds`, `23k QPS`, `2 billion requests`.
///
/// An estimate is wrong when the answer gives a figure for the same thing far from every
/// figure the question expects for it (3,600 seconds in a day, 550k QPS for 23k); within a
/// factor of ``tolerance`` it is a fair estimate.
struct StatedFigure: Sendable, Equatable {
  var value: Double
  /// The stem of the word after the figure (`second`, `qps`, `request`).
  var unit: String
  /// Which sentence of its text it is in.
  var sentence: Int

  /// How far an estimate may be from the expected figure, as a factor either way.
  static let tolerance = 2.0
  /// Words after a figure that do not say what it counts.
  static let vague: Set<String> = ["percent", "time", "x"]

  /// The figures of a text that are followed directly by the word they count.
  static func figures(in text: AnswerText) -> [StatedFigure] {
    var result: [StatedFigure] = []
    for (i, token) in text.tokens.enumerated() where token.key.hasPrefix("#") {
      guard i + 1 < text.tokens.count, let value = Double(token.key.dropFirst()) else {
        continue
      }
      let next = text.tokens[i + 1]
      guard next.role == .content, next.sentence == token.sentence, !next.key.hasPrefix("#"),
        !vague.contains(next.key)
      else { continue }
      result.append(StatedFigure(value: value, unit: next.key, sentence: token.sentence))
    }
    return result
  }

  /// Whether `self` is a fair estimate of `expected`.
  func isClose(to expected: StatedFigure) -> Bool {
    guard unit == expected.unit, value > 0, expected.value > 0 else {
      return value == expected.value
    }
    let ratio = value / expected.value
    return ratio <= Self.tolerance && ratio >= 1 / Self.tolerance
  }

  /// The figure as a reader would write it: `3,600 second`.
  var text: String {
    let whole = value == value.rounded() && abs(value) < 1e15
    let digits = whole ? String(Int64(value)) : String(value)
    guard whole, digits.count >= 4 else { return "\(digits) \(unit)" }
    var grouped = ""
    for (i, c) in digits.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { grouped.append(",") }
      grouped.append(c)
    }
    return "\(String(grouped.reversed())) \(unit)"
  }
}
