import Foundation

/// How an active interview plan changes one day's drill (``DailyQueue``):
/// - new questions in scope come before any other new question, and enough of them a day to
///   have the whole scope introduced four days ahead (within the day's time);
/// - in the last days (``window``), a card in scope whose next due date falls after the
///   interview while its predicted recall on the day is below the target is brought forward,
///   lowest recall on the day first, as the day's time allows.
public struct PlanSteer: Sendable, Equatable {
  /// The questions the interview can ask.
  public var scope: Set<String>
  /// The interview's morning, when recall is predicted.
  public var interview: Date
  /// Recall aimed for on the day.
  public var target: Double
  /// New questions a day the pace needs (at least the everyday quota is kept).
  public var newPerDay: Int
  /// Whether today is within the last days, when cards are brought forward.
  public var inWindow: Bool

  /// Days before the interview during which cards are brought forward.
  public static let window = 5

  public init(
    scope: Set<String>, interview: Date, target: Double, newPerDay: Int, inWindow: Bool
  ) {
    self.scope = scope
    self.interview = interview
    self.target = target
    self.newPerDay = newPerDay
    self.inWindow = inWindow
  }
}
