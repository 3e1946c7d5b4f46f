import Foundation
import RehearseTestSupport
import Testing

/// `rehearse optimize` as a user runs it on a new database.
struct OptimizeCommandTests {
  @Test func newDatabaseSaysHowManyMoreReviewsAndSavesNothing() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = CommandRunner.rehearse(environment: [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": "2026-12-02T09:00:00Z",
      "COLUMNS": "100",
    ])
    let text = try r.run(["optimize"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("Counted 0 reviews of 0 questions"))
    #expect(text.stdout.contains("about 64 more. The parameters are unchanged."))
    let json = try r.run(["optimize", "--dry-run", "--json"])
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(report["reviews_needed"] as? Int == 64)
    #expect(report["saved"] as? Bool == false)
    #expect(!FileManager.default.fileExists(atPath: home.url.appending(path: "config.yaml").path))
  }
}
