import RehearseKit

/// A plain aligned text table.
struct Table {
  var header: [String]
  var rows: [[String]]
  /// Columns from this index on are right-aligned.
  var numericFrom: Int

  func render(style: TextStyle) -> String {
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
