import Foundation

/// The commented document `rehearse add` opens in the editor: one question of a kind, to fill
/// in, with the format's rules as `#` lines (which are ignored when it is read back).
public enum QuestionTemplate {
  /// The template for `kind`, in `category`, to be added to `bankPath`.
  public static func document(kind: QuestionKind, category: Category, bankPath: String) -> String {
    let head = """
      # A new \(kind.rawValue) question for \(bankPath).
      # Fill it in and save. Leave `id` out and Rehearse makes one from the prompt.
      # Lines starting with # are ignored; save an empty file to cancel.
      # The format: QuestionBanks/FORMAT.md. Categories: \
      \(Category.allCases.map(\.rawValue).joined(separator: ", ")).
      kind: \(kind.rawValue)
      category: \(category.rawValue)
      topic: my-topic
      tags: []
      prompt: |
        \(promptHint(kind))

      """
    return head + body(kind)
  }

  /// Whether `prompt` is still the template's own text.
  public static func isPlaceholder(_ prompt: String) -> Bool {
    let text = prompt.trimmingCharacters(in: .whitespacesAndNewlines)
    return QuestionKind.allCases.contains { promptHint($0) == text }
  }

  static func promptHint(_ kind: QuestionKind) -> String {
    switch kind {
    case .recall: "The question, as an interviewer would ask it."
    case .choice: "A question with exactly one right option."
    case .multi: "A question where one or more options are right."
    case .star: "Tell me about a time when…"
    case .design: "Design a … for …"
    }
  }

  static func body(_ kind: QuestionKind) -> String {
    switch kind {
    case .recall:
      """
      answer: |
        The model answer, in the words a strong candidate would use.
      key_points:
        # What an answer must mention, one per line.
        - The first thing a good answer says
        - The second

      """
    case .choice, .multi:
      """
      choices:
        # \(kind == .choice ? "Exactly one" : "At least one") `correct: true`; every wrong \
      option gets a `why`.
        - text: The right option
          correct: true
          why: Why it is right.
        - text: A plausible wrong option, as long as the right one
          why: Why it is wrong.

      """
    case .star:
      """
      answer: |
        What a strong story shows: the situation, what the candidate did, the result.
      # Behavioral themes from competencies.yaml (`rehearse story matrix` lists them).
      competencies: [stakeholder-management]

      """
    case .design:
      """
      answer: |
        The outline of a strong design answer.
      rubric:
        # Per dimension from dimensions.yaml: what a strong answer says for this design.
        requirements: The questions to ask first and the numbers to state.
        architecture: The main components and how data flows.
        trade-offs: The choices that matter and what each costs.

      """
    }
  }
}
