import Foundation
import RehearseKit
import RehearseTestSupport
import Testing

extension BankLoaderTests {
  static let bundledBank = """
    id: base
    title: Base
    category: fundamentals
    questions:
      - id: b1
        kind: recall
        topic: basics
        prompt: The bundled wording of b1?
        answer: The bundled answer.
        key_points: [bundled point]
      - id: b2
        kind: recall
        topic: basics
        prompt: A question the user does not want?
        answer: Something.
        key_points: [something]
      - id: b3
        kind: recall
        topic: basics
        prompt: A question left alone?
        answer: Kept.
        key_points: [kept]
    """

  static let userBank = """
    id: mine
    title: Mine
    category: fundamentals
    hide: [b2]
    questions:
      - replaces: b1
        kind: recall
        topic: basics
        prompt: My own wording of b1?
        answer: My answer.
        key_points: [my point]
    """

  func file(_ path: String, _ text: String) -> SourceFile {
    SourceFile(path: path, data: Data(text.utf8))
  }

  @Test func aUserBankReplacesAndHidesBundledQuestions() throws {
    let catalog = BankLoader.load(
      [file("bundled/base.yaml", Self.bundledBank), file("user/mine.yaml", Self.userBank)]
        + BankFixtures.references)
    #expect(catalog.diagnostics.isEmpty, "\(catalog.diagnostics)")
    // The replacement keeps b1's id (and so its progress); b2 is gone; b3 untouched.
    #expect(catalog.questions.map(\.id).sorted() == ["b1", "b3"])
    let b1 = try #require(catalog.question(id: "b1"))
    #expect(b1.prompt == "My own wording of b1?" && b1.bankID == "mine")
    #expect(
      catalog.overrides.map { "\($0.kind.rawValue) \($0.id) \($0.targetPath ?? "-")" } == [
        "hidden b2 bundled/base.yaml", "replaced b1 bundled/base.yaml",
      ])
  }

  @Test func overridesWithNothingToOverrideAreReported() throws {
    let bank = """
      id: mine
      title: Mine
      category: fundamentals
      hide: [nowhere]
      questions:
        - replaces: missing
          kind: recall
          topic: basics
          prompt: Replaces nothing?
          answer: No.
          key_points: [no]
        - replaces: also-missing
          id: other-id
          kind: recall
          topic: basics
          prompt: Gives another id?
          answer: No.
          key_points: [no]
      """
    let catalog = BankLoader.load([file("mine.yaml", bank)] + BankFixtures.references)
    let rendered = catalog.diagnostics.map(\.description)
    #expect(
      rendered == [
        "mine.yaml:4:8: warning: hides 'nowhere', which no other loaded bank has",
        "mine.yaml:6:5: error: replaces 'missing', which no other loaded bank has",
        "mine.yaml:13:9: error: a question that replaces 'also-missing' keeps its id; leave 'id' "
          + "out or set it to 'also-missing'",
      ], "\(rendered)")
    #expect(catalog.questions.isEmpty)
  }

  @Test func checkingAUserFolderAloneFindsTheTargetsAmongTheReferences() throws {
    let catalog = BankLoader.load(
      [file("user/mine.yaml", Self.userBank)],
      references: [file("bundled/base.yaml", Self.bundledBank)] + BankFixtures.references)
    #expect(catalog.diagnostics.isEmpty, "\(catalog.diagnostics)")
    #expect(catalog.overrides.map(\.id) == ["b2", "b1"])
  }
}
