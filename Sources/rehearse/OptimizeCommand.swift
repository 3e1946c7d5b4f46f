import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse optimize`: FSRS-6 parameters fitted to your own review log.
struct OptimizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "optimize",
    abstract: "Fit the FSRS-6 parameters to your review log and save them to the config.",
    discussion: """
      Fits the 21 parameters as fsrs-rs (Anki's optimizer) does, then shows the log loss and \
      RMSE(bins) of the current and fitted parameters on your log, in sample and out of \
      sample (each sixth of the log predicted from the ones before it), and what the fit \
      means for your reviews a day. Counted: every review not undone and not cram (drills, \
      mocks, story practice, imports); only a review on a later study day than the question's \
      previous one is predicted, same-day reviews feed the short-term terms. A full fit needs \
      64 such reviews. The parameters are saved only if they fit your log better.
      """)

  @Flag(help: "Fit and report, but do not save the parameters.")
  var dryRun = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let ws = try options.openWorkspace()
    var report = try ParameterOptimization.run(ws.store.reviewTimelines(), settings: ws.settings)
    if let fitted = report.fitted, !dryRun, report.improves {
      do {
        try ParameterOptimization.save(fitted, to: ws.paths.configFile)
        report.saved = true
      } catch {
        Terminal.writeError("rehearse: cannot save the parameters: \(error)\n")
        throw ExitCode.failure
      }
    }
    if json {
      print(try Output.json(report, snakeCase: true))
    } else {
      print(
        OptimizeText(report: report, dryRun: dryRun, configPath: ws.paths.configFile.path)
          .render(style: TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))))
    }
  }
}

extension OptimizationReport {
  /// Whether the fitted parameters predict the log better than the current ones (in sample).
  var improves: Bool {
    guard let fitted = fittedScores, let current = currentScores else { return false }
    return fitted.inSample.logLoss < current.inSample.logLoss
  }
}
