import Foundation

/// Turns an Anki text export or a spreadsheet (CSV or TSV with `front`, `back` and optional
/// `tags` and `topic` columns) into ``QuestionDraft``s of `recall` questions with fresh ids.
///
/// Anki's header lines (`#separator:`, `#html:`, `#tags column:`, `#guid column:`,
/// `#notetype column:`, `#deck column:`) are honoured; without them a `.txt` file is read as
/// Anki's older export (tab-separated front, back and tags, HTML fields). HTML is turned into
/// plain text. The back becomes the model answer, and its lines (or sentences) the key points.
/// A note whose front is already a loaded question's prompt (or whose GUID is a loaded
/// question's id, as in Rehearse's own export) is skipped, so importing a file twice adds
/// nothing.
public struct QuestionImporter {
  public struct Outcome: Sendable {
    public var drafts: [QuestionDraft] = []
    /// Rows left out because a loaded question (or an earlier row) has the same prompt.
    public var duplicates = 0
    public var diagnostics: [Diagnostic] = []
  }

  /// The topic and category given to rows that name none.
  public var topic: String
  public var category: Category?

  public init(topic: String, category: Category? = nil) {
    self.topic = topic
    self.category = category
  }

  /// Reads `data`; `path` names it in diagnostics. `loaded` are the questions already loaded
  /// (for ids and prompts).
  public func read(_ data: Data, path: String, loaded: [Question]) -> Outcome {
    var result = Outcome()
    func fail(_ line: Int, _ message: String) {
      if result.diagnostics.count < 50 {
        result.diagnostics.append(
          Diagnostic(.error, at: SourceLocation(path: path, line: line), message))
      }
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      fail(1, "file is not UTF-8 text")
      return result
    }
    let format = Format(path: path, text: text)
    let table: CSVRows
    do {
      table = try CSVRows(
        String(format.body), delimiter: format.delimiter, firstLine: format.bodyLine)
    } catch {
      fail(format.bodyLine, "cannot read the file as \(format.delimiter == "\t" ? "TSV" : "CSV")")
      return result
    }
    var rows = table.rows.filter { !$0.isBlank }
    var columns = format.columns
    if !format.isAnki {
      guard let header = rows.first else {
        fail(format.bodyLine, "file is empty; expected a header row naming front and back")
        return result
      }
      guard let found = Columns.from(header: header.fields) else {
        fail(header.line, Columns.headerProblem)
        return result
      }
      columns = found
      rows.removeFirst()
    }
    var taken = Set(loaded.flatMap { [$0.id] + $0.renamedFrom })
    let loadedIDs = taken
    var prompts = Set(loaded.map { QuestionID.promptKey($0.prompt) })
    for row in rows {
      func field(_ i: Int?) -> String {
        guard let i, row.fields.indices.contains(i) else { return "" }
        // As the bank will read it: without terminal escape sequences (see TerminalText).
        return TerminalText.sanitize(format.html ? HTMLText.plain(row.fields[i]) : row.fields[i])
      }
      let front = field(columns.front).trimmingCharacters(in: .whitespacesAndNewlines)
      let back = field(columns.back).trimmingCharacters(in: .whitespacesAndNewlines)
      guard row.fields.count > max(columns.front, columns.back) else {
        fail(
          row.line,
          "expected at least \(max(columns.front, columns.back) + 1) fields, found \(row.fields.count)"
        )
        continue
      }
      guard !front.isEmpty else {
        fail(row.line, "empty front: a question needs a prompt")
        continue
      }
      guard !back.isEmpty else {
        fail(row.line, "empty back: a recall question needs a model answer")
        continue
      }
      // Rehearse's own export names the question in the GUID: a loaded one is a duplicate.
      let guid = columns.guid.map { field($0) } ?? ""
      guard !loadedIDs.contains(guid), prompts.insert(QuestionID.promptKey(front)).inserted else {
        result.duplicates += 1
        continue
      }
      let rawTags = columns.tags.map { field($0) } ?? ""
      let tags = rawTags.split(whereSeparator: \.isWhitespace).map(String.init)
      let own = Self.rehearseTags(tags)
      let id = QuestionID.make(from: front, taken: taken)
      taken.insert(id)
      let rowTopic = columns.topic.map { QuestionID.slug(field($0)) }.flatMap {
        $0.isEmpty ? nil : $0
      }
      result.drafts.append(
        QuestionDraft(
          id: id, category: own.category ?? category,
          topic: rowTopic ?? own.topic ?? topic, prompt: front, answer: back,
          keyPoints: Self.keyPoints(back),
          tags: own.others.map(QuestionID.slug).filter { !$0.isEmpty },
          origin: "\(Self.fileName(path)):\(row.line)"))
    }
    return result
  }

  /// The back's lines (list items, paragraphs), or its sentences when it is one paragraph;
  /// at most eight.
  static func keyPoints(_ back: String) -> [String] {
    var parts = back.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces).trimmingPrefix(while: { "-*•".contains($0) })
        .trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    if parts.count == 1 {
      let sentences = AnswerText.splitSentences(parts[0]).map {
        String($0).trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      if sentences.count > 1 { parts = sentences }
    }
    // Key points read as phrases: no closing full stop (and a line that was only one is none);
    // a back with no phrase left is its own key point.
    let phrases = parts.map {
      $0.hasSuffix(".") && !$0.hasSuffix("..") ? String($0.dropLast()) : $0
    }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    return phrases.isEmpty ? [back] : Array(phrases.prefix(8))
  }

  /// Tags Rehearse's own Anki export writes (`rehearse::CATEGORY`, `topic::TOPIC`,
  /// `kind::KIND`) read back; other tags kept.
  static func rehearseTags(_ tags: [String]) -> (
    category: Category?, topic: String?, others: [String]
  ) {
    var category: Category?
    var topic: String?
    var others: [String] = []
    for tag in tags {
      if tag.hasPrefix("rehearse::") {
        category = Category(rawValue: String(tag.dropFirst("rehearse::".count)))
      } else if tag.hasPrefix("topic::") {
        let slug = QuestionID.slug(String(tag.dropFirst("topic::".count)))
        if !slug.isEmpty { topic = slug }
      } else if !tag.hasPrefix("kind::") {
        others.append(tag)
      }
    }
    return (category, topic, others)
  }

  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
