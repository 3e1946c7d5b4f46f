/// What `rehearse merge` brought in from the other database.
public struct MergeReport: Sendable, Equatable {
  public var reviews = 0
  public var undos = 0
  public var sessions = 0
  public var storiesAdded = 0
  /// Stories both sides had, edited on each: their versions were combined.
  public var storiesCombined = 0
  /// Two different stories with one id: both kept, `(kept id, id given to the other)`.
  public var storyConflicts: [Conflict] = []
  public var mocks = 0
  public var plans = 0
  /// Cards rebuilt from the merged log.
  public var cards = 0

  public struct Conflict: Sendable, Equatable {
    public var id: String
    public var renamedTo: String
  }

  public init() {}

  /// Whether the merge changed nothing (the other database had nothing new).
  public var isEmpty: Bool { self == MergeReport() }
}
