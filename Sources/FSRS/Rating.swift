/// The learner's answer to a review, numbered as in py-fsrs (Again = 1 … Easy = 4).
public enum Rating: Int, Sendable, CaseIterable, Codable {
  /// The answer was forgotten.
  case again = 1
  /// The answer was recalled with serious difficulty.
  case hard
  /// The answer was recalled after some hesitation.
  case good
  /// The answer was recalled effortlessly.
  case easy
}
