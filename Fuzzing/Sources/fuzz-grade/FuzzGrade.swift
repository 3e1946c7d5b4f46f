import Foundation
import FuzzSupport
import RehearseKit

/// Grades an answer text against a bundled question, as `rehearse grade ID` does.
///
/// The input's first line is `ID [SECONDS]`: a question id (an unknown one picks a typed
/// question by a hash of the line) and optionally the seconds taken; the rest is the answer.
/// With `REHEARSE_FUZZ_SEEDS=FOLDER` set, the harness writes one seed per typed question (its id
/// and model answer) there and exits instead of fuzzing.
@main enum FuzzGrade {
  static func main() {
    let catalog = Repository.catalog
    let typed = catalog.questions.filter { !$0.kind.isAutoGraded }
    guard !typed.isEmpty else { fatalError("no typed question in the bundled banks") }
    if let folder = ProcessInfo.processInfo.environment["REHEARSE_FUZZ_SEEDS"] {
      writeSeeds(typed, to: URL(fileURLWithPath: folder))
      exit(0)
    }
    let grader = AnswerGrader(catalog: catalog)
    Fuzzer.run { data in
      let (first, answer) = FirstLine.split(String(decoding: data, as: UTF8.self))
      let words = first.split(separator: " ", maxSplits: 1)
      let id = words.first.map(String.init) ?? ""
      let question =
        catalog.question(id: id).flatMap { $0.kind.isAutoGraded ? nil : $0 }
        ?? typed[Int(hash(first) % UInt64(typed.count))]
      let seconds = words.count > 1 ? Double(words[1]).map { abs($0) } ?? 0 : 0
      let context = GradingContext(seconds: seconds.isFinite ? seconds : 0)
      _ = grader.grade(answer, for: question, context: context)
    }
  }

  /// FNV-1a, so the same line always picks the same question.
  static func hash(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

  static func writeSeeds(_ questions: [Question], to folder: URL) {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for q in questions {
        let answer = q.answer ?? q.keyPoints.map(\.text).joined(separator: ". ")
        try Data("\(q.id)\n\(answer)\n".utf8).write(to: folder.appending(path: q.id))
      }
    } catch {
      fatalError("cannot write seeds to \(folder.path): \(error)")
    }
  }
}
