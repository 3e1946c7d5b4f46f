import Foundation
import RehearseStore

extension InterviewPlan {
  /// The interview's morning on its study day, when recall on the day is predicted.
  public func interviewMoment(_ calendar: StudyCalendar) -> Date {
    calendar.start(ofDay: day).addingTimeInterval(6 * 3600)
  }

  /// New questions a day to have `unseen` of the scope introduced by ``lastNewDay``.
  public func pace(unseen: Int, today: Int) -> Int {
    guard unseen > 0 else { return 0 }
    let days = max(1, lastNewDay - today + 1)
    return (unseen + days - 1) / days
  }

  /// How this plan steers the drill on `now`, given the store's cards.
  public func steer(catalog: BankCatalog, cards: [CardRecord], calendar: StudyCalendar, now: Date)
    -> PlanSteer
  {
    let scope = Set(self.scope(in: catalog).map(\.id))
    let today = calendar.day(of: now)
    let unseen = cards.filter { $0.isNew && !$0.suspended && scope.contains($0.questionId) }.count
    return PlanSteer(
      scope: scope, interview: interviewMoment(calendar), target: record.target,
      newPerDay: pace(unseen: unseen, today: today),
      inWindow: daysLeft(from: today) <= PlanSteer.window)
  }
}

extension Workspace {
  /// The plan that steers the drill now, if any.
  public func activePlan() throws -> InterviewPlan? {
    let now = clock.now()
    return InterviewPlan.active(
      try store.plans(), calendar: store.calendar, today: store.calendar.day(of: now))
  }
}
