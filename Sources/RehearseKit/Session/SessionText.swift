import FSRS
import Foundation

/// Small text helpers for sessions: letters, ratings, times.
public enum SessionText {
  /// `a`, `b`, … for option `i`.
  public static func letter(_ i: Int) -> String {
    String(UnicodeScalar(UInt8(97 + i % 26)))
  }

  /// Picked letters as text, e.g. `a c`.
  static func letters(_ picked: Set<Int>) -> String {
    picked.sorted().map(letter).joined(separator: " ")
  }

  /// Parses `b`, `a c`, `a,c` or `ac` into option indices.
  static func parseLetters(_ text: String, count: Int) -> Result<Set<Int>, LetterError> {
    var picked = Set<Int>()
    for c in text.lowercased() where !(c == " " || c == "," || c == ";") {
      guard let ascii = c.asciiValue, ascii >= 97, Int(ascii) - 97 < count else {
        let last = letter(count - 1)
        return .failure(LetterError(message: "Type a letter from a to \(last), or :help."))
      }
      picked.insert(Int(ascii) - 97)
    }
    return .success(picked)
  }

  struct LetterError: Error {
    var message: String
  }

  /// Parses a rating: Enter (the default), 1–4, or again/hard/good/easy (or a prefix).
  static func parseRating(_ text: String, default suggested: Rating?) -> Rating? {
    text.trimmingCharacters(in: .whitespaces).isEmpty ? suggested : Rating(typed: text)
  }

  /// Item flips typed at the rating prompt: two or more item numbers (`2 4`), or `t` and one or
  /// more (`t 3`); a single number is a rating. Returns 0-based indices, or nil when the line
  /// is not a flip.
  static func parseToggles(_ text: String, count: Int) -> [Int]? {
    var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
    var explicit = false
    if let first = words.first, first == "t" || first == "x" || first == "flip" {
      explicit = true
      words.removeFirst()
    }
    let numbers = words.compactMap { Int($0) }
    guard numbers.count == words.count, !numbers.isEmpty, explicit || numbers.count >= 2,
      numbers.allSatisfy({ (1...count).contains($0) })
    else { return nil }
    return numbers.map { $0 - 1 }
  }

  /// A length of time: 45s, 10m, 3h, 12d, 5mo, 1.5y.
  public static func span(_ seconds: TimeInterval) -> String {
    let s = abs(seconds)
    switch s {
    case ..<60: return "\(Int(s))s"
    case ..<3600: return "\(Int((s / 60).rounded()))m"
    case ..<86400: return "\(Int((s / 3600).rounded()))h"
    case ..<(86400 * 60): return "\(Int((s / 86400).rounded()))d"
    case ..<(86400 * 365): return "\(Int((s / (86400 * 30)).rounded()))mo"
    default: return String(format: "%.1fy", s / (86400 * 365))
    }
  }

  /// `m:ss`.
  static func clock(_ seconds: Double) -> String {
    let s = max(0, Int(seconds))
    return String(format: "%d:%02d", s / 60, s % 60)
  }

  static func help(style: TextStyle) -> String {
    var lines = [style.bold("Commands") + style.dim(" (at any prompt)")]
    for c in SessionCommand.allCases {
      lines.append("  :" + c.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + c.help)
    }
    lines.append(
      style.dim(
        "  Rate with Enter (accept), 1–4 or again/hard/good/easy. Ctrl-C clears the line; on an empty line it ends the session, like Ctrl-D."
      ))
    return lines.joined(separator: "\n")
  }
}
