import FSRS
import Foundation

/// A file of py-fsrs review sequences (worked_examples.json, random_sequences.json) written by
/// scripts/gen_fsrs_fixtures.py.
struct SequenceFile: Decodable {
  /// One configuration and the reviews py-fsrs recorded with it.
  struct Sequence: Decodable {
    let name: String
    let config: Config
    let reviews: [Review]
  }

  /// A py-fsrs scheduler configuration (fuzz off); steps are in seconds.
  struct Config: Decodable {
    let parameters: [Double]?
    let desiredRetention: Double
    let learningSteps: [Double]
    let relearningSteps: [Double]
    let maximumInterval: Int

    /// The same configuration for the Swift scheduler, with fuzz off.
    func schedulerConfiguration() throws -> SchedulerConfiguration {
      let parameters = try parameters.map { try Parameters($0) } ?? .defaults
      return try SchedulerConfiguration(
        parameters: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
        relearningSteps: relearningSteps, maximumInterval: maximumInterval, enableFuzzing: false)
    }
  }

  /// One review and the card py-fsrs produced from it.
  struct Review: Decodable {
    let rating: Int
    let at: String
    let elapsedDays: Int?
    let retrievability: Double
    let state: Int
    let step: Int?
    let stability: Double
    let difficulty: Double
    let due: String
  }

  let pyFsrsVersion: String
  let defaultParameters: [Double]
  let parameterBounds: [[Double]]
  let sequences: [Sequence]
}
