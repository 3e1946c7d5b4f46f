import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

/// What a story goes through besides writing: saved unchanged, removed and restored, refused
/// when a file leaves out its core.
extension StoryCommandTests {
  @Test func savingUnchangedAddsNoVersionAndRemovedStoriesComeBack() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let file = try home.write("story.yaml", Self.document)
    let r = runner(home)
    #expect(try r.run(["story", "add", "--file", file.path]).status == 0)
    let id = "unblocked-the-ledger-migration"
    let same = try r.run(["story", "edit", id, "--file", file.path])
    #expect(same.status == 0)
    #expect(same.stdout.contains("No changes; story \(id) stays at version 1."))

    let rm = try r.run(["story", "rm", id])
    #expect(rm.stdout.contains("rehearse story restore \(id) brings it back"))
    #expect(try r.run(["story", "list"]).stdout.contains("No stories yet"))
    #expect(try r.run(["story", "list", "--removed"]).stdout.contains(id))
    let restore = try r.run(["story", "restore", id])
    #expect(restore.status == 0, "\(restore.stderr)")
    #expect(try r.run(["story", "list"]).stdout.contains(id))
    let unknown = try r.run(["story", "restore", "no-such-story"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no removed story 'no-such-story'"))
  }

  @Test func aStoryFileNeedsItsSituationActionAndResult() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let partial = Self.document.components(separatedBy: "action: |").first! + "learning: x\n"
    let file = try home.write("story.yaml", partial)
    let result = try runner(home).run(["story", "add", "--file", file.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("missing: action, result"), "\(result.stderr)")
  }
}
