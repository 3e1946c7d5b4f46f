/// A dimension of a system-design answer from `dimensions.yaml`.
public struct DesignDimension: Sendable, Codable, Equatable, Identifiable {
  public var key: String
  public var title: String
  public var covers: String
  public var accept: [String]
  /// Whether every design answer is expected to cover it (`core: true`); optional dimensions
  /// weigh half as much.
  public var isCore: Bool
  public var location: SourceLocation
  public var id: String { key }
}
