import Foundation

/// The time a day's drill may take: `daily_minutes`, less what was already spent today.
/// Reviews that are due are always asked; new questions fill what is left, and a long one (a
/// third of the day or more, like a 15-minute design prompt) comes at most once a day.
public struct DayBudget: Sendable, Equatable {
  /// The whole day's budget.
  public var total: TimeInterval
  /// What is left of it before this session.
  public var remaining: TimeInterval
  public var expected: ExpectedTime

  public init(total: TimeInterval, spent: TimeInterval = 0, expected: ExpectedTime = ExpectedTime())
  {
    self.total = total
    remaining = max(0, total - spent)
    self.expected = expected
  }

  /// Whether a question of `seconds` is long for this budget.
  func isLong(_ seconds: TimeInterval) -> Bool { seconds >= total / 3 }
}
