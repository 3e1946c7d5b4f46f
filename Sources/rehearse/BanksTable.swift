import RehearseKit

/// The table `rehearse banks` prints.
struct BanksTable {
  var summary: BankSummary
  var showTopics: Bool
  var style: TextStyle

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

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
