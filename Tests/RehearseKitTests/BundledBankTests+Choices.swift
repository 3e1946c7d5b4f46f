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

extension BundledBankTests {
  /// Interviewers probe: every design prompt has three follow-ups or more, every interview
  /// story prompt two or more, and at least a hundred recall scenarios have one.
  @Test func theBanksProbeLikeAnInterviewer() {
    let questions = Self.catalog.questions.filter { !$0.isCoaching }
    for q in questions where q.kind == .design {
      #expect(q.followUps.count >= 3, "\(q.id) has \(q.followUps.count) follow-ups")
    }
    for q in questions where q.kind == .star {
      #expect(q.followUps.count >= 2, "\(q.id) has \(q.followUps.count) follow-ups")
      #expect(
        q.followUps.contains { $0.whenMissed.contains(.star(.ownership)) },
        "\(q.id) never asks what the candidate did themselves")
    }
    let recall = questions.filter { $0.kind == .recall && !$0.followUps.isEmpty }
    #expect(recall.count >= 100, "\(recall.count) recall questions have follow-ups")
  }
}
