import RehearseStore

/// A mock interview loop from `loops.yaml`: timed rounds that mix categories.
public struct MockLoop: Sendable, Codable, Equatable {
  /// One round of a loop.
  public struct Round: Sendable, Equatable, Codable {
    public var name: String
    /// The scorecard dimension this round speaks to.
    public var dimension: MockDimension
    public var categories: [Category]
    /// Allowed kinds; empty means any.
    public var kinds: [QuestionKind]
    public var questions: Int
    public var minutes: Int
  }

  public var name: String
  public var title: String
  public var description: String
  public var rounds: [Round]
  public var location: SourceLocation

  /// Total minutes of the loop.
  public var minutes: Int { rounds.reduce(0) { $0 + $1.minutes } }
}
