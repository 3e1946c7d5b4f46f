import FSRS
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse-bench plan`: simulated learners preparing for an interview 14, 28 and 42 days out
/// with the bundled banks, once with an interview plan (the general loop) and once with plain
/// scheduling, at the same daily minutes. Each learner's memory is FSRS-6 with parameters of
/// its own (initial stabilities and the growth factor varied), answering by its predicted
/// probability of recall; the app schedules with the default parameters, as it would for a new
/// user. Reported: recall on the interview morning over the questions in scope (mean and 10th
/// percentile, never-seen questions counting 0), the share never seen, and reviews a day.
enum PlanBench {
  struct Outcome {
    var mean: Double
    var p10: Double
    var unseen: Double
    var perDay: Double
    /// The most reviews due on one day in the two weeks after the interview (no plan then).
    var peakAfter: Double
  }

  static func run(learners: Int = 8) throws {
    let catalog = BankLoader.load(
      BankSources.files(at: [URL(fileURLWithPath: "QuestionBanks")], required: true).files)
    guard let loop = catalog.loops.first(where: { $0.name == "general" }) else { return }
    let scope = Set(
      catalog.questions.filter { q in !q.isCoaching && loop.rounds.contains { $0.admits(q) } }
        .map(\.id))
    print("plan simulation: \(scope.count) questions in scope (general loop), 90 s an answer,")
    print("\(learners) learners per row; recall on the day over the scope, unseen counting 0")
    print(
      "  min/day  days  schedule   mean recall   p10 recall   never seen   reviews/day"
        + "   peak due after")
    for minutes in [30, 60] {
      for horizon in [14, 28, 42] {
        for planned in [false, true] {
          var outcomes: [Outcome] = []
          for learner in 0..<learners {
            outcomes.append(
              simulate(
                catalog: catalog, scope: scope, horizon: horizon, planned: planned,
                minutes: minutes, seed: UInt64(learner + 1)))
          }
          func avg(_ k: KeyPath<Outcome, Double>) -> Double {
            outcomes.map { $0[keyPath: k] }.reduce(0, +) / Double(outcomes.count)
          }
          print(
            String(
              format: "  %7d  %4d  %-9@  %11.3f  %11.3f  %10.1f%%  %12.1f  %15.1f", minutes,
              horizon,
              (planned ? "plan" : "plain") as NSString, avg(\.mean), avg(\.p10),
              avg(\.unseen) * 100, avg(\.perDay), avg(\.peakAfter)))
        }
      }
    }
  }

  static func simulate(
    catalog: BankCatalog, scope: Set<String>, horizon: Int, planned: Bool, minutes: Int,
    seed: UInt64
  ) -> Outcome {
    var rng = SeededGenerator(seed: seed)
    var weights = Parameters.defaults.weights
    for i in 0..<4 { weights[i] *= Double.random(in: 0.5...2.0, using: &rng) }
    weights[8] *= Double.random(in: 0.8...1.2, using: &rng)
    let truthConfiguration =
      (try? SchedulerConfiguration(
        parameters: (try? Parameters(weights)) ?? .defaults, enableFuzzing: false)) ?? .defaults
    let truth = Scheduler(truthConfiguration)
    let app = Scheduler(.defaults)
    let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    let start = Date(timeIntervalSince1970: 1_800_000_000)  // a day at 08:00 UTC
    var cards = Dictionary(
      uniqueKeysWithValues: catalog.questions.map { ($0.id, CardRecord.new($0.id, at: start)) })
    var memory: [String: Card] = [:]
    let interview = start.addingTimeInterval(Double(horizon) * 86_400)
    let record = InterviewPlanRecord(
      id: "sim", date: calendar.label(ofDay: calendar.day(of: interview)), loop: "general",
      createdAt: start)
    let plan = InterviewPlan(record, calendar: calendar)
    var reviews = 0
    // The learner's own time per answer, as the drill would know it after a few days.
    let pace = ExpectedTime(
      samples: QuestionKind.allCases.flatMap { kind in
        Array(repeating: (kind: kind, seconds: 90.0), count: ExpectedTime.minimumSamples)
      })
    func simulateDay(_ day: Int) -> Int {
      let now = start.addingTimeInterval(Double(day) * 86_400 + 3600)
      let steer =
        planned && day < horizon
        ? plan?.steer(catalog: catalog, cards: Array(cards.values), calendar: calendar, now: now)
        : nil
      let queue = DailyQueue(
        cards: Array(cards.values), catalog: catalog, settings: Settings(), scheduler: app,
        calendar: calendar, now: now, today: TodayCounts(),
        budget: DayBudget(total: Double(minutes * 60), expected: pace), plan: steer)
      var clock = now
      let due = queue.entries.filter { $0.reason != .new }.count
      for entry in queue.entries {
        guard var card = cards[entry.questionId] else { continue }
        let known = memory[entry.questionId]
        // A first answer is a coin weighted to the learner's prior; later ones follow memory.
        let p = known.map { truth.retrievability(of: $0, at: clock) } ?? 0.5
        let rating: Rating = Double.random(in: 0..<1, using: &rng) < p ? .good : .again
        let elapsed = card.lastReview.map {
          calendar.elapsedDays(from: Date(timeIntervalSince1970: $0), to: clock)
        }
        card = card.applying(
          app.review(card.fsrsCard, rating: rating, at: clock, elapsedDays: elapsed, using: &rng)
            .card)
        cards[entry.questionId] = card
        let before = known ?? Card.new(due: clock)
        memory[entry.questionId] = truth.review(before, rating: rating, at: clock, using: &rng).card
        reviews += 1
        clock = clock.addingTimeInterval(90)
      }
      return due
    }
    for day in 0..<horizon { _ = simulateDay(day) }
    let moment = interview.addingTimeInterval(2 * 3600)
    let recall = scope.map { id in memory[id].map { truth.retrievability(of: $0, at: moment) } ?? 0
    }
    .sorted()
    let reviewsBefore = reviews
    let unseen = Double(scope.filter { memory[$0] == nil }.count) / Double(max(1, scope.count))
    // Two weeks after the interview, with no plan: does a backlog land?
    let peak = (horizon..<(horizon + 14)).map(simulateDay).max() ?? 0
    return Outcome(
      mean: recall.reduce(0, +) / Double(max(1, recall.count)),
      p10: recall.isEmpty ? 0 : recall[recall.count / 10],
      unseen: unseen, perDay: Double(reviewsBefore) / Double(horizon), peakAfter: Double(peak))
  }
}
