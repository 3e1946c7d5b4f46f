import Foundation
import RehearseStore

/// An interview the user prepares for: a date, and what it covers (a loop's rounds, a few
/// categories, or every interview question). The nearest upcoming plan steers the drill.
public struct InterviewPlan: Sendable, Equatable {
  public var record: InterviewPlanRecord
  /// The interview's study day.
  public var day: Int

  /// Days to finish introducing new questions before the interview, so each is reviewed at
  /// least twice (the day after it is learned, and a few days later) before the day.
  public static let introduceBy = 4

  public init?(_ record: InterviewPlanRecord, calendar: StudyCalendar) {
    guard let day = calendar.day(ofLabel: record.date) else { return nil }
    self.record = record
    self.day = day
  }

  /// The questions the interview can ask: those a round of the plan's loop could draw, else
  /// the interview questions of the focus categories, else every interview question.
  public func scope(in catalog: BankCatalog) -> [Question] {
    let interview = catalog.questions.filter { !$0.isCoaching && !$0.isStoryDrill }
    if let name = record.loop, let loop = catalog.loops.first(where: { $0.name == name }) {
      return interview.filter { q in loop.rounds.contains { $0.admits(q) } }
    }
    if !record.focus.isEmpty {
      return interview.filter { record.focus.contains($0.category.rawValue) }
    }
    return interview
  }

  /// Whole days from study day `today` to the interview (0 on the day itself).
  public func daysLeft(from today: Int) -> Int { day - today }

  /// The last study day on which a new question of the scope should be introduced.
  public var lastNewDay: Int { day - Self.introduceBy }

  /// The plan that steers the drill on study day `today`: the nearest one not yet past.
  public static func active(_ records: [InterviewPlanRecord], calendar: StudyCalendar, today: Int)
    -> InterviewPlan?
  {
    records.compactMap { InterviewPlan($0, calendar: calendar) }
      .filter { $0.day >= today }
      .min { ($0.day, $0.record.id) < ($1.day, $1.record.id) }
  }
}
