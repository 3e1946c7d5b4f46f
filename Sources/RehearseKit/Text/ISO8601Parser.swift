import Foundation
import RehearseStore

/// Parses ISO-8601 times with a zone (`Z` or `±hh:mm`), with or without fractional seconds.
struct ISO8601Parser {
  /// Unix seconds, or nil when `text` is not such a time.
  func parse(_ text: String) -> Double? {
    // yyyy-MM-ddTHH:mm:ss[.fff](Z|±hh:mm|±hhmm)
    let u = Array(text.utf8)
    func num(_ i: Int, _ n: Int) -> Int? {
      guard i + n <= u.count else { return nil }
      var v = 0
      for k in i..<(i + n) {
        let c = u[k]
        guard c >= 48 && c <= 57 else { return nil }
        v = v * 10 + Int(c - 48)
      }
      return v
    }
    guard u.count >= 20, let y = num(0, 4), u[4] == 45, let mo = num(5, 2), u[7] == 45,
      let d = num(8, 2),
      u[10] == 84 || u[10] == 32, let h = num(11, 2), u[13] == 58, let mi = num(14, 2), u[16] == 58,
      let s = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
    else { return nil }
    var i = 19
    var fraction = 0.0
    if i < u.count, u[i] == 46 {
      i += 1
      var scale = 0.1
      let start = i
      while i < u.count, u[i] >= 48, u[i] <= 57 {
        fraction += Double(u[i] - 48) * scale
        scale /= 10
        i += 1
      }
      if i == start { return nil }
    }
    guard i < u.count else { return nil }
    var offset = 0
    if u[i] == 90 || u[i] == 122 {
      i += 1
    } else if u[i] == 43 || u[i] == 45 {
      let sign = u[i] == 45 ? -1 : 1
      guard let oh = num(i + 1, 2) else { return nil }
      var j = i + 3
      if j < u.count, u[j] == 58 { j += 1 }
      guard let om = num(j, 2) else { return nil }
      offset = sign * (oh * 3600 + om * 60)
      i = j + 2
    } else {
      return nil
    }
    guard i == u.count else { return nil }
    guard (1...12).contains(mo), (1...CivilDate.daysIn(month: mo, year: y)).contains(d) else {
      return nil
    }
    let days = CivilDate.daysSinceEpoch(year: y, month: mo, day: d)
    return Double(days * 86400 + h * 3600 + mi * 60 + s - offset) + fraction
  }
}
