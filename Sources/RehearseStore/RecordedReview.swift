/// What recording a review did.
public struct RecordedReview: Sendable, Equatable {
  public var review: ReviewRecord
  /// The card after the review (unchanged for cram).
  public var card: CardRecord
  /// The card became a leech with this review and was suspended.
  public var becameLeech: Bool

  public init(review: ReviewRecord, card: CardRecord, becameLeech: Bool) {
    self.review = review
    self.card = card
    self.becameLeech = becameLeech
  }
}
