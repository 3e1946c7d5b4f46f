import Foundation
import RehearseStore

/// What `rehearse plan` shows for the plan that steers the drill: the days left, what is in
/// scope and still unseen, the pace of new questions, the predicted recall on the day per area,
/// the story themes still to write, and suggested mock dates. Every number is in the JSON.
public struct PlanReport: Sendable, Encodable, Equatable {
  /// Predicted recall on the interview day for one area (category, topic or theme).
  public struct Area: Sendable, Encodable, Equatable {
    public var area: String
    public var questions: Int
    public var seen: Int
    /// Mean FSRS retrievability on the day over the seen questions, as things stand.
    public var recallOnTheDay: Double?
    /// Seen questions whose recall on the day would be below the plan's target.
    public var belowTarget: Int
  }

  /// A story theme the loop will probe that no story covers yet.
  public struct Theme: Sendable, Encodable, Equatable {
    public var key: String
    public var title: String
    public var writeBy: String
  }

  public var id: String
  public var date: String
  public var daysLeft: Int
  public var loop: String?
  public var focus: [String]
  public var target: Double
  public var minutesPerDay: Int
  public var inScope: Int
  public var unseen: Int
  /// New questions a day to have the whole scope introduced by `introduceBy`.
  public var newPerDay: Int
  public var introduceBy: String
  public var recallOnTheDay: Double?
  public var categories: [Area]
  public var topics: [Area]
  public var themes: [Area]
  public var storyThemesToWrite: [Theme]
  public var mockDates: [String]

  public init(plan: InterviewPlan, ws: Workspace, now: Date) throws {
    let calendar = ws.store.calendar
    let today = calendar.day(of: now)
    let scope = plan.scope(in: ws.catalog)
    let cards = Dictionary(
      try ws.store.activeCards().map { ($0.questionId, $0) }, uniquingKeysWith: { a, _ in a })
    let moment = plan.interviewMoment(calendar)
    var recall: [String: Double] = [:]
    for q in scope {
      guard let card = cards[q.id], !card.isNew else { continue }
      recall[q.id] = card.retrievability(
        at: moment, scheduler: ws.store.scheduler, calendar: calendar)
    }
    let target = plan.record.target
    func area(_ name: String, _ questions: [Question]) -> Area {
      let values = questions.compactMap { recall[$0.id] }
      return Area(
        area: name, questions: questions.count, seen: values.count,
        recallOnTheDay: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count),
        belowTarget: values.filter { $0 < target }.count)
    }
    id = plan.record.id
    date = plan.record.date
    daysLeft = plan.daysLeft(from: today)
    loop = plan.record.loop
    focus = plan.record.focus
    self.target = target
    minutesPerDay = plan.record.minutesPerDay ?? ws.settings.dailyMinutes
    inScope = scope.count
    unseen = scope.filter { recall[$0.id] == nil }.count
    let introduceDay = max(today, plan.lastNewDay)
    introduceBy = calendar.label(ofDay: introduceDay)
    newPerDay = plan.pace(unseen: unseen, today: today)
    let all = area("all", scope)
    recallOnTheDay = all.recallOnTheDay
    categories = Category.allCases.compactMap { c in
      let qs = scope.filter { $0.category == c }
      return qs.isEmpty ? nil : area(c.rawValue, qs)
    }
    var topicOrder: [String] = []
    for q in scope where !topicOrder.contains(q.topic) { topicOrder.append(q.topic) }
    topics = topicOrder.map { t in area(t, scope.filter { $0.topic == t }) }
    let probed = Set(scope.filter { $0.kind == .star }.flatMap(\.competencies))
    let keys = ws.catalog.competencies.map(\.key).filter(probed.contains)
    themes = keys.map { k in area(k, scope.filter { $0.competencies.contains(k) }) }
    let covered = Set(ws.stories.flatMap(\.competencies))
    let writeBy = calendar.label(ofDay: today + max(1, daysLeft / 3))
    storyThemesToWrite = ws.catalog.competencies.filter {
      probed.contains($0.key) && !covered.contains($0.key)
    }.map { Theme(key: $0.key, title: $0.title, writeBy: writeBy) }
    mockDates = Self.mockDays(today: today, interview: plan.day).map(calendar.label(ofDay:))
  }

  /// A mock every four days from three days out, and always one two days before the
  /// interview (none when it is less than three days away).
  static func mockDays(today: Int, interview: Int) -> [Int] {
    guard interview - today >= 3 else { return [] }
    let last = interview - 2
    var days = Array(stride(from: today + 3, to: last - 1, by: 4))
    days.append(last)
    return days
  }
}
