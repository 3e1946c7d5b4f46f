import FSRS
import Foundation
import RehearseStore

/// Runs a mock interview loop: round by round, with a countdown per round and per question,
/// grading as in a drill, recording reviews in a mock session, and a scorecard at the end.
///
/// The mock's driver of a ``SessionEngine``: each round's questions go into the engine's queue,
/// so `:undo` asks the taken-back question again within the loop, as in a drill.
public final class MockSession {
  let ws: Workspace
  let loop: MockLoop
  let console: Console
  let text: SessionPresenter
  var record: MockRecord

  /// Starts a new mock of `loop`, or resumes `resume` (an unfinished one).
  public init(
    workspace: Workspace, loop: MockLoop, minutes: Int?, console: Console, resume: MockRecord? = nil
  ) throws {
    ws = workspace
    self.loop = loop
    self.console = console
    text = SessionPresenter(style: TextStyle(enabled: console.styled))
    if let resume {
      record = resume
    } else {
      let now = workspace.clock.now()
      let scale = minutes.map { Double($0) / Double(max(1, loop.minutes)) } ?? 1
      let id = try workspace.store.startSession(kind: .mock, at: now, filters: loop.name)
      record = MockRecord(
        id: id, loop: loop.name, plan: try MockPlanner(ws: workspace, loop: loop, now: now).plan(),
        minutesScale: scale, startedAt: now)
      try workspace.store.saveMock(record)
    }
  }

  /// Runs the remaining rounds. Returns the scorecard, or nil when the user stopped early
  /// (the mock can then be resumed).
  @discardableResult
  public func run() throws -> MockScorecard? {
    let answered = Set(try ws.store.activeReviews(inSession: record.id).map(\.questionId))
    let total = record.plan.reduce(0) { $0 + $1.count }
    let runner = SessionRunner(
      workspace: ws,
      engine: SessionEngine(
        kind: .mock, catalog: ws.catalog, resumingAfter: answered.count, of: total),
      console: console, sessionId: record.id)
    console.line(
      text.style.bold("Mock loop: \(loop.title)")
        + text.dim(
          " · \(loop.rounds.count) rounds · \(Int((Double(loop.minutes) * record.minutesScale).rounded())) min · Ctrl-D pauses; rehearse mock --resume continues"
        ))
    // Rounds already closed stay closed: a resumed mock goes on where it paused.
    for (r, round) in loop.rounds.enumerated() where r < record.plan.count && r >= record.roundsDone
    {
      let remaining = record.plan[r].filter { !answered.contains($0) }
      guard !remaining.isEmpty else {
        try closeRound(r)
        continue
      }
      let roundSeconds =
        Double(round.minutes) * 60 * record.minutesScale * Double(remaining.count)
        / Double(record.plan[r].count)
      let roundEnd = ws.clock.now().addingTimeInterval(roundSeconds)
      console.line()
      console.line(
        text.style.bold("Round \(r + 1) of \(loop.rounds.count): \(round.name)")
          + text.dim(
            " · \(remaining.count) question\(remaining.count == 1 ? "" : "s") · \(SessionText.clock(roundSeconds)) on the clock"
          ))
      runner.engine.enqueue(remaining)
      while true {
        let now = ws.clock.now()
        guard let q = runner.engine.next(at: now) else { break }
        let left = roundEnd.timeIntervalSince(now)
        if left <= 0 {
          console.line(text.warn("Round time is up; moving on."))
          runner.engine.dropRemaining()
          break
        }
        // The round's time left is shared evenly by the questions still to ask.
        let deadline = now.addingTimeInterval(left / Double(runner.engine.remaining + 1))
        if case .quit = try runner.ask(q, deadline: deadline, roundLabel: "R\(r + 1)") {
          console.line(
            text.warn(
              "Mock paused after \(runner.engine.position - 1) of \(total) questions; every answer so far is saved. Resume with: rehearse mock --resume"
            ))
          return nil
        }
      }
      try closeRound(r)
    }
    let card = MockScorer(
      loop: loop, plan: record.plan, catalog: ws.catalog, minutesScale: record.minutesScale
    ).scorecard(from: try ws.store.activeReviews(inSession: record.id))
    record.endedAt = ws.clock.now()
    record.scorecard = card
    try ws.store.saveMock(record)
    try ws.store.endSession(record.id, at: ws.clock.now())
    let previous = try ws.store.mocks().filter { $0.id != record.id && $0.scorecard != nil }.last
    console.write(MockText.scorecard(card, previous: previous?.scorecard, style: text.style))
    return card
  }

  /// Marks round `r` closed, so a resume does not reopen it.
  private func closeRound(_ r: Int) throws {
    record.roundsDone = max(record.roundsDone, r + 1)
    try ws.store.saveMock(record)
  }
}
