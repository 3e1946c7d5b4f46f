import FSRS
import RehearseStore

/// One rated question of a session.
public struct SessionEntry: Sendable, Equatable {
  public var question: Question
  public var review: ReviewRecord
  public var rating: Rating
}
