import CSV
import Foundation

/// The rows of a CSV or TSV text, read with CSV.swift (quoted fields with delimiters, quotes
/// and line breaks; LF or CRLF), each with the line of the file it starts on, so errors can
/// name `FILE:LINE` even after a field that spans lines.
struct CSVRows {
  struct Row {
    /// The 1-based line of the file where the row starts.
    var line: Int
    var fields: [String]

    /// Whether the row holds nothing but whitespace (a blank line).
    var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
  }

  var rows: [Row] = []
  /// Whether the text started with a UTF-8 byte-order mark (removed before reading).
  var hadByteOrderMark = false

  /// Reads `text`; `firstLine` is the line of the file where `text` starts (after header
  /// lines a caller has taken off).
  init(_ text: String, delimiter: UnicodeScalar = ",", firstLine: Int = 1) throws {
    var text = text
    if text.unicodeScalars.first == "\u{FEFF}" {
      text.unicodeScalars.removeFirst()
      hadByteOrderMark = true
    }
    let reader = try CSVReader(string: text, delimiter: delimiter)
    var line = firstLine
    while let fields = reader.next() {
      rows.append(Row(line: line, fields: fields))
      // A row ends with one line break; quoted fields may hold more.
      line += 1 + fields.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    }
    if let error = reader.error { throw error }
  }
}
