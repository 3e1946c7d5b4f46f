import Foundation

extension QuestionImporter {
  /// Which columns hold what (0-based).
  struct Columns: Equatable {
    var front = 0
    var back = 1
    var tags: Int?
    var topic: Int?
    /// Anki's note GUID; Rehearse's own export writes the question id there.
    var guid: Int?

    init(front: Int = 0, back: Int = 1, tags: Int? = nil, topic: Int? = nil, guid: Int? = nil) {
      self.guid = guid
      self.front = front
      self.back = back
      self.tags = tags
      self.topic = topic
    }

    static let frontNames: Set = ["front", "question", "prompt"]
    static let backNames: Set = ["back", "answer"]

    static let headerProblem =
      "expected a header row naming the columns: front (or question) and back (or answer), "
      + "with tags and topic optional"

    /// The columns a spreadsheet's header row names, or nil when it names no front or back.
    static func from(header: [String]) -> Columns? {
      let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      guard let front = names.firstIndex(where: frontNames.contains),
        let back = names.firstIndex(where: backNames.contains)
      else { return nil }
      return Columns(
        front: front, back: back, tags: names.firstIndex(of: "tags"),
        topic: names.firstIndex(of: "topic"))
    }
  }

  /// How a file is laid out: Anki's header lines, or a spreadsheet.
  struct Format {
    var delimiter: UnicodeScalar = ","
    var html = false
    var isAnki = false
    var columns = Columns()
    /// The text after Anki's header lines, and the line it starts on.
    var body: Substring
    var bodyLine = 1

    init(path: String, text: String) {
      let lower = path.lowercased()
      body = Substring(text)
      if lower.hasSuffix(".tsv") { delimiter = "\t" }
      if lower.hasSuffix(".txt") {
        // Anki's older exports have no header lines: front, back, tags, tab-separated HTML.
        isAnki = true
        delimiter = "\t"
        html = true
        columns = Columns(front: 0, back: 1, tags: 2)
      }
      var skipped: [Int] = []
      var guid: Int?
      var notetype: Int?
      var deck: Int?
      var tags: Int?
      while body.hasPrefix("#") || (body.hasPrefix("\u{FEFF}#")) {
        let end = body.firstIndex(of: "\n") ?? body.endIndex
        let line = body[..<end].trimmingPrefix("\u{FEFF}").dropFirst()
          .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        body = end < body.endIndex ? body[body.index(after: end)...] : ""
        bodyLine += 1
        guard let colon = line.firstIndex(of: ":") else { continue }
        let key = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        isAnki = true
        switch key {
        case "separator":
          delimiter = Self.separators[value.lowercased()] ?? value.unicodeScalars.first ?? "\t"
        case "html": html = value.lowercased() == "true"
        case "guid column": guid = Self.column(value)
        case "notetype column": notetype = Self.column(value)
        case "deck column": deck = Self.column(value)
        case "tags column": tags = Self.column(value)
        default: break
        }
      }
      if isAnki, bodyLine > 1 {
        skipped = [guid, notetype, deck, tags].compactMap { $0 }
        let fields = (0..<64).filter { !skipped.contains($0) }
        columns = Columns(front: fields[0], back: fields[1], tags: tags, guid: guid)
      }
    }

    /// A header's 1-based column number, 0-based; nil for none (a number below 1 names none).
    static func column(_ value: String) -> Int? {
      Int(value).flatMap { $0 >= 1 ? $0 - 1 : nil }
    }

    static let separators: [String: UnicodeScalar] = [
      "tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":",
    ]
  }
}
