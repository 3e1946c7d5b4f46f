import Foundation
import GRDB

/// How much is due now, later today, tomorrow, and on each of the next 30 days.
///
/// Encodes with the keys `rehearse due --json` prints (through a snake-case encoder).
public struct DueForecast: Sendable, Equatable, Encodable {
  /// One study day of the forecast.
  public struct Day: Sendable, Equatable, Encodable {
    /// The calendar date, `2026-11-25`.
    public var date: String
    /// Cards falling due that day.
    public var count: Int

    enum CodingKeys: String, CodingKey {
      case date
      case count = "due"
    }
  }

  /// Cards due by now (learning steps and reviews).
  public var dueNow: Int
  /// Cards coming due before the next rollover.
  public var laterToday: Int
  /// Cards due during the next study day.
  public var tomorrow: Int
  /// New questions that today's limit still allows.
  public var newAvailable: Int
  /// New questions not yet seen at all.
  public var newTotal: Int
  /// Per study day from today: the date and how many cards fall due that day (overdue cards
  /// count on today).
  public var days: [Day]

  enum CodingKeys: String, CodingKey {
    case dueNow, laterToday, tomorrow
    case newAvailable = "newAvailableToday"
    case newTotal
    case days = "forecast"
  }
}

extension Store {
  /// The forecast from `now`, over `horizon` study days.
  public func forecast(at now: Date, horizon: Int = 30) throws -> DueForecast {
    try writer.read { db in try forecast(at: now, horizon: horizon, in: db) }
  }

  func forecast(at now: Date, horizon: Int, in db: Database) throws -> DueForecast {
    let cards = try Row.fetchAll(
      db, sql: "SELECT state, due FROM card WHERE retired = 0 AND suspended = 0")
    let today = calendar.day(of: now)
    let t = now.timeIntervalSince1970
    let rollover = calendar.nextRollover(after: now).timeIntervalSince1970
    var counts = [Int](repeating: 0, count: horizon)
    var dueNow = 0
    var laterToday = 0
    var tomorrow = 0
    var newTotal = 0
    for row in cards {
      let state: Int = row["state"]
      guard state != CardPhase.new.rawValue, let due: Double = row["due"] else {
        newTotal += 1
        continue
      }
      if due <= t { dueNow += 1 } else if due < rollover { laterToday += 1 }
      let day = max(0, calendar.day(of: Date(timeIntervalSince1970: due)) - today)
      if day == 1 { tomorrow += 1 }
      if day < horizon { counts[day] += 1 }
    }
    let introduced = try todayCounts(dayBounds(now), in: db).newIntroduced
    return DueForecast(
      dueNow: dueNow, laterToday: laterToday, tomorrow: tomorrow,
      newAvailable: min(newTotal, max(0, settings.newPerDay - introduced)), newTotal: newTotal,
      days: (0..<horizon).map {
        DueForecast.Day(date: calendar.label(ofDay: today + $0), count: counts[$0])
      })
  }
}
