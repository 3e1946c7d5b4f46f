import RehearseStore

/// An option of a `choice` or `multi` question.
public struct Choice: Sendable, Codable, Equatable {
  public var text: String
  public var isCorrect: Bool
  public var why: String?

  public init(text: String, isCorrect: Bool, why: String? = nil) {
    self.text = text
    self.isCorrect = isCorrect
    self.why = why
  }
}
