import RehearseStore

extension SessionEngine {
  /// The user's stories that fit a behavioral question, best first, those not told yet this
  /// session ahead of those told already (still listed: the user may want one again).
  public func storiesThatFit(_ question: Question, from stories: [Story]) -> [(
    story: Story, told: Bool
  )] {
    let fits = StoryCoach.suggestions(for: question, from: stories).map {
      (story: $0, told: toldStories.contains($0.id))
    }
    return fits.filter { !$0.told } + fits.filter(\.told)
  }

  /// After a retelling: the stored story it is compared with (marked told) and what the
  /// telling left out of it. Nil when no story fits.
  public mutating func compare(
    telling: String, scored star: StarScore?, for question: Question, with stories: [Story]
  ) -> (story: Story, gaps: StoryCoach.Gaps)? {
    let story: Story?
    if question.isStoryDrill {
      story = stories.first { $0.drillQuestionId == question.id }
    } else {
      let fits = StoryCoach.suggestions(for: question, from: stories)
      story = fits.first { !toldStories.contains($0.id) } ?? fits.first
    }
    guard let story else { return nil }
    toldStories.insert(story.id)
    return (story, StoryCoach.gaps(in: telling, scored: star, comparedWith: story))
  }
}
