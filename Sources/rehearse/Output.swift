import Foundation
import RehearseKit

/// Shared formatting for command output.
enum Output {
  /// Pretty, sorted JSON. With `snakeCase`, a library type's property names become the keys
  /// (`dueNow` → `due_now`) and dates are ISO-8601.
  static func json(_ value: some Encodable, snakeCase: Bool = false) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    if snakeCase {
      encoder.keyEncodingStrategy = .convertToSnakeCase
      encoder.dateEncodingStrategy = .iso8601
    }
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// `2026-11-25 09:15` in the given zone.
  static func time(_ date: Date, _ timeZone: TimeZone) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = timeZone
    f.dateFormat = "yyyy-MM-dd HH:mm"
    return f.string(from: date)
  }

  /// ISO-8601 in UTC with seconds, for JSON.
  static func iso(_ date: Date) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f.string(from: date)
  }
}
