/// Reads numbers in words as values: `20,000`, `20k`, `twenty thousand` and `20 thousand` all
/// become `#20000`, so an answer's figures are compared by value, not by spelling.
enum NumberReader {
  static let units: [String: Double] = [
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]
  static let scales: [String: Double] = [
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "k": 1_000, "m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
  ]

  /// The words with number words and figures replaced by `#value` tokens.
  static func read(_ words: [String]) -> [String] {
    var out: [String] = []
    var i = 0
    while i < words.count {
      if var value = figure(words[i]) ?? units[words[i]] {
        var j = i + 1
        // "twenty five", "20 thousand", "1.5 million"
        if let unit = j < words.count ? units[words[j]] : nil, value >= 20, value < 100, unit < 10 {
          value += unit
          j += 1
        }
        while j < words.count, let scale = scales[words[j]], scale >= 100 || figure(words[i]) != nil
        {
          value *= scale
          j += 1
        }
        // A bare small number word stays a word unless a scale followed ("five" alone is
        // not a figure anyone would check).
        if figure(words[i]) == nil && j == i + 1 && value < 20 {
          out.append(words[i])
        } else {
          out.append("#" + format(value))
        }
        i = j
        continue
      }
      out.append(words[i])
      i += 1
    }
    return out
  }

  /// A figure: `20000`, `20,000`, `1.5`, or with a suffix `20k`, `1.5m`, `3x`.
  static func figure(_ word: String) -> Double? {
    guard let first = word.first, first.isNumber else { return nil }
    var digits = word.filter { $0 != "," }
    var scale = 1.0
    for (suffix, value) in [("bn", 1e9), ("mm", 1e6), ("k", 1e3), ("m", 1e6), ("b", 1e9)]
    where digits.hasSuffix(suffix) {
      digits.removeLast(suffix.count)
      scale = value
      break
    }
    if digits.hasSuffix("x") { digits.removeLast() }
    guard let value = Double(digits) else { return nil }
    return value * scale
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15
      ? String(Int64(value)) : String(value)
  }
}
