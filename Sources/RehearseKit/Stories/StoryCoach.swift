import RehearseStore

/// Suggests stories for a behavioral question and compares a retelling with the stored story.
public enum StoryCoach {
  /// Stories sharing a theme with the question: those serving its primary theme first, then by
  /// how many of its themes they share.
  public static func suggestions(for question: Question, from stories: [Story]) -> [Story] {
    let themes = question.competencies
    guard let primary = themes.first else { return [] }
    return
      stories
      .map { story in
        (
          story, story.competencies.contains(primary),
          Set(story.competencies).intersection(themes).count
        )
      }
      .filter { $0.2 > 0 }
      .sorted { ($0.1 ? 1 : 0, $0.2) > ($1.1 ? 1 : 0, $1.2) }
      .map(\.0)
  }

  /// What a retelling left out of a stored story.
  public struct Gaps: Sendable, Equatable {
    /// Parts the story has that the telling lacks ("Result").
    public var parts: [String]
    /// The story's metrics the telling did not mention.
    public var metrics: [String]

    public var isEmpty: Bool { parts.isEmpty && metrics.isEmpty }
  }

  /// What a retelling left out compared with the stored story: parts the story has that the
  /// telling lacks, and metrics it did not mention.
  /// - Parameter told: the telling's STAR score, when it was already scored (the parts found do
  ///   not depend on the themes it was scored for).
  public static func gaps(
    in telling: String, scored told: StarScore? = nil, comparedWith story: Story
  ) -> Gaps {
    let told = told ?? StarScorer().score(telling, themes: story.competencies)
    let missingParts = StarPart.allCases.filter { part in
      !story[part].isEmpty && !(told.parts.first { $0.name == part.title }?.isPresent ?? false)
    }.map(\.title)
    let matcher = KeyPointMatcher(answer: telling)
    let missingMetrics = story.metrics.filter { metric in
      let numbers = metric.split(whereSeparator: { !$0.isNumber && $0 != "." && $0 != "%" }).map(
        String.init
      ).filter { $0.contains(where: \.isNumber) }
      if !numbers.isEmpty { return !numbers.allSatisfy { telling.contains($0) } }
      return !matcher.covers(phrase: metric, share: 0.6, minimum: 2)
    }
    return Gaps(parts: missingParts, metrics: missingMetrics)
  }
}
