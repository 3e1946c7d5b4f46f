/// How a question is answered and graded.
public enum QuestionKind: String, Sendable, CaseIterable, Codable, Comparable {
  /// A typed answer scored by key-point coverage.
  case recall
  /// One correct option among several.
  case choice
  /// Several correct options.
  case multi
  /// A behavioral prompt answered with a STAR story.
  case star
  /// A system-design prompt scored against a rubric of dimensions.
  case design

  /// The default answer time in seconds when a question sets no `time_limit`.
  public var defaultTimeLimit: Int {
    switch self {
    case .choice: 60
    case .multi: 90
    case .recall: 180
    case .star: 180
    case .design: 2400
    }
  }

  /// How long a first answer of this kind is expected to take in a daily drill, before the
  /// user's own times say otherwise: the time limit, except for a design prompt, which an
  /// interview gives 40 minutes but a daily drill outlines in about 15.
  public var firstDrillSeconds: Int {
    self == .design ? 900 : defaultTimeLimit
  }

  /// Whether the answer is picked from lettered options and graded automatically.
  public var isAutoGraded: Bool { self == .choice || self == .multi }

  public static func < (lhs: QuestionKind, rhs: QuestionKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
