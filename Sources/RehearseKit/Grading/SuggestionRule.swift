import FSRS

/// Turns what the grader found into the rating it suggests, and says why.
///
/// | finding | suggestion |
/// |---|---|
/// | a misconception stated (a contradicted key point) | Again |
/// | weighted coverage under 10%, the answer off the subject or too short | Again |
/// | under 10%, but a real answer on the question's subject (no key point recognised) | Hard |
/// | a recall or STAR answer of 70+ words covering under 35% of its key points (much said, little of it asked for) | Again |
/// | under 65% (partly right, no misconception) | Hard |
/// | 45% or more in a recall or STAR answer of 120+ words (the points it makes, developed) | Good |
/// | otherwise | Good |
/// | 90%+ in at most half the time, card last seen a day or more ago | Easy |
/// | over the time limit, not counting typing (40 words a minute) | one step down (not below Hard from 10% up) |
/// | mostly bare terms (a keyword list) | at most Hard |
/// | a STAR answer without first-person ownership or a measured result | at most Hard |
enum SuggestionRule {
  static let againBelow = 0.1
  static let goodFrom = 0.65
  /// Below this, an answer mostly about something else is not credited for a stray match.
  static let offTopicAgainBelow = 0.35
  static let easyFrom = 0.9
  static let typingWordsPerMinute = 40.0
  /// A recall or STAR answer this long that covers under `offTopicAgainBelow` of the points has
  /// spent its words on something else: wrong claims, or a story about another lesson.
  static let thinFrom = 70
  /// A recall or STAR answer this long, covering `developedGoodFrom` or more, develops the
  /// points it makes the way a strong answer in the candidate's own words does (its key points,
  /// not a story's STAR parts, must reach that share).
  static let developedFrom = 120
  static let developedGoodFrom = 0.45

  static func suggest(
    coverage: Double, pointCoverage: Double, contradicted: [String], keywordList: Bool,
    onTopic: Bool, star: StarScore?,
    kind: QuestionKind, timeLimit: Double, words: Int, context: GradingContext
  ) -> (Rating, String) {
    // The limit is for thinking and saying an answer; typing it takes longer than saying it,
    // so the time spent typing at a steady 40 words a minute is not held against the answer.
    let thinking = context.seconds - Double(words) / Self.typingWordsPerMinute * 60
    let percent = "\(Int((coverage * 100).rounded()))% covered"
    if let first = contradicted.first {
      return (.again, "states a misconception: \u{201C}\(first)\u{201D}")
    }
    var rating: Rating
    var reason = percent
    // Length weighs only where the points are the answer (recall and STAR); a design answer is
    // long whatever it covers, and a keyword list is judged by its own rule.
    let judgedByLength = (kind == .recall || kind == .star) && !keywordList
    switch coverage {
    case ..<goodFrom
    where judgedByLength && words >= thinFrom && pointCoverage < offTopicAgainBelow:
      // An interviewer who hears a long answer touch under a third of what matters hears the
      // rest as wrong or beside the point. (Key points only: a story for another question
      // still has a Situation, a Task, an Action and a Result.)
      rating = .again
      let points = "\(Int((pointCoverage * 100).rounded()))%"
      reason =
        (kind == .star ? "\(points) of the key points covered" : percent)
        + " in \(words) words: most of it is not what the question asks; compare it with the model answer"
    case ..<againBelow where onTopic:
      // Sentences about the subject that match no key point: the candidate may have said it
      // in words the matcher does not know. Hard, and the user checks the model answer.
      rating = .hard
      reason =
        "no key point recognised, though the answer is on the subject: compare it with the model answer"
    case ..<againBelow: rating = .again
    case ..<offTopicAgainBelow where !onTopic:
      // A stray match in an answer about something else (another question's answer).
      rating = .again
      reason += ", but the answer is mostly about something else"
    case developedGoodFrom..<goodFrom
    where judgedByLength && words >= developedFrom && pointCoverage >= developedGoodFrom:
      // (Key points only: any well-told story has a Situation, Task, Action and Result, so a
      // story for another question must not pass on its shape.)
      rating = .good
      reason += " in a developed answer"
    case ..<goodFrom: rating = .hard
    case easyFrom... where thinking <= timeLimit / 2 && context.allowsEasy:
      rating = .easy
      reason += ", in under half the time"
    default: rating = .good
    }
    if thinking > timeLimit && rating != .again {
      rating = rating == .easy ? .good : .hard
      reason += ", over the time limit"
    }
    if keywordList {
      if rating.rawValue > Rating.hard.rawValue { rating = .hard }
      reason += "; a list of terms: explain how these fit together"
    }
    if let star, rating.rawValue > Rating.hard.rawValue, let gap = starGap(star) {
      rating = .hard
      reason += "; " + gap
    }
    return (rating, reason)
  }

  /// What keeps a STAR answer from Good: the story told as "we" (the candidate's own part
  /// unclear), or a result without a number. Judged on the whole answer, so a sentence the
  /// segmenter put in the wrong part does not decide it.
  static func starGap(_ star: StarScore) -> String? {
    if star.ownership < 0.4 { return "say what you did yourself: \"I\", not \"we\"" }
    if !star.measured { return "give the result a number: a %, a time, a count or money" }
    return nil
  }
}

extension SuggestionRule {
  /// The question's suggestion once its follow-up is answered, as an interviewer weighs a
  /// probe: a misconception in the reply means Again; a reply that misses most of its points
  /// (under a third) keeps the rating at Hard at best; a reply that covers two thirds or more
  /// lifts a Hard whose first answer covered 40% or more to Good; Easy needs that too.
  static func afterFollowUp(
    _ suggested: Rating, mainCoverage: Double, followUp: AnswerGrade
  ) -> (Rating, String) {
    if followUp.items.contains(where: { $0.status == .contradicted }) {
      return (.again, "the follow-up reply states a misconception")
    }
    let percent = "\(Int((followUp.coverage * 100).rounded()))%"
    if followUp.coverage < 1.0 / 3.0, suggested.rawValue > Rating.hard.rawValue {
      return (.hard, "the follow-up reply covered \(percent) of its points")
    }
    if followUp.coverage >= 2.0 / 3.0, suggested == .hard, mainCoverage >= 0.4 {
      return (.good, "the follow-up reply filled the gap (\(percent))")
    }
    if suggested == .easy, followUp.coverage < 2.0 / 3.0 {
      return (.good, "the follow-up reply covered \(percent) of its points")
    }
    return (suggested, "follow-up \(percent) covered")
  }
}
