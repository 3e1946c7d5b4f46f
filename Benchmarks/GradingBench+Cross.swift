import FSRS
import Foundation
import RehearseKit
import Yams

extension GradingBench {
  /// `grading --cross`: every typed question of the banks graded against the dev set's strong
  /// answers to questions of other categories. A fair interviewer gives each of them Again; a
  /// question that suggests more lists the key point and the words that matched, which finds
  /// alternates too generic to mean anything. Only the dev set is used, so banks may be fixed
  /// from what it shows.
  static func cross(catalog: BankCatalog, grader: AnswerGrader, root: URL) throws {
    let eval = try YAMLDecoder().decode(
      EvalFile.self,
      from: String(
        decoding: try Data(contentsOf: root.appending(path: "dev.yaml")), as: UTF8.self))
    let strong = eval.answers.filter { $0.class == .strong }.compactMap { entry in
      catalog.question(id: entry.question).map { (entry, $0.category) }
    }
    var graded = 0
    var above: [(question: String, answer: String, item: String)] = []
    for q in catalog.questions where q.kind == .recall || q.kind == .design {
      for (entry, category) in strong where category != q.category {
        let words = Double(entry.answer.split(whereSeparator: \.isWhitespace).count)
        let grade = grader.grade(entry.answer, for: q, seconds: 20 + words / 40 * 60)
        graded += 1
        guard grade.suggested != .again else { continue }
        let hit = grade.items.first { $0.isCovered }
        above.append(
          (q.id, entry.question, hit.map { "\($0.label) ← \($0.matched ?? "")" } ?? grade.reason))
      }
    }
    print(
      "grading --cross: \(graded) answers to other categories' questions, \(above.count) above Again"
    )
    for a in above { print("  \(a.question) answered with \(a.answer): \(a.item)") }
  }
}
