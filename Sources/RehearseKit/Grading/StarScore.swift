/// A STAR story's score, 0–100, with a finding per criterion and the sentence it points at.
public struct StarScore: Sendable, Equatable {
  /// One part of the story (Situation, Task, Action, Result, Learning).
  public struct Part: Sendable, Equatable {
    public var name: String
    public var isPresent: Bool
    public var isRequired: Bool
    /// Share of the story's words in this part.
    public var share: Double
    /// The first sentence attributed to this part.
    public var evidence: String?
  }

  /// One scored criterion.
  public struct Finding: Sendable, Equatable, Encodable {
    public var criterion: String
    public var points: Double
    public var maximum: Double
    /// What was found, in a sentence.
    public var message: String
    /// The sentence of the answer this finding is about, if any.
    public var sentence: String?
    public var passed: Bool { points >= maximum * 0.99 }
  }

  public var score: Int
  public var words: Int
  /// The share of "I" among "I" and "we" over the whole telling (1 when neither is used).
  public var ownership: Double = 1
  /// Whether the telling measures its outcome anywhere in its result or closing sentences.
  public var measured = true
  public var parts: [Part]
  public var findings: [Finding]
}
