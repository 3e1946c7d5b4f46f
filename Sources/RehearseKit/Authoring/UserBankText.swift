/// The text of a user bank with questions appended to its `questions:` list, everything else
/// (comments, layout, other keys) kept as the user wrote it.
public enum UserBankText {
  /// Why questions could not be appended.
  public enum Problem: Error, Equatable, CustomStringConvertible {
    /// The file has no top-level `questions:` key.
    case noQuestionsList
    /// `questions:` holds something other than a block list (`questions: [a, b]` in flow).
    case flowList(line: Int)

    public var description: String {
      switch self {
      case .noQuestionsList: "it has no top-level 'questions:' list"
      case .flowList(let line):
        "line \(line): 'questions:' is written as a flow list; write it as a block list (- id: …)"
      }
    }
  }

  /// The header of a new user bank.
  public static func newBank(id: String, title: String, category: Category) -> String {
    """
    # Your own questions for Rehearse. Edit them freely: progress is kept by question id.
    # The format is in QuestionBanks/FORMAT.md; `rehearse check` lints this file.
    id: \(id)
    title: "\(title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))"
    category: \(category.rawValue)
    questions:

    """
  }

  /// `text` (nil for a new file) with `drafts` appended to its questions.
  public static func appending(
    _ drafts: [QuestionDraft], to text: String?, newBank: () -> String
  ) throws -> String {
    try appending(
      items: { indent in try drafts.map { try $0.yamlItem(indent: indent) }.joined() }, to: text,
      newBank: newBank
    ).text
  }

  /// `text` (nil for a new file) with the user's `entry` appended to its questions, and the
  /// line (1-based) where it starts.
  public static func appending(
    _ entry: QuestionEntry, to text: String?, newBank: () -> String
  ) throws -> (text: String, itemLine: Int) {
    try appending(items: { entry.item(indent: $0) }, to: text, newBank: newBank)
  }

  /// `text` with `items(indent)` (list items indented to match the file's) appended to its
  /// questions, and the line (1-based) where they start.
  static func appending(
    items: (Int) throws -> String, to text: String?, newBank: () -> String
  ) throws -> (text: String, itemLine: Int) {
    var base = text ?? ""
    if base.allSatisfy(\.isWhitespace) { base = newBank() }
    var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    guard let key = lines.firstIndex(where: isQuestionsKey) else { throw Problem.noQuestionsList }
    let rest = lines[key].dropFirst("questions:".count).trimmingCharacters(in: .whitespaces)
    if rest.hasPrefix("[]") {
      lines[key] = "questions:"
    } else if rest.hasPrefix("[") {
      throw Problem.flowList(line: key + 1)
    }
    // The list runs until the next top-level key; new items go after its last real line.
    var end = key + 1
    var insertAt = key + 1
    var indent: Int?
    while end < lines.count {
      let line = lines[end]
      let trimmed = line.drop { $0 == " " }
      let isContent = !trimmed.isEmpty && !trimmed.hasPrefix("#")
      if isContent, line.first != " ", !line.hasPrefix("-") { break }
      if isContent {
        insertAt = end + 1
        if indent == nil, trimmed.hasPrefix("-") { indent = line.count - trimmed.count }
      }
      end += 1
    }
    let items = try items(indent ?? 2)
    var added = items.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if added.last == "" { added.removeLast() }
    lines.insert(contentsOf: added, at: insertAt)
    return (lines.joined(separator: "\n") + "\n", insertAt + 1)
  }

  static func isQuestionsKey(_ line: String) -> Bool {
    line.hasPrefix("questions:") || line.hasPrefix("\"questions\":")
      || line.hasPrefix("'questions':")
  }
}
