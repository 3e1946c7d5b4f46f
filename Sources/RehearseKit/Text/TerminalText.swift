/// Makes untrusted text (from bank files, imports) safe to print on a terminal.
///
/// Escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`, and two-byte `ESC x`) are
/// removed whole. Any other C0 control except newline and tab, DEL, C1 controls (U+0080–U+009F)
/// and the bidirectional overrides that can disguise text (U+202A–U+202E, U+2066–U+2069) are
/// replaced by U+FFFD so the reader sees that something was there.
public enum TerminalText {
  /// Returns `text` with terminal control sequences removed or made visible.
  public static func sanitize(_ text: String) -> String {
    sanitizeCounting(text).text
  }

  /// Sanitizes `text` and reports how many sequences or characters were removed or replaced.
  public static func sanitizeCounting(_ text: String) -> (text: String, changes: Int) {
    // Fast path: nearly all text has nothing to do.
    if !text.unicodeScalars.contains(where: isSuspicious) { return (text, 0) }
    var out = String.UnicodeScalarView()
    var changes = 0
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if scalar.value == 0x1B {
        changes += 1
        skipEscapeSequence(&scalars)
      } else if scalar.value == 0x9B {  // 8-bit CSI
        changes += 1
        skipCSIBody(&scalars)
      } else if scalar.value == 0x9D {  // 8-bit OSC
        changes += 1
        skipOSCBody(&scalars)
      } else if isSuspicious(scalar) {
        changes += 1
        out.append("\u{FFFD}")
      } else {
        out.append(scalar)
      }
    }
    return (String(out), changes)
  }

  private static func isSuspicious(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x20 { return v != 0x0A && v != 0x09 }
    if v < 0x7F { return false }
    if v <= 0x9F { return true }
    return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
  }

  private static func skipEscapeSequence(_ s: inout Substring.UnicodeScalarView) {
    guard let next = s.first else { return }
    switch next {
    case "[":
      s.removeFirst()
      skipCSIBody(&s)
    case "]", "P", "X", "^", "_":
      s.removeFirst()
      skipOSCBody(&s)
    default:
      // Two-byte sequence such as ESC c, ESC 7; intermediates 0x20–0x2F first.
      while let c = s.first, (0x20...0x2F).contains(c.value) { s.removeFirst() }
      if let c = s.first, (0x30...0x7E).contains(c.value) { s.removeFirst() }
    }
  }

  private static func skipCSIBody(_ s: inout Substring.UnicodeScalarView) {
    // Parameters and intermediates, then one final byte 0x40–0x7E.
    while let c = s.first {
      s.removeFirst()
      if (0x40...0x7E).contains(c.value) { return }
      if !(0x20...0x3F).contains(c.value) { return }
    }
  }

  private static func skipOSCBody(_ s: inout Substring.UnicodeScalarView) {
    // Ends at BEL, ST (ESC \) or the 8-bit ST.
    while let c = s.popFirst() {
      if c.value == 0x07 || c.value == 0x9C { return }
      if c.value == 0x1B {
        if s.first == "\\" { s.removeFirst() }
        return
      }
    }
  }
}
