/// How much of an answer is about its question: the share of the answer's distinct content
/// words that the question's own text uses (its prompt, model answer, key points, alternates
/// and rubric lines). A partial answer in the candidate's own words still talks about the
/// question's subject; "no idea" or an answer to another question does not.
struct TopicalShare: Sendable {
  /// The distinct content words of the answer.
  let answerWords: Int
  /// The share of them the question's text uses, 0–1.
  let share: Double

  /// At least ten distinct content words, a third of them the question's.
  var isOnTopic: Bool { answerWords >= 10 && share >= 1.0 / 3.0 }

  init(answer: AnswerText, question: Question, thesaurus: Thesaurus) {
    var text = [question.prompt, question.answer ?? ""]
    for point in question.keyPoints { text += [point.text] + point.accept }
    text += question.rubric.map(\.expectation)
    text += question.hints
    let vocabulary = Set(
      AnswerText(text.joined(separator: ". "), thesaurus: thesaurus).content.map(\.key))
    let words = Set(answer.content.map(\.key))
    answerWords = words.count
    share = words.isEmpty ? 0 : Double(words.intersection(vocabulary).count) / Double(words.count)
  }
}
