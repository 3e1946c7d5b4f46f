/// Where a review came from, as stored in `review.source`.
public enum ReviewSource: String, Sendable, Codable, CaseIterable {
  /// A daily or filtered drill.
  case drill
  /// Practice that leaves the schedule alone.
  case cram
  /// A round of a mock interview loop.
  case mock
  /// `rehearse story practice`.
  case story
  /// `rehearse import reviews`.
  case `import`
}
