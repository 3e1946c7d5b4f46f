import Foundation
import RehearseKit
import RehearseStore
import Testing

/// Grading is fair only if a question's own model answer is recognised: every recall and design
/// model answer must cover at least 80% of its own key points and contradict none.
@Suite struct ModelAnswerGradingTests {
  @Test func modelAnswersCoverTheirOwnKeyPoints() {
    let catalog = BundledBankTests.catalog
    var weak: [String] = []
    for q in catalog.questions where q.kind == .recall || q.kind == .design {
      guard let answer = q.answer else { continue }
      let matcher = KeyPointMatcher(answer: answer, concepts: catalog.concepts)
      let verdicts = q.keyPoints.map(matcher.verdict)
      let covered = verdicts.filter { if case .covered = $0 { true } else { false } }.count
      let share = Double(covered) / Double(max(1, q.keyPoints.count))
      if share < 0.8 { weak.append("\(q.id) \(covered)/\(q.keyPoints.count)") }
      for case .contradicted(let phrase, let evidence) in verdicts {
        weak.append("\(q.id) contradicts itself: '\(phrase)' in \u{201C}\(evidence)\u{201D}")
      }
    }
    #expect(
      weak.isEmpty, "model answers that miss their own key points:\n\(weak.joined(separator: "\n"))"
    )
  }
}
