import Foundation

/// What the grader found for a typed answer, item by item, and what the user changed: kept
/// with the review (the `review.grading` JSON column) so grading errors can be studied.
public struct ReviewGrading: Sendable, Equatable, Codable {
  /// Each item's status as the grader saw it: covered, missed or contradicted.
  public var items: [String]
  /// Items (0-based) the user flipped between covered and missed before rating.
  public var toggled: [Int]
  /// The follow-up asked after the answer, if any.
  public var followUp: ReviewFollowUp?

  public init(items: [String], toggled: [Int] = [], followUp: ReviewFollowUp? = nil) {
    self.items = items
    self.toggled = toggled
    self.followUp = followUp
  }

  /// The JSON text stored in `review.grading` (strings and integers only, so encoding it
  /// cannot fail).
  var databaseText: String {
    String(decoding: (try? JSONEncoder().encode(self)) ?? Data("{}".utf8), as: UTF8.self)
  }
}
