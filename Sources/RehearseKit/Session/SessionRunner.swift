import FSRS
import Foundation
import RehearseStore

/// Talks to the user and the store for a ``SessionEngine``: shows each question, reads the
/// answer and the rating through a ``Console``, and commits each confirmed rating at once.
///
/// Drills, mock rounds and story practice each drive one runner.
final class SessionRunner {
  let ws: Workspace
  let console: Console
  let text: SessionPresenter
  var engine: SessionEngine
  let sessionId: String

  /// What to do after a question.
  enum Flow {
    case next
    case quit
  }

  /// What the answer phase produced before rating.
  enum Outcome {
    case answered(SessionAnswer)
    case skip
    case quit
    case undo
    case suspend
  }

  init(workspace: Workspace, engine: SessionEngine, console: Console, sessionId: String) {
    ws = workspace
    self.engine = engine
    self.console = console
    self.sessionId = sessionId
    text = SessionPresenter(style: TextStyle(enabled: console.styled))
  }

  /// Asks one question, reads and grades the answer, and records the confirmed rating.
  /// - Parameters:
  ///   - deadline: when the answer must be in (mock rounds); nil for no hard limit.
  ///   - roundLabel: shown before the header (the mock round).
  func ask(_ asked: Question, deadline: Date? = nil, roundLabel: String? = nil) throws -> Flow {
    do {
      return try askOnce(asked, deadline: deadline, roundLabel: roundLabel)
    } catch is UnsavedAnswer {
      // The store could not take the answer and the user chose to stop: end the session.
      return .quit
    }
  }

  private func askOnce(_ asked: Question, deadline: Date?, roundLabel: String?) throws -> Flow {
    let shownAt = ws.clock.now()
    let card = try ws.store.card(asked.id)
    // Options come in an order drawn for this review, so where the right one stands cannot
    // be learnt; the letters stay put until it is rated.
    let question = asked.withShuffledChoices(seed: asked.shuffleSeed(reviews: card?.reps ?? 0))
    let lastReview = card?.lastReview.map(Date.init(timeIntervalSince1970:))
    console.line()
    console.line(
      text.header(
        question, position: engine.position, total: engine.total, lastReview: lastReview,
        now: shownAt, roundLabel: roundLabel))
    console.line(text.style.bold(TextWrap.reflow(question.prompt)))
    if question.kind == .star && !question.isStoryDrill {
      let fits = engine.storiesThatFit(question, from: ws.stories)
      if let line = text.storiesThatFit(fits, haveStories: !ws.stories.isEmpty) {
        console.line(line)
      }
    }
    var reader = AnswerReader(
      runner: self, question: question, shownAt: shownAt, deadline: deadline)
    let outcome = question.kind.isAutoGraded ? reader.readChoice() : reader.readTyped()
    let seconds = ws.clock.now().timeIntervalSince(shownAt)
    switch outcome {
    case .quit: return .quit
    case .skip:
      console.line(text.dim("Skipped."))
      return .next
    case .suspend:
      try suspend(question)
      return .next
    case .undo:
      try undo(current: question)
      return .next
    case .answered(.revealed) where question.kind.isAutoGraded:
      // Revealing the options' answer is a miss: Again, without asking.
      for line in text.choiceFeedback(question, picked: [], correct: false, revealed: true) {
        console.line(line)
      }
      let assessment = engine.assess(.revealed, to: question, seconds: seconds)
      try record(question, assessment, rating: .again)
      return .next
    case .answered(let answer):
      var assessment = engine.assess(
        answer, to: question, seconds: seconds, lastReview: lastReview,
        now: shownAt.addingTimeInterval(seconds))
      showFeedback(question, assessment)
      if let followUp = try followUp(for: question, assessment) {
        let (next, quit) = askFollowUp(
          followUp, of: question, after: assessment, deadline: deadline)
        assessment = next
        if quit {
          // Leaving during the follow-up keeps the first answer: saved with the suggestion.
          if let suggested = assessment.suggested {
            try record(question, assessment, rating: suggested)
            console.line(text.dim("Saved with the suggested rating, \(suggested.name)."))
          }
          return .quit
        }
        console.line(text.rateHint(assessment))
        return try confirmAndRecord(question, assessment, hinted: true)
      }
      return try confirmAndRecord(question, assessment)
    }
  }

  private func showFeedback(_ q: Question, _ a: Assessment) {
    switch a.answer {
    case .picked(let picked):
      for line in text.choiceFeedback(q, picked: picked, correct: a.correct ?? false) {
        console.line(line)
      }
    case .typed, .revealed:
      for line in text.modelAnswer(q, grade: a.grade) { console.line(line) }
      if q.kind == .star, case .typed(let telling) = a.answer, !telling.isEmpty,
        let (story, gaps) = engine.compare(
          telling: telling, scored: a.grade?.star, for: q, with: ws.stories)
      {
        console.line(text.storyComparison(story, gaps))
      }
      if let pitfalls = text.pitfalls(q) { console.line(pitfalls) }
    }
  }

  /// Asks the user to confirm or override the rating, then commits it at once.
  private func confirmAndRecord(_ q: Question, _ first: Assessment, hinted: Bool = false)
    throws -> Flow
  {
    var assessment = first
    if !hinted { console.line(text.rateHint(assessment)) }
    var hintsShown = 0
    while true {
      switch console.readLine(prompt: "rate> ") {
      case .endOfInput, .interrupted:
        // Leaving at the rating prompt keeps the answer: it is saved with the suggestion.
        guard let suggested = assessment.suggested else {
          console.line(text.dim("Not rated; nothing saved for this question."))
          return .quit
        }
        try record(q, assessment, rating: suggested)
        console.line(text.dim("Saved with the suggested rating, \(suggested.name)."))
        return .quit
      case .line(let line):
        if let command = SessionCommand.parse(line) {
          switch command {
          case .undo:
            try undo(current: q)
            return .next
          case .skip:
            console.line(text.dim("Skipped; not rated."))
            return .next
          case .quit:
            console.line(text.dim("Not rated; nothing saved for this question."))
            return .quit
          case .suspend:
            try suspend(q)
            return .next
          default:
            _ = handle(command, q, hintsShown: &hintsShown)
            continue
          }
        }
        if let grade = assessment.grade,
          let flips = SessionText.parseToggles(line, count: grade.items.count)
        {
          // The user is the judge: flipped items change the coverage and the suggestion.
          assessment = engine.assess(toggled: assessment, flips, of: q)
          for item in text.items(assessment.grade ?? grade) { console.line(item) }
          console.line(text.rateHint(assessment))
          continue
        }
        guard let rating = SessionText.parseRating(line, default: assessment.suggested) else {
          console.line(text.rateAgain(hasSuggestion: assessment.suggested != nil))
          continue
        }
        try record(q, assessment, rating: rating)
        return .next
      }
    }
  }

  private func record(_ q: Question, _ assessment: Assessment, rating: Rating) throws {
    let now = ws.clock.now()
    let review = engine.review(of: q, assessment, rating: rating, at: now, sessionId: sessionId)
    let result: RecordedReview
    while true {
      do {
        result = try ws.store.record(review)
        break
      } catch StoreError.writeFailed(let failure) {
        if try !retry(after: failure, review) { throw UnsavedAnswer() }
      }
    }
    engine.recorded(q, result, rating: rating, rollover: ws.store.calendar.nextRollover(after: now))
    console.line(text.saved(result, cram: engine.isCram, now: now))
  }

  private func suspend(_ q: Question) throws {
    try ws.store.setSuspended(true, [q.id])
    engine.suspended(q)
    console.line(
      text.dim("Suspended \(q.id); :undo or rehearse unsuspend \(q.id) brings it back."))
  }

  private func undo(current: Question) throws {
    if let suspended = engine.undoSuspension(current: current) {
      try ws.store.setSuspended(false, [suspended.id])
      console.line(text.style.yellow("Unsuspended \(suspended.id); asking it again."))
      return
    }
    guard let last = engine.undo(current: current) else {
      console.line(text.dim("Nothing to undo in this session."))
      return
    }
    try ws.store.undo(reviewId: last.review.id, at: ws.clock.now())
    console.line(text.undone(last))
  }

  /// Handles a `:command` typed while answering. Returns an outcome to finish with, or nil to
  /// keep reading.
  func handle(_ command: SessionCommand, _ q: Question, hintsShown: inout Int) -> Outcome? {
    switch command {
    case .help:
      console.line(SessionText.help(style: text.style))
    case .hint:
      if hintsShown < q.hints.count {
        console.line(text.style.yellow("hint: ") + q.hints[hintsShown])
        hintsShown += 1
      } else {
        console.line(text.dim(q.hints.isEmpty ? "No hints for this question." : "No more hints."))
      }
    case .stats:
      console.line(
        text.statsLine(
          answered: engine.answered, missed: engine.missed, left: engine.remaining,
          forecast: try? ws.store.forecast(at: ws.clock.now(), horizon: 2)))
    case .skip: return .skip
    case .quit: return .quit
    case .undo: return .undo
    case .suspend: return .suspend
    case .reveal:
      return .answered(.revealed)
    case .edit:
      console.line(
        text.dim(
          q.kind.isAutoGraded
            ? ":edit is for typed answers."
            : "Type your answer after the prompt, or :edit at its start."))
    }
    return nil
  }
}
