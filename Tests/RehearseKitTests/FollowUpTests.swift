import FSRS
import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

@testable import RehearseKit

/// After a typed answer an interviewer probes the gap: the follow-up is chosen by its trigger,
/// graded, weighed into the suggestion, stored with the review, and `:skip` skips it only.
@Suite(.serialized) struct FollowUpTests {
  static let bank = """
    id: fu
    title: Follow-up fixture
    category: system-design
    questions:
      - id: fu-rollout
        kind: recall
        prompt: How would you ship a risky change to the checkout service?
        topic: rollout
        answer: A canary first, with rollback criteria agreed before it starts.
        key_points:
          - point: A canary first
            accept: [canary first, small canary]
          - point: Rollback criteria agreed up front
            accept: [rollback criteria, roll back if]
        follow_ups:
          - prompt: What would make you roll back?
            when_missed: [2]
            key_points:
              - point: An error rate or latency threshold
                accept: [error rate above, latency above, slo breach]
                contradicts: [never roll back]
          - prompt: Who do you tell before you start?
            key_points:
              - point: Support and on-call
                accept: [tell support, on-call engineer]
    """

  func workspace(_ home: TemporaryDirectory, config: String? = nil) throws -> Workspace {
    let banks = home.url.appending(path: "banks")
    try FileManager.default.createDirectory(at: banks, withIntermediateDirectories: true)
    try Data(Self.bank.utf8).write(to: banks.appending(path: "fu.yaml"))
    return try WorkspaceFixtures.open(home: home.url, tick: 1, config: config)
  }

  func drill(_ ws: Workspace, replies: [String]) throws -> ScriptedConsole {
    var queue = replies
    let console = ScriptedConsole { prompt, _ in
      if prompt.hasPrefix("rate>") { return .line("") }
      return queue.isEmpty ? .endOfInput : .line(queue.removeFirst())
    }
    var options = DrillOptions()
    options.filter = QueueFilter(banks: ["fu"])
    options.count = 1
    try DrillSession(workspace: ws, options: options, console: console).run()
    return console
  }

  @Test func theFollowUpProbesTheMissedPointAndCounts() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let ws = try workspace(home)
    let console = try drill(
      ws,
      replies: [
        "We push it to a small canary first and watch it.", "",
        "I roll back when the error rate above the SLO holds for five minutes.", "",
      ])
    #expect(console.transcript.contains("Follow-up: What would make you roll back?"))
    let followUp = try #require(try ws.store.lastFollowUp(of: "fu-rollout"))
    #expect(followUp.prompt == "What would make you roll back?")
    #expect(followUp.coverage == 1)
    #expect(followUp.answer?.contains("error rate above") == true)
    #expect(followUp.skipped == false)
  }

  @Test func skipSkipsTheFollowUpOnlyAndTheAnswerIsStillRated() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let ws = try workspace(home)
    _ = try drill(ws, replies: ["We push it to a small canary first.", "", ":skip"])
    #expect(try ws.store.lastFollowUp(of: "fu-rollout")?.skipped == true)
    #expect(try ws.store.card("fu-rollout")?.reps == 1)
  }

  @Test func aMisconceptionInTheReplyMeansAgain() {
    let catalog = BankFixtures.load(Self.bank)
    let q = catalog.question(id: "fu-rollout")!
    let engine = SessionEngine(kind: .drill, catalog: catalog, questions: [q.id])
    let first = engine.assess(
      SessionAnswer.typed("A small canary first, and rollback criteria agreed with the team."),
      to: q,
      seconds: 30)
    #expect(first.suggested == Rating.good)
    let reply = engine.assess(
      followUp: q.followUps[0], reply: "We never roll back, we fix forward.", after: first,
      of: q, seconds: 20, keepAnswer: true)
    #expect(reply.suggested == Rating.again)
  }

  @Test func followUpsCanBeTurnedOff() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let ws = try workspace(home, config: "follow_ups: false\n")
    let console = try drill(ws, replies: ["We push it to a small canary first.", ""])
    #expect(!console.transcript.contains("Follow-up:"))
  }

  @Test func theTriggerOfTheBiggestGapWinsElseAnOpenOne() {
    let catalog = BankFixtures.load(Self.bank)
    let q = catalog.question(id: "fu-rollout")!
    let grader = AnswerGrader(catalog: catalog)
    let gap = grader.grade("A small canary first.", for: q, seconds: 20)
    #expect(FollowUpChooser.choose(for: q, grade: gap)?.prompt == "What would make you roll back?")
    let full = grader.grade(
      "A small canary first; rollback criteria agreed before.", for: q, seconds: 20)
    #expect(
      FollowUpChooser.choose(for: q, grade: full)?.prompt == "Who do you tell before you start?")
  }
}

extension FollowUpTests {
  /// In a mock every typed answer gets a follow-up, within the round's clock, even a complete
  /// one; the scorecard counts how they went.
  @Test func aMockAsksAFollowUpAfterEveryTypedAnswerAndScoresThem() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try FileManager.default.createDirectory(
      at: home.url.appending(path: "banks"), withIntermediateDirectories: true)
    try Data(
      """
      loops:
        - name: fu-loop
          title: Follow-up loop
          rounds:
            - name: Rollout
              dimension: system-design
              categories: [system-design]
              kinds: [recall]
              topics: [rollout]
              questions: 1
              minutes: 10
      """.utf8
    ).write(to: home.url.appending(path: "banks/loops.yaml"))
    let ws = try workspace(home)
    let loop = try #require(ws.catalog.loops.first { $0.name == "fu-loop" })
    var replies = [
      "A small canary first; rollback criteria agreed before.", "",
      "I tell support and the on-call engineer first.", "",
    ]
    let console = ScriptedConsole { prompt, _ in
      if prompt.hasPrefix("rate>") { return .line("") }
      return replies.isEmpty ? .endOfInput : .line(replies.removeFirst())
    }
    let card = try #require(
      try MockSession(workspace: ws, loop: loop, minutes: nil, console: console).run())
    #expect(console.transcript.contains("Follow-up: Who do you tell before you start?"))
    #expect(card.followUps == MockScorecard.FollowUps(asked: 1, strong: 1, skipped: 0))
    #expect(console.transcript.contains("Follow-ups: 1 asked, 1 answered well"))
  }
}
