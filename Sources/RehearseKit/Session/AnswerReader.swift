import Foundation

/// Reads one answer at the console: option letters, or typed lines ending with an empty one,
/// with `:commands` at any line and the deadline of a mock round.
struct AnswerReader {
  let runner: SessionRunner
  let question: Question
  let shownAt: Date
  let deadline: Date?
  var hintsShown = 0

  init(runner: SessionRunner, question: Question, shownAt: Date, deadline: Date?) {
    self.runner = runner
    self.question = question
    self.shownAt = shownAt
    self.deadline = deadline
  }

  private var console: Console { runner.console }
  private var text: SessionPresenter { runner.text }

  private func prompt(_ label: String) -> String {
    let now = runner.ws.clock.now()
    return text.timerPrompt(
      question, elapsed: now.timeIntervalSince(shownAt),
      left: deadline.map { $0.timeIntervalSince(now) }, label: label)
  }

  /// Whether the deadline has passed; says so.
  private func timeIsUp() -> Bool {
    guard let deadline, runner.ws.clock.now() >= deadline else { return false }
    console.line(text.warn("Time's up."))
    return true
  }

  mutating func readChoice() -> SessionRunner.Outcome {
    for line in text.choices(question) { console.line(line) }
    let many = question.kind == .multi
    console.line(text.choiceInstructions(question))
    while true {
      switch console.readLine(prompt: prompt("answer"), updated: { prompt("answer") }) {
      case .endOfInput, .interrupted: return .quit
      case .line(let line):
        if timeIsUp() {
          // The pick typed as time ran out still counts.
          if case .success(let picked) = SessionText.parseLetters(
            line, count: question.choices.count),
            !picked.isEmpty, many || picked.count == 1
          {
            return .answered(.picked(picked))
          }
          return .answered(.picked([]))
        }
        if let command = SessionCommand.parse(line) {
          if let result = runner.handle(command, question, hintsShown: &hintsShown) {
            return result
          }
          continue
        }
        switch SessionText.parseLetters(line, count: question.choices.count) {
        case .success(let picked) where !picked.isEmpty:
          if !many && picked.count > 1 {
            console.line(text.warn("Pick one option only."))
            continue
          }
          return .answered(.picked(picked))
        case .success:
          continue
        case .failure(let error):
          console.line(text.warn(error.message))
        }
      }
    }
  }

  /// A written exercise: a document, not a spoken answer, so it is written in the editor, with
  /// the prompt at the top of the file as comment lines (left out of the answer). Nil when the
  /// user stays at the console (the editor came back empty or could not run).
  private func writeInEditor() -> SessionRunner.Outcome? {
    console.line(
      text.dim(
        "A written exercise: press Enter to write it in your editor (the prompt is at the top)."))
    guard case .line = console.readLine(prompt: prompt("ready"), updated: { prompt("ready") })
    else { return .quit }
    let header =
      TextWrap.wrap(TerminalText.sanitize(question.prompt), width: 72)
      .split(separator: "\n").map { "# " + $0 }
      + ["# Lines starting with # are left out of your answer. Save and quit when done.", "", ""]
    switch console.edit(header.joined(separator: "\n")) {
    case .edited(let written):
      let kept = written.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("#") }.joined(separator: "\n")
      let answer = kept.trimmingCharacters(in: .whitespacesAndNewlines)
      if !answer.isEmpty { return .answered(.typed(answer)) }
      console.line(text.dim("Nothing written in the editor; type here, or :edit to open it again."))
    case .unchanged:
      console.line(text.dim("Nothing written in the editor; type here, or :edit to open it again."))
    case .failed:
      console.line(text.warn("Could not run the editor; set $EDITOR. Type your answer here."))
    }
    return nil
  }

  mutating func readTyped() -> SessionRunner.Outcome {
    if question.isWrittenExercise, let outcome = writeInEditor() { return outcome }
    console.line(text.typedInstructions())
    var lines: [String] = []
    while true {
      let label = lines.isEmpty ? "answer" : "     …"
      switch console.readLine(prompt: prompt(label), updated: { prompt(label) }) {
      case .endOfInput, .interrupted:
        // Ctrl-D or Ctrl-C after typed lines finishes the answer; on an empty first line it
        // ends the session.
        if lines.isEmpty { return .quit }
        return .answered(.typed(lines.joined(separator: "\n")))
      case .line(let line):
        if timeIsUp() {
          // Time's up: what was typed so far is kept and graded.
          if SessionCommand.parse(line) == nil && !line.trimmingCharacters(in: .whitespaces).isEmpty
          {
            lines.append(line)
          }
          return .answered(.typed(lines.joined(separator: "\n")))
        }
        if let command = SessionCommand.parse(line) {
          if command == .edit {
            switch console.edit(lines.joined(separator: "\n")) {
            case .edited(let edited):
              return .answered(.typed(edited.trimmingCharacters(in: .whitespacesAndNewlines)))
            case .unchanged:
              console.line(
                text.dim(
                  lines.isEmpty
                    ? "The editor came back empty; type your answer here."
                    : "No changes in the editor; what you typed is kept. Keep typing."))
            case .failed:
              console.line(text.warn("Could not run the editor; set $EDITOR. Keep typing."))
            }
            continue
          }
          if let result = runner.handle(command, question, hintsShown: &hintsShown) {
            return result
          }
          continue
        }
        if line.trimmingCharacters(in: .whitespaces).isEmpty {
          if lines.isEmpty {
            console.line(
              text.dim("Nothing typed yet. Type an answer, or :reveal to answer in your head."))
            continue
          }
          return .answered(.typed(lines.joined(separator: "\n")))
        }
        lines.append(line)
      }
    }
  }
}
