/// Picks the follow-up an interviewer would ask after a typed answer: the one whose
/// `when_missed` triggers match the biggest gap in the answer (missed or contradicted key
/// points, missed rubric dimensions, a STAR part missing, a story told as "we" or with no
/// number), else one without triggers that was not asked last time.
public enum FollowUpChooser {
  /// The gaps of a graded answer, each with how much it weighs.
  static func gaps(_ question: Question, _ grade: AnswerGrade) -> [FollowUp.Trigger: Double] {
    var gaps: [FollowUp.Trigger: Double] = [:]
    let points = grade.items.filter { $0.kind == .keyPoint }
    for (i, item) in points.enumerated() where !item.isCovered {
      gaps[.keyPoint(i)] = item.status == .contradicted ? 2 * item.weight : item.weight
    }
    let dimensions = grade.items.filter { $0.kind == .dimension }
    for (item, rubric) in zip(dimensions, question.rubric) where !item.isCovered {
      gaps[.dimension(rubric.dimension)] = item.weight
    }
    if let star = grade.star {
      for part in star.parts where !part.isPresent {
        if let gap = FollowUp.StarGap(rawValue: part.name.lowercased()) { gaps[.star(gap)] = 1 }
      }
      if star.ownership < 0.5 { gaps[.star(.ownership)] = 1.5 }
      if !star.measured { gaps[.star(.measured)] = 1 }
    }
    return gaps
  }

  /// The follow-up to ask, or nil.
  /// - Parameters:
  ///   - lastAsked: the prompt of the follow-up asked at this question's last review.
  ///   - always: ask one even when no trigger matches (a mock: every answer gets one).
  public static func choose(
    for question: Question, grade: AnswerGrade, lastAsked: String? = nil, always: Bool = false
  ) -> FollowUp? {
    let followUps = question.followUps
    guard !followUps.isEmpty else { return nil }
    let gaps = gaps(question, grade)
    let scored = followUps.enumerated().map { i, f in
      (f, f.whenMissed.reduce(0) { $0 + (gaps[$1] ?? 0) }, i)
    }
    // The biggest gap first; on a tie, not the one asked last time, then bank order.
    let best = scored.filter { $0.1 > 0 }.max { a, b in
      (a.1, a.0.prompt == lastAsked ? 0 : 1, -a.2) < (b.1, b.0.prompt == lastAsked ? 0 : 1, -b.2)
    }
    if let best { return best.0 }
    // Open ones (no trigger) first; in a mock the triggered ones may come too.
    let open =
      followUps.filter { $0.whenMissed.isEmpty }
      + (always ? followUps.filter { !$0.whenMissed.isEmpty } : [])
    return open.first { $0.prompt != lastAsked } ?? open.first
  }
}
