import FSRS
import Testing

/// Checks configuration defaults and validation.
@Suite struct SchedulerConfigurationTests {
  @Test func defaultsMatchPyFSRS() throws {
    let config = SchedulerConfiguration.defaults
    #expect(config.parameters == .defaults)
    #expect(config.desiredRetention == 0.9)
    #expect(config.learningSteps == [60, 600])
    #expect(config.relearningSteps == [600])
    #expect(config.maximumInterval == 36500)
    #expect(config.enableFuzzing)
    #expect(try SchedulerConfiguration() == config)
  }

  @Test(arguments: [0.0, 1.0, -0.1, 1.5, .nan])
  func desiredRetentionOutsideOpenUnitIntervalIsRejected(value: Double) {
    do {
      _ = try SchedulerConfiguration(desiredRetention: value)
      Issue.record("desired retention \(value) was accepted")
    } catch {
      #expect(error.description.contains("desired retention"))
    }
  }

  @Test func otherInvalidValuesAreRejected() {
    #expect(throws: ConfigurationError(.maximumInterval(0))) {
      try SchedulerConfiguration(maximumInterval: 0)
    }
    #expect(throws: ConfigurationError(.step(relearning: false, index: 1, value: 0))) {
      try SchedulerConfiguration(learningSteps: [60, 0])
    }
    #expect(throws: ConfigurationError(.step(relearning: true, index: 0, value: -600))) {
      try SchedulerConfiguration(relearningSteps: [-600])
    }
  }

  @Test func edgeValuesAreAccepted() throws {
    let config = try SchedulerConfiguration(
      desiredRetention: 0.999, learningSteps: [], relearningSteps: [], maximumInterval: 1)
    #expect(config.learningSteps.isEmpty)
    #expect(config.maximumInterval == 1)
  }
}
