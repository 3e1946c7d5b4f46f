import RehearseKit
import Testing

/// Text on a terminal wraps at word boundaries, lists keep their hanging indent, and widths
/// are columns, not characters.
@Suite struct TextWrapTests {
  @Test func linesBreakAtSpacesWithinTheWidth() {
    let text =
      "Open with the problem and the goal in a sentence or two, then list the deliverables."
    let wrapped = TextWrap.wrap(text, width: 30)
    let lines = wrapped.split(separator: "\n")
    #expect(lines.count > 2)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
    #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
    // No word is cut: every piece is a whole word of the text.
    let words = Set(text.split(separator: " "))
    #expect(lines.flatMap { $0.split(separator: " ") }.allSatisfy(words.contains))
  }

  @Test func listItemsHangUnderTheirFirstWord() {
    let wrapped = TextWrap.wrap(
      "  a) GraphQL, so each caller asks for exactly the fields it needs", width: 40)
    let lines = wrapped.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[1].hasPrefix("     ") && !lines[1].hasPrefix("      "))
    let item = TextWrap.wrap(" 3 ✗ Keys are scoped and kept for a retention window", width: 30)
    let second = item.split(separator: "\n")[1]
    #expect(second.hasPrefix("     ") && second.dropFirst(5).first != " ")
  }

  @Test func colourCodesTakeNoColumnsAndWideCharactersTakeTwo() {
    let red = "\u{1B}[31mred\u{1B}[0m"
    #expect(DisplayWidth.of(red) == 3)
    #expect(DisplayWidth.of("日本語") == 6)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.truncate("日本語のテキスト", to: 7) == "日本語…")
    #expect(DisplayWidth.truncate("short", to: 10) == "short")
    let styled = TextWrap.wrap(String(repeating: "\(red) ", count: 12), width: 20)
    #expect(styled.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 20 })
  }

  @Test func narrowWidthsAndShortLinesAreLeftAlone() {
    #expect(TextWrap.wrap("a line that is long enough", width: 10) == "a line that is long enough")
    #expect(TextWrap.wrap("short\n\nlines", width: 60) == "short\n\nlines")
  }
}

extension TextWrapTests {
  @Test func prewrappedBankTextIsReflowedButListsStay() {
    let text =
      "The server stores the key with\nthe response.\n\nThen:\n- one item\n- two items\n  indented"
    #expect(
      TextWrap.reflow(text)
        == "The server stores the key with the response.\n\nThen:\n- one item\n- two items\n  indented"
    )
    #expect(TextWrap.reflow("1. first\n2. second") == "1. first\n2. second")
  }
}
