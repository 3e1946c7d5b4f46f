import Foundation
import Testing

/// Loading fixture files and comparing floating-point values.
enum FixtureSupport {
  /// Decodes `Fixtures/<name>.json` from the test bundle.
  static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
      "missing fixture \(name).json")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(T.self, from: Data(contentsOf: url))
  }

  /// Parses the fixtures' `2025-01-01T09:00:00Z` timestamps.
  static func date(_ text: String) throws -> Date {
    try Date(text, strategy: .iso8601)
  }

  /// Whether two values agree to a relative tolerance (exact equality covers zeros).
  static func isClose(_ lhs: Double, _ rhs: Double, relative: Double = 1e-9) -> Bool {
    lhs == rhs || abs(lhs - rhs) <= relative * max(abs(lhs), abs(rhs))
  }
}
