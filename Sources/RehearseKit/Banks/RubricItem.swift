import RehearseStore

/// What a strong answer to one design prompt covers on one dimension.
public struct RubricItem: Sendable, Codable, Equatable {
  /// A key from `dimensions.yaml`.
  public var dimension: String
  public var expectation: String

  public init(dimension: String, expectation: String) {
    self.dimension = dimension
    self.expectation = expectation
  }
}
