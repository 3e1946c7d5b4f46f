/// What kind of session a row of the `session` table is, as stored in `session.kind`.
public enum SessionKind: String, Sendable, Codable, CaseIterable {
  case drill
  case cram
  case mock
  case story

  /// The source a review recorded in a session of this kind has.
  public var reviewSource: ReviewSource {
    switch self {
    case .drill: .drill
    case .cram: .cram
    case .mock: .mock
    case .story: .story
    }
  }
}
