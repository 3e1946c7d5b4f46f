import Foundation

extension Scheduler {
  /// Runs py-fsrs's learning/review/relearning state machine for one review.
  /// - Parameters:
  ///   - card: The card before the review.
  ///   - rating: The rating given.
  ///   - stability: The stability after the review, for review intervals.
  /// - Returns: The new state, step and interval.
  func transition(_ card: Card, rating: Rating, stability: Double) -> StepMove {
    let graduate = StepMove(
      state: .review, step: nil, seconds: 0, days: nextInterval(stability: stability))
    switch card.state {
    case .learning:
      return stepMove(
        in: .learning, steps: configuration.learningSteps, step: card.step ?? 0, rating: rating,
        graduate: graduate)
    case .relearning:
      return stepMove(
        in: .relearning, steps: configuration.relearningSteps, step: card.step ?? 0,
        rating: rating, graduate: graduate)
    case .review:
      guard rating == .again, let first = configuration.relearningSteps.first else {
        return graduate
      }
      return StepMove(state: .relearning, step: 0, seconds: first, days: nil)
    }
  }

  /// The (re)learning rules: Again restarts, Hard repeats, Good advances, Easy graduates.
  ///
  /// With no steps, or a step past the end (the steps were shortened), any rating but Again
  /// graduates. Hard on step 0 waits 1.5 × the only step, or the mean of the first two steps.
  private func stepMove(
    in state: CardState, steps: [TimeInterval], step: Int, rating: Rating, graduate: StepMove
  ) -> StepMove {
    if steps.isEmpty || (step >= steps.count && rating != .again) {
      return graduate
    }
    switch rating {
    case .again:
      return StepMove(state: state, step: 0, seconds: steps[0], days: nil)
    case .hard:
      let seconds: TimeInterval
      if step == 0 {
        seconds = steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2
      } else {
        seconds = steps[step]
      }
      return StepMove(state: state, step: step, seconds: seconds, days: nil)
    case .good:
      guard step + 1 < steps.count else { return graduate }
      return StepMove(state: state, step: step + 1, seconds: steps[step + 1], days: nil)
    case .easy:
      return graduate
    }
  }
}
