import FSRS
import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

@testable import RehearseKit

/// Drills and mocks run in-process on a scripted console, over the bundled banks.
@Suite struct SessionRunnerTests {
  let home: TemporaryDirectory

  init() throws { home = try TemporaryDirectory() }

  func loop(_ ws: Workspace, _ name: String) throws -> MockLoop {
    try #require(ws.catalog.loops.first { $0.name == name })
  }

  /// Headers name the question id last; the ids asked, in order.
  static func askedIDs(_ transcript: String) -> [String] {
    transcript.split(separator: "\n").compactMap { line in
      guard line.contains("   new") || line.contains(" ago   ") else { return nil }
      return line.split(separator: " ").last.map(String.init)
    }
  }

  @Test func undoInAMockAsksTheTakenBackQuestionAgainAndKeepsTheCurrentOne() throws {
    defer { home.remove() }
    let ws = try WorkspaceFixtures.open(home: home.url, tick: 1)
    var ratings = 0
    var undone = false
    let steady = ScriptedConsole.steadyResponder()
    let console = ScriptedConsole { prompt, console in
      // At the first prompt of the second question, take back the first rating.
      if !undone, ratings == 1, prompt.contains("answer>") {
        undone = true
        return .line(":undo")
      }
      if prompt.hasPrefix("rate>") { ratings += 1 }
      return steady(prompt, console)
    }
    let session = try MockSession(
      workspace: ws, loop: try loop(ws, "general"), minutes: nil, console: console)
    let card = try #require(try session.run())
    let asked = Self.askedIDs(console.transcript)
    let plan = session.record.plan.flatMap { $0 }
    #expect(console.transcript.contains("asking it again"))
    // The taken-back question is asked again right away, then the one it interrupted.
    #expect(Array(asked.prefix(4)) == [plan[0], plan[1], plan[0], plan[1]])
    #expect(Set(asked) == Set(plan))
    #expect(card.rounds.reduce(0) { $0 + $1.answered } == plan.count)
    let reviews = try ws.store.activeReviews(inSession: session.record.id)
    #expect(Set(reviews.map(\.questionId)) == Set(plan))
    #expect(reviews.count == plan.count)
  }

  @Test func withoutKeptAnswersTheMockStillScoresCommunication() throws {
    defer { home.remove() }
    let ws = try WorkspaceFixtures.open(home: home.url, tick: 1, config: "keep_answers: false\n")
    let answer = String(
      repeating: "I would name one owner, agree a date and a rollback plan with the team. ",
      count: 8)
    let session = try MockSession(
      workspace: ws, loop: try loop(ws, "general"), minutes: nil,
      console: ScriptedConsole.steady(typed: answer))
    let card = try #require(try session.run())
    let reviews = try ws.store.activeReviews(inSession: session.record.id)
    let typed = reviews.filter { $0.words != nil }
    #expect(!typed.isEmpty)
    #expect(reviews.allSatisfy { $0.answer == nil })
    #expect(typed.map(\.words) == typed.map { _ in Store.wordCount(answer) })
    #expect(card.dimensions[.communication] != nil)
  }

  @Test func storyPracticeIsRecordedAsStoryPractice() throws {
    defer { home.remove() }
    let ws = try WorkspaceFixtures.open(home: home.url, tick: 1)
    // Rated Easy, so no learning step brings a card back within the session.
    let console = ScriptedConsole.steady(
      typed: "I owned the launch and I cut the error rate by 40% in two weeks.", rating: "4")
    let summary = try DrillSession(
      workspace: ws,
      options: DrillOptions(
        filter: QueueFilter(categories: [.behavioral], kinds: [.star]), count: 2,
        storyPractice: true),
      console: console
    ).run()
    #expect(summary.answered == 2)
    let asked = Self.askedIDs(console.transcript)
    #expect(asked.count == 2)
    for id in asked {
      #expect(try ws.store.history(of: id).entries.map(\.source) == [.story])
    }
  }
}

extension SessionRunnerTests {
  @Test func undoAfterSuspendTakesBackTheSuspension() throws {
    defer { home.remove() }
    let ws = try WorkspaceFixtures.open(home: home.url, tick: 1)
    var step = 0
    let steady = ScriptedConsole.steadyResponder()
    let console = ScriptedConsole { prompt, console in
      guard prompt.contains("answer>") else { return steady(prompt, console) }
      step += 1
      if step == 1 { return .line(":suspend") }
      if step == 2 { return .line(":undo") }
      return steady(prompt, console)
    }
    try DrillSession(
      workspace: ws, options: DrillOptions(filter: QueueFilter(kinds: [.choice]), count: 3),
      console: console
    ).run()
    let asked = Self.askedIDs(console.transcript)
    #expect(asked.count >= 3)
    // The suspended question is asked again right after :undo, and is not suspended.
    #expect(asked[2] == asked[0], "\(asked)")
    #expect(console.transcript.contains("Unsuspended \(asked[0]); asking it again."))
    #expect(try ws.store.card(asked[0])?.suspended == false)
  }
}

extension SessionRunnerTests {
  /// A round whose time ran out stays closed: paused in the next round, the mock resumes
  /// there, and the scorecard says the round ran over.
  @Test func resumeContinuesInTheRoundWhereTheMockPaused() throws {
    defer { home.remove() }
    // Five minutes pass per clock reading: the second round's 25 minutes for three questions
    // run out before its last one.
    let ws = try WorkspaceFixtures.open(home: home.url, tick: 300)
    let steady = ScriptedConsole.steadyResponder()
    var roundThreePrompts = 0
    let first = ScriptedConsole { prompt, console in
      if prompt.contains("answer>"), console.transcript.contains("Round 3 of") {
        roundThreePrompts += 1
        if roundThreePrompts == 1 { return .endOfInput }
      }
      return steady(prompt, console)
    }
    let session = try MockSession(
      workspace: ws, loop: try loop(ws, "general"), minutes: nil, console: first)
    #expect(try session.run() == nil)
    #expect(first.transcript.contains("Round time is up"))
    let record = try #require(try ws.store.mocks().last)
    #expect(record.roundsDone == 2)

    // Resumed by a slower candidate: ten minutes a clock reading, so an answer outlasts a round.
    let later = try WorkspaceFixtures.open(home: home.url, now: "2026-11-25T12:00:00Z", tick: 600)
    let again = ScriptedConsole.steady()
    let resumed = try MockSession(
      workspace: later, loop: try loop(ws, "general"), minutes: nil, console: again,
      resume: record)
    let card = try #require(try resumed.run())
    #expect(!again.transcript.contains("Round 2 of"))
    #expect(again.transcript.contains("Round 3 of"))
    let asked = Self.askedIDs(again.transcript)
    let closed = Set(record.plan[0] + record.plan[1])
    #expect(!asked.contains { closed.contains($0) }, "\(asked)")
    #expect(card.rounds.contains { $0.isOver }, "\(card.rounds)")
    #expect(again.transcript.contains("(over time)"))
  }
}

extension SessionRunnerTests {
  /// Story practice lists a story already told for a later question (marked), and asks
  /// exactly --count questions.
  @Test func aStoryToldAlreadyIsStillListedAndMarked() throws {
    defer { home.remove() }
    var ws = try WorkspaceFixtures.open(home: home.url, tick: 1)
    try ws.store.saveStory(
      Story(
        title: "Aligned three teams without authority", situation: "Three teams disagreed.",
        action: "I mapped their goals and I proposed a shared milestone.",
        result: "We shipped 2 weeks early.", competencies: ["influence-no-authority"]),
      at: ws.clock.now())
    ws = try WorkspaceFixtures.open(home: home.url, tick: 1)
    let console = ScriptedConsole.steady(
      typed: "I owned it and I cut the delay by 40% in two weeks.", rating: "4")
    let summary = try DrillSession(
      workspace: ws,
      options: DrillOptions(
        filter: QueueFilter(themes: ["influence-no-authority"]), count: 2, storyPractice: true),
      console: console
    ).run()
    #expect(summary.answered == 2)
    let fitLines = console.transcript.split(separator: "\n").filter {
      $0.hasPrefix("Stories that fit:")
    }
    #expect(fitLines.count == 2, "\(console.transcript)")
    #expect(!fitLines[0].contains("told already"))
    #expect(fitLines[1].contains("aligned-three-teams-without-authority"))
    #expect(fitLines[1].contains("told already"))
  }
}

extension SessionRunnerTests {
  /// When a mock question's time runs out, what was typed is graded and the user still
  /// confirms the rating.
  @Test func anAnswerCutOffByTheClockIsGradedAndStillRated() throws {
    defer { home.remove() }
    let ws = try WorkspaceFixtures.open(home: home.url, tick: 300)
    var ratedAfterTimeUp = false
    let steady = ScriptedConsole.steadyResponder()
    let console = ScriptedConsole { prompt, console in
      if prompt.hasPrefix("rate>"), console.transcript.contains("Time's up.") {
        ratedAfterTimeUp = true
        return .endOfInput
      }
      return steady(prompt, console)
    }
    _ = try MockSession(
      workspace: ws, loop: try loop(ws, "general"), minutes: nil, console: console
    ).run()
    #expect(ratedAfterTimeUp, "\(console.transcript)")
    // Graded: the feedback and the suggestion come before the rating prompt.
    let afterTimeUp = try #require(console.transcript.components(separatedBy: "Time's up.").last)
    #expect(afterTimeUp.contains("Enter = "))
    #expect(afterTimeUp.contains("Saved with the suggested rating"))
  }
}

extension SessionRunnerTests {
  /// The principles-heavy loop's written exercise is written in the editor from the start, and
  /// what the editor returns is the graded answer.
  @Test func aWrittenExerciseOpensTheEditorAndGradesWhatWasWritten() throws {
    defer { home.remove() }
    let ws = try WorkspaceFixtures.open(home: home.url, tick: 1)
    let console = ScriptedConsole.steady()
    console.edited = .edited(
      "I propose we consolidate the two feature-flag vendors into one by Q3, saving money.")
    let session = try MockSession(
      workspace: ws, loop: try loop(ws, "leadership-principles"), minutes: nil, console: console)
    _ = try session.run()
    #expect(console.transcript.contains("A written exercise: press Enter to write it"))
    let record = try #require(try ws.store.mocks().last)
    let exercise = try #require(record.plan.first?.first)
    #expect(ws.catalog.question(id: exercise)?.isWrittenExercise == true)
    let review = try #require(
      try ws.store.activeReviews(inSession: record.id).first { $0.questionId == exercise })
    #expect(review.answer?.contains("consolidate the two feature-flag vendors") == true)
  }
}
