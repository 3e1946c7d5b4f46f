/// A loaded question bank: one YAML file.
public struct Bank: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var category: Category
  public var description: String?
  public var questions: [Question]
  /// The file it came from, as shown in diagnostics.
  public var path: String
}

/// A behavioral theme from `competencies.yaml`.
public struct Competency: Sendable, Equatable, Identifiable {
  public var key: String
  public var title: String
  public var probes: String
  public var location: SourceLocation
  public var id: String { key }
}

/// A dimension of a system-design answer from `dimensions.yaml`.
public struct DesignDimension: Sendable, Equatable, Identifiable {
  public var key: String
  public var title: String
  public var covers: String
  public var accept: [String]
  public var location: SourceLocation
  public var id: String { key }
}
