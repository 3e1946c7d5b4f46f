import FSRS
import Foundation
import RehearseStore

/// Imports a review history from CSV: `question_id,reviewed_at,rating[,duration_ms]`, read with
/// CSV.swift (quoted fields, CRLF, a byte-order mark).
///
/// Every row is checked before anything is written; any bad row is a `FILE:LINE: error` and
/// nothing is imported. Rows already in the log (same question, time to the millisecond and
/// rating) are skipped, so importing a file twice adds nothing. Each touched card is then
/// rebuilt from its whole log in time order.
public struct ReviewImporter {
  let store: Store

  public init(store: Store) { self.store = store }

  /// Parses and imports `data` (the file's bytes); `path` is used in diagnostics.
  /// - Returns: the report, or the diagnostics when any row is bad (nothing imported).
  public func run(_ data: Data, path: String, knownQuestions: Set<String>) throws -> Result<
    ImportReport, ImportFailure
  > {
    let parsed = parse(data, path: path)
    guard parsed.errors.isEmpty else { return .failure(ImportFailure(diagnostics: parsed.errors)) }
    let known = try store.cardIDs()
    var errors: [Diagnostic] = []
    for row in parsed.rows where !known.contains(row.questionId) {
      let hint = knownQuestions.contains(row.questionId) ? "" : " (not in any loaded bank)"
      errors.append(
        Diagnostic(
          .error, at: SourceLocation(path: path, line: row.line),
          "unknown question id '\(TerminalText.sanitize(row.questionId))'\(hint)"))
      if errors.count >= 50 { break }
    }
    guard errors.isEmpty else { return .failure(ImportFailure(diagnostics: errors)) }
    return .success(try store.importReviews(parsed.rows))
  }

  func parse(_ data: Data, path: String) -> (rows: [ImportedReview], errors: [Diagnostic]) {
    var errors: [Diagnostic] = []
    func fail(_ line: Int, _ message: String) {
      if errors.count < 50 {
        errors.append(Diagnostic(.error, at: SourceLocation(path: path, line: line), message))
      }
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      fail(1, "file is not UTF-8 text")
      return ([], errors)
    }
    let table: CSVRows
    do { table = try CSVRows(text) } catch {
      fail(1, "cannot read the file as CSV")
      return ([], errors)
    }
    guard let headerRow = table.rows.first, !headerRow.isBlank else {
      fail(1, "file is empty; expected a header 'question_id,reviewed_at,rating[,duration_ms]'")
      return ([], errors)
    }
    let header = headerRow.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    let required = ["question_id", "reviewed_at", "rating"]
    for name in header where !(required + ["duration_ms"]).contains(name) {
      fail(
        headerRow.line,
        "unknown column '\(TerminalText.sanitize(name))'; "
          + "expected question_id,reviewed_at,rating[,duration_ms]")
    }
    for name in required where !header.contains(name) {
      fail(headerRow.line, "missing column '\(name)'")
    }
    guard errors.isEmpty else { return ([], errors) }
    let col = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var rows: [ImportedReview] = []
    rows.reserveCapacity(table.rows.count)
    let iso = ISO8601Parser()
    for row in table.rows.dropFirst() where !row.isBlank {
      let n = row.line
      let fields = row.fields.map { field -> String in
        // Trimming through Foundation is slow; most fields have nothing to trim.
        if field.first == " " || field.last == " " || field.first == "\t" || field.last == "\t" {
          return field.trimmingCharacters(in: .whitespaces)
        }
        return field
      }
      guard fields.count == header.count else {
        fail(n, "expected \(header.count) fields, found \(fields.count)")
        continue
      }
      let id = fields[col["question_id"]!]
      guard !id.isEmpty else {
        fail(n, "empty question_id")
        continue
      }
      let timeText = fields[col["reviewed_at"]!]
      guard let time = iso.parse(timeText) else {
        fail(
          n,
          "reviewed_at '\(TerminalText.sanitize(timeText))' is not an ISO-8601 time with a zone, like 2026-01-31T09:15:00Z"
        )
        continue
      }
      let ratingText = fields[col["rating"]!]
      guard let rating = Int(ratingText).flatMap(Rating.init(rawValue:)) else {
        fail(
          n,
          "rating '\(TerminalText.sanitize(ratingText))' must be 1 (again), 2 (hard), 3 (good) or 4 (easy)"
        )
        continue
      }
      var duration: Int?
      if let c = col["duration_ms"], !fields[c].isEmpty {
        guard let d = Int(fields[c]), d >= 0 else {
          fail(
            n,
            "duration_ms '\(TerminalText.sanitize(fields[c]))' must be a whole number of milliseconds"
          )
          continue
        }
        duration = d
      }
      rows.append(
        ImportedReview(
          line: n, questionId: id, reviewedAt: time, rating: rating, durationMs: duration))
    }
    return (rows, errors)
  }
}

/// Why an import wrote nothing.
public struct ImportFailure: Error, Sendable {
  public var diagnostics: [Diagnostic]
}
