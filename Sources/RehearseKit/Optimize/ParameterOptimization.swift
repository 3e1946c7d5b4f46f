import FSRS
import FSRSOptimizer
import Foundation
import RehearseStore

/// Fits FSRS-6 parameters to the user's review log and scores them against the current ones.
///
/// ```swift
/// let report = try ParameterOptimization.run(ws.store.reviewTimelines(), settings: ws.settings)
/// if let fitted = report.fitted { try ParameterOptimization.save(fitted, to: ws.paths.configFile) }
/// ```
public enum ParameterOptimization {
  /// Days the workload simulation covers.
  static let workloadDays = 365

  /// The optimizer's view of the log: one card per question, elapsed time in study days, items
  /// in the order they happened.
  /// - Parameter timelines: The counted reviews.
  /// - Returns: The review log.
  public static func log(_ timelines: [ReviewTimeline]) -> ReviewLog {
    var cards: [[TrainingReview]] = []
    var times: [[Double]] = []
    for timeline in timelines {
      var previous: Int?
      cards.append(
        timeline.entries.map { entry in
          defer { previous = entry.day }
          return TrainingReview(
            rating: entry.rating, elapsedDays: previous.map { max(0, entry.day - $0) } ?? 0)
        })
      times.append(timeline.entries.map(\.reviewedAt.timeIntervalSince1970))
    }
    return ReviewLog(cards: cards, times: times)
  }

  /// Fits and scores.
  /// - Parameters:
  ///   - timelines: The counted reviews (``Store/reviewTimelines()``).
  ///   - settings: The settings: current parameters, desired retention, steps, new per day.
  ///   - outOfSample: Whether to run the time-series split (six fits more).
  /// - Returns: The report; `fitted` is `nil` when there is too little data for a full fit.
  /// - Throws: ``ConfigurationError`` if the settings do not make a scheduler.
  public static func run(
    _ timelines: ReviewTimelines, settings: Settings, outOfSample: Bool = true
  ) throws -> OptimizationReport {
    let scheduling = try settings.schedulerConfiguration()
    let log = log(timelines.timelines)
    var configuration = TrainingConfiguration.defaults
    configuration.relearningSteps = settings.relearningSteps.count
    let optimizer = ParameterOptimizer(configuration: configuration)
    let fit = optimizer.fit(log)
    let current = scheduling.parameters
    var report = OptimizationReport(
      counted: .init(
        questions: timelines.timelines.count, reviews: log.reviewCount,
        laterDayReviews: log.items.count, trainingItems: fit.trainingItems,
        cramLeftOut: timelines.cramReviews,
        undoneLeftOut: timelines.undoneReviews),
      desiredRetention: scheduling.desiredRetention, current: current.weights)
    guard !log.items.isEmpty else {
      report.reviewsNeeded = ParameterOptimizer.minimumItemsForTraining
      return report
    }
    report.currentScores = .init(
      inSample: Evaluator.evaluate(current, on: log),
      outOfSample: outOfSample ? Evaluator.timeSeriesSplit(log, fixed: current) : nil)
    guard fit.kind == .full else {
      report.reviewsNeeded = max(1, ParameterOptimizer.minimumItemsForTraining - fit.trainingItems)
      return report
    }
    let fitted = rounded(fit.parameters)
    report.fitted = fitted.weights
    report.fittedScores = .init(
      inSample: Evaluator.evaluate(fitted, on: log),
      outOfSample: outOfSample ? Evaluator.timeSeriesSplit(log, optimizer: optimizer) : nil)
    let newPerDay = settings.newPerDay > 0 ? settings.newPerDay : 10
    report.workload = .init(
      current: Workload.reviewsPerDay(scheduling, newPerDay: newPerDay, days: workloadDays),
      fitted: Workload.reviewsPerDay(
        try scheduling.replacingParameters(fitted), newPerDay: newPerDay, days: workloadDays),
      newPerDay: newPerDay, days: workloadDays)
    return report
  }

  /// The parameters rounded to four decimals, as they are written to the config file.
  static func rounded(_ parameters: Parameters) -> Parameters {
    let values = parameters.weights.map { ($0 * 10_000).rounded() / 10_000 }
    // Rounding to four decimals cannot leave bounds that have at most three.
    return (try? Parameters(values)) ?? parameters
  }

  /// The YAML value `parameters` is written as.
  public static func yamlValue(_ weights: [Double]) -> String {
    "[" + weights.map { String(format: "%.4f", $0) }.joined(separator: ", ") + "]"
  }

  /// Writes the parameters to the config file's `parameters` key, keeping its other lines.
  /// - Parameters:
  ///   - weights: The 21 weights.
  ///   - url: The config file.
  /// - Throws: ``SettingsEditError`` if the file cannot be read or the value is refused, or the
  ///   file system's error if it cannot be written.
  public static func save(_ weights: [Double], to url: URL) throws {
    let text = try SettingsFile.setting("parameters", to: yamlValue(weights), inFileAt: url).get()
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url, options: .atomic)
  }
}

extension SchedulerConfiguration {
  /// The same configuration with other weights.
  func replacingParameters(_ parameters: Parameters) throws(ConfigurationError)
    -> SchedulerConfiguration
  {
    try SchedulerConfiguration(
      parameters: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
      relearningSteps: relearningSteps, maximumInterval: maximumInterval,
      enableFuzzing: enableFuzzing)
  }
}
