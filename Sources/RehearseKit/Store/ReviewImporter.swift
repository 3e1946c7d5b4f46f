import FSRS
import Foundation
import GRDB

/// Imports a review history from CSV: `question_id,reviewed_at,rating[,duration_ms]`.
///
/// Every row is checked before anything is written; any bad row is a `FILE:LINE: error` and
/// nothing is imported. Rows already in the log (same question, time to the millisecond and
/// rating) are skipped, so importing a file twice adds nothing. Each touched card is then
/// rebuilt from its whole log in time order.
public struct ReviewImporter {
  /// What an import did.
  public struct Report: Sendable, Equatable {
    public var rows: Int
    public var imported: Int
    public var duplicates: Int
    public var cards: Int
  }

  struct Row {
    var line: Int
    var questionId: String
    var reviewedAt: Double
    var rating: Int
    var durationMs: Int?
  }

  let store: Store

  public init(store: Store) { self.store = store }

  /// Parses and imports `data` (the file's bytes); `path` is used in diagnostics.
  /// - Returns: the report, or the diagnostics when any row is bad (nothing imported).
  public func run(_ data: Data, path: String, knownQuestions: Set<String>) throws -> Result<
    Report, ImportFailure
  > {
    let parsed = parse(data, path: path)
    guard parsed.errors.isEmpty else { return .failure(ImportFailure(diagnostics: parsed.errors)) }
    let known = try store.writer.read { db in
      try Set(String.fetchAll(db, sql: "SELECT question_id FROM card"))
    }
    var errors: [Diagnostic] = []
    for row in parsed.rows where !known.contains(row.questionId) {
      let hint = knownQuestions.contains(row.questionId) ? "" : " (not in any loaded bank)"
      errors.append(
        Diagnostic(
          .error, at: SourceLocation(path: path, line: row.line),
          "unknown question id '\(row.questionId)'\(hint)"))
      if errors.count >= 50 { break }
    }
    guard errors.isEmpty else { return .failure(ImportFailure(diagnostics: errors)) }
    return .success(try write(parsed.rows))
  }

  private func write(_ rows: [Row]) throws -> Report {
    try store.writer.write { db in
      var byQuestion: [String: [Row]] = [:]
      for row in rows { byQuestion[row.questionId, default: []].append(row) }
      var imported = 0
      var cards = 0
      var insertedTimes: [Double] = []
      for id in byQuestion.keys.sorted() {
        // Rows already in the log (any source), to the millisecond, are skipped.
        var seen = Set<String>()
        for row in try GRDB.Row.fetchAll(
          db, sql: "SELECT reviewed_at, rating FROM review WHERE question_id = ?", arguments: [id])
        {
          let at: Double = row[0]
          let rating: Int = row[1]
          seen.insert(Self.key(at, rating))
        }
        var fresh: [ReviewRecord] = []
        for row in byQuestion[id] ?? []
        where seen.insert(Self.key(row.reviewedAt, row.rating)).inserted {
          fresh.append(
            ReviewRecord(
              id: Self.stableID(row), questionId: id, reviewedAt: row.reviewedAt,
              rating: row.rating,
              durationMs: row.durationMs, retrievability: 0, stability: 0, difficulty: 0, state: 0,
              stateBefore: 0,
              due: row.reviewedAt, cram: false, source: "import"))
        }
        guard !fresh.isEmpty else { continue }
        try store.rebuildCard(id, in: db, inserting: fresh)
        insertedTimes += fresh.map(\.reviewedAt)
        imported += fresh.count
        cards += 1
      }
      try store.countPracticeDays(insertedTimes, in: db)
      // Imported reviews may re-date the state of later ones; rebuild area totals at next start.
      if imported > 0 { try store.invalidateAreaDays(in: db) }
      return Report(
        rows: rows.count, imported: imported, duplicates: rows.count - imported, cards: cards)
    }
  }

  private static func key(_ at: Double, _ rating: Int) -> String {
    "\(Int64((at * 1000).rounded()))|\(rating)"
  }

  /// A deterministic id for an imported row, so the same row always gets the same id.
  static func stableID(_ row: Row) -> String {
    let key = "\(row.questionId)|\(Int64((row.reviewedAt * 1000).rounded()))|\(row.rating)"
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x8422_2325_cbf2_9ce4
    for byte in key.utf8 {
      a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
      b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9_7f4a_7c15
    }
    return "import-" + FNV1a.uuidShaped(a, b)
  }

  func parse(_ data: Data, path: String) -> (rows: [Row], errors: [Diagnostic]) {
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
    var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard let headerLine = lines.first else {
      fail(1, "file is empty; expected a header 'question_id,reviewed_at,rating[,duration_ms]'")
      return ([], errors)
    }
    let header = headerLine.trimmingCharacters(in: CharacterSet(charactersIn: "\r\u{FEFF} ")).split(
      separator: ","
    ).map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    let required = ["question_id", "reviewed_at", "rating"]
    for name in header where !(required + ["duration_ms"]).contains(name) {
      fail(1, "unknown column '\(name)'; expected question_id,reviewed_at,rating[,duration_ms]")
    }
    for name in required where !header.contains(name) { fail(1, "missing column '\(name)'") }
    guard errors.isEmpty else { return ([], errors) }
    let col = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var rows: [Row] = []
    rows.reserveCapacity(lines.count)
    let iso = ISO8601Parser()
    for (i, raw) in lines.enumerated().dropFirst() {
      let n = i + 1
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
        field -> String in
        // Trimming through Foundation is slow; most fields have nothing to trim.
        if field.first == " " || field.last == " " || field.first == "\t" || field.last == "\t" {
          return field.trimmingCharacters(in: .whitespaces)
        }
        return String(field)
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
      guard let rating = Int(ratingText), (1...4).contains(rating) else {
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
        Row(line: n, questionId: id, reviewedAt: time, rating: rating, durationMs: duration))
    }
    return (rows, errors)
  }
}

/// Why an import wrote nothing.
public struct ImportFailure: Error, Sendable {
  public var diagnostics: [Diagnostic]
}
