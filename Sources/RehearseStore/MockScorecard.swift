/// The result of a mock loop: per round, per dimension, strengths and what to work on.
///
/// An answer scores 0–100: with a typed answer, half its rating ((rating − 1) / 3) and half its
/// key-point coverage; without one (choice, or answered in the head), its rating alone; an
/// unanswered question scores 0. Communication is the STAR rubric score of behavioral answers
/// and, for other typed answers, their coverage scaled down when under 60 words.
public struct MockScorecard: Sendable, Equatable, Codable {
  public struct RoundScore: Sendable, Equatable, Codable {
    public var name: String
    public var dimension: MockDimension
    public var asked: Int
    public var answered: Int
    public var score: Double
    public var minutesUsed: Double
    /// The round's time on the clock (nil in scorecards saved before it was kept).
    public var minutesAllowed: Double?

    /// Whether the round took longer than its time.
    public var isOver: Bool { minutesAllowed.map { minutesUsed > $0 } ?? false }

    public init(
      name: String, dimension: MockDimension, asked: Int, answered: Int, score: Double,
      minutesUsed: Double, minutesAllowed: Double? = nil
    ) {
      self.minutesAllowed = minutesAllowed
      self.name = name
      self.dimension = dimension
      self.asked = asked
      self.answered = answered
      self.score = score
      self.minutesUsed = minutesUsed
    }
  }

  public struct Focus: Sendable, Equatable, Codable {
    public var area: String
    public var score: Double
    public var command: String

    public init(area: String, score: Double, command: String) {
      self.area = area
      self.score = score
      self.command = command
    }
  }

  /// How the follow-ups went: asked, replied to covering two thirds or more of their points,
  /// skipped (nil in scorecards saved before follow-ups).
  public struct FollowUps: Sendable, Equatable, Codable {
    public var asked: Int
    public var strong: Int
    public var skipped: Int

    public init(asked: Int, strong: Int, skipped: Int) {
      self.asked = asked
      self.strong = strong
      self.skipped = skipped
    }
  }

  public var loop: String
  public var rounds: [RoundScore]
  public var followUps: FollowUps?
  /// Dimension → score, for the dimensions this loop exercised.
  public var dimensions: [MockDimension: Double]
  public var overall: Double
  public var strengths: [MockDimension]
  /// The three weakest areas of this mock, with the command that drills each.
  public var workOn: [Focus]

  public init(
    loop: String, rounds: [RoundScore], dimensions: [MockDimension: Double], overall: Double,
    strengths: [MockDimension], workOn: [Focus]
  ) {
    self.loop = loop
    self.rounds = rounds
    self.dimensions = dimensions
    self.overall = overall
    self.strengths = strengths
    self.workOn = workOn
  }
}

extension MockDimension: CodingKeyRepresentable {}
