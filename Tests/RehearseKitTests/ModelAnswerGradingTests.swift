import Foundation
import RehearseKit
import RehearseStore
import Testing

/// Grading is fair only if a question's own model answer is recognised: every recall and design
/// model answer must cover at least 80% of its own key points and contradict none.
@Suite struct ModelAnswerGradingTests {
  @Test func modelAnswersCoverTheirOwnKeyPoints() {
    let catalog = BundledBankTests.catalog
    let grader = AnswerGrader(catalog: catalog)
    var weak: [String] = []
    for q in catalog.questions where q.kind == .recall || q.kind == .design {
      guard let answer = q.answer else { continue }
      let points = grader.grade(answer, for: q, seconds: 0).items.filter { $0.kind == .keyPoint }
      let covered = points.filter(\.isCovered).count
      let share = Double(covered) / Double(max(1, q.keyPoints.count))
      if share < 0.8 { weak.append("\(q.id) \(covered)/\(q.keyPoints.count)") }
      for item in points where item.status == .contradicted {
        weak.append(
          "\(q.id) contradicts itself: '\(item.matched ?? "")' in \u{201C}\(item.evidence ?? "")\u{201D}"
        )
      }
    }
    #expect(
      weak.isEmpty, "model answers that miss their own key points:\n\(weak.joined(separator: "\n"))"
    )
  }
}
