import FSRS
import Foundation
import RehearseStore

/// What an active plan does to one card, for `rehearse card`: its predicted recall on the
/// interview day and, when its due date falls after the interview and that recall is below the
/// target, the day it is brought forward to.
public struct PlanNote: Sendable, Encodable, Equatable {
  public var interview: String
  public var recallOnTheDay: Double
  public var target: Double
  /// The day the card comes up instead of its due date (nil when it is not moved).
  public var broughtForwardTo: String?
  public var due: String?

  enum CodingKeys: String, CodingKey {
    case interview, target, due
    case recallOnTheDay = "recall_on_the_day"
    case broughtForwardTo = "brought_forward_to"
  }

  /// The note for `card`, or nil when no plan is active or the card is outside its scope.
  public static func note(for card: CardRecord, ws: Workspace) throws -> PlanNote? {
    guard let plan = try ws.activePlan(),
      plan.scope(in: ws.catalog).contains(where: { $0.id == card.questionId })
    else { return nil }
    return note(
      for: card, plan: plan, scheduler: ws.store.scheduler, calendar: ws.store.calendar,
      now: ws.clock.now())
  }

  /// The note for a card in the plan's scope (nil for a new card).
  public static func note(
    for card: CardRecord, plan: InterviewPlan, scheduler: Scheduler, calendar: StudyCalendar,
    now: Date
  ) -> PlanNote? {
    guard !card.isNew else { return nil }
    let moment = plan.interviewMoment(calendar)
    let onTheDay = card.retrievability(at: moment, scheduler: scheduler, calendar: calendar)
    let today = calendar.day(of: now)
    var moved: String?
    if let due = card.due, due > moment.timeIntervalSince1970, onTheDay < plan.record.target {
      moved = calendar.label(ofDay: max(today, plan.day - PlanSteer.window))
    }
    return PlanNote(
      interview: plan.record.date, recallOnTheDay: onTheDay, target: plan.record.target,
      broughtForwardTo: moved,
      due: card.due.map { calendar.label(ofDay: calendar.day(of: Date(timeIntervalSince1970: $0))) }
    )
  }

  /// One sentence for people.
  public var sentence: String {
    let recall = String(format: "%.2f", recallOnTheDay)
    let aim = String(format: "%.2f", target)
    if let moved = broughtForwardTo, let due {
      return "Comes up from \(moved) rather than on \(due): your interview is on \(interview), "
        + "and its recall on the day would be \(recall), below the plan's \(aim)."
    }
    return "In scope for your interview on \(interview): recall on the day \(recall) "
      + "(the plan aims for \(aim))."
  }
}
