import FSRS
import Testing

/// Checks weight validation and its error messages.
@Suite struct ParametersTests {
  @Test func defaultsAreValid() throws {
    #expect(Parameters.defaults.weights.count == 21)
    #expect(try Parameters(Parameters.defaults.weights) == .defaults)
    #expect(Parameters.defaults[20] == 0.1542)
  }

  @Test func outOfBoundsMessageNamesParameterValueAndBounds() {
    var weights = Parameters.defaults.weights
    weights[20] = 0.95
    #expect(throws: ParameterError.self) { try Parameters(weights) }
    do {
      _ = try Parameters(weights)
    } catch {
      #expect(error.description == "parameter w[20] = 0.95 is out of bounds [0.1, 0.8]")
      #expect(
        error.reason == .outOfBounds(index: 20, value: 0.95, bounds: 0.1...0.8))
    }
  }

  @Test(arguments: 0..<21)
  func everyBoundIsEnforced(index: Int) {
    let bounds = Parameters.bounds[index]
    for value in [bounds.lowerBound - 0.0005, bounds.upperBound + 0.5, .nan, .infinity] {
      var weights = Parameters.defaults.weights
      weights[index] = value
      do {
        _ = try Parameters(weights)
        Issue.record("w[\(index)] = \(value) was accepted")
      } catch {
        #expect(error.description.hasPrefix("parameter w[\(index)] = "))
        #expect(
          error.description.hasSuffix(
            "is out of bounds [\(bounds.lowerBound), \(bounds.upperBound)]"))
      }
    }
    for value in [bounds.lowerBound, bounds.upperBound] {
      var weights = Parameters.defaults.weights
      weights[index] = value
      #expect(throws: Never.self) { try Parameters(weights) }
    }
  }

  @Test(arguments: [0, 19, 20, 22])
  func wrongCountIsRejected(count: Int) {
    let weights = Array(repeating: 0.5, count: count)
    do {
      _ = try Parameters(weights)
      Issue.record("\(count) weights were accepted")
    } catch {
      #expect(error.reason == .wrongCount(expected: 21, actual: count))
      #expect(error.description == "expected 21 parameters, got \(count)")
    }
  }

  @Test func firstBadWeightIsReported() {
    var weights = Parameters.defaults.weights
    weights[4] = 0.5
    weights[16] = 0.5
    do {
      _ = try Parameters(weights)
      Issue.record("accepted")
    } catch {
      #expect(error.description == "parameter w[4] = 0.5 is out of bounds [1.0, 10.0]")
    }
  }
}
