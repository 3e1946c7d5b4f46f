/// Wraps text to a terminal's width at word boundaries, with hanging indents: a line that
/// starts with an indent, a bullet (`•`, `-`, `*`), a number or letter label (`1.`, `a)`,
/// ` 3 ✗`) or a `[timer]` continues under its first word, so lists stay lists.
public enum TextWrap {
  /// `text` with every line wider than `width` columns broken at spaces.
  public static func wrap(_ text: String, width: Int) -> String {
    guard width >= 20 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { wrapLine(String($0), width: width) }.joined(separator: "\n")
  }

  /// Bank prose with its own line breaks (a YAML `|` block wrapped at some width) joined back
  /// into paragraphs, so it wraps to the terminal instead: a line break stays only before a
  /// blank line, a list item or an indented line.
  public static func reflow(_ text: String) -> String {
    var out = ""
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, line) in lines.enumerated() {
      out += line
      guard i + 1 < lines.count else { break }
      let next = lines[i + 1]
      let keepsBreak =
        line.trimmingCharacters(in: .whitespaces).isEmpty
        || next.trimmingCharacters(in: .whitespaces).isEmpty || next.first == " "
        || next.first == "\t" || isListItem(next)
      out += keepsBreak ? "\n" : " "
    }
    return out
  }

  static func isListItem(_ line: Substring) -> Bool {
    let t = line.drop { $0 == " " }
    if ["- ", "* ", "• "].contains(where: t.hasPrefix) { return true }
    let digits = t.prefix { $0.isNumber }
    return !digits.isEmpty
      && (t.dropFirst(digits.count).hasPrefix(". ") || t.dropFirst(digits.count).hasPrefix(") "))
  }

  static func wrapLine(_ line: String, width: Int) -> String {
    guard DisplayWidth.of(line) > width else { return line }
    let hang = String(repeating: " ", count: min(width / 2, DisplayWidth.of(prefix(of: line))))
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    // Words with the spaces before them kept, so the line's own indent survives.
    for word in words(line) {
      let w = DisplayWidth.of(word)
      let trimmed = word.drop { $0 == " " }
      if currentWidth + w > width, !current.trimmingCharacters(in: .whitespaces).isEmpty {
        lines.append(current)
        current = hang + trimmed
        currentWidth = hang.count + DisplayWidth.of(trimmed)
        // A single word longer than the line is cut.
        while currentWidth > width {
          let head = String(current.prefix(width))
          lines.append(head)
          current = hang + current.dropFirst(width)
          currentWidth = DisplayWidth.of(current)
        }
      } else {
        current += word
        currentWidth += w
      }
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// The words of a line, each with the spaces before it.
  static func words(_ line: String) -> [String] {
    var result: [String] = []
    var current = ""
    var inWord = false
    for c in line {
      if c == " " {
        if inWord {
          result.append(current)
          current = ""
          inWord = false
        }
        current.append(c)
      } else {
        inWord = true
        current.append(c)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// What continuation lines hang under: the indent and a list marker or label.
  static func prefix(of line: String) -> Substring {
    let plain = DisplayWidth.stripped(line)
    let indent = plain.prefix { $0 == " " }
    let rest = plain.dropFirst(indent.count)
    let tokens = rest.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
    var taken = 0
    for token in tokens.prefix(3) {
      let isMarker =
        ["•", "-", "*", "✓", "✗", "○", "·", "!"].contains(token)
        || (token.count <= 3 && token.first?.isNumber == true
          && token.allSatisfy { $0.isNumber || $0 == "." || $0 == ")" })
        || (token.count == 2 && token.first?.isLetter == true && token.last == ")")
        || (token.hasPrefix("[") && token.hasSuffix("]"))
      guard isMarker else { break }
      taken += token.count + 1
    }
    return plain.prefix(indent.count + taken)
  }
}
