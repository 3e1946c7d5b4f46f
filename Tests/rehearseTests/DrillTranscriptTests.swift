import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// End-to-end drill sessions through a pipe, with a fixed clock and seed so the transcript is
/// stable, compared with golden files in Snapshots/.
@Suite(.serialized) struct DrillTranscriptTests {
  static let bank = """
    id: e2e
    title: End-to-end bank
    category: program-management
    questions:
      - id: e2e-raci
        kind: choice
        topic: raci
        prompt: In a RACI matrix, how many people are Accountable for one deliverable?
        choices:
          - text: Exactly one
            correct: true
            why: One owner answers for the outcome.
          - text: One per team involved
            why: Several owners blur who decides.
          - text: Everyone who does the work
            why: Those are the Responsible people.
      - id: e2e-critical-path
        kind: recall
        topic: scheduling
        prompt: What is the critical path of a program?
        answer: The longest chain of dependent tasks; it sets the earliest finish date, and its tasks have zero float.
        hints: [Think about which tasks can slip without moving the end date.]
        key_points:
          - point: The longest chain of dependent tasks
            accept: [longest path, longest chain]
          - point: Sets the earliest finish date
            accept: [earliest finish, end date]
          - point: Tasks on it have no float
            accept: [zero float, no slack, no float]
    """

  func run(
    _ input: String, home: TemporaryDirectory, arguments: [String] = ["drill", "--bank", "e2e"]
  ) throws -> CommandRunner.Result {
    try CommandRunner.rehearse(environment: [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": "2026-11-25T09:00:00Z",
      "REHEARSE_TICK": "5", "REHEARSE_SEED": "7",
    ]).run(arguments, input: input)
  }

  @Test func choiceAndRecallSessionMatchesTheTranscript() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write("banks/e2e.yaml", Self.bank)
    let input = """
      c
      2
      :hint
      It is the longest chain of dependent tasks, and those tasks have zero float.

      \u{20}
      :stats
      a


      """
    let result = try run(input, home: home)
    #expect(result.status == 0, "\(result.stderr)")
    assertSnapshot(result.stdout, named: "drill-choice-recall")

    // Both ratings are in the database, with the suggested rating and the time taken.
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    let raci = try store.history(of: "e2e-raci")
    #expect(raci.entries.map(\.rating) == [.hard, .good])
    let path = try store.history(of: "e2e-critical-path")
    // Two of three key points, in sentences: Good (Enter accepted the suggestion).
    #expect(path.entries.map(\.rating) == [.good])
    #expect((path.entries.first?.durationMs ?? 0) > 0)
  }

  @Test func undoTakesBackTheLastRatingInTheDatabase() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write("banks/e2e.yaml", Self.bank)
    // Answer the choice (Good), undo at the next prompt, answer it again (Again), then quit.
    // Taken back, it is shown in the same order: c is still the right option.
    let result = try run("c\n\n:undo\nb\n1\n:quit\n", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Undid e2e-raci (good); asking it again."))
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    let history = try store.history(of: "e2e-raci")
    #expect(history.entries.map(\.rating) == [.again])
    #expect(history.ignoredReviews == 1)
    #expect(result.stdout.contains("What you missed\n  e2e-raci"))
  }

  @Test func endOfInputKeepsTheTypedAnswer() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write("banks/e2e.yaml", Self.bank)
    // Input ends in the middle of a typed answer: it is graded and saved with the suggestion.
    let result = try run(
      "c\n\nThe longest chain of dependent tasks, with zero float", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Saved with the suggested rating"))
    #expect(result.stdout.contains("Session summary\nAnswered 2"))
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    #expect(try store.history(of: "e2e-raci").entries.count == 1)
    #expect(try store.history(of: "e2e-critical-path").entries.count == 1)
  }

  @Test func cramLogsWithoutChangingTheSchedule() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write("banks/e2e.yaml", Self.bank)
    // Cram asks least-retained first; both are new, so in id order: the recall one first.
    let result = try run(
      ":reveal\n3\n:quit\n", home: home, arguments: ["drill", "--bank", "e2e", "--cram"])
    #expect(result.stdout.contains("saved (cram: schedule unchanged)"))
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    #expect(try store.card("e2e-critical-path")?.isNew == true)
    #expect(try store.history(of: "e2e-critical-path").ignoredReviews == 1)
  }

  @Test func unknownTopicIsAnError() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write("banks/e2e.yaml", Self.bank)
    let result = try run("", home: home, arguments: ["drill", "--topic", "schedulng"])
    #expect(result.status != 0)
    #expect(
      result.stderr.contains("no topic 'schedulng' in the loaded banks; did you mean 'scheduling'?")
    )
  }

  @Test func themeFilterAsksOnlyQuestionsProbingThatTheme() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let result = try run(
      ":skip\n:skip\n:quit\n", home: home, arguments: ["drill", "--theme", "mentoring", "--cram"])
    #expect(result.status == 0, "\(result.stderr)")
    let headers = result.stdout.split(separator: "\n").filter {
      $0.contains("/") && $0.contains(" · ")
    }
    #expect(headers.count == 3)
    #expect(headers.allSatisfy { $0.contains(" · star") })
  }
}
