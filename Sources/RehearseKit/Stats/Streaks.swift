import Foundation
import RehearseStore

/// Current and longest runs of consecutive practice days.
enum Streaks {
  /// `days` are distinct study days, most recent first.
  static func of(_ allDays: [Int], today: Int) -> (current: Int, longest: Int) {
    let days = allDays.filter { $0 <= today }
    var runs: [Int] = []
    var previous: Int?
    for d in days {
      if let p = previous, p - d == 1 { runs[runs.count - 1] += 1 } else { runs.append(1) }
      previous = d
    }
    let current = (days.first.map { $0 >= today - 1 } ?? false) ? runs[0] : 0
    return (current, runs.max() ?? 0)
  }
}
