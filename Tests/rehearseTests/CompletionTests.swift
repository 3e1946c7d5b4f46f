import Foundation
import RehearseTestSupport
import Testing

/// Shell completion knows Rehearse's own names: question ids for `card`, loop names for
/// `mock --loop`, topics for `drill --topic`.
@Suite struct CompletionTests {
  @Test func completionOffersTheBanksOwnNames() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = CommandRunner.rehearse(environment: ["REHEARSE_HOME": home.url.path])
    let ids = try r.run(
      ["---completion", "card", "--", "positional@0", "2", "6", "rehearse", "card", "sd-api"])
    let offered = ids.stdout.split(separator: "\n").map(String.init)
    #expect(offered.contains("sd-api-idempotency-key"))
    #expect(offered.allSatisfy { $0.hasPrefix("sd-api") })
    let loops = try r.run(
      ["---completion", "mock", "run", "--", "--loop", "3", "0", "rehearse", "mock", "--loop", ""])
    #expect(loops.stdout.split(separator: "\n").contains("leadership-principles"))
    let topics = try r.run(
      ["---completion", "drill", "--", "--topic", "3", "3", "rehearse", "drill", "--topic", "inc"])
    #expect(topics.stdout.split(separator: "\n").contains("incident-management"))
  }

  @Test func storyCommandsCompleteTheUsersStoryIds() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = CommandRunner.rehearse(environment: ["REHEARSE_HOME": home.url.path])
    let file = try home.write("story.yaml", StoryCommandTests.document)
    #expect(try r.run(["story", "add", "--file", file.path]).status == 0)
    let offered = try r.run(
      [
        "---completion", "story", "show", "--", "positional@0", "3", "0", "rehearse", "story",
        "show", "",
      ])
    #expect(offered.stdout.split(separator: "\n") == ["unblocked-the-ledger-migration"])
    let none = try r.run(
      [
        "---completion", "story", "show", "--", "positional@0", "3", "1", "rehearse", "story",
        "show", "zz",
      ])
    #expect(none.stdout.isEmpty)
  }
}
