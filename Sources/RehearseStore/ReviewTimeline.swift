import FSRS
import Foundation

/// The reviews that schedule one question, oldest first, with the study day of each: what
/// fitting the FSRS parameters reads.
public struct ReviewTimeline: Sendable, Equatable {
  /// One counted review.
  public struct Entry: Sendable, Equatable {
    /// When the review happened.
    public var reviewedAt: Date
    /// The study day it fell on (days since 1970 in the local zone, from the rollover hour).
    public var day: Int
    /// The rating given.
    public var rating: Rating

    /// Creates an entry.
    public init(reviewedAt: Date, day: Int, rating: Rating) {
      self.reviewedAt = reviewedAt
      self.day = day
      self.rating = rating
    }
  }

  /// The question reviewed.
  public var questionId: String
  /// Its counted reviews, oldest first.
  public var entries: [Entry]

  /// Creates a timeline.
  public init(questionId: String, entries: [Entry]) {
    self.questionId = questionId
    self.entries = entries
  }
}

/// The review log as the optimizer reads it, with what was left out and why.
public struct ReviewTimelines: Sendable, Equatable {
  /// One timeline per question with at least one counted review, by question id.
  public var timelines: [ReviewTimeline]
  /// Reviews left out because they were practice that leaves the schedule alone.
  public var cramReviews: Int
  /// Reviews left out because they were taken back with `:undo`.
  public var undoneReviews: Int

  /// Creates the log.
  public init(timelines: [ReviewTimeline], cramReviews: Int, undoneReviews: Int) {
    self.timelines = timelines
    self.cramReviews = cramReviews
    self.undoneReviews = undoneReviews
  }
}
