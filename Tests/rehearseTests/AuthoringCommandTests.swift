import Foundation
import RehearseTestSupport
import Testing

/// `rehearse add` and `rehearse import questions`: the user's own questions, as a user writes
/// them, landing in a user bank that loads and schedules them.
@Suite(.serialized) struct AuthoringCommandTests {
  func runner(_ home: TemporaryDirectory) -> CommandRunner {
    CommandRunner.rehearse(environment: [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": "2026-12-02T09:00:00Z",
      "COLUMNS": "100",
    ])
  }

  let question = """
    # asked at my last loop
    kind: recall
    topic: estimation
    prompt: How do you size the schedule buffer for a 12-week program?
    answer: |
      From past slippage on similar programs and the critical-path dependencies.
    key_points:
      - Base it on past slippage
      - Count the critical-path dependencies

    """

  @Test func addAppendsAValidQuestionAndKeepsTheBanksComments() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = runner(home)
    let bank = try home.write(
      "banks/mine.yaml",
      """
      # my bank, my notes
      id: mine
      title: Mine
      category: program-management
      questions:
        # the first one
        - id: my-first
          kind: recall
          topic: estimation
          prompt: What is a schedule buffer for?
          answer: Absorbing the surprises a plan cannot name.
          key_points: [absorbs unknown risks]
      # trailing note

      """)
    let file = try home.write("q.yaml", question)
    let added = try r.run(["add", "--bank", bank.path, "--file", file.path])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("Added my-size-schedule-buffer-12-week to"))
    let text = try String(contentsOf: bank, encoding: .utf8)
    #expect(text.hasPrefix("# my bank, my notes\nid: mine\n"))
    #expect(text.contains("  # the first one\n  - id: my-first\n"))
    #expect(text.contains("  - id: my-size-schedule-buffer-12-week\n    kind: recall\n"))
    #expect(text.hasSuffix("      - Count the critical-path dependencies\n# trailing note\n"))

    let check = try r.run(["check", bank.path])
    #expect(check.status == 0 && check.stdout.contains("2 questions"), "\(check.stdout)")
    let card = try r.run(["card", "my-size-schedule-buffer-12-week"])
    #expect(card.stdout.contains("state new"), "\(card.stdout)\(card.stderr)")

    // The same question again is refused, and the bank is left alone.
    let again = try r.run(["add", "--bank", bank.path, "--file", file.path])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already asks this"))
    #expect(try String(contentsOf: bank, encoding: .utf8) == text)
  }

  @Test func aBadQuestionIsPositionedInTheUsersFileAndNothingIsWritten() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let file = try home.write(
      "q.yaml", "kind: recall\ntopic: Not A Slug\nprompt: Why?\nanswer: Because.\n")
    let result = try runner(home).run(["add", "--file", file.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(file.path):2:1: error:"), "\(result.stderr)")
    #expect(result.stderr.contains("\(file.path):1:1: error: a recall question needs 'key_points'"))
    #expect(!FileManager.default.fileExists(atPath: home.url.appending(path: "banks").path))
  }

  @Test func importQuestionsFromASpreadsheetWithQuotedFields() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = runner(home)
    let csv = try home.write(
      "cards.csv",
      "Front,Back,Tags\r\n"
        + "\"What does RACI stand for, and who is \"\"A\"\"?\",\"Responsible, Accountable, "
        + "Consulted, Informed.\nA is the one owner.\",raci ownership\r\n"
        + "What is the critical path?,The longest chain of dependent tasks.,\r\n")
    let result = try r.run(["import", "questions", csv.path, "--bank", "from-sheet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Added 2 recall questions"))
    let bank = home.url.appending(path: "banks/from-sheet.yaml")
    let text = try String(contentsOf: bank, encoding: .utf8)
    #expect(text.contains("prompt: What does RACI stand for, and who is \"A\"?"))
    #expect(text.contains("- Responsible, Accountable, Consulted, Informed\n"))
    #expect(text.contains("- A is the one owner\n"))
    #expect(text.contains("tags: [raci, ownership]"))
    #expect(try r.run(["check", bank.path]).status == 0)
    #expect(try r.run(["card", "my-critical-path"]).stdout.contains("state new"))

    let again = try r.run(["import", "questions", csv.path, "--bank", "from-sheet"])
    #expect(again.stdout.contains("Nothing to add"), "\(again.stdout)")
    #expect(try String(contentsOf: bank, encoding: .utf8) == text)
  }

  @Test func importQuestionsFromAnAnkiTextExport() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = runner(home)
    let deck = try home.write(
      "deck.txt",
      "#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n"
        + "Ab1\tWhat is <b>Little&#39;s law</b>?\t<ul><li>L = &lambda; W</li>"
        + "<li>WIP = throughput &times; cycle time</li></ul>\tqueueing\n"
        + "Ab2\tOnly a front\t\t\n")
    let bad = try r.run(["import", "questions", deck.path])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("deck.txt:6: error: empty back"), "\(bad.stderr)")

    try "#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n"
      .appending(
        "Ab1\tWhat is <b>Little&#39;s law</b>?\t<ul><li>L = &lambda; W</li>"
          + "<li>WIP = throughput &times; cycle time</li></ul>\tqueueing\n"
      ).write(to: deck, atomically: true, encoding: .utf8)
    let good = try r.run(["import", "questions", deck.path])
    #expect(good.status == 0, "\(good.stderr)")
    let text = try String(
      contentsOf: home.url.appending(path: "banks/imported.yaml"), encoding: .utf8)
    #expect(text.contains("prompt: What is Little's law?"))
    #expect(text.contains("- WIP = throughput × cycle time\n"))

    // Rehearse's own Anki export, imported back, adds nothing: the GUIDs are loaded ids.
    let export = home.url.appending(path: "all.txt")
    #expect(try r.run(["export", "anki", export.path]).status == 0)
    let back = try r.run(["import", "questions", export.path])
    #expect(back.stdout.contains("Nothing to add"), "\(back.stdout)\(back.stderr)")
  }
}
