import Foundation
import RehearseKit
import RehearseStore
import Testing

/// A story that parses is rendered (as `rehearse story edit` shows it) and parsed again: it must
/// come back the same. The inputs in `Fixtures/Fuzz/story-document/` are ones the
/// `story-document` fuzz harness found (docs/FUZZING.md), minimized.
@Suite struct StoryDocumentRoundTripTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appending(path: "Fixtures/Fuzz/story-document")

  static let competencies: Set<String> = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let found = BankSources.files(at: [root.appending(path: "QuestionBanks")], required: true)
    return Set(BankLoader.load(found.files).competencies.map(\.key))
  }()

  static let names: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()

  /// Parses `text`, renders the story and parses that; the two stories (or nil when `text`
  /// does not parse).
  static func roundTrip(_ text: String) -> (Story, Result<Story, StoryDocumentError>)? {
    guard
      case .success(let story) = StoryDocument.parse(
        text, path: "story.yaml", competencies: competencies)
    else { return nil }
    let again = StoryDocument.parse(
      StoryDocument.render(story), path: "story.yaml", competencies: competencies)
    return (story, again)
  }

  static func expectSame(_ text: String, _ comment: Comment? = nil) throws {
    let (story, again) = try #require(roundTrip(text), "the input parses")
    let reread = try #require(try? again.get(), "the rendered story parses: \(again)")
    #expect(reread.hasSameContent(as: story), "\(story) became \(reread)")
  }

  @Test func fixturesArePresent() {
    #expect(!Self.names.isEmpty)
  }

  @Test(arguments: names) func fuzzFindingRendersBackToTheSameStory(_ name: String) throws {
    let data = try Data(contentsOf: Self.fixtures.appending(path: name))
    try Self.expectSame(String(decoding: data, as: UTF8.self))
  }

  @Test func oneLineFieldsKeepLineBreaksTabsAndControls() throws {
    try Self.expectSame(
      """
      title: "A\\nB\\tC \\\\ \\" \\u2028 \\x85 \\uFEFF"
      when: |
        2024
        spring
      metrics: ["40%\\r\\nfewer", "\\x7F x"]
      situation: S
      action: A
      result: R
      """)
  }

  @Test func partsThatABlockWouldChangeAreQuoted() throws {
    try Self.expectSame(
      """
      title: T
      situation: "line one\\r\\nline two"
      action: "\\u2029after a paragraph separator"
      result: "a\\n  indented second line\\n\\ttab"
      """)
  }
}
