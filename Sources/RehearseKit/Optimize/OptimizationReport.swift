import FSRS
import FSRSOptimizer

/// What `rehearse optimize` found: the data counted, the fit, and how the current and fitted
/// parameters score on the user's own log.
public struct OptimizationReport: Sendable, Encodable {
  /// Log loss and RMSE(bins) of one parameter set, in sample and out of sample.
  public struct Scores: Sendable, Encodable {
    /// On every counted review, recency-weighted (what fsrs-rs's `evaluate` reports).
    public var inSample: ModelEvaluation
    /// Predicting each sixth of the log from the ones before it (fsrs-rs's five-fold
    /// time-series split; the fitted row re-fits each fold).
    public var outOfSample: ModelEvaluation?
  }

  /// The reviews that counted and the ones left out.
  public struct Counted: Sendable, Encodable {
    /// Questions with at least one counted review.
    public var questions: Int
    /// Counted reviews (not undone, not cram).
    public var reviews: Int
    /// Reviews on a later study day than the question's previous review: the predictions
    /// scored.
    public var laterDayReviews: Int
    /// Those left after fsrs-rs's outlier filter: the predictions the fit learns from.
    public var trainingItems: Int
    /// Cram reviews left out.
    public var cramLeftOut: Int
    /// Undone reviews left out.
    public var undoneLeftOut: Int
  }

  /// Expected reviews per day at the desired retention, by simulation.
  public struct Workload: Sendable, Encodable {
    /// Reviews a day if memory follows the current parameters and they schedule.
    public var current: Double
    /// Reviews a day if memory follows the fitted parameters and they schedule.
    public var fitted: Double
    /// New questions a day in the simulation.
    public var newPerDay: Int
    /// Days simulated.
    public var days: Int
  }

  /// What was counted.
  public var counted: Counted
  /// The desired retention the workload was simulated at.
  public var desiredRetention: Double
  /// The parameters in use before the fit (the config's, or the defaults).
  public var current: [Double]
  /// The fitted parameters, rounded to four decimals as they are saved; `nil` when there was
  /// too little data.
  public var fitted: [Double]?
  /// More later-day reviews needed before a full fit, when there are too few.
  public var reviewsNeeded: Int?
  /// How the current parameters score; `nil` with no items at all.
  public var currentScores: Scores?
  /// How the fitted parameters score.
  public var fittedScores: Scores?
  /// What the fit means for the daily load.
  public var workload: Workload?
  /// Whether the fitted parameters were written to the config file.
  public var saved = false
}
