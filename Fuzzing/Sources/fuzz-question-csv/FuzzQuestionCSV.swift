import Foundation
import FuzzSupport
import RehearseKit

/// Feeds a question spreadsheet or Anki text export to the importer, in memory, as
/// `rehearse import questions FILE --dry-run` does for a new bank: the input is read as a
/// `.csv`, a `.tsv` and a `.txt` file (the name decides the format) against some loaded
/// questions; the questions it gives are appended to a new bank's text, which must then load
/// (against the bundled reserved files) without an error and with every one of them.
///
/// The loaded questions are the first 12 bundled ones, not all of them: the importer keys every
/// loaded prompt on each read, which for all 600 would be most of the time of an input, and
/// a mutated row meets a loaded prompt only through the seed that exports these 12. With
/// `REHEARSE_FUZZ_SEEDS=FOLDER` set, the harness writes that seed, Rehearse's own Anki export
/// of the 12, there and exits instead of fuzzing.
@main enum FuzzQuestionCSV {
  static let names = ["questions.csv", "questions.tsv", "questions.txt"]

  static func main() {
    let loaded = Array(Repository.catalog.questions.prefix(12))
    if let folder = ProcessInfo.processInfo.environment["REHEARSE_FUZZ_SEEDS"] {
      writeSeed(loaded, to: URL(fileURLWithPath: folder))
      exit(0)
    }
    let loadedIDs = Set(loaded.flatMap { [$0.id] + $0.renamedFrom })
    let references = BankReferences(Repository.bundledFiles)
    let importer = QuestionImporter(topic: "imported")
    Fuzzer.run { data in
      for name in names {
        let read = importer.read(data, path: name, loaded: loaded)
        guard read.diagnostics.isEmpty, !read.drafts.isEmpty else { continue }
        check(read.drafts, loadedIDs: loadedIDs, references: references)
      }
    }
  }

  /// Appends `drafts` to a new bank, as the command does, and loads it.
  static func check(_ drafts: [QuestionDraft], loadedIDs: Set<String>, references: BankReferences) {
    let text: String
    do {
      text = try UserBankText.appending(drafts, to: nil) {
        UserBankText.newBank(id: "imported", title: "Imported: imported", category: .fundamentals)
      }
    } catch {
      fatalError("imported questions cannot be added to a new bank: \(error)")
    }
    let catalog = BankLoader.load(
      [SourceFile(path: "banks/imported.yaml", data: Data(text.utf8))], references: references)
    let errors = catalog.diagnostics.filter { $0.severity == .error }
    let ids = catalog.questions.map(\.id)
    guard errors.isEmpty, ids == drafts.map(\.id), loadedIDs.isDisjoint(with: ids) else {
      fatalError("the imported bank does not load as imported: \(errors)\n\(ids)\n\(text)")
    }
  }

  static func writeSeed(_ questions: [Question], to folder: URL) {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let export = try AnkiExport.text(questions)
      try Data(export.utf8).write(to: folder.appending(path: "rehearse-export.txt"))
    } catch {
      fatalError("cannot write the seed to \(folder.path): \(error)")
    }
  }
}
