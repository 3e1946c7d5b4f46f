import FSRS
import Foundation
import RehearseStore

extension DrillSession {
  func showChoiceFeedback(_ q: Question, picked: Set<Int>, correct: Bool) {
    console.line(correct ? style.green("✓ Correct.") : style.red("✗ Not quite."))
    for (i, choice) in q.choices.enumerated() {
      let mark: String
      if choice.isCorrect {
        mark = picked.contains(i) ? style.green("✓") : style.yellow("○")
      } else {
        mark = picked.contains(i) ? style.red("✗") : " "
      }
      var line = "\(mark) \(SessionText.letter(i))) \(choice.text)"
      if let why = choice.why, choice.isCorrect || picked.contains(i) || !correct {
        line += "\n      " + style.dim(why)
      }
      console.line(line)
    }
    if let answer = q.answer { console.line(style.dim(answer)) }
  }

  func showModelAnswer(_ q: Question, grade: AnswerGrade?, text: String) {
    console.line()
    console.line(style.bold("Model answer"))
    console.line(q.answer ?? "(none)")
    if let grade, !grade.items.isEmpty {
      console.line()
      for item in grade.items {
        let mark = item.isCovered ? style.green("✓") : style.red("✗")
        let kind = item.kind == .keyPoint ? "" : style.dim("[\(item.kind.rawValue)] ")
        console.line("\(mark) \(kind)\(item.label)")
      }
    } else if !q.keyPoints.isEmpty {
      console.line()
      console.line(style.bold("Key points"))
      for point in q.keyPoints { console.line("• \(point.text)") }
    }
    if q.kind == .star, let grade, !grade.items.isEmpty {
      let star = StarScorer().score(text, themes: q.competencies)
      console.line(
        style.dim("STAR score \(star.score)/100: ")
          + star.findings.filter { !$0.passed }.map(\.message).joined(separator: "; "))
    }
    if q.kind == .star, !text.isEmpty { compareWithStory(q, telling: text) }
    if !q.pitfalls.isEmpty {
      console.line(style.dim("Avoid: " + q.pitfalls.joined(separator: " · ")))
    }
  }

  /// Asks the user to confirm or override the rating, then commits it at once.
  func confirmAndRecord(
    _ q: Question, suggested: Rating?, reason: String?, seconds: Double, answer: String?,
    grade: AnswerGrade?
  ) throws -> Flow {
    let names = ["", "again", "hard", "good", "easy"]
    var hints: [String] = []
    if let suggested {
      hints.append("Enter = \(names[suggested.rawValue])" + (reason.map { " (\($0))" } ?? ""))
    }
    hints.append("1 again · 2 hard · 3 good · 4 easy")
    console.line(style.dim(hints.joined(separator: " · ")))
    var hintsShown = 0
    while true {
      switch console.readLine(prompt: "rate> ") {
      case .endOfInput, .interrupted:
        console.line(style.dim("Not rated; nothing saved for this question."))
        return .quit
      case .line(let text):
        if let command = SessionCommand.parse(text) {
          switch command {
          case .undo:
            try undoLast(current: q)
            return .next
          case .skip:
            console.line(style.dim("Skipped; not rated."))
            return .next
          case .quit:
            console.line(style.dim("Not rated; nothing saved for this question."))
            return .quit
          case .suspend:
            try ws.store.setSuspended(true, [q.id])
            console.line(style.dim("Suspended \(q.id)."))
            return .next
          default:
            _ = handleCommand(command, q, hintsShown: &hintsShown)
            continue
          }
        }
        guard let rating = SessionText.parseRating(text, default: suggested) else {
          console.line(
            style.yellow(
              suggested == nil
                ? "Rate 1–4 (again, hard, good, easy)."
                : "Press Enter to accept, or rate 1–4 (again, hard, good, easy)."))
          continue
        }
        try record(
          q, rating: rating, suggested: suggested, seconds: seconds, answer: answer, grade: grade)
        return .next
      }
    }
  }

  func record(
    _ q: Question, rating: Rating, suggested: Rating?, seconds: Double, answer: String?,
    grade: AnswerGrade?
  ) throws {
    let now = ws.clock.now()
    let star =
      q.kind == .star && answer != nil
      ? StarScorer().score(answer ?? "", themes: q.competencies).score : nil
    let result = try ws.store.record(
      ReviewInput(
        questionId: q.id, rating: rating, reviewedAt: now, suggestedRating: suggested,
        duration: seconds,
        sessionId: sessionId, answer: answer, coverage: grade?.coverage,
        score: star.map(Double.init),
        cram: options.cram, source: options.cram ? .cram : source, areas: q.areas))
    log.append(SessionEntry(question: q, review: result.review, rating: rating))
    var note = "saved"
    if options.cram {
      note += " (cram: schedule unchanged)"
    } else if let due = result.card.due {
      let dueDate = Date(timeIntervalSince1970: due)
      note += " · next in \(SessionText.span(due - now.timeIntervalSince1970))"
      if result.card.phase != .review {
        queue.returnLater(q.id, due: dueDate, before: ws.store.calendar.nextRollover(after: now))
      }
    }
    if result.becameLeech {
      note +=
        " · "
        + style.yellow("leech: \(result.card.lapses) lapses, suspended; rewrite or unsuspend it")
    }
    console.line(style.dim(note))
  }

  func undoLast(current: Question) throws {
    guard let last = log.popLast() else {
      console.line(style.dim("Nothing to undo in this session."))
      queue.pushFront(current.id)
      position -= 1
      return
    }
    try ws.store.undo(reviewId: last.review.id, at: ws.clock.now())
    console.line(
      style.yellow(
        "Undid \(last.question.id) (\(SessionText.ratingName(last.rating))); asking it again."))
    queue.pushFront(current.id)
    queue.pushFront(last.question.id)
    position -= 2
  }

  func statsLine() -> String {
    let answered = log.count
    let missed = log.filter { $0.rating == .again }.count
    let forecast = try? ws.store.forecast(at: ws.clock.now(), horizon: 2)
    var parts = [
      "\(answered) answered", "\(missed) missed", "\(queue.remaining) left in this session",
    ]
    if let forecast { parts.append("\(forecast.dueNow) due now, \(forecast.tomorrow) tomorrow") }
    return style.dim(parts.joined(separator: " · "))
  }
}

extension DrillSession {
  /// Names the user's stories that fit a behavioral question.
  func suggestStories(for q: Question) {
    let fits = StoryCoach.suggestions(for: q, from: ws.stories).filter {
      !toldStories.contains($0.id)
    }
    if fits.isEmpty {
      if !ws.stories.isEmpty {
        console.line(style.dim("None of your stories covers this theme yet (rehearse story add)."))
      }
      return
    }
    console.line(
      style.dim(
        "Stories that fit: "
          + fits.prefix(3).map { "\($0.id) (\($0.title))" }.joined(separator: ", ")))
  }

  /// After a retelling, says what the closest stored story has that the telling left out.
  func compareWithStory(_ q: Question, telling: String) {
    let story: Story?
    if q.id.hasPrefix("story-") {
      story = ws.stories.first { $0.drillQuestionId == q.id }
    } else {
      story =
        StoryCoach.suggestions(for: q, from: ws.stories).first { !toldStories.contains($0.id) }
        ?? StoryCoach.suggestions(for: q, from: ws.stories).first
    }
    guard let story else { return }
    toldStories.insert(story.id)
    let gaps = StoryCoach.gaps(in: telling, comparedWith: story)
    if gaps.parts.isEmpty && gaps.metrics.isEmpty {
      console.line(style.dim("Compared with \(story.id): every part and number is there."))
      return
    }
    var parts: [String] = []
    if !gaps.parts.isEmpty { parts.append("parts left out: " + gaps.parts.joined(separator: ", ")) }
    if !gaps.metrics.isEmpty {
      parts.append("numbers left out: " + gaps.metrics.joined(separator: "; "))
    }
    console.line(style.yellow("Compared with \(story.id): ") + parts.joined(separator: " · "))
  }
}
