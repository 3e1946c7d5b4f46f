import FSRS
import Foundation

extension DrillSession {
  /// What to do after a question.
  enum Flow {
    case next
    case quit
  }

  /// What the answer phase produced.
  enum Answer {
    /// A typed answer and its grade, or a revealed one (no grade).
    case typed(text: String, grade: AnswerGrade?)
    case picked(Set<Int>, correct: Bool)
    case skip
    case quit
    case undo
    case suspend
  }

  func ask(_ question: Question) throws -> Flow {
    let shownAt = ws.clock.now()
    console.line()
    console.line(header(question, at: shownAt))
    console.line(style.bold(question.prompt))
    if question.kind == .star && !question.id.hasPrefix("story-") { suggestStories(for: question) }
    var hintsShown = 0
    let answer: Answer
    if question.kind.isAutoGraded {
      answer = readChoice(question, shownAt: shownAt, hintsShown: &hintsShown)
    } else {
      answer = readTyped(question, shownAt: shownAt, hintsShown: &hintsShown)
    }
    let seconds = ws.clock.now().timeIntervalSince(shownAt)
    switch answer {
    case .quit: return .quit
    case .skip:
      console.line(style.dim("Skipped."))
      return .next
    case .suspend:
      try ws.store.setSuspended(true, [question.id])
      console.line(
        style.dim("Suspended \(question.id); rehearse unsuspend \(question.id) brings it back."))
      return .next
    case .undo:
      try undoLast(current: question)
      return .next
    case .picked(let picked, let correct):
      showChoiceFeedback(question, picked: picked, correct: correct)
      return try confirmAndRecord(
        question, suggested: correct ? .good : .again, reason: correct ? "correct" : "not quite",
        seconds: seconds, answer: SessionText.letters(picked), grade: nil)
    case .typed(let text, let grade):
      showModelAnswer(question, grade: grade, text: text)
      return try confirmAndRecord(
        question, suggested: grade?.suggested, reason: grade?.reason, seconds: seconds,
        answer: text.isEmpty ? nil : text, grade: grade)
    }
  }

  func header(_ q: Question, at now: Date) -> String {
    var parts = [q.category.rawValue, q.topic, q.kind.rawValue]
    if q.difficulty == 3 { parts.append("senior") }
    var line =
      (roundLabel.map { $0 + " · " } ?? "") + parts.joined(separator: " · ")
      + "   \(position)/\(max(total, position))"
    if let card = try? ws.store.card(q.id), let last = card.lastReview {
      line += "   seen \(SessionText.span(now.timeIntervalSince1970 - last)) ago"
    } else {
      line += "   new"
    }
    return style.dim(line + "   " + q.id)
  }

  /// The prompt shown while answering: elapsed time against the limit, refreshed per line.
  func timerPrompt(_ q: Question, since start: Date, label: String) -> String {
    if let deadline {
      let left = deadline.timeIntervalSince(ws.clock.now())
      let shown =
        left < 30
        ? style.red(SessionText.clock(left) + " left")
        : style.dim(SessionText.clock(left) + " left")
      return "[\(shown)] \(label)> "
    }
    let elapsed = ws.clock.now().timeIntervalSince(start)
    let clock = "\(SessionText.clock(elapsed))/\(SessionText.clock(Double(q.timeLimit)))"
    let shown = elapsed > Double(q.timeLimit) ? style.red(clock) : style.dim(clock)
    return "[\(shown)] \(label)> "
  }

  /// Handles a `:command` typed while answering. Returns an answer to finish with, or nil to
  /// keep reading.
  func handleCommand(_ command: SessionCommand, _ q: Question, hintsShown: inout Int) -> Answer? {
    switch command {
    case .help:
      console.line(SessionText.help(style: style))
    case .hint:
      if hintsShown < q.hints.count {
        console.line(style.yellow("hint: ") + q.hints[hintsShown])
        hintsShown += 1
      } else {
        console.line(style.dim(q.hints.isEmpty ? "No hints for this question." : "No more hints."))
      }
    case .stats:
      console.line(statsLine())
    case .skip: return .skip
    case .quit: return .quit
    case .undo: return .undo
    case .suspend: return .suspend
    case .reveal:
      return q.kind.isAutoGraded ? nil : .typed(text: "", grade: nil)
    case .edit:
      console.line(
        style.dim(
          q.kind.isAutoGraded
            ? ":edit is for typed answers."
            : "Type your answer after the prompt, or :edit at its start."))
    }
    return nil
  }

  func readChoice(_ q: Question, shownAt: Date, hintsShown: inout Int) -> Answer {
    for (i, choice) in q.choices.enumerated() {
      console.line("  \(SessionText.letter(i))) \(choice.text)")
    }
    let many = q.kind == .multi
    console.line(style.dim(many ? "Pick every correct option (e.g. a c)." : "Pick one option."))
    while true {
      switch console.readLine(prompt: timerPrompt(q, since: shownAt, label: "answer")) {
      case .endOfInput, .interrupted: return .quit
      case .line(let text):
        if timeIsUp() {
          // The pick typed as time ran out still counts.
          if case .success(let picked) = SessionText.parseLetters(text, count: q.choices.count),
            !picked.isEmpty,
            many || picked.count == 1
          {
            return .picked(picked, correct: grader.gradeChoice(picked, for: q).correct)
          }
          return .picked([], correct: false)
        }
        if let command = SessionCommand.parse(text) {
          if command == .reveal {
            console.line(style.dim("Pick an option first; the answer follows."))
            continue
          }
          if let result = handleCommand(command, q, hintsShown: &hintsShown) { return result }
          continue
        }
        switch SessionText.parseLetters(text, count: q.choices.count) {
        case .success(let picked) where !picked.isEmpty:
          if !many && picked.count > 1 {
            console.line(style.yellow("Pick one option only."))
            continue
          }
          return .picked(picked, correct: grader.gradeChoice(picked, for: q).correct)
        case .success:
          continue
        case .failure(let message):
          console.line(style.yellow(message.message))
        }
      }
    }
  }

  func readTyped(_ q: Question, shownAt: Date, hintsShown: inout Int) -> Answer {
    console.line(
      style.dim(
        "Type your answer; an empty line finishes it. :reveal answers in your head, :edit opens $EDITOR."
      ))
    var lines: [String] = []
    while true {
      let label = lines.isEmpty ? "answer" : "     …"
      switch console.readLine(prompt: timerPrompt(q, since: shownAt, label: label)) {
      case .endOfInput, .interrupted:
        // A half-typed answer is not saved.
        return .quit
      case .line(let text):
        if timeIsUp() {
          // Time's up: what was typed so far is kept and graded.
          if SessionCommand.parse(text) == nil && !text.trimmingCharacters(in: .whitespaces).isEmpty
          {
            lines.append(text)
          }
          return finishTyped(lines.joined(separator: "\n"), q, shownAt: shownAt)
        }
        if let command = SessionCommand.parse(text) {
          if command == .edit {
            if let edited = console.edit(lines.joined(separator: "\n")) {
              let trimmed = edited.trimmingCharacters(in: .whitespacesAndNewlines)
              if !trimmed.isEmpty { return finishTyped(trimmed, q, shownAt: shownAt) }
              console.line(style.dim("The editor returned nothing; keep typing."))
            } else {
              console.line(style.yellow("Could not start an editor; set $EDITOR."))
            }
            continue
          }
          if let result = handleCommand(command, q, hintsShown: &hintsShown) { return result }
          continue
        }
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
          if lines.isEmpty {
            console.line(
              style.dim("Nothing typed yet. Type an answer, or :reveal to answer in your head."))
            continue
          }
          return finishTyped(lines.joined(separator: "\n"), q, shownAt: shownAt)
        }
        lines.append(text)
      }
    }
  }

  private func finishTyped(_ text: String, _ q: Question, shownAt: Date) -> Answer {
    let seconds = ws.clock.now().timeIntervalSince(shownAt)
    return .typed(text: text, grade: grader.grade(text, for: q, seconds: seconds))
  }
}

extension DrillSession {
  /// Whether the current question's deadline has passed; says so once.
  func timeIsUp() -> Bool {
    guard let deadline, ws.clock.now() >= deadline else { return false }
    console.line(style.yellow("Time's up."))
    return true
  }
}
