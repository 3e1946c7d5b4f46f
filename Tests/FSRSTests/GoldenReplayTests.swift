import FSRS
import Foundation
import Testing

/// Replays every py-fsrs 6.3.2 review sequence through ``Scheduler`` and compares each review.
@Suite struct GoldenReplayTests {
  @Test func workedExamplesMatchPyFSRS() throws {
    let file = try FixtureSupport.load(SequenceFile.self, "worked_examples")
    #expect(file.sequences.count == 5)
    #expect(try Self.replay(file) == 31)
  }

  @Test func randomSequencesMatchPyFSRS() throws {
    let file = try FixtureSupport.load(SequenceFile.self, "random_sequences")
    #expect(file.sequences.count >= 300)
    #expect(try Self.replay(file) > 3000)
  }

  @Test func defaultsAndBoundsMatchPyFSRS() throws {
    let file = try FixtureSupport.load(SequenceFile.self, "worked_examples")
    #expect(file.pyFsrsVersion == "6.3.2")
    #expect(Parameters.defaults.weights == file.defaultParameters)
    #expect(Parameters.bounds.count == file.parameterBounds.count)
    for (range, pair) in zip(Parameters.bounds, file.parameterBounds) {
      #expect([range.lowerBound, range.upperBound] == pair)
    }
  }

  /// Replays each sequence of `file`, recording an issue at the first mismatch of a sequence;
  /// returns the number of reviews compared.
  static func replay(_ file: SequenceFile) throws -> Int {
    var compared = 0
    for sequence in file.sequences {
      let scheduler = Scheduler(try sequence.config.schedulerConfiguration())
      var card = Card.new(due: try FixtureSupport.date(sequence.reviews[0].at))
      for (index, expected) in sequence.reviews.enumerated() {
        let rating = try #require(Rating(rawValue: expected.rating))
        let date = try FixtureSupport.date(expected.at)
        let result = scheduler.review(card, rating: rating, at: date)
        compared += 1
        let problems = try mismatches(result, expected, at: date)
        guard problems.isEmpty else {
          Issue.record("\(sequence.name), review \(index): \(problems.joined(separator: "; "))")
          break
        }
        card = result.card
      }
    }
    return compared
  }

  /// Describes every field of `result` that disagrees with py-fsrs's `expected` review.
  static func mismatches(
    _ result: ReviewResult, _ expected: SequenceFile.Review, at date: Date
  ) throws -> [String] {
    var problems: [String] = []
    func check(_ ok: Bool, _ what: @autoclosure () -> String) {
      if !ok { problems.append(what()) }
    }
    let card = result.card
    let due = try FixtureSupport.date(expected.due)
    check(card.state.rawValue == expected.state, "state \(card.state) != \(expected.state)")
    check(card.step == expected.step, "step \(text(card.step)) != \(text(expected.step))")
    check(card.due == due, "due \(card.due) != \(expected.due)")
    check(card.lastReview == date, "lastReview \(text(card.lastReview))")
    check(
      result.elapsedDays == expected.elapsedDays,
      "elapsed \(text(result.elapsedDays)) != \(text(expected.elapsedDays))")
    check(
      FixtureSupport.isClose(result.retrievability, expected.retrievability),
      "R \(result.retrievability) != \(expected.retrievability)")
    let memory = card.memory ?? MemoryState(stability: .nan, difficulty: .nan)
    check(
      FixtureSupport.isClose(memory.stability, expected.stability),
      "S \(memory.stability) != \(expected.stability)")
    check(
      FixtureSupport.isClose(memory.difficulty, expected.difficulty),
      "D \(memory.difficulty) != \(expected.difficulty)")
    check(result.interval == due.timeIntervalSince(date), "interval \(result.interval)")
    let days = card.state == .review ? Int(due.timeIntervalSince(date) / 86_400) : nil
    check(result.intervalDays == days, "intervalDays \(text(result.intervalDays)) != \(text(days))")
    return problems
  }

  /// Renders an optional for a failure message.
  private static func text<T>(_ value: T?) -> String {
    value.map { "\($0)" } ?? "nil"
  }
}
