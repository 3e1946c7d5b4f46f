import FSRS
import Foundation
import RehearseStore

/// The text of a session: headers, options, feedback, prompts and notes. Pure: values in,
/// strings out, styled only when the console allows it.
public struct SessionPresenter: Sendable {
  public let style: TextStyle

  public init(style: TextStyle) { self.style = style }

  /// The line above a question: where it comes from, the position, when it was last seen.
  func header(
    _ q: Question, position: Int, total: Int, lastReview: Date?, now: Date, roundLabel: String?
  ) -> String {
    var parts = [q.category.rawValue, q.topic, q.kind.rawValue]
    if q.difficulty == 3 { parts.append("senior") }
    var line =
      (roundLabel.map { $0 + " · " } ?? "") + parts.joined(separator: " · ")
      + "   \(position)/\(max(total, position))"
    if let lastReview {
      line += "   seen \(SessionText.span(now.timeIntervalSince(lastReview))) ago"
    } else {
      line += "   new"
    }
    return style.dim(line + "   " + q.id)
  }

  /// The prompt while answering: time left before a deadline, or elapsed against the limit.
  func timerPrompt(_ q: Question, elapsed: Double, left: Double?, label: String) -> String {
    if let left {
      let text = SessionText.clock(left) + " left"
      return "[\(left < 30 ? style.red(text) : style.dim(text))] \(label)> "
    }
    let clock = "\(SessionText.clock(elapsed))/\(SessionText.clock(Double(q.timeLimit)))"
    let shown = elapsed > Double(q.timeLimit) ? style.red(clock) : style.dim(clock)
    return "[\(shown)] \(label)> "
  }

  func choices(_ q: Question) -> [String] {
    q.choices.enumerated().map { "  \(SessionText.letter($0))) \($1.text)" }
  }

  func choiceInstructions(_ q: Question) -> String {
    style.dim(
      (q.kind == .multi ? "Pick every correct option (e.g. a c)." : "Pick one option.")
        + " :reveal shows the answer (counts as Again).")
  }

  func typedInstructions() -> String {
    style.dim(
      "Type your answer; an empty line finishes it. :reveal answers in your head, :edit opens $EDITOR."
    )
  }

  /// After a pick (or `:reveal`): right or wrong, every option marked, with its explanation.
  func choiceFeedback(_ q: Question, picked: Set<Int>, correct: Bool, revealed: Bool = false)
    -> [String]
  {
    var lines = [
      revealed
        ? style.yellow("Revealed: counted as Again.")
        : correct ? style.green("✓ Correct.") : style.red("✗ Not quite.")
    ]
    for (i, choice) in q.choices.enumerated() {
      let mark: String
      if choice.isCorrect {
        mark = picked.contains(i) ? style.green("✓") : style.yellow("○")
      } else {
        mark = picked.contains(i) ? style.red("✗") : " "
      }
      var line = "\(mark) \(SessionText.letter(i))) \(choice.text)"
      if let why = choice.why { line += "\n      " + style.dim(why) }
      lines.append(line)
    }
    if let answer = q.answer { lines.append(style.dim(TextWrap.reflow(answer))) }
    return lines
  }

  /// After a typed or revealed answer: the model answer and what the grade found.
  func modelAnswer(_ q: Question, grade: AnswerGrade?) -> [String] {
    var lines = ["", style.bold("Model answer"), q.answer.map(TextWrap.reflow) ?? "(none)"]
    if let grade, !grade.items.isEmpty {
      lines.append("")
      lines += items(grade)
    } else if !q.keyPoints.isEmpty {
      lines += ["", style.bold("Key points")]
      lines += q.keyPoints.map { "• \($0.text)" }
    }
    if let star = grade?.star, !(grade?.items.isEmpty ?? true) {
      lines.append(
        style.dim("STAR score \(star.score)/100: ")
          + star.findings.filter { !$0.passed }.map(\.message).joined(separator: "; "))
    }
    return lines
  }

  /// The graded items, numbered so the user can flip them.
  func items(_ grade: AnswerGrade) -> [String] {
    grade.items.enumerated().map { itemLine($1, number: $0 + 1) }
  }

  /// One graded item: its number, ✓ ✗ or ⚠, its kind and label, and a misconception said.
  public func itemLine(_ item: AnswerGrade.Item, number: Int) -> String {
    let mark =
      switch item.status {
      case .covered: style.green("✓")
      case .missed: style.red("✗")
      case .contradicted: style.red("⚠")
      }
    let kind = item.kind == .keyPoint ? "" : style.dim("[\(item.kind.rawValue)] ")
    var line = "\(String(number).leftPadded(2)) \(mark) \(kind)\(item.label)"
    if item.status == .contradicted, let said = item.matched {
      line += style.red(" — you said \u{201C}\(said)\u{201D}")
    }
    return line
  }

  func pitfalls(_ q: Question) -> String? {
    q.pitfalls.isEmpty ? nil : style.dim("Avoid: " + q.pitfalls.joined(separator: " · "))
  }

  func storiesThatFit(_ fits: [(story: Story, told: Bool)], haveStories: Bool) -> String? {
    if fits.isEmpty {
      return haveStories
        ? style.dim("None of your stories covers this theme yet (rehearse story add).") : nil
    }
    return style.dim(
      "Stories that fit: "
        + fits.prefix(3).map {
          "\($0.story.id) (\($0.story.title))" + ($0.told ? ", told already" : "")
        }.joined(separator: "; ")
    )
  }

  func storyComparison(_ story: Story, _ gaps: StoryCoach.Gaps) -> String {
    if gaps.isEmpty {
      return style.dim("Compared with \(story.id): every part and number is there.")
    }
    var parts: [String] = []
    if !gaps.parts.isEmpty { parts.append("parts left out: " + gaps.parts.joined(separator: ", ")) }
    if !gaps.metrics.isEmpty {
      parts.append("numbers left out: " + gaps.metrics.joined(separator: "; "))
    }
    return style.yellow("Compared with \(story.id): ") + parts.joined(separator: " · ")
  }

  /// The line before the rating prompt.
  func rateHint(_ assessment: Assessment) -> String {
    var hints: [String] = []
    if let suggested = assessment.suggested {
      hints.append("Enter = \(suggested.name)" + (assessment.reason.map { " (\($0))" } ?? ""))
    }
    hints.append(Rating.allCases.map { "\($0.rawValue) \($0.name)" }.joined(separator: " · "))
    if let grade = assessment.grade, grade.items.count > 1 {
      hints.append("t N flips item N")
    }
    return style.dim(hints.joined(separator: " · "))
  }

  func rateAgain(hasSuggestion: Bool) -> String {
    style.yellow(
      hasSuggestion
        ? "Press Enter to accept, or rate 1–4 (again, hard, good, easy)."
        : "Rate 1–4 (again, hard, good, easy).")
  }

  /// After a rating is committed.
  func saved(_ result: RecordedReview, cram: Bool, now: Date) -> String {
    var note = "saved"
    if cram {
      note += " (cram: schedule unchanged)"
    } else if let due = result.card.due {
      note += " · next in \(SessionText.span(due - now.timeIntervalSince1970))"
    }
    if result.becameLeech {
      note +=
        " · "
        + style.yellow("leech: \(result.card.lapses) lapses, suspended; rewrite or unsuspend it")
    }
    return style.dim(note)
  }

  func undone(_ entry: SessionEntry) -> String {
    style.yellow("Undid \(entry.question.id) (\(entry.rating.name)); asking it again.")
  }

  func statsLine(answered: Int, missed: Int, left: Int, forecast: DueForecast?) -> String {
    var parts = ["\(answered) answered", "\(missed) missed", "\(left) left in this session"]
    if let forecast { parts.append("\(forecast.dueNow) due now, \(forecast.tomorrow) tomorrow") }
    return style.dim(parts.joined(separator: " · "))
  }

  func dim(_ text: String) -> String { style.dim(text) }
  func warn(_ text: String) -> String { style.yellow(text) }
}
