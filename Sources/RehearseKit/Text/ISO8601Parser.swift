import Foundation

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
    let days = Self.daysFromCivil(y, mo, d)
    guard Self.daysFromCivil(y, mo, 1) + d - 1 == days, d <= Self.daysIn(y, mo) else { return nil }
    return Double(days * 86400 + h * 3600 + mi * 60 + s - offset) + fraction
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date.
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func daysIn(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
