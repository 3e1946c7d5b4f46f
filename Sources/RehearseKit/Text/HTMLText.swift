import Foundation

/// HTML fields (Anki's) as plain text: tags removed, line-breaking tags as line breaks, list
/// items as `- ` lines, entities decoded.
///
/// Hand-written because no HTML parser is among the packages Rehearse may use, and Anki's
/// fields are small fragments (no scripts or styles to honour); anything that is not a tag or
/// an entity is kept as written.
public enum HTMLText {
  static let breaking: Set = [
    "br", "p", "/p", "div", "/div", "li", "ul", "/ul", "ol", "/ol", "tr", "/tr", "h1", "h2", "h3",
    "/h1", "/h2", "/h3",
  ]
  static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
    "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“",
    "times": "×", "divide": "÷", "plusmn": "±", "minus": "−", "le": "≤", "ge": "≥", "ne": "≠",
    "asymp": "≈", "infin": "∞", "sum": "∑", "radic": "√", "deg": "°", "micro": "µ",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "epsilon": "ε",
    "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "Sigma": "Σ", "tau": "τ",
    "rarr": "→", "larr": "←", "harr": "↔", "rArr": "⇒", "uarr": "↑", "darr": "↓",
    "middot": "·", "bull": "•", "sup2": "²", "sup3": "³", "frac12": "½", "frac14": "¼",
    "frac34": "¾", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "copy": "©",
    "reg": "®", "trade": "™", "sect": "§", "para": "¶", "laquo": "«", "raquo": "»",
  ]

  public static func plain(_ html: String) -> String {
    var out = ""
    var i = html.startIndex
    while i < html.endIndex {
      let c = html[i]
      if c == "<", let close = html[i...].firstIndex(of: ">") {
        let inner = html[html.index(after: i)..<close].lowercased()
        var name = inner.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        if name.count > 1, name.hasSuffix("/") { name.removeLast() }
        if name == "li" {
          out += "\n- "
        } else if breaking.contains(name) {
          out += "\n"
        }
        i = html.index(after: close)
      } else if c == "&", let semi = html[i...].prefix(12).firstIndex(of: ";") {
        let name = String(html[html.index(after: i)..<semi])
        if let text = decode(name) {
          out += text
          i = html.index(after: semi)
        } else {
          out.append(c)
          i = html.index(after: i)
        }
      } else {
        out.append(c)
        i = html.index(after: i)
      }
    }
    // At most one blank line in a row, none at the ends; spaces trimmed per line.
    var lines: [String] = []
    for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
      lines.append(trimmed == "-" ? "" : trimmed)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  static func decode(_ name: String) -> String? {
    if let text = entities[name] { return text }
    guard name.hasPrefix("#") else { return nil }
    let digits = name.dropFirst()
    let value =
      digits.first == "x" || digits.first == "X"
      ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
    return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
  }
}
