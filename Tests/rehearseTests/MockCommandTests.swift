import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// Scripted mock loops through piped input with a fixed clock.
@Suite(.serialized) struct MockCommandTests {
  /// "a", then Enter to finish or accept, then one more Enter: works for choice and typed
  /// questions alike.
  static func answers(_ n: Int) -> String { String(repeating: "a\n\n\n", count: n) }

  /// The mock's mechanics with follow-ups off (the piped answers are one per question);
  /// FollowUpTests covers follow-ups in a mock.
  func env(_ home: TemporaryDirectory, tick: Int = 0) -> [String: String] {
    try? FileManager.default.createDirectory(at: home.url, withIntermediateDirectories: true)
    try? Data("follow_ups: false\n".utf8).write(to: home.url.appending(path: "config.yaml"))
    return [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": "2026-11-25T09:00:00Z",
      "REHEARSE_TICK": String(tick), "REHEARSE_SEED": "11",
    ]
  }

  @Test func loopRunsEveryRoundAndEndsWithAScorecard() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = CommandRunner.rehearse(environment: env(home))
    let result = try r.run(["mock", "--loop", "general"], input: Self.answers(10))
    #expect(result.status == 0, "\(result.stderr)")
    for round in 1...4 { #expect(result.stdout.contains("Round \(round) of 4:")) }
    #expect(result.stdout.contains("Round 4 of 4: Leadership and influence"))
    #expect(result.stdout.contains("Scorecard"))
    #expect(result.stdout.contains("Program sense"))
    #expect(result.stdout.contains("Work on"))
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    let mocks = try store.mocks()
    #expect(mocks.count == 1)
    #expect(mocks[0].scorecard?.rounds.map(\.asked) == [1, 3, 3, 3])
    #expect(mocks[0].scorecard?.rounds.allSatisfy { $0.answered == $0.asked } == true)

    // A second mock avoids the questions just asked and compares with the first.
    let second = try r.run(["mock"], input: Self.answers(10))
    #expect(second.stdout.contains("(last mock"))
    let mocksAfter = try store.mocks()
    let first = Set(mocksAfter[0].plan.flatMap { $0 })
    let next = Set(mocksAfter[1].plan.flatMap { $0 })
    #expect(first.isDisjoint(with: next))
    let history = try r.run(["mock", "history"])
    #expect(history.stdout.split(separator: "\n").count == 3)
  }

  @Test func pausedMockResumesWhereItStopped() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = CommandRunner.rehearse(environment: env(home))
    let first = try r.run(["mock"], input: Self.answers(2))
    #expect(first.stdout.contains("Mock paused after 2 of 10 questions"))
    let resumed = try r.run(["mock", "--resume"], input: Self.answers(8))
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(!resumed.stdout.contains("Round 1 of 4:"))
    #expect(resumed.stdout.contains("Round 2 of 4:"))
    #expect(resumed.stdout.contains("3/10"))
    #expect(resumed.stdout.contains("Scorecard"))
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    let mock = try #require(try store.mocks().first)
    #expect(mock.endedAt != nil)
    #expect(mock.scorecard?.rounds.reduce(0) { $0 + $1.answered } == 10)
    let nothing = try r.run(["mock", "--resume"])
    #expect(nothing.status != 0)
    #expect(nothing.stderr.contains("no unfinished mock to resume"))
  }

  @Test func timeRunningOutMovesOnAndKeepsWhatWasTyped() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    // Each clock reading advances 60 s; the loop is squeezed into 4 minutes, so answers run
    // out of time while being typed.
    let r = CommandRunner.rehearse(environment: env(home, tick: 60))
    let input = String(repeating: "first line of an answer\nsecond line\n\n\n", count: 11)
    let result = try r.run(["mock", "--loop", "program-sense", "--minutes", "4"], input: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Time's up."))
    #expect(result.stdout.contains("Scorecard"))
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    let mock = try #require(try store.mocks().first)
    let answered = try mock.plan.flatMap { $0 }.compactMap {
      try store.history(of: $0).entries.first
    }
    #expect(!answered.isEmpty)
  }

  @Test func unknownLoopSuggestsTheClosest() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let result = try CommandRunner.rehearse(environment: env(home)).run([
      "mock", "--loop", "generl",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no loop 'generl'; did you mean 'general'?"))
  }

  @Test func loopsSayWhatEachRoundAsks() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    var environment = env(home)
    environment["COLUMNS"] = "120"
    let result = try CommandRunner.rehearse(environment: environment).run(["mock", "loops"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "System design at TPM depth: 1 design question from system design, 40 min"))
    #expect(result.stdout.contains("Behavioral: 3 stories from behavioral, 25 min"))
    #expect(result.stdout.contains("tagged written-exercise, 45 min"))
  }
}
