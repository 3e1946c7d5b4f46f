import Foundation
import RehearseStore

/// The user stopped after the store could not save an answer.
struct UnsavedAnswer: Error {}

extension SessionRunner {
  /// Says why the answer could not be saved and what is saved, and asks whether to try again.
  /// When the user stops, the answer is kept in a file beside the database (or printed, when
  /// that cannot be written either), so nothing typed is lost.
  /// - Returns: whether to try again.
  func retry(after failure: StoreError.WriteFailure, _ review: ReviewInput) throws -> Bool {
    console.line(text.style.red("Could not save this answer: \(failure)."))
    let saved = engine.answered
    console.line(
      text.dim(
        "The \(counted(saved, "answer")) rated before it in this session \(saved == 1 ? "is" : "are") "
          + "saved; this one is not yet. Enter tries again; :quit stops and keeps it in a file."))
    while true {
      switch console.readLine(prompt: "retry> ") {
      case .line(let line) where line.trimmingCharacters(in: .whitespaces).isEmpty:
        return true
      case .line(let line) where !line.hasPrefix(":"):
        console.line(text.dim("Enter tries again; :quit stops."))
        continue
      default:
        keepUnsaved(review)
        return false
      }
    }
  }

  /// Appends the answer that could not be saved to `unsaved-answers.txt` beside the database;
  /// prints it when even that fails.
  func keepUnsaved(_ review: ReviewInput) {
    let file = ws.paths.dataDirectory.appending(path: "unsaved-answers.txt")
    let stamp = ISO8601DateFormatter().string(from: review.reviewedAt)
    let entry =
      "\(stamp)  \(review.questionId)  rated \(review.rating.name)\n"
      + (review.answer.map { $0 + "\n" } ?? "") + "\n"
    do {
      if !FileManager.default.fileExists(atPath: file.path) {
        try Data().write(to: file)
      }
      let handle = try FileHandle(forWritingTo: file)
      defer { try? handle.close() }
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(entry.utf8))
      try handle.synchronize()
      console.line(
        text.dim(
          "Kept in \(file.path), outside the database; answer \(review.questionId) again when "
            + "the disk has room."))
    } catch {
      console.line(text.dim("Could not keep it in a file either; here it is to copy:"))
      console.line(entry)
    }
  }
}
