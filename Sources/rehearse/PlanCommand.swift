import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse plan`: interviews to prepare for, and how the preparation stands.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Prepare for an interview date: see the plan, set one, or remove one.",
    discussion: """
      With a plan set, the nearest upcoming interview steers the daily drill: the questions it \
      can ask come first and are paced to be introduced four days ahead. rehearse plan shows \
      the days left, the pace, the predicted recall on the day, the story themes still to \
      write and suggested mock dates.
      """,
    subcommands: [Show.self, Set.self, Remove.self],
    defaultSubcommand: Show.self)

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show the plan that steers the drill.")

    @Flag(help: "Print every number as JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let now = ws.clock.now()
      let today = ws.store.calendar.day(of: now)
      guard
        let plan = InterviewPlan.active(
          try ws.store.plans(), calendar: ws.store.calendar, today: today)
      else {
        if json {
          print("null")
        } else {
          print("No interview planned. Set one with: rehearse plan set YYYY-MM-DD [--loop NAME]")
        }
        return
      }
      let report = try PlanReport(plan: plan, ws: ws, now: now)
      if json {
        print(try Output.json(report, snakeCase: true))
      } else {
        let style = TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))
        print(
          PlanText(report: report, style: style).render(
            width: Terminal.columns(STDOUT_FILENO) ?? 100))
      }
    }
  }

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set", abstract: "Record an interview date (several may exist).")

    @Argument(help: "The interview's date, YYYY-MM-DD.")
    var date: String

    @Option(
      help: "The mock loop it follows (rehearse mock loops); its rounds set the scope.",
      completion: Completions.loops)
    var loop: String?

    @Option(help: "Minutes a day for the drill until then (default: daily_minutes).")
    var minutesPerDay: Int?

    @Option(
      parsing: .upToNextOption,
      help: "Categories in scope when no loop is given (e.g. system-design behavioral).")
    var focus: [String] = []

    @Option(help: "Recall to aim for on the day, above the desired retention (default 0.95).")
    var target: Double = 0.95

    @OptionGroup var options: GlobalOptions

    func validate() throws {
      if let minutesPerDay, minutesPerDay < 5 {
        throw ValidationError("--minutes-per-day must be at least 5.")
      }
      for f in focus where Category(rawValue: f) == nil {
        throw ValidationError(
          "unknown category '\(f)' for --focus; use one of "
            + Category.allCases.map(\.rawValue).joined(separator: ", "))
      }
      guard target > 0, target < 1 else {
        throw ValidationError("--target must be between 0 and 1, e.g. 0.95.")
      }
    }

    func run() throws {
      let ws = try options.openWorkspace()
      let calendar = ws.store.calendar
      let now = ws.clock.now()
      guard let day = calendar.day(ofLabel: date) else {
        throw PlanCommand.fail(
          "'\(date)' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-15.")
      }
      guard day >= calendar.day(of: now) else {
        throw PlanCommand.fail(
          "\(date) is in the past; give the date of an upcoming interview.")
      }
      if let loop, !ws.catalog.loops.contains(where: { $0.name == loop }) {
        let names = ws.catalog.loops.map(\.name)
        throw PlanCommand.fail(
          "no loop named '\(loop)'\(Suggestion.didYouMean(loop, in: names)) "
            + "(rehearse mock loops lists them)")
      }
      guard target > ws.settings.desiredRetention else {
        throw PlanCommand.fail(
          "--target must be above the desired retention (\(ws.settings.desiredRetention)).")
      }
      let taken = Swift.Set(try ws.store.plans().map(\.id))
      var id = date
      var n = 2
      while taken.contains(id) {
        id = "\(date)-\(n)"
        n += 1
      }
      try ws.store.savePlan(
        InterviewPlanRecord(
          id: id, date: date, loop: loop, minutesPerDay: minutesPerDay, focus: focus,
          target: target, createdAt: now))
      let days = day - calendar.day(of: now)
      print(
        "Planned: interview on \(date) (\(days == 0 ? "today" : "in \(counted(days, "day"))"))"
          + (loop.map { ", the \($0) loop" } ?? "") + ". See it with: rehearse plan")
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rm", abstract: "Remove a plan (by its id, usually its date).")

    @Argument(help: "The plan's id, as rehearse plan shows it.")
    var id: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      guard try ws.store.removePlan(id, at: ws.clock.now()) else {
        let ids = try ws.store.plans().map(\.id)
        throw PlanCommand.fail(
          "no plan '\(id)'\(Suggestion.didYouMean(id, in: ids))"
            + (ids.isEmpty ? " (there are none)" : " (plans: \(ids.joined(separator: ", ")))"))
      }
      print("Removed the plan \(id).")
    }
  }

  /// A problem with what was asked, found while running: said plainly, exit status 1.
  static func fail(_ message: String) -> ExitCode {
    Terminal.writeError("rehearse: \(message)\n")
    return ExitCode.failure
  }
}
