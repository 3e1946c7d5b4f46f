import FSRS

/// What a set of parameters means in practice: the reviews a day it leads to.
public enum Workload {
  /// The average reviews per day over a simulated period, for a learner whose memory follows
  /// `scheduling.parameters` and who is scheduled with them.
  ///
  /// The same seed is used for every call, so two parameter sets are compared on the same draws
  /// as far as their schedules allow.
  /// - Parameters:
  ///   - scheduling: The scheduler configuration (parameters, desired retention, steps).
  ///   - newPerDay: New cards a day.
  ///   - days: Days to simulate.
  /// - Returns: Mean reviews per simulated day.
  public static func reviewsPerDay(
    _ scheduling: SchedulerConfiguration, newPerDay: Int, days: Int = 365
  ) -> Double {
    var learner = SimulatedLearner(memory: scheduling.parameters, scheduling: scheduling)
    learner.newPerDay = newPerDay
    learner.seed = 7
    let run = learner.run(days: days)
    return Double(run.reviewCount) / Double(max(days, 1))
  }
}
