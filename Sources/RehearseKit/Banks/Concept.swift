/// A group of words and phrases a candidate may use for the same idea, from `concepts.yaml`
/// ({owner, accountable, DRI, single-threaded owner}): typed answers match key points through
/// any of them.
public struct Concept: Sendable, Codable, Equatable, Identifiable {
  public var key: String
  public var terms: [String]
  public var location: SourceLocation

  public var id: String { key }

  public init(key: String, terms: [String], location: SourceLocation) {
    self.key = key
    self.terms = terms
    self.location = location
  }
}
