import Foundation
import RehearseTestSupport
import Testing

@testable import RehearseKit

/// Inputs the `question-csv` fuzz harness found (docs/FUZZING.md), in
/// `Fixtures/Fuzz/question-csv/`, read as `rehearse import questions FILE --dry-run` reads them:
/// as a `.csv`, `.tsv` and `.txt` file; the questions they give, added to a new bank, must load
/// without an error.
@Suite struct QuestionImportFuzzTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appending(path: "Fixtures/Fuzz/question-csv")

  static let names: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()

  @Test func fixturesArePresent() {
    #expect(!Self.names.isEmpty)
  }

  @Test(arguments: names) func fuzzFindingImportsOrIsRefused(_ name: String) throws {
    let data = try Data(contentsOf: Self.fixtures.appending(path: name))
    for path in ["questions.csv", "questions.tsv", "questions.txt"] {
      let read = QuestionImporter(topic: "imported").read(data, path: path, loaded: [])
      guard read.diagnostics.isEmpty, !read.drafts.isEmpty else { continue }
      let text = try UserBankText.appending(read.drafts, to: nil) {
        UserBankText.newBank(id: "imported", title: "Imported", category: .fundamentals)
      }
      let catalog = BankLoader.load(
        [SourceFile(path: "imported.yaml", data: Data(text.utf8))],
        references: BankFixtures.references)
      #expect(catalog.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
      #expect(catalog.questions.map(\.id) == read.drafts.map(\.id), "\(text)")
    }
  }

  /// Anki numbers its columns from 1: a column 0 (or below) names none, not the last field.
  @Test func ankiColumnZeroIsIgnored() {
    let data = Data("#separator:tab\n#guid column:0\n#tags column:-3\nfront\tback\n".utf8)
    let read = QuestionImporter(topic: "imported").read(data, path: "deck.txt", loaded: [])
    #expect(read.diagnostics.map(\.description) == [])
    #expect(read.drafts.map(\.prompt) == ["front"])
  }
}

extension QuestionImportFuzzTests {
  /// A back line that is only a full stop (or a bullet) gives no empty key point, which the
  /// bank would refuse; a back with no phrase at all is its own key point.
  @Test func keyPointsAreNeverEmpty() {
    #expect(
      QuestionImporter.keyPoints("How long a task can slip.\n.") == ["How long a task can slip"])
    #expect(QuestionImporter.keyPoints(".") == ["."])
    #expect(QuestionImporter.keyPoints("-") == ["-"])
  }
}

extension QuestionImportFuzzTests {
  /// A field that is only a terminal escape sequence is empty, as the bank would read it: the
  /// row is refused with its line instead of writing a bank that does not load.
  @Test func escapeSequenceFieldsAreEmpty() {
    let data = Data("front,back\nQ1,\"\u{1B}c\"\n\u{1B}[0m,back\n".utf8)
    let read = QuestionImporter(topic: "imported").read(data, path: "cards.csv", loaded: [])
    #expect(read.drafts.isEmpty)
    #expect(
      read.diagnostics.map(\.message) == [
        "empty back: a recall question needs a model answer",
        "empty front: a question needs a prompt",
      ])
  }
}

extension QuestionImportFuzzTests {
  /// A `topic::` tag with no topic (or none made of letters and digits) names none: the note
  /// takes the import's topic, not an empty one the bank would refuse.
  @Test func emptyTopicTagIsIgnored() {
    let data = Data("question\tanswer\ttopic:: topic::!!\n".utf8)
    let read = QuestionImporter(topic: "imported").read(data, path: "deck.txt", loaded: [])
    #expect(read.drafts.map(\.topic) == ["imported"])
  }
}

extension QuestionImportFuzzTests {
  /// `~` and `null` as a key point, topic or tag are written quoted: plain, YAML reads them as
  /// null and the bank refuses them as empty.
  @Test func nullWordsAreQuoted() throws {
    let draft = QuestionDraft(
      id: "my-q", topic: "null", prompt: "null", answer: "~", keyPoints: ["~", "Null"],
      tags: ["null"])
    let item = try draft.yamlItem(indent: 2)
    #expect(item.contains("topic: \"null\""), "\(item)")
    #expect(item.contains("- \"~\""), "\(item)")
    #expect(item.contains("tags: [\"null\"]"), "\(item)")
  }
}
