import RehearseKit
import Testing

extension BundledBankTests {
  /// A test-wise user cannot score by picking the longest option: in no bank is the correct
  /// option the longest in more than a third of its choice questions (chance is a quarter
  /// with four options).
  @Test(arguments: Category.allCases)
  func theLongestOptionIsRarelyTheRightOne(_ category: Category) {
    let choices = Self.catalog.questions.filter { $0.category == category && $0.kind == .choice }
    let longest = choices.filter { q in
      let right = q.choices.filter(\.isCorrect).map(\.text.count).max() ?? 0
      let wrong = q.choices.filter { !$0.isCorrect }.map(\.text.count).max() ?? 0
      return right > wrong
    }
    #expect(
      longest.count * 3 <= choices.count,
      "\(category.rawValue): correct option longest in \(longest.count) of \(choices.count)")
  }

  /// Nor by counting: multi questions have one to four correct options, no count in more than
  /// a third of them.
  @Test func multiQuestionsVaryHowManyOptionsAreCorrect() {
    let multis = Self.catalog.questions.filter { $0.kind == .multi }
    let counts = Dictionary(grouping: multis) { $0.choices.filter(\.isCorrect).count }
      .mapValues(\.count)
    #expect(Set(counts.keys) == [1, 2, 3, 4], "\(counts)")
    #expect(counts.values.allSatisfy { $0 * 3 <= multis.count }, "\(counts)")
  }
}
