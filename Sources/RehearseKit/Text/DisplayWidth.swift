/// How many terminal columns text takes: colour codes (`ESC [ … m`) take none, combining marks
/// none, East Asian wide characters and emoji two, everything else one.
public enum DisplayWidth {
  public static func of(_ text: some StringProtocol) -> Int {
    stripped(text).unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// The text without its colour codes (CSI sequences such as `ESC [ 31 m`).
  public static func stripped(_ text: some StringProtocol) -> String {
    var out = String.UnicodeScalarView()
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        // A CSI sequence ends at its final byte (a letter).
        if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
        continue
      }
      if scalar.value == 0x1B {
        inEscape = true
        continue
      }
      out.append(scalar)
    }
    return String(out)
  }

  /// The columns one scalar takes.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B { return 0 }
    return isWide(v) ? 2 : 1
  }

  static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
  }

  /// `text` cut to at most `width` columns, with an ellipsis when it was longer.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 1 else { return width == 1 ? "…" : "" }
    var out = ""
    var used = 0
    for c in text {
      let w = of(String(c))
      if used + w > width - 1 { break }
      out.append(c)
      used += w
    }
    return out + "…"
  }
}
