import RehearseStore

/// Stories against the 30 behavioral themes: which themes no story covers, which stories are
/// stretched over too many themes, and which stories could answer each behavioral question.
public struct StoryMatrix: Sendable {
  /// A story claiming more themes than this is probably too thin for each of them.
  public static let stretchLimit = 5

  public var themes: [Competency]
  public var stories: [Story]
  /// Themes with no story, in competencies.yaml order.
  public var uncovered: [Competency]
  /// Stories serving more than ``stretchLimit`` themes.
  public var stretched: [Story]
  /// Each bank `star` question (not the story drills) and the stories that share a theme with it.
  public var questions: [(question: Question, stories: [String])]

  public init(catalog: BankCatalog, stories: [Story]) {
    themes = catalog.competencies
    self.stories = stories
    let covered = Set(stories.flatMap(\.competencies))
    uncovered = themes.filter { !covered.contains($0.key) }
    stretched = stories.filter { $0.competencies.count > Self.stretchLimit }
    questions = catalog.questions
      .filter { $0.kind == .star && !$0.isStoryDrill }
      .map { q in (q, StoryCoach.suggestions(for: q, from: stories).map(\.id)) }
  }

  /// Whether `story` serves `theme`.
  public func covers(_ story: Story, _ theme: String) -> Bool { story.competencies.contains(theme) }
}
