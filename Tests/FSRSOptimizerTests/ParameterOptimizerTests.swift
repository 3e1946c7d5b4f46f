import FSRS
import Foundation
import Testing

@testable import FSRSOptimizer

/// The fit against fsrs-rs's figures on a committed simulated log (written by
/// `rehearse-bench optimize --fixture Tests/FSRSOptimizerTests/Fixtures`), and the data minimums.
struct ParameterOptimizerTests {
  struct Reference: Decodable {
    struct Metrics: Decodable {
      var log_loss: Double
      var rmse_bins: Double
    }
    var items: Int
    var parameters: [Double]
    var `default`: Metrics
    var fitted: Metrics
  }

  static func fixture<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
  }

  @Test func fitIsWithinAThousandthOfFSRSRSOnTheFixture() throws {
    let log = try Self.fixture("simulated-log.json", as: ReviewLog.self)
    let reference = try Self.fixture("fsrs-rs-reference.json", as: Reference.self)
    #expect(log.items.count == reference.items)
    let fit = ParameterOptimizer().fit(log)
    #expect(fit.kind == .full)
    let ours = Evaluator.evaluate(fit.parameters, on: log)
    #expect(ours.logLoss <= reference.fitted.log_loss + 0.001)
    #expect(ours.logLoss < reference.default.log_loss)
  }

  @Test func evaluationAgreesWithFSRSRS() throws {
    let log = try Self.fixture("simulated-log.json", as: ReviewLog.self)
    let reference = try Self.fixture("fsrs-rs-reference.json", as: Reference.self)
    let defaults = Evaluator.evaluate(.defaults, on: log)
    let theirs = Evaluator.evaluate(try Parameters(reference.parameters), on: log)
    // fsrs-rs computes in 32-bit floats; Rehearse in 64-bit.
    #expect(abs(defaults.logLoss - reference.default.log_loss) < 1e-4)
    #expect(abs(defaults.rmseBins - reference.default.rmse_bins) < 1e-4)
    #expect(abs(theirs.logLoss - reference.fitted.log_loss) < 1e-4)
    #expect(abs(theirs.rmseBins - reference.fitted.rmse_bins) < 1e-4)
  }

  /// A log of `cards` cards, each reviewed on day 0 and then `later` more times, days apart.
  static func log(cards: Int, later: Int) -> ReviewLog {
    ReviewLog(
      cards: (0..<cards).map { card in
        [TrainingReview(rating: .good, elapsedDays: 0)]
          + (0..<later).map { n in
            TrainingReview(rating: (card + n) % 5 == 0 ? .again : .good, elapsedDays: 2 + n)
          }
      })
  }

  @Test func underEightItemsTheDefaultsStay() {
    let fit = ParameterOptimizer().fit(Self.log(cards: 7, later: 1))
    #expect(fit.kind == .defaults)
    #expect(fit.trainingItems < ParameterOptimizer.minimumItems)
    #expect(fit.parameters == .defaults)
  }

  @Test func underSixtyFourItemsOnlyTheInitialStabilitiesMove() {
    let fit = ParameterOptimizer().fit(Self.log(cards: 30, later: 2))
    #expect(fit.kind == .initialStabilities)
    #expect(fit.trainingItems == 60)
    #expect(fit.parameters.weights[4...] == Parameters.defaults.weights[4...])
    #expect(fit.parameters.weights[0..<4] != Parameters.defaults.weights[0..<4])
  }

  @Test func clippingKeepsEveryWeightInsideFSRSRSBounds() {
    var low = [Double](repeating: -1000, count: 21)
    var high = [Double](repeating: 1000, count: 21)
    ParameterClipper.clip(&low, relearningSteps: 1)
    ParameterClipper.clip(&high, relearningSteps: 1)
    #expect(low[19] == 0.01)
    #expect(high[17] == 2 && high[18] == 2)
    for i in 0..<21 {
      #expect(Parameters.bounds[i].contains(low[i]))
      #expect(Parameters.bounds[i].contains(high[i]))
    }
    var defaults = Parameters.defaults.weights
    ParameterClipper.clip(&defaults, relearningSteps: 2)
    #expect(defaults == Parameters.defaults.weights)
  }
}
