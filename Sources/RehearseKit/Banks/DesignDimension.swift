/// A dimension of a system-design answer from `dimensions.yaml`.
public struct DesignDimension: Sendable, Codable, Equatable, Identifiable {
  public var key: String
  public var title: String
  public var covers: String
  public var accept: [String]
  public var location: SourceLocation
  public var id: String { key }
}
