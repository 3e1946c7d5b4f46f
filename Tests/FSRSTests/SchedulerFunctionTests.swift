import FSRS
import Testing

/// Compares interval rounding and fuzz ranges with values taken from py-fsrs's own functions.
@Suite struct SchedulerFunctionTests {
  @Test func nextIntervalMatchesPyFSRS() throws {
    let file = try FixtureSupport.load(FunctionsFile.self, "scheduler_functions")
    #expect(file.intervals.count > 500)
    for item in file.intervals {
      var weights = Parameters.defaults.weights
      weights[20] = item.decayWeight
      let scheduler = Scheduler(
        try SchedulerConfiguration(
          parameters: try Parameters(weights), desiredRetention: item.desiredRetention,
          maximumInterval: item.maximumInterval))
      #expect(
        scheduler.nextInterval(stability: item.stability) == item.interval,
        "S \(item.stability), DR \(item.desiredRetention), w20 \(item.decayWeight)")
    }
  }

  @Test func fuzzRangesMatchPyFSRS() throws {
    let file = try FixtureSupport.load(FunctionsFile.self, "scheduler_functions")
    #expect(file.fuzzRanges.count > 500)
    for item in file.fuzzRanges {
      let scheduler = Scheduler(try SchedulerConfiguration(maximumInterval: item.maximumInterval))
      let range = scheduler.fuzzRange(forInterval: item.intervalDays)
      let pair = range.map { [$0.lowerBound, $0.upperBound] }
      #expect(pair == item.range, "ivl \(item.intervalDays), max \(item.maximumInterval)")
    }
  }

  @Test func nextIntervalRoundsHalfToEven() {
    // At DR 0.9, I(S) is exactly S for these halves, so Python's round() decides.
    let scheduler = Scheduler()
    #expect(scheduler.nextInterval(stability: 2.5) == 2)
    #expect(scheduler.nextInterval(stability: 3.5) == 4)
    #expect(scheduler.nextInterval(stability: 0.001) == 1)
    #expect(scheduler.nextInterval(stability: 1e300) == 36500)
  }
}
