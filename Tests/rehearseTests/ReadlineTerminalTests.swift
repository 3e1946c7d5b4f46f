import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// Drives the real GNU readline path through a pseudo-terminal: history recall with the Up
/// arrow, tab completion of commands, Ctrl-C on a half-typed line, Ctrl-C on an empty line.
@Suite(.serialized) struct ReadlineTerminalTests {
  func start(_ home: TemporaryDirectory, editor: String? = nil) throws -> LiveProcess {
    try home.write("banks/e2e.yaml", DrillTranscriptTests.bank)
    var environment = [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "TERM": "xterm", "NO_COLOR": "1",
      "PATH": "/usr/bin:/bin", "HOME": home.url.path,
    ]
    environment["EDITOR"] = editor
    return try LiveProcess(
      terminal: CommandRunner.rehearse().executable, arguments: ["drill", "--bank", "e2e"],
      environment: environment)
  }

  @Test(.timeLimit(.minutes(1))) func historyCompletionAndInterrupts() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    // A first session leaves "c" in the history file.
    let first = try start(home)
    #expect(first.waitFor("answer> "))
    first.send("c\r")
    #expect(first.waitFor("rate> "))
    first.send("\r")
    #expect(first.waitFor("saved"))
    // Ctrl-D at the next prompt ends the session. Wait for that prompt: a Ctrl-D typed while
    // no prompt is reading is taken by the terminal's own line mode.
    #expect(first.waitFor("answer> ", count: 2))
    Thread.sleep(forTimeInterval: 0.3)
    first.send("\u{04}")
    #expect(first.waitFor("Session summary"))
    #expect(first.wait() == 0)
    let history = try String(contentsOf: home.url.appending(path: "history"), encoding: .utf8)
    #expect(history.contains("c\n"))

    // A second session: the choice card's one-minute learning step is within the learn-ahead
    // window, so it comes back first.
    let p = try start(home)
    #expect(p.waitFor("answer> "))
    // Tab completes ":he" to ":help".
    p.send(":he\t\r")
    #expect(p.waitFor(":reveal   answer in your head"))
    // Keys are sent only once a prompt is reading, as a person would type.
    #expect(p.waitFor("answer> ", count: 2))
    // Ctrl-C drops a half-typed line; the next line is read fresh.
    p.send("half typed")
    #expect(p.waitFor("half typed"))
    p.send("\u{03}")
    #expect(p.waitFor("answer> ", count: 3))
    // Up arrow recalls the last history line (":help").
    p.send("\u{1B}[A\r")
    #expect(p.waitFor(":reveal   answer in your head", count: 2))
    #expect(p.waitFor("answer> ", count: 4))
    p.send("a\r")
    #expect(p.waitFor("rate> "), "\(p.text)")
    p.send("3\r")
    #expect(p.waitFor("saved", count: 1))
    // Ctrl-C on an empty line at the next question ends the session, with its summary.
    #expect(p.waitFor("What is the critical path"))
    #expect(p.waitFor("answer> ", count: 5))
    Thread.sleep(forTimeInterval: 0.3)
    p.send("\u{03}")
    #expect(p.waitFor("Session summary"))
    #expect(p.wait() == 0)

    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    #expect(try store.history(of: "e2e-raci").entries.map(\.rating) == [.good, .good])
    #expect(try store.history(of: "e2e-critical-path").entries.isEmpty)
    // The half-typed line never reached the answer or the history.
    #expect(
      !(try String(contentsOf: home.url.appending(path: "history"), encoding: .utf8)).contains(
        "half typed"))
  }

  /// With EDITOR unset, `:edit` runs vi in the foreground: it gets the keys, and what is
  /// saved there is the answer.
  @Test(
    .timeLimit(.minutes(1)),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/vi")))
  func editWithViTakesTheTerminalAndReturnsTheAnswer() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let p = try start(home)
    answerTheChoiceQuestion(p)
    #expect(p.waitFor("What is the critical path"))
    #expect(p.waitFor("answer> ", count: 2))
    p.send(":edit\r")
    // vi shows its empty buffer; type, leave insert mode, write and quit.
    #expect(p.waitFor("~"))
    Thread.sleep(forTimeInterval: 0.5)
    p.send("iThe longest chain of dependent tasks; its tasks have zero float.")
    p.send("\u{1B}")
    Thread.sleep(forTimeInterval: 0.3)
    p.send(":wq\r")
    #expect(p.waitFor("Model answer"), "\(p.text)")
    #expect(p.waitFor("rate> ", count: 2))
    rateGoodAndEnd(p)
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    #expect(try store.history(of: "e2e-critical-path").entries.map(\.rating) == [.good])
  }

  /// An editor that returns the file unchanged (`true`, or `code` without `-w`) cancels the
  /// edit: the typed lines are kept and the session goes on.
  @Test(.timeLimit(.minutes(1))) func anEditorThatChangesNothingCancelsTheEdit() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let p = try start(home, editor: "true")
    answerTheChoiceQuestion(p)
    #expect(p.waitFor("answer> ", count: 2))
    p.send("The longest chain of dependent tasks.\r")
    #expect(p.waitFor("…> "))
    p.send(":edit\r")
    #expect(p.waitFor("No changes in the editor; what you typed is kept."))
    #expect(p.waitFor("…> ", count: 2))
    p.send("\r")
    #expect(p.waitFor("Model answer"))
    #expect(p.waitFor("rate> ", count: 2))
    rateGoodAndEnd(p)
  }

  /// Answers the first question (the choice one, right) and takes the suggested rating.
  func answerTheChoiceQuestion(_ p: LiveProcess) {
    #expect(p.waitFor("answer> "))
    p.send("c\r")
    #expect(p.waitFor("rate> "))
    p.send("\r")
  }

  /// Rates the second question Good; the first card's learning step is within the learn-ahead
  /// window, so it comes back last, and Ctrl-D on its empty answer line ends the session.
  func rateGoodAndEnd(_ p: LiveProcess) {
    p.send("3\r")
    #expect(p.waitFor("answer> ", count: 3))
    Thread.sleep(forTimeInterval: 0.3)
    p.send("\u{04}")
    #expect(p.waitFor("Session summary"))
    #expect(p.wait() == 0)
  }

  /// Up at the rating prompt recalls earlier ratings, not answers or option letters.
  @Test(.timeLimit(.minutes(1))) func upAtTheRatingPromptRecallsRatingsOnly() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let p = try start(home)
    #expect(p.waitFor("answer> "))
    p.send("c\r")
    #expect(p.waitFor("rate> "))
    p.send("3\r")
    #expect(p.waitFor("answer> ", count: 2))
    p.send("The longest chain of dependent tasks.\r")
    #expect(p.waitFor("…> "))
    p.send("\r")
    #expect(p.waitFor("rate> ", count: 2))
    Thread.sleep(forTimeInterval: 0.3)
    p.send("\u{1B}[A\r")
    #expect(p.waitFor("saved", count: 2), "\(p.text)")
    #expect(p.waitFor("answer> ", count: 3))
    Thread.sleep(forTimeInterval: 0.3)
    p.send("\u{04}")
    #expect(p.waitFor("Session summary"))
    #expect(p.wait() == 0)
    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    #expect(try store.history(of: "e2e-critical-path").entries.map(\.rating) == [.good])
  }
}
