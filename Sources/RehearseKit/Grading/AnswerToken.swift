/// One word of an answer or a phrase as the matcher sees it.
struct AnswerToken: Sendable, Equatable {
  /// What the word is compared by: a stem, a concept (`§owner`) or a number (`#20000`).
  var key: String
  /// What it means for matching.
  var role: Role
  /// Which sentence of the text it is in.
  var sentence: Int
  /// Its place among all the words of the text.
  var position: Int

  enum Role: Sendable, Equatable {
    /// A word that carries the content.
    case content
    /// A small word that does not (`the`, `of`, `to`).
    case function
    /// A word that turns the phrase after it around (`not`, `never`, `instead of`).
    case negator
  }
}
