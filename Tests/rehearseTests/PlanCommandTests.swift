import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// `rehearse plan` as a user runs it, with a fixed clock.
@Suite(.serialized) struct PlanCommandTests {
  func runner(_ home: TemporaryDirectory, now: String) -> CommandRunner {
    CommandRunner.rehearse(environment: [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": now, "REHEARSE_SEED": "5",
      "COLUMNS": "100",
    ])
  }

  @Test func setShowCountdownAndRemove() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let r = runner(home, now: "2026-12-02T09:00:00Z")
    let none = try r.run(["plan"])
    #expect(none.stdout.contains("No interview planned"))
    let set = try r.run(["plan", "set", "2026-12-15", "--loop", "general"])
    #expect(set.status == 0, "\(set.stderr)")
    #expect(set.stdout.contains("interview on 2026-12-15 (in 13 days), the general loop"))

    let json = try r.run(["plan", "--json"])
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(report["days_left"] as? Int == 13)
    #expect(report["introduce_by"] as? String == "2026-12-11")
    let inScope = try #require(report["in_scope"] as? Int)
    #expect(report["unseen"] as? Int == inScope)
    #expect(report["new_per_day"] as? Int == (inScope + 9) / 10)
    #expect(report["mock_dates"] as? [String] == ["2026-12-05", "2026-12-09", "2026-12-13"])

    let shown = try r.run(["plan"])
    #expect(shown.stdout.contains("Interview on 2026-12-15 · in 13 days · general loop"))
    #expect(shown.stdout.contains("Predicted recall on the day"))

    let drill = try r.run(["drill", "--count", "1"], input: "a\n\n\n")
    #expect(drill.stdout.hasPrefix("Interview in 13 days. Today's drill"))

    // Bad input: a clear message and a non-zero exit, nothing saved.
    let bad = try r.run(["plan", "set", "2026-02-30"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("'2026-02-30' is not a date"))
    let past = try r.run(["plan", "set", "2026-11-30"])
    #expect(past.stderr.contains("is in the past"))
    let loop = try r.run(["plan", "set", "2026-12-20", "--loop", "genral"])
    #expect(loop.stderr.contains("did you mean 'general'"))

    #expect(try r.run(["plan", "rm", "2026-12-15"]).status == 0)
    #expect(try r.run(["plan"]).stdout.contains("No interview planned"))
  }

  @Test func afterTheDateThePlanNoLongerSteers() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    _ = try runner(home, now: "2026-12-02T09:00:00Z").run(["plan", "set", "2026-12-04"])
    let on = try runner(home, now: "2026-12-04T09:00:00Z").run(
      ["drill", "--count", "1"], input: "a\n\n\n")
    #expect(on.stdout.hasPrefix("Interview today."))
    let after = try runner(home, now: "2026-12-05T09:00:00Z").run(
      ["drill", "--count", "1"], input: "a\n\n\n")
    #expect(after.stdout.hasPrefix("Today's drill"))
    #expect(
      try runner(home, now: "2026-12-05T09:00:00Z").run(["plan"]).stdout.contains(
        "No interview planned"))
  }
}
