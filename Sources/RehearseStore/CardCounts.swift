import Foundation

/// Scheduled cards by phase, and how many are suspended or leeches (suspended ones are not
/// counted in their phase).
public struct CardCounts: Sendable, Equatable, Codable {
  public var new = 0
  public var learning = 0
  public var review = 0
  public var relearning = 0
  public var suspended = 0
  public var leech = 0

  public init() {}
}
