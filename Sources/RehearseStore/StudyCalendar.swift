import Foundation

/// Study days: calendar days in the user's time zone that start at the rollover hour (like
/// Anki's 4 a.m.), so a late-night session counts towards the day it belongs to.
public struct StudyCalendar: Sendable, Equatable {
  public var timeZone: TimeZone
  /// The local hour (0–23) at which a new study day begins.
  public var rolloverHour: Int

  public init(timeZone: TimeZone = .current, rolloverHour: Int = 4) {
    self.timeZone = timeZone
    self.rolloverHour = rolloverHour
  }

  /// The study day `date` falls on, as a whole number of days since 1970-01-01.
  public func day(of date: Date) -> Int {
    let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
    return Int(((local - Double(rolloverHour) * 3600) / 86400).rounded(.down))
  }

  /// Whole study days between two moments (never negative).
  public func elapsedDays(from start: Date, to end: Date) -> Int {
    max(0, day(of: end) - day(of: start))
  }

  /// The moment study day `day` begins.
  public func start(ofDay day: Int) -> Date {
    // The zone's offset can change within a day of the boundary (daylight saving), so try the
    // offsets in force around it and keep the earliest moment that lies on `day`.
    let guess = Double(day) * 86400 + Double(rolloverHour) * 3600
    let candidates = [-86400.0, 0, 86400].map { shift -> Date in
      let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: guess + shift))
      return Date(timeIntervalSince1970: guess - Double(offset))
    }
    return candidates.filter { self.day(of: $0) == day }.min()
      ?? Date(
        timeIntervalSince1970: guess
          - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: guess))))
  }

  /// When the study day after the one containing `date` begins.
  public func nextRollover(after date: Date) -> Date {
    start(ofDay: day(of: date) + 1)
  }

  /// A calendar date (`2026-11-25`) for a study day, for display and JSON.
  public func label(ofDay day: Int) -> String {
    let noon = start(ofDay: day).addingTimeInterval(8 * 3600)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents(
      [.year, .month, .day], from: noon.addingTimeInterval(-Double(rolloverHour) * 3600))
    return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
  }

  /// The study day a calendar date (`2026-11-25`) names: the inverse of ``label(ofDay:)``.
  /// Nil unless the text is `yyyy-mm-dd` and that date exists (no 31 April, no 29 February
  /// outside leap years).
  public func day(ofLabel text: String) -> Int? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
      (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(dayOfMonth)
    else { return nil }
    return CivilDate.daysSinceEpoch(year: year, month: month, day: dayOfMonth)
  }
}
