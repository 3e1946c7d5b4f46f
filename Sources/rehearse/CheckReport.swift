import Foundation
import RehearseKit

/// What `rehearse check` prints.
struct CheckReport: Encodable {
  struct Item: Encodable {
    var path: String
    var line: Int
    var column: Int
    var severity: String
    var message: String
  }

  var files: Int
  var errors: Int
  var warnings: Int
  var skipped: [String]
  var diagnostics: [Item]
  var summary: BankSummary
  /// Bundled (or other) questions the checked banks replace or hide.
  var replaced: [String]
  var hidden: [String]

  var isClean: Bool { errors == 0 }

  init(catalog: BankCatalog, errors pathErrors: [BankError]) {
    let all =
      pathErrors.map {
        Diagnostic(.error, at: SourceLocation(path: $0.pathForDisplay), $0.reasonForDisplay)
      }
      + catalog.diagnostics
    files = catalog.fileCount
    errors = all.filter { $0.severity == .error }.count
    warnings = all.filter { $0.severity == .warning }.count
    skipped = catalog.skippedFiles
    diagnostics = all.map {
      Item(
        path: $0.location.path, line: $0.location.line, column: $0.location.column,
        severity: $0.severity.rawValue, message: $0.message)
    }
    summary = BankSummary(catalog)
    replaced = catalog.overrides.filter { $0.kind == .replaced }.map(\.id)
    hidden = catalog.overrides.filter { $0.kind == .hidden }.map(\.id)
  }

  func jsonString() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }

  func summaryText(style: TextStyle) -> String {
    var lines: [String] = []
    let verdict =
      errors == 0
      ? style.green("ok")
      : style.red("\(errors) error\(errors == 1 ? "" : "s")")
    var head =
      "\(verdict): \(counted(files, "file")), \(counted(summary.banks.count, "bank")), \(counted(summary.questions, "question"))"
    if warnings > 0 { head += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
    if !skipped.isEmpty { head += "; skipped: \(skipped.joined(separator: ", "))" }
    lines.append(head)
    if summary.questions > 0 {
      lines.append(
        "  by category: "
          + Category.allCases.compactMap { c in
            summary.categories[c.rawValue].map { "\(c.rawValue) \($0)" }
          }.joined(separator: ", "))
      lines.append(
        "  by kind:     "
          + QuestionKind.allCases.compactMap { k in
            summary.kinds[k.rawValue].map { "\(k.rawValue) \($0)" }
          }.joined(separator: ", "))
    }
    if !replaced.isEmpty { lines.append("  replaces:    " + replaced.joined(separator: ", ")) }
    if !hidden.isEmpty { lines.append("  hides:       " + hidden.joined(separator: ", ")) }
    return lines.joined(separator: "\n")
  }
}
