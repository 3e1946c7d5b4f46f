import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

@Suite(.serialized) struct StatsCommandTests {
  @Test func statsJSONCarriesTheTerminalNumbersAndReportIsSelfContained() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write(
      "banks/e2e.yaml",
      DrillTranscriptTests.bank.replacingOccurrences(of: "In a RACI", with: "In a <b>RACI</b>"))
    let env = [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": "2026-11-25T09:00:00Z",
      "REHEARSE_TICK": "5",
    ]
    let r = CommandRunner.rehearse(environment: env)
    _ = try r.run(["drill", "--bank", "e2e"], input: "b\n\n:reveal\n3\n")

    let text = try r.run(["stats"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("Today  2 reviews"))
    #expect(text.stdout.contains("Practice, last 26 weeks"))

    let json = try r.run(["stats", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let today = object?["today"] as? [String: Any]
    #expect(today?["reviews"] as? Int == 2)
    #expect(today?["current_streak"] as? Int == 1)
    for key in [
      "retention", "states", "forecast", "categories", "topics", "weakest", "trends", "heatmap",
    ] {
      #expect(object?[key] != nil, "missing \(key)")
    }

    let file = home.url.appending(path: "report.html")
    let report = try r.run(["report", "--html", file.path])
    #expect(report.status == 0, "\(report.stderr)")
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.hasPrefix("<!doctype html>"))
    #expect(html.contains("<svg"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
  }

  /// A date that does not exist is an error, never rolled over into the next month.
  @Test(arguments: [
    "last week", "2026-02-31", "2026-04-31", "2025-02-29", "2026-13-01", "2026-9-1",
  ])
  func badSinceDateIsAnError(_ since: String) throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let result = try CommandRunner.rehearse(environment: ["REHEARSE_HOME": home.url.path]).run([
      "stats", "--since", since,
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--since '\(since)' is not a calendar date like 2026-09-01."))
  }
}
