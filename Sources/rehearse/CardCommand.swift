import ArgumentParser
import FSRS
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse card ID`: one question's memory state and review history.
struct CardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "card", abstract: "Show a question's memory state and review history.")

  @Argument(help: "The question id.", completion: Completions.questions)
  var id: String

  @Flag(help: "Print as JSON.")
  var json = false

  @OptionGroup var options: GlobalOptions

  struct FollowUpRow: Encodable {
    var reviewed_at: String
    var prompt: String
    var skipped: Bool
    var coverage: Double?
    var items: [String]
  }

  struct Report: Encodable {
    struct Review: Encodable {
      var reviewed_at: String
      var rating: Int
      var elapsed_days: Int?
      var retrievability: Double
      var stability: Double
      var difficulty: Double
      var state: String
      var step: Int?
      var interval_days: Double
      var due: String
      var source: String
    }
    var question_id: String
    var prompt: String?
    var state: String
    var stability: Double?
    var difficulty: Double?
    var retrievability: Double
    var due: String?
    var reps: Int
    var lapses: Int
    var suspended: Bool
    var leech: Bool
    var plan: PlanNote?
    var follow_ups: [FollowUpRow]
    var retired: Bool
    var reviews: [Review]
  }

  func run() throws {
    let ws = try options.openWorkspace()
    let history: CardHistory
    do { history = try ws.store.history(of: id) } catch StoreError.unknownQuestion {
      let message =
        "rehearse: no question with id '\(id)'"
        + Suggestion.didYouMean(id, in: ws.catalog.questions.map(\.id))
      Terminal.writeError(message + "\n")
      throw ExitCode.failure
    }
    let now = ws.clock.now()
    let card = history.card
    let question = ws.catalog.question(id: id)
    let r = card.retrievability(at: now, scheduler: ws.store.scheduler, calendar: ws.store.calendar)
    let report = Report(
      question_id: id, prompt: question?.prompt, state: card.phase.name, stability: card.stability,
      difficulty: card.difficulty, retrievability: r,
      due: card.due.map { Output.iso(Date(timeIntervalSince1970: $0)) }, reps: card.reps,
      lapses: card.lapses, suspended: card.suspended, leech: card.leech,
      plan: try PlanNote.note(for: card, ws: ws),
      follow_ups: try ws.store.followUps(of: id).map {
        FollowUpRow(
          reviewed_at: Output.iso($0.reviewedAt), prompt: $0.followUp.prompt,
          skipped: $0.followUp.skipped, coverage: $0.followUp.coverage, items: $0.followUp.items)
      }, retired: card.retired,
      reviews: history.entries.map { e in
        Report.Review(
          reviewed_at: Output.iso(e.reviewedAt), rating: e.rating.rawValue,
          elapsed_days: e.elapsedDays,
          retrievability: e.retrievability, stability: e.stability, difficulty: e.difficulty,
          state: e.phase.name, step: e.step, interval_days: e.interval / 86400,
          due: Output.iso(e.due), source: e.source.rawValue)
      })
    if json {
      print(try Output.json(report))
      return
    }
    let style = TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))
    let tz = ws.store.calendar.timeZone
    print(
      style.bold(id)
        + (question.map { " · \($0.category.rawValue) · \($0.topic) · \($0.kind.rawValue)" }
          ?? " (no longer in any bank)"))
    if let prompt = question?.prompt {
      print(
        TextWrap.wrap(
          TerminalText.sanitize(prompt), width: Terminal.columns(STDOUT_FILENO) ?? 100))
    }
    print("")
    var facts = ["state \(card.phase.name)", "reps \(card.reps)", "lapses \(card.lapses)"]
    if let s = card.stability { facts.append(String(format: "stability %.2fd", s)) }
    if let d = card.difficulty { facts.append(String(format: "difficulty %.2f", d)) }
    if !card.isNew { facts.append(String(format: "recall now %.0f%%", r * 100)) }
    if let due = card.due {
      facts.append("due \(Output.time(Date(timeIntervalSince1970: due), tz))")
    }
    if card.suspended { facts.append(card.leech ? "suspended (leech)" : "suspended") }
    print(
      TextWrap.wrap(facts.joined(separator: " · "), width: Terminal.columns(STDOUT_FILENO) ?? 100))
    if let note = report.plan {
      print(TextWrap.wrap(note.sentence, width: Terminal.columns(STDOUT_FILENO) ?? 100))
    }
    guard !history.entries.isEmpty else {
      print("\nNo reviews yet.")
      return
    }
    let rows = history.entries.map { e in
      [
        Output.time(e.reviewedAt, tz), e.rating.name,
        e.elapsedDays.map(String.init) ?? "–",
        String(format: "%.3f", e.retrievability), String(format: "%.2f", e.stability),
        String(format: "%.2f", e.difficulty), e.phase.name, e.step.map(String.init) ?? "–",
        e.intervalDays.map { "\($0)d" } ?? SessionText.span(e.interval), Output.time(e.due, tz),
      ]
    }
    print("")
    print(
      Table(
        header: ["reviewed", "rating", "days", "R", "S", "D", "state", "step", "interval", "due"],
        rows: rows, numericFrom: 2
      ).render(style: style))
    let followUps = try ws.store.followUps(of: id)
    if !followUps.isEmpty {
      print("")
      print(style.bold("Follow-ups"))
      for (at, f) in followUps {
        let how =
          f.skipped
          ? "skipped"
          : "\(f.items.filter { $0 == "covered" }.count) of \(f.items.count) points"
            + (f.items.contains("contradicted") ? ", a misconception" : "")
        print(
          TextWrap.wrap(
            "\(Output.time(at, tz))  \(TerminalText.sanitize(f.prompt)) (\(how))",
            width: Terminal.columns(STDOUT_FILENO) ?? 100))
      }
    }
    if history.ignoredReviews > 0 {
      print(
        style.dim(
          "\(counted(history.ignoredReviews, "cram or undone review")) not shown; they do not affect the schedule."
        ))
    }
  }
}
