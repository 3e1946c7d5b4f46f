import FSRS

/// The result of grading a typed answer: each item marked covered or missed, and a suggested
/// rating the user confirms or overrides.
public struct AnswerGrade: Sendable, Equatable {
  /// One thing the answer was checked for.
  public struct Item: Sendable, Equatable {
    /// What kind of check this is, for display.
    public enum Kind: String, Sendable {
      case keyPoint = "key point"
      case dimension
      case starPart = "STAR"
    }
    public var kind: Kind
    public var label: String
    /// The phrase that matched, when covered.
    public var matched: String?
    public var isCovered: Bool { matched != nil }
  }

  public var items: [Item]
  /// Share of items covered, 0–1 (1 when there is nothing to check).
  public var coverage: Double
  /// Seconds taken against the question's limit.
  public var seconds: Double
  public var timeLimit: Double
  public var suggested: Rating
  /// A one-line explanation of the suggestion.
  public var reason: String
  /// The STAR rubric score of a `star` answer (scored once, here).
  public var star: StarScore? = nil

  /// Suggests a rating from coverage and time.
  ///
  /// Below 40% coverage is Again, below 70% Hard, otherwise Good; Easy needs 90% coverage in
  /// at most half the time limit. Going over the limit costs one step (never below Hard when
  /// coverage is at least 40%).
  public static func suggest(coverage: Double, seconds: Double, timeLimit: Double) -> (
    Rating, String
  ) {
    let percent = Int((coverage * 100).rounded())
    var rating: Rating
    var reason: String
    switch coverage {
    case ..<0.4:
      rating = .again
      reason = "\(percent)% covered"
    case ..<0.7:
      rating = .hard
      reason = "\(percent)% covered"
    case 0.9... where seconds <= timeLimit / 2:
      rating = .easy
      reason = "\(percent)% covered, in under half the time"
    default:
      rating = .good
      reason = "\(percent)% covered"
    }
    if seconds > timeLimit && rating != .again {
      rating = rating == .easy ? .good : .hard
      reason += ", over the time limit"
    }
    return (rating, reason)
  }
}
