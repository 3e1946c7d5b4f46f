/// A behavioral theme from `competencies.yaml`.
public struct Competency: Sendable, Codable, Equatable, Identifiable {
  public var key: String
  public var title: String
  public var probes: String
  public var location: SourceLocation
  public var id: String { key }
}
