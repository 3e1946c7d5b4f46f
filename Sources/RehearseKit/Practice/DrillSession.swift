import FSRS
import Foundation
import RehearseStore

/// A practice session: asks questions in order, grades answers, commits each confirmed rating
/// at once, and ends with a summary.
///
/// All input and output goes through a ``Console``, so the same session runs on a terminal
/// (GNU readline), from a pipe, or in tests.
///
/// ```swift
/// let session = try DrillSession(workspace: ws, options: DrillOptions(), console: console)
/// let summary = try session.run()
/// ```
public final class DrillSession {
  let ws: Workspace
  let options: DrillOptions
  let console: Console
  let style: TextStyle
  let grader: AnswerGrader
  var queue: SessionQueue
  var total: Int
  var sessionId = ""
  /// When the current question's time runs out (mock interviews); nil: no hard limit.
  var deadline: Date?
  /// A label shown before each question header (the mock round).
  var roundLabel: String?
  /// Where reviews come from: drill, cram or mock.
  var source = ReviewSource.drill
  /// Stories already told in this session, so a loop does not tell one twice.
  var toldStories: Set<String> = []
  /// Every rating given this session, in order (undone ones removed).
  var log: [SessionEntry] = []
  var startedAt = Date()
  var position = 0

  /// One rated question of this session.
  public struct SessionEntry: Sendable {
    public var question: Question
    public var review: ReviewRecord
    public var rating: Rating
  }

  /// Builds the session's queue from today's schedule (or, for cram, from every matching
  /// question, least retained first).
  public convenience init(workspace: Workspace, options: DrillOptions, console: Console) throws {
    try self.init(
      workspace: workspace, options: options, console: console,
      questions: Self.plan(workspace, options))
  }

  /// A session over a given list of questions (mock rounds drive it question by question).
  init(workspace: Workspace, options: DrillOptions, console: Console, questions ids: [String]) {
    ws = workspace
    self.options = options
    self.console = console
    style = TextStyle(enabled: console.styled)
    grader = AnswerGrader(catalog: workspace.catalog)
    queue = SessionQueue(ids, limit: options.count)
    total = min(ids.count, options.count ?? ids.count)
  }

  static func plan(_ ws: Workspace, _ options: DrillOptions) throws -> [String] {
    let now = ws.clock.now()
    let cards = try ws.store.activeCards()
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
    let today = try ws.store.todayCounts(at: now)
    var settings = ws.settings
    if options.newOnly, let count = options.count {
      settings.newPerDay = max(settings.newPerDay, count)
    }
    let weakTopics = weak.topics
    let queue = DailyQueue(
      cards: cards, catalog: ws.catalog, settings: settings, scheduler: ws.store.scheduler,
      calendar: ws.store.calendar, now: now, today: today, filter: options.filter,
      newOnly: options.newOnly, preferredTopics: weakTopics)
    var entries = queue.entries
    if options.weak {
      entries = entries.enumerated().sorted { a, b in
        (weakness(a.element.questionId), a.offset) < (weakness(b.element.questionId), b.offset)
      }.map(\.element)
    }
    return entries.map(\.questionId)
  }

  /// Runs the session until the queue is done, the user quits, or input ends.
  /// - Returns: the end-of-session summary (also printed).
  @discardableResult
  public func run() throws -> SessionSummary {
    startedAt = ws.clock.now()
    sessionId = try ws.store.startSession(kind: options.cram ? .cram : .drill, at: startedAt)
    console.line(openingLine())
    loop: while true {
      let now = ws.clock.now()
      guard let id = queue.next(at: now) else {
        if let due = queue.nextLearningDue {
          console.line(
            style.dim(
              "Learning steps come back in \(SessionText.span(due.timeIntervalSince(now))); run rehearse again then."
            ))
        }
        break
      }
      guard let question = ws.catalog.question(id: id) else { continue }
      position += 1
      switch try ask(question) {
      case .next: continue
      case .quit: break loop
      }
    }
    let summary = try summarize()
    try ws.store.endSession(sessionId, at: ws.clock.now())
    console.write(SessionText.render(summary, style: style))
    return summary
  }

  func openingLine() -> String {
    let what = options.cram ? "Cram session (the schedule is not changed)" : "Today's drill"
    if total == 0 {
      return style.bold(what) + ": nothing due. "
        + style.dim("Try rehearse drill --new-only, or rehearse due.")
    }
    return style.bold(what) + ": \(total) question\(total == 1 ? "" : "s"). "
      + style.dim("Type :help for commands; Ctrl-D ends the session.")
  }
}
