import Foundation

/// One question typed by the user (in the editor or a file), read back as a list item for a
/// user bank: `#` lines dropped, an id made from the prompt when none is given.
public struct QuestionEntry: Sendable {
  /// The question's lines as a list item body, without comments.
  var lines: [String]
  /// For each of `lines`, the line of the user's document it came from (1-based).
  var sourceLines: [Int]
  /// The question's id (given, or made from the prompt).
  public private(set) var id: String?

  /// Reads `text`; `taken` are the ids already in use.
  public init(_ text: String, taken: Set<String>) {
    lines = []
    sourceLines = []
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("#") { continue }
      lines.append(String(line))
      sourceLines.append(i + 1)
    }
    while lines.last?.allSatisfy(\.isWhitespace) == true {
      lines.removeLast()
      sourceLines.removeLast()
    }
    while lines.first?.allSatisfy(\.isWhitespace) == true {
      lines.removeFirst()
      sourceLines.removeFirst()
    }
    if let given = lines.first(where: { $0.hasPrefix("id:") }) {
      id = given.dropFirst(3).trimmingCharacters(in: .whitespaces)
    } else if let prompt = Self.prompt(in: lines) {
      let made = QuestionID.make(from: prompt, taken: taken)
      id = made
      lines.insert("id: \(made)", at: 0)
      sourceLines.insert(sourceLines.first ?? 1, at: 0)
    }
  }

  /// Whether the user wrote anything but comments.
  public var isEmpty: Bool { lines.isEmpty }

  /// The text of the `prompt:` key (inline or a block below it), roughly, for the id.
  static func prompt(in lines: [String]) -> String? {
    guard let i = lines.firstIndex(where: { $0.hasPrefix("prompt:") }) else { return nil }
    let inline = lines[i].dropFirst("prompt:".count).trimmingCharacters(in: .whitespaces)
    if !inline.isEmpty, !"|>".contains(inline.first!) { return inline }
    let block = lines[(i + 1)...].prefix { $0.first == " " || $0.isEmpty }
    let text = block.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    return text.isEmpty ? nil : text
  }

  /// The entry as a list item indented by `indent`.
  func item(indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    return lines.enumerated().map { i, line in
      line.isEmpty ? "" : pad + (i == 0 ? "- " : "  ") + line
    }.joined(separator: "\n") + "\n"
  }

  /// The line of the user's document for a line of the bank, given where the item starts.
  public func sourceLine(forBankLine line: Int, itemStart: Int) -> Int? {
    let k = line - itemStart
    return sourceLines.indices.contains(k) ? sourceLines[k] : nil
  }
}
