import CSV
import Foundation

/// Questions as an Anki text file that Anki's own importer reads with no setting changed: the
/// documented header lines (tab separator, HTML fields, the Basic note type, the deck, which
/// columns hold the tags and the GUID), then one note per question. The question id is the
/// GUID, so exporting again updates the notes in place. The front holds the prompt (and the
/// options of a choice question), the back the model answer (or the correct options) and the
/// key points; category, topic and tags become Anki tags. Text is HTML-escaped.
public enum AnkiExport {
  /// The file's text for `questions`, into `deck`.
  public static func text(_ questions: [Question], deck: String = "Rehearse") throws -> String {
    let header =
      [
        "#separator:tab", "#html:true", "#notetype:Basic",
        "#deck:\(deck.replacingOccurrences(of: "\n", with: " "))",
        "#guid column:1", "#tags column:4",
      ].joined(separator: "\n") + "\n"
    let stream = OutputStream(toMemory: ())
    let writer = try CSVWriter(stream: stream, delimiter: "\t")
    for q in questions {
      try writer.write(row: [q.id, front(q), back(q), tags(q)])
    }
    writer.stream.close()
    let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return header + String(decoding: data, as: UTF8.self) + (questions.isEmpty ? "" : "\n")
  }

  static func front(_ q: Question) -> String {
    var html = paragraphs(q.prompt)
    if !q.choices.isEmpty {
      html += "<ol type=\"a\">" + q.choices.map { "<li>\(escape($0.text))</li>" }.joined() + "</ol>"
    }
    return html
  }

  static func back(_ q: Question) -> String {
    var html = ""
    if !q.choices.isEmpty {
      html +=
        "<ol type=\"a\">"
        + q.choices.map { c in
          (c.isCorrect ? "<li><b>\(escape(c.text))</b>" : "<li>\(escape(c.text))")
            + (c.why.map { " — \(escape($0))" } ?? "") + "</li>"
        }.joined() + "</ol>"
    }
    if let answer = q.answer { html += paragraphs(answer) }
    if !q.keyPoints.isEmpty {
      html += "<ul>" + q.keyPoints.map { "<li>\(escape($0.text))</li>" }.joined() + "</ul>"
    }
    return html
  }

  /// Anki tags, space-separated (slugs never hold a space); `::` makes a hierarchy.
  static func tags(_ q: Question) -> String {
    (["rehearse::\(q.category.rawValue)", "topic::\(q.topic)", "kind::\(q.kind.rawValue)"]
      + q.tags).joined(separator: " ")
  }

  /// Prose with its blank lines as paragraph breaks, escaped.
  static func paragraphs(_ text: String) -> String {
    TextWrap.reflow(text).components(separatedBy: "\n\n").map {
      escape($0).replacingOccurrences(of: "\n", with: "<br>")
    }.map { "<p>\($0)</p>" }.joined()
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
