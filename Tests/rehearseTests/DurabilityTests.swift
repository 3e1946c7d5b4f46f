import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

/// A disk that fills up mid-session: every answer reported saved is in the database, the one
/// that could not be saved is kept outside it, the file stays intact and the next session
/// starts.
@Suite(.serialized) struct DurabilityTests {
  @Test func aFullDiskMidSessionLosesNothingAndSaysWhatWasSaved() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    var r = CommandRunner.rehearse(environment: [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": "2026-12-02T09:00:00Z",
    ])
    #expect(try r.run(["due"]).status == 0)  // creates and fills the database
    let db = home.url.appending(path: "rehearse.sqlite")
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: db.path)[.size] as? Int)
    // Room for the database as it is and a few commits' worth of write-ahead log.
    r.fileSizeLimitKB = size / 1024 + 120
    let run = try r.run(
      ["drill", "--kind", "choice", "--count", "40"],
      input: String(repeating: "a\n\n", count: 40))
    #expect(run.status == 0, "\(run.stderr)")
    let saved = run.stdout.components(separatedBy: "\nsaved").count - 1
    #expect(saved >= 1, "\(run.stdout)")
    #expect(run.stdout.contains("Could not save this answer: the disk refused the write"))
    #expect(run.stdout.contains("The \(saved) answer"))
    #expect(run.stdout.contains("Session summary"))

    let rescue = try String(
      contentsOf: home.url.appending(path: "unsaved-answers.txt"), encoding: .utf8)
    #expect(rescue.contains("rated good") || rescue.contains("rated again"), "\(rescue)")

    r.fileSizeLimitKB = nil
    let store = try Store.open(at: db)
    #expect(try store.integrityCheck() == "ok")
    #expect(try store.todayCounts(at: StoreFixtures.utc("2026-12-02 09:00:00")).reviews == saved)
    let next = try r.run(["drill", "--kind", "choice", "--count", "1"], input: "a\n\n")
    #expect(next.status == 0 && next.stdout.contains("saved"), "\(next.stderr)")
  }
}
