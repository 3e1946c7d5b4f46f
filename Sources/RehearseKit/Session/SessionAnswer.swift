/// What the user gave for a question.
public enum SessionAnswer: Sendable, Equatable {
  /// A typed answer (recall, star, design).
  case typed(String)
  /// "Answered in the head": the model answer is shown and the user rates themselves.
  case revealed
  /// Option indices picked for a choice or multi question.
  case picked(Set<Int>)
}
