import Foundation

/// fsrs-rs's RMSE(bins): predictions grouped by interval, review count and lapse count.
struct RecallBins {
  struct Key: Hashable {
    var interval: Int
    var length: Int
    var lapses: Int
  }

  struct Cell {
    var predicted = 0.0
    var actual = 0.0
    var count = 0.0
    var weight = 0.0
  }

  private(set) var cells: [Key: Cell] = [:]

  /// Adds one prediction.
  mutating func add(_ prediction: Double, item: ReviewLog.Item, in log: ReviewLog, weight: Double) {
    let reviews = log.cards[item.card]
    let delta = Double(reviews[item.position].elapsedDays)
    let interval = Int(
      (2.48 * pow(3.62, floor(Foundation.log(delta) / Foundation.log(3.62))) * 100)
        .rounded())
    let length = Double(log.longTermReviewCount(item) + 1)
    let lengthBin = Int(
      (1.99 * pow(1.89, floor(Foundation.log(length) / Foundation.log(1.89)))).rounded())
    let lapses = reviews[0..<item.position].count { $0.rating == .again && $0.elapsedDays > 0 }
    let lapseBin =
      lapses == 0
      ? 0
      : Int(
        (1.65 * pow(1.73, floor(Foundation.log(Double(lapses)) / Foundation.log(1.73))))
          .rounded())
    var cell = cells[Key(interval: interval, length: lengthBin, lapses: lapseBin)] ?? Cell()
    cell.predicted += prediction
    cell.actual += log.recalled(item) ? 1 : 0
    cell.count += 1
    cell.weight += weight
    cells[Key(interval: interval, length: lengthBin, lapses: lapseBin)] = cell
  }

  /// The weighted root mean square gap between mean prediction and mean outcome per bin.
  var rmse: Double {
    var sum = 0.0
    var weight = 0.0
    for cell in cells.values {
      let gap = cell.predicted / cell.count - cell.actual / cell.count
      sum += gap * gap * cell.weight
      weight += cell.weight
    }
    return (sum / weight).squareRoot()
  }
}
