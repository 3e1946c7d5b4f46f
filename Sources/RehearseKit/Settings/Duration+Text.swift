import Foundation

/// Reading and writing step lengths such as `1m`, `10m`, `1h`, `1d`.
public enum StepDuration {
  /// Parses `30s`, `10m`, `2h` or `1d` into seconds.
  public static func parse(_ text: String) -> TimeInterval? {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let unit = t.last, let value = Double(t.dropLast()), value > 0, value.isFinite else {
      return nil
    }
    switch unit {
    case "s": return value
    case "m": return value * 60
    case "h": return value * 3600
    case "d": return value * 86400
    default: return nil
    }
  }

  /// Formats seconds in the largest whole unit: 600 → `10m`.
  public static func format(_ seconds: TimeInterval) -> String {
    for (unit, size) in [("d", 86400.0), ("h", 3600.0), ("m", 60.0)] where seconds >= size {
      let value = seconds / size
      if value == value.rounded() { return "\(Int(value))\(unit)" }
    }
    let whole = seconds.rounded()
    return whole == seconds ? "\(Int(whole))s" : "\(seconds)s"
  }
}
