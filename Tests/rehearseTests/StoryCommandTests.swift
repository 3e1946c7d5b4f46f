import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

@Suite(.serialized) struct StoryCommandTests {
  static let document = """
    title: "Unblocked the ledger migration"
    company: "Acme Payments"
    role: "Senior TPM"
    when: "2024"
    competencies: [blocked-dependency, influence-no-authority]
    metrics:
      - "settlement from 3 days to 4 hours"
      - "40 percent fewer reconciliation errors"
    situation: |
      Six weeks before launch, two of five teams had not started their integration.
    task: |
      I owned the launch date.
    action: |
      I mapped every integration point and found one missing API contract blocking both teams.
      I wrote the contract, got it signed off in two days, and rebuilt the plan around the critical path.
    result: |
      We launched a day late with no sev-one incidents; settlement went from 3 days to 4 hours.
    learning: |
      I now ask for API contracts in week one.
    """

  func runner(_ home: TemporaryDirectory) -> CommandRunner {
    CommandRunner.rehearse(environment: [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": "2026-11-25T09:00:00Z",
    ])
  }

  @Test func addShowEditVersionsMatrixAndExport() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let file = try home.write("story.yaml", Self.document)
    let r = runner(home)
    let add = try r.run(["story", "add", "--file", file.path])
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.contains("Saved story unblocked-the-ledger-migration (version 1)."))

    try home.write(
      "story.yaml",
      Self.document.replacingOccurrences(of: "a day late", with: "on the original date"))
    let edit = try r.run(["story", "edit", "unblocked-the-ledger-migration", "--file", file.path])
    #expect(edit.stdout.contains("(version 2)"))

    let show = try r.run(["story", "show", "unblocked-the-ledger-migration", "--versions"])
    #expect(show.stdout.contains("version 1"))
    #expect(show.stdout.contains("version 2"))
    #expect(show.stdout.contains("a day late"))
    #expect(show.stdout.contains("on the original date"))
    #expect(show.stdout.contains("STAR rubric:"))

    let matrix = try r.run(["story", "matrix", "--json"])
    let json = try JSONSerialization.jsonObject(with: Data(matrix.stdout.utf8)) as? [String: Any]
    let uncovered = json?["uncovered"] as? [String] ?? []
    #expect(uncovered.count == 38)
    #expect(!uncovered.contains("blocked-dependency"))
    let questions = json?["questions"] as? [[String: Any]] ?? []
    #expect(
      questions.contains {
        ($0["stories"] as? [String])?.contains("unblocked-the-ledger-migration") == true
      })

    let out = home.url.appending(path: "export")
    let export = try r.run(["story", "export", out.path])
    #expect(export.status == 0)
    let markdown = try String(
      contentsOf: out.appending(path: "unblocked-the-ledger-migration.md"), encoding: .utf8)
    #expect(markdown.hasPrefix("# Unblocked the ledger migration"))
    #expect(markdown.contains("## Action"))

    // The story is drilled like any card.
    let banks = try r.run(["banks", "--json"])
    #expect(banks.stdout.contains("\"my-stories\""))
  }

  @Test func badDocumentIsAPositionedErrorAndNothingIsSaved() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let file = try home.write(
      "story.yaml",
      Self.document.replacingOccurrences(of: "[blocked-dependency,", with: "[blocked-dependancy,"))
    let add = try runner(home).run(["story", "add", "--file", file.path])
    #expect(add.status != 0)
    #expect(
      add.stderr.contains(
        "story.yaml:5:16: error: unknown competency 'blocked-dependancy'; did you mean 'blocked-dependency'?"
      ))
    let list = try runner(home).run(["story", "list"])
    #expect(list.stdout.contains("No stories yet"))
  }

  @Test func addFieldByFieldFromAPipe() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let input =
      [
        "Cut the release train from monthly to weekly", "Acme", "TPM", "2025",
        "process-improvement",
        "release lead time from 30 days to 7", "",
        "Releases were monthly and every one slipped.", "", "I owned the release process.", "",
        "I mapped the release steps and automated the three slowest ones.", "",
        "We shipped weekly within 8 weeks.", "", "",
      ].joined(separator: "\n") + "\n"
    let add = try runner(home).run(["story", "add"], input: input)
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.contains("Saved story cut-the-release-train-from-monthly"))
    let show = try runner(home).run([
      "story", "show", "cut-the-release-train-from-monthly", "--json",
    ])
    #expect(show.stdout.contains("\"process-improvement\""))
    #expect(show.stdout.contains("release lead time from 30 days to 7"))
  }

  @Test func practiceSuggestsStoriesAndComparesTheRetelling() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let file = try home.write("story.yaml", Self.document)
    _ = try runner(home).run(["story", "add", "--file", file.path])
    // Retell briefly (no numbers), reveal-free, then accept the suggested rating.
    let input =
      "I found the missing API contract and wrote it myself, then re-planned the critical path.\n\n\n:quit\n"
    let practice = try CommandRunner.rehearse(environment: [
      "REHEARSE_HOME": home.url.path, "TZ": "UTC", "REHEARSE_NOW": "2026-11-25T09:00:00Z",
      "REHEARSE_SEED": "3",
    ]).run(["drill", "--bank", "my-stories"], input: input)
    #expect(practice.status == 0, "\(practice.stderr)")
    #expect(practice.stdout.contains("Compared with unblocked-the-ledger-migration:"))
    #expect(practice.stdout.contains("numbers left out: settlement from 3 days to 4 hours"))
    #expect(practice.stdout.contains("saved"))
  }
}
