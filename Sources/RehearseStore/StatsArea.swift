/// An area the stats and weak-area ranking total reviews by: a bank category, a topic, or a
/// behavioral theme (competency).
///
/// The store alone knows how an area is written to disk (`category:system-design`,
/// `topic:caching`, `competency:ownership`, comma-joined in `review.areas`).
public struct StatsArea: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// What an area groups by.
  public enum Kind: String, Sendable, Codable, CaseIterable, Comparable {
    case category
    case topic
    case competency

    public static func < (a: Kind, b: Kind) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  public var kind: Kind
  /// The category's raw value, the topic slug or the competency key.
  public var key: String

  public init(_ kind: Kind, _ key: String) {
    self.kind = kind
    self.key = key
  }

  public static func category(_ key: String) -> StatsArea { StatsArea(.category, key) }
  public static func topic(_ key: String) -> StatsArea { StatsArea(.topic, key) }
  public static func competency(_ key: String) -> StatsArea { StatsArea(.competency, key) }

  public var description: String { encoded }

  public static func < (a: StatsArea, b: StatsArea) -> Bool { (a.kind, a.key) < (b.kind, b.key) }

  /// The form stored in the database.
  var encoded: String { kind.rawValue + ":" + key }

  /// Reads the stored form; nil for anything else.
  init?(encoded text: Substring) {
    guard let colon = text.firstIndex(of: ":"),
      let kind = Kind(rawValue: String(text[..<colon]))
    else { return nil }
    self.init(kind, String(text[text.index(after: colon)...]))
  }

  /// A list as stored in `review.areas` (nil for none).
  static func encode(_ areas: [StatsArea]) -> String? {
    areas.isEmpty ? nil : areas.map(\.encoded).joined(separator: ",")
  }

  /// Reads `review.areas`.
  static func decode(_ text: String?) -> [StatsArea] {
    guard let text, !text.isEmpty else { return [] }
    return text.split(separator: ",").compactMap(StatsArea.init(encoded:))
  }
}
