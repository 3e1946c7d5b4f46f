import FSRS

/// The result of grading a typed answer: each item marked covered or missed, and a suggested
/// rating the user confirms or overrides.
public struct AnswerGrade: Sendable, Equatable {
  /// One thing the answer was checked for.
  public struct Item: Sendable, Equatable {
    /// What kind of check this is, for display.
    public enum Kind: String, Sendable, Codable {
      case keyPoint = "key point"
      case dimension
      case starPart = "STAR"
    }
    /// What the answer did with it.
    public enum Status: String, Sendable, Codable {
      case covered
      case missed
      /// The answer made the misconception this point rules out.
      case contradicted
    }
    public var kind: Kind
    public var label: String
    public var status: Status
    /// The phrase that matched (an alternate, the point, or the misconception).
    public var matched: String?
    /// The sentence of the answer it was found in.
    public var evidence: String?
    /// How much it counts towards coverage (key points 1, core rubric dimensions ½, optional
    /// ones ¼).
    public var weight: Double

    public init(
      kind: Kind, label: String, status: Status, matched: String? = nil, evidence: String? = nil,
      weight: Double = 1
    ) {
      self.kind = kind
      self.label = label
      self.status = status
      self.matched = matched
      self.evidence = evidence
      self.weight = weight
    }

    public var isCovered: Bool { status == .covered }
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
  /// The answer is mostly bare terms (capped at Hard).
  public var isKeywordList = false
  /// The answer talks about the question's subject (see ``TopicalShare``).
  public var isOnTopic = false
  /// How many words the answer has.
  public var words = 0
  /// What the grade was made in (time taken, the card's last review).
  public var context = GradingContext(seconds: 0)

  /// The grade with items `indices` (0-based) flipped by the user: covered becomes missed,
  /// missed or contradicted becomes covered; the suggestion follows.
  public func toggling(_ indices: [Int], for question: Question) -> AnswerGrade {
    var flipped = items
    for i in indices where flipped.indices.contains(i) {
      flipped[i].status = flipped[i].status == .covered ? .missed : .covered
    }
    return AnswerGrade.summarize(
      flipped, question: question, star: star, keywordList: isKeywordList, onTopic: isOnTopic,
      words: words,
      context: context)
  }
}
