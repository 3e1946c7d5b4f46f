import RehearseKit

/// The table `rehearse banks` prints.
struct BanksTable {
  var summary: BankSummary
  var showTopics: Bool
  var style: Style

  func render() -> String {
    let kinds = QuestionKind.allCases.map(\.rawValue)
    let header = ["bank", "category", "questions"] + kinds + ["topics"]
    var rows: [[String]] = []
    for bank in summary.banks {
      rows.append(
        [bank.id, bank.category, String(bank.questions)]
          + kinds.map { bank.kinds[$0].map(String.init) ?? "·" }
          + [String(bank.topics.count)])
    }
    rows.append(
      ["total", "", String(summary.questions)]
        + kinds.map { summary.kinds[$0].map(String.init) ?? "·" }
        + [String(Set(summary.banks.flatMap { $0.topics.keys }).count)])
    var out = Table(header: header, rows: rows, numericFrom: 2).render(style: style)
    if showTopics {
      for bank in summary.banks {
        out += "\n\n" + style.bold(bank.id) + " topics:\n"
        out += bank.topics.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
          .map { "  \($0.key) \($0.value)" }.joined(separator: "\n")
      }
    }
    return out
  }
}

/// A plain aligned text table.
struct Table {
  var header: [String]
  var rows: [[String]]
  /// Columns from this index on are right-aligned.
  var numericFrom: Int

  func render(style: Style) -> String {
    let widths = header.indices.map { i in
      ([header[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        return i >= numericFrom ? pad + cell : cell + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    return ([style.bold(line(header))] + rows.map(line)).joined(separator: "\n")
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
