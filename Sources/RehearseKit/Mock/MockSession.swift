import FSRS
import Foundation
import RehearseStore

/// Runs a mock interview loop: round by round, with a countdown per round and per question,
/// grading as in a drill, recording reviews in a mock session, and a scorecard at the end.
public final class MockSession {
  let ws: Workspace
  let loop: MockLoop
  let console: Console
  let style: TextStyle
  var record: MockRecord

  /// What happened to one question.
  struct Outcome {
    var question: Question
    var round: Int
    var rating: Rating?
    var coverage: Double?
    var words: Int
    var star: Int?
  }

  /// Starts a new mock of `loop`, or resumes `resume` (an unfinished one).
  public init(
    workspace: Workspace, loop: MockLoop, minutes: Int?, console: Console, resume: MockRecord? = nil
  ) throws {
    ws = workspace
    self.loop = loop
    self.console = console
    style = TextStyle(enabled: console.styled)
    if let resume {
      record = resume
    } else {
      let now = workspace.clock.now()
      let scale = minutes.map { Double($0) / Double(max(1, loop.minutes)) } ?? 1
      let id = try workspace.store.startSession(kind: .mock, at: now, filters: loop.name)
      record = MockRecord(
        id: id, loop: loop.name, plan: try MockPlanner(ws: workspace, loop: loop, now: now).plan(),
        minutesScale: scale,
        startedAt: now, endedAt: nil, scorecard: nil)
      try workspace.store.saveMock(record)
    }
  }

  /// Runs the remaining rounds. Returns the scorecard, or nil when the user stopped early
  /// (the mock can then be resumed).
  @discardableResult
  public func run() throws -> MockScorecard? {
    let drill = DrillSession(
      workspace: ws, options: DrillOptions(), console: console, questions: [])
    drill.sessionId = record.id
    drill.source = .mock
    let answered = Set(try ws.store.activeReviews(inSession: record.id).map(\.questionId))
    let total = record.plan.reduce(0) { $0 + $1.count }
    console.line(
      style.bold("Mock loop: \(loop.title)")
        + style.dim(
          " · \(loop.rounds.count) rounds · \(Int((Double(loop.minutes) * record.minutesScale).rounded())) min · Ctrl-D pauses; rehearse mock --resume continues"
        ))
    var position = answered.count
    for (r, round) in loop.rounds.enumerated() where r < record.plan.count {
      let remaining = record.plan[r].filter { !answered.contains($0) }
      guard !remaining.isEmpty else { continue }
      let roundSeconds =
        Double(round.minutes) * 60 * record.minutesScale * Double(remaining.count)
        / Double(record.plan[r].count)
      let roundStart = ws.clock.now()
      let roundEnd = roundStart.addingTimeInterval(roundSeconds)
      console.line()
      console.line(
        style.bold("Round \(r + 1) of \(loop.rounds.count): \(round.name)")
          + style.dim(
            " · \(remaining.count) question\(remaining.count == 1 ? "" : "s") · \(SessionText.clock(roundSeconds)) on the clock"
          ))
      for (k, id) in remaining.enumerated() {
        guard let q = ws.catalog.question(id: id) else { continue }
        let now = ws.clock.now()
        let left = roundEnd.timeIntervalSince(now)
        if left <= 0 {
          console.line(style.yellow("Round time is up; moving on."))
          break
        }
        drill.deadline = now.addingTimeInterval(left / Double(remaining.count - k))
        drill.roundLabel = "R\(r + 1)"
        position += 1
        drill.position = position
        drill.total = total
        if case .quit = try drill.ask(q) {
          console.line(
            style.yellow(
              "Mock paused after \(position - 1) of \(total) questions; every answer so far is saved. Resume with: rehearse mock --resume"
            ))
          return nil
        }
      }
    }
    let card = MockScorer(loop: loop, plan: record.plan, catalog: ws.catalog)
      .scorecard(from: try ws.store.activeReviews(inSession: record.id))
    record.endedAt = ws.clock.now()
    record.scorecard = card
    try ws.store.saveMock(record)
    try ws.store.endSession(record.id, at: ws.clock.now())
    let previous = try ws.store.mocks().filter { $0.id != record.id && $0.scorecard != nil }.last
    console.write(MockText.scorecard(card, previous: previous?.scorecard, style: style))
    return card
  }
}
