import FSRS
import Foundation
import RehearseStore

/// A practice session: asks questions in order, grades answers, commits each confirmed rating
/// at once, and ends with a summary.
///
/// The drill's driver of a ``SessionEngine``: it plans the queue, then a ``SessionRunner`` asks
/// through a ``Console``, so the same session runs on a terminal (GNU readline), from a pipe,
/// or in tests.
///
/// ```swift
/// let session = try DrillSession(workspace: ws, options: DrillOptions(), console: console)
/// let summary = try session.run()
/// ```
public final class DrillSession {
  let ws: Workspace
  let options: DrillOptions
  let console: Console
  /// The questions planned for the session.
  let questions: [String]

  /// Builds the session's queue from today's schedule (or, for cram, from every matching
  /// question, least retained first).
  public convenience init(workspace: Workspace, options: DrillOptions, console: Console) throws {
    try self.init(
      workspace: workspace, options: options, console: console,
      questions: Self.plan(workspace, options))
  }

  init(workspace: Workspace, options: DrillOptions, console: Console, questions: [String]) {
    ws = workspace
    self.options = options
    self.console = console
    self.questions = questions
  }

  static func plan(_ ws: Workspace, _ options: DrillOptions) throws -> [String] {
    let now = ws.clock.now()
    let (cards, today) = try ws.store.cardsAndTodayCounts(at: now)
    // Weak areas always steer which new questions come first; --weak also reorders the rest.
    let weak = try WeakAreas.rank(ws, at: now)
    func weakness(_ id: String) -> Int {
      ws.catalog.question(id: id).map(weak.rank(of:)) ?? Int.max
    }
    if options.cram {
      // Cram: everything that matches, least retained first (new ones last), or weakest first.
      let byId = Dictionary(cards.map { ($0.questionId, $0) }, uniquingKeysWith: { a, _ in a })
      let matching = ws.catalog.questions.filter {
        options.filter.matches($0) && !(byId[$0.id]?.suspended ?? false)
      }
      let scored = matching.map { q -> (Double, String) in
        if options.weak { return (Double(weakness(q.id)), q.id) }
        let r =
          byId[q.id].map {
            $0.isNew
              ? 2
              : $0.retrievability(
                at: now, scheduler: ws.store.scheduler, calendar: ws.store.calendar)
          } ?? 2
        return (r, q.id)
      }
      return scored.sorted { $0 < $1 }.map(\.1)
    }
    var settings = ws.settings
    // --new-only asks for new questions: today's quota and time already spent do not apply.
    if options.newOnly { settings.newPerDay = Int.max }
    // An interview plan steers the day (not a filtered drill, which asks what it was asked for).
    let plan = options.filter.isEmpty ? try ws.activePlan() : nil
    if let minutes = plan?.record.minutesPerDay { settings.dailyMinutes = minutes }
    let steer = plan?.steer(
      catalog: ws.catalog, cards: cards, calendar: ws.store.calendar, now: now)
    // An explicit --count decides how many; otherwise the day's time budget does.
    let budget: DayBudget? =
      options.count != nil || settings.dailyMinutes == 0
      ? nil
      : DayBudget(
        total: Double(settings.dailyMinutes * 60),
        spent: options.newOnly ? 0 : today.secondsSpent, expected: try expectedTime(ws))
    let weakTopics = weak.topics
    let queue = DailyQueue(
      cards: cards, catalog: ws.catalog, settings: settings, scheduler: ws.store.scheduler,
      calendar: ws.store.calendar, now: now, today: today, filter: options.filter,
      newOnly: options.newOnly, preferredTopics: weakTopics, budget: budget, plan: steer)
    var entries = queue.entries
    if options.weak {
      entries = entries.enumerated().sorted { a, b in
        (weakness(a.element.questionId), a.offset) < (weakness(b.element.questionId), b.offset)
      }.map(\.element)
    }
    var ids = entries.map(\.questionId)
    if options.storyPractice {
      // Questions one of the user's stories fits come first: that is what story practice is for.
      func fits(_ id: String) -> Bool {
        ws.catalog.question(id: id).map {
          !StoryCoach.suggestions(for: $0, from: ws.stories).isEmpty
        }
          ?? false
      }
      ids = ids.filter(fits) + ids.filter { !fits($0) }
    }
    return ids
  }

  /// How long this user takes per kind of question, from their recent answers.
  static func expectedTime(_ ws: Workspace) throws -> ExpectedTime {
    ExpectedTime(
      samples: try ws.store.recentAnswerTimes().compactMap { row in
        ws.catalog.question(id: row.questionId).map { (kind: $0.kind, seconds: row.seconds) }
      })
  }

  /// Roughly how long `ids` take this user, in whole minutes (at least 1; 0 for none).
  static func expectedMinutes(_ ids: some Collection<String>, _ ws: Workspace) throws -> Int {
    guard !ids.isEmpty else { return 0 }
    let expected = try expectedTime(ws)
    let seconds = ids.compactMap { ws.catalog.question(id: $0) }.reduce(0) {
      $0 + expected.seconds(for: $1)
    }
    return max(1, Int((seconds / 60).rounded()))
  }

  /// Runs the session until the queue is done, the user quits, or input ends.
  /// - Returns: the end-of-session summary (also printed).
  @discardableResult
  public func run() throws -> SessionSummary {
    let startedAt = ws.clock.now()
    let kind = options.sessionKind
    let engine = SessionEngine(
      kind: kind, catalog: ws.catalog, questions: questions, limit: options.count)
    let runner = SessionRunner(
      workspace: ws, engine: engine, console: console,
      sessionId: try ws.store.startSession(kind: kind, at: startedAt))
    console.line(try openingLine(total: engine.total, style: runner.text.style))
    while true {
      let now = ws.clock.now()
      guard let question = runner.engine.next(at: now) else {
        if let due = runner.engine.nextLearningDue {
          console.line(
            runner.text.dim(
              "Learning steps come back in \(SessionText.span(due.timeIntervalSince(now))); run rehearse again then."
            ))
        }
        break
      }
      if case .quit = try runner.ask(question) { break }
    }
    let summary = try SessionSummary.make(
      runner.engine, ws: ws, startedAt: startedAt, cram: options.cram)
    do { try ws.store.endSession(runner.sessionId, at: ws.clock.now()) } catch StoreError
      .writeFailed
    {
      // Only the session's end time is lost; every answer above says whether it was saved.
    }
    console.write(SessionText.render(summary, style: runner.text.style))
    return summary
  }

  func openingLine(total: Int, style: TextStyle) throws -> String {
    let what = options.cram ? "Cram session (the schedule is not changed)" : "Today's drill"
    let countdown = try Self.countdown(ws).map { style.bold($0) + ". " } ?? ""
    if total == 0 {
      return countdown + style.bold(what) + ": nothing due. "
        + style.dim("Try rehearse drill --new-only, or rehearse due.")
    }
    return countdown + style.bold(what) + ": \(total) question\(total == 1 ? "" : "s"), about "
      + "\(try Self.expectedMinutes(questions.prefix(options.count ?? questions.count), ws)) min. "
      + style.dim("Type :help for commands; Ctrl-D ends the session.")
  }

  /// "Interview in 9 days", "Interview tomorrow", "Interview today", when a plan is active.
  public static func countdown(_ ws: Workspace) throws -> String? {
    guard let plan = try ws.activePlan() else { return nil }
    let days = plan.daysLeft(from: ws.store.calendar.day(of: ws.clock.now()))
    switch days {
    case 0: return "Interview today"
    case 1: return "Interview tomorrow"
    default: return "Interview in \(days) days"
    }
  }
}
