import Foundation
import RehearseKit

/// A plain aligned text table that fits the terminal: when it is wider, its widest text
/// columns are cut with an ellipsis (numbers never are). Widths are display columns, so wide
/// characters count twice.
struct Table {
  var header: [String]
  var rows: [[String]]
  /// Columns from this index on are right-aligned.
  var numericFrom: Int

  /// Text columns are not cut below this width.
  static let narrowest = 6

  /// - Parameter width: the columns available (default: the terminal's, if stdout is one).
  func render(style: TextStyle, width: Int? = Terminal.columns(STDOUT_FILENO)) -> String {
    var widths = header.indices.map { i in
      ([header[i]] + rows.map { $0[i] }).map(DisplayWidth.of).max() ?? 0
    }
    if let width {
      let gaps = 2 * max(0, widths.count - 1)
      while widths.reduce(0, +) + gaps > width {
        let text = widths.indices.filter { !isNumeric($0) && widths[$0] > Self.narrowest }
        guard let widest = text.max(by: { widths[$0] < widths[$1] }) else { break }
        widths[widest] -= 1
      }
    }
    func isNumeric(_ column: Int) -> Bool {
      rows.allSatisfy { row in
        let cell = row[column]
        return cell.isEmpty || cell == "·" || cell == "-" || Double(cell) != nil
      }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        let shown = DisplayWidth.truncate(cell, to: widths[i])
        let pad = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(shown)))
        return i >= numericFrom ? pad + shown : shown + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    return ([style.bold(line(header))] + rows.map(line)).joined(separator: "\n")
  }
}
