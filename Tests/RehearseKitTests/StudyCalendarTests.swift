import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// `StudyCalendar`: study days that start at the rollover hour in the user's zone.
@Suite struct StudyCalendarTests {
  static let newYork = TimeZone(identifier: "America/New_York")!
  let ny = StudyCalendar(timeZone: Self.newYork, rolloverHour: 4)

  func local(_ text: String) -> Date { StoreFixtures.date(text, in: Self.newYork) }
  func label(_ date: Date, _ calendar: StudyCalendar? = nil) -> String {
    let c = calendar ?? ny
    return c.label(ofDay: c.day(of: date))
  }

  @Test func theDayTurnsOverAtTheRolloverHourInUTC() {
    let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    let before = StoreFixtures.utc("2025-01-02 03:59:59")
    let after = StoreFixtures.utc("2025-01-02 04:00:00")
    #expect(utc.day(of: after) == utc.day(of: before) + 1)
    #expect(label(before, utc) == "2025-01-01")
    #expect(label(after, utc) == "2025-01-02")
    #expect(utc.start(ofDay: utc.day(of: after)) == after)
  }

  @Test func theDayTurnsOverAtTheRolloverHourInNewYork() {
    // 03:59 EST is still the study day of the 14th; 04:00 EST starts the 15th.
    #expect(label(local("2025-01-15 03:59:59")) == "2025-01-14")
    #expect(label(local("2025-01-15 04:00")) == "2025-01-15")
    #expect(label(local("2025-01-15 23:59")) == "2025-01-15")
    // 04:00 EST is 09:00 UTC: a UTC-based day would already have turned over.
    #expect(label(StoreFixtures.utc("2025-01-15 08:30:00")) == "2025-01-14")
    #expect(
      ny.start(ofDay: ny.day(of: local("2025-01-15 12:00")))
        == StoreFixtures.utc("2025-01-15 09:00:00"))
  }

  @Test func nextRolloverIsTheNextLocalRolloverHour() {
    #expect(ny.nextRollover(after: local("2025-01-15 12:00")) == local("2025-01-16 04:00"))
    #expect(ny.nextRollover(after: local("2025-01-16 02:00")) == local("2025-01-16 04:00"))
    // At the rollover itself the next one is a day later.
    #expect(ny.nextRollover(after: local("2025-01-16 04:00")) == local("2025-01-17 04:00"))
    // Summer time: 04:00 EDT is 08:00 UTC.
    #expect(
      ny.nextRollover(after: local("2025-07-01 12:00")) == StoreFixtures.utc("2025-07-02 08:00:00"))
  }

  /// 2026-03-08: clocks go from 02:00 EST to 03:00 EDT, so the study day before is 23 hours.
  @Test func springForwardDay() {
    let saturday = local("2026-03-07 12:00")
    let rollover = ny.nextRollover(after: saturday)
    #expect(rollover == StoreFixtures.utc("2026-03-08 08:00:00"), "04:00 EDT; got \(rollover)")
    #expect(rollover.timeIntervalSince(ny.start(ofDay: ny.day(of: saturday))) == 23 * 3600)
    // 04:30 EDT already belongs to Sunday's study day.
    let sundayEarly = StoreFixtures.utc("2026-03-08 08:30:00")
    #expect(label(sundayEarly) == "2026-03-08")
    #expect(ny.nextRollover(after: saturday) <= sundayEarly)
    #expect(ny.elapsedDays(from: saturday, to: sundayEarly) == 1)
  }

  /// 2026-11-01: clocks go from 02:00 EDT back to 01:00 EST, so the study day before is 25 hours.
  @Test func fallBackDay() {
    let saturday = local("2026-10-31 12:00")
    let rollover = ny.nextRollover(after: saturday)
    #expect(rollover == StoreFixtures.utc("2026-11-01 09:00:00"), "04:00 EST; got \(rollover)")
    #expect(rollover.timeIntervalSince(ny.start(ofDay: ny.day(of: saturday))) == 25 * 3600)
    #expect(label(StoreFixtures.utc("2026-11-01 08:30:00")) == "2026-10-31")
    #expect(label(StoreFixtures.utc("2026-11-01 09:00:00")) == "2026-11-01")
  }

  /// Every study day of 2026 starts exactly where `day(of:)` turns over (so `nextRollover` is
  /// the moment cards start counting for the next day), and its label is its local date, in
  /// zones with and without summer time.
  @Test(
    arguments: [
      "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata",
      "America/Sao_Paulo",
    ], [0, 2, 4, 23])
  func everyDayStartsWhereTheDayTurnsOver(zone: String, rolloverHour: Int) {
    let calendar = StudyCalendar(timeZone: TimeZone(identifier: zone)!, rolloverHour: rolloverHour)
    // 23:30 on 1 January belongs to the study day of 1 January whatever the rollover hour.
    let first = calendar.day(of: StoreFixtures.date("2026-01-01 23:30", in: calendar.timeZone))
    var wrong: [String] = []
    for day in first..<(first + 365) {
      let start = calendar.start(ofDay: day)
      if calendar.day(of: start) != day || calendar.day(of: start - 1) != day - 1 {
        wrong.append("\(calendar.label(ofDay: day)) starts at \(start)")
      }
      if calendar.nextRollover(after: start - 1) != start {
        wrong.append("next rollover before \(start)")
      }
    }
    #expect(wrong.isEmpty, "\(zone) rollover \(rolloverHour): \(wrong.prefix(4))")
    #expect(calendar.label(ofDay: first) == "2026-01-01")
    #expect(calendar.label(ofDay: first + 364) == "2026-12-31")
  }

  @Test(arguments: [
    ("2025-01-01 23:00", "2025-01-02 05:00", 1),
    ("2025-01-01 05:00", "2025-01-02 03:59", 0),
    ("2025-01-01 03:00", "2025-01-01 05:00", 1),
    ("2025-01-01 09:00", "2025-01-31 08:00", 30),
    ("2025-01-02 09:00", "2025-01-01 09:00", 0),
    ("2026-03-07 22:00", "2026-03-08 04:30", 1),
    ("2026-10-31 12:00", "2026-11-01 03:59", 0),
  ])
  func elapsedDaysCountsStudyDays(from: String, to: String, days: Int) {
    #expect(ny.elapsedDays(from: local(from), to: local(to)) == days)
  }
}

/// Calendar dates the user types (`--since`) name study days, and only real dates do.
@Suite struct StudyCalendarLabelTests {
  @Test func aLabelNamesTheStudyDayWhoseLabelItIs() {
    for zone in ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"] {
      let calendar = StudyCalendar(timeZone: TimeZone(identifier: zone)!, rolloverHour: 4)
      for day in stride(from: -800, through: 30_000, by: 37) {
        #expect(calendar.day(ofLabel: calendar.label(ofDay: day)) == day, "\(zone) \(day)")
      }
    }
  }

  @Test func onlyDatesThatExistAreRead() {
    let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!)
    #expect(calendar.day(ofLabel: "1970-01-01") == 0)
    #expect(calendar.day(ofLabel: "2024-02-29") != nil)
    #expect(calendar.day(ofLabel: "2000-02-29") != nil)
    for bad in [
      "2026-02-31", "2025-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-13-01",
      "2026-01-00", "2026-9-1", "26-09-01", "2026-09-01x", "", "2026-０9-01",
    ] {
      #expect(calendar.day(ofLabel: bad) == nil, "\(bad)")
    }
  }
}
