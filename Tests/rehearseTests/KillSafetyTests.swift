import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// Every rating committed before a SIGKILL is in the database, and the next session starts
/// cleanly.
@Suite(.serialized) struct KillSafetyTests {
  @Test(.timeLimit(.minutes(1))) func killMidSessionLosesNoCommittedRating() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let env = [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "PATH": "/usr/bin:/bin", "HOME": home.url.path,
      "NO_COLOR": "1",
    ]
    let rehearse = CommandRunner.rehearse().executable
    let p = try LiveProcess(
      executable: rehearse,
      arguments: ["drill", "--category", "program-management", "--kind", "choice", "--count", "5"],
      environment: env)
    #expect(p.waitFor("Pick one option."))
    p.send("a\n\n")
    #expect(p.waitFor("saved"))
    p.send("b\n\n")
    #expect(p.waitFor("saved", count: 2))
    // Start a third answer, then kill before it is rated.
    p.send("c\n")
    #expect(p.waitFor("Enter = "))
    p.signal(SIGKILL)
    p.wait()

    let store = try Store.open(at: home.url.appending(path: "rehearse.sqlite"))
    let reviewed = try store.activeCards().filter { !$0.isNew }
    #expect(reviewed.count == 2)
    #expect(try store.todayCounts(at: Date()).reviews == 2)

    // The next session starts cleanly on the same database.
    let next = try CommandRunner.rehearse(environment: env).run(
      ["drill", "--category", "program-management", "--kind", "choice", "--count", "1"],
      input: "a\n\n")
    #expect(next.status == 0, "\(next.stderr)")
    #expect(next.stdout.contains("Session summary"))
    #expect(try store.todayCounts(at: Date()).reviews == 3)
  }
}
