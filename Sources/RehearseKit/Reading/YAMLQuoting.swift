/// Writes text into YAML so that a YAML reader gives back the same text.
///
/// A double-quoted scalar keeps everything but a line break, which YAML folds into a space,
/// and the characters YAML does not allow in a document at all (C0 and C1 controls, DEL, the
/// byte-order mark, U+FFFE and U+FFFF); those are written as escapes.
enum YAMLQuoting {
  /// `text` as one double-quoted YAML scalar on one line.
  static func doubleQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if needsEscape(scalar) {
          out += escaped(scalar)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Whether `text` can be written as the lines of a literal block scalar (`|`) and read back
  /// the same: it holds no character that needs an escape, no line break but `\n`, no tab (a
  /// document with a tab is refused, see ``SourceFile``), and its first line does not start
  /// with a space (which would be read as indentation).
  static func fitsLiteralBlock(_ text: String) -> Bool {
    if text.unicodeScalars.first == " " { return false }
    return !text.unicodeScalars.contains { $0 == "\r" || $0 == "\t" || needsEscape($0) }
  }

  /// A character YAML does not allow unescaped, or reads as a line break (NEL, U+2028, U+2029).
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    switch v {
    case 0x09, 0x0A: return false
    case 0..<0x20, 0x7F...0x9F: return true
    case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }

  private static func escaped(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    if scalar.value <= 0xFF { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
    if scalar.value <= 0xFFFF { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
    return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
  }
}
