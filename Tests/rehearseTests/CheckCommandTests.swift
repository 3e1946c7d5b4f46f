import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

@Suite struct CheckCommandTests {
  @Test func bundledBanksAreClean() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let result = try CommandRunner.rehearse(environment: ["REHEARSE_HOME": home.url.path]).run([
      "check"
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("ok:"))
  }

  @Test func badFileIsReportedWithPositionAndExitsNonZero() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    try dir.write(
      "mine.yaml",
      """
      id: mine
      title: Mine
      category: leadership
      questions:
        - id: my-q
          kind: recall
          prompt: What?
          topic: t
          difficulty: hard
          answer: A
          key_points: [x]
      """)
    let result = try CommandRunner.rehearse().run(
      ["check", "mine.yaml"], currentDirectory: dir.url)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "mine.yaml:9:17: error: 'difficulty' must be a whole number from 1 to 3, found 'hard'"))
    #expect(result.stdout.contains("1 error"))
  }

  @Test func jsonDiagnostics() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    try dir.write("x.yaml", "id: x\ntitle: X\ncategory: nope\nquestions: []\n")
    let result = try CommandRunner.rehearse().run(
      ["check", "--json", "x.yaml"], currentDirectory: dir.url)
    #expect(result.status == 1)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let diagnostics = json?["diagnostics"] as? [[String: Any]]
    #expect(diagnostics?.first?["line"] as? Int == 3)
    #expect(diagnostics?.first?["column"] as? Int == 11)
    #expect(diagnostics?.first?["severity"] as? String == "error")
    #expect(json?["errors"] as? Int == 1)
  }

  @Test func userBanksLoadBesideBundledOnes() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write(
      "banks/mine.yaml",
      """
      id: mine
      title: Mine
      category: leadership
      questions:
        - id: my-own-question
          kind: recall
          prompt: What?
          topic: t
          answer: A
          key_points: [x]
      """)
    let result = try CommandRunner.rehearse(environment: ["REHEARSE_HOME": home.url.path]).run([
      "banks", "--json",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"id\" : \"mine\""))
  }

  @Test func banksListsQuestionsThatVanishedWithTheirHistoryKept() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write(
      "banks/mine.yaml",
      """
      id: mine
      title: Mine
      category: leadership
      questions:
        - id: my-vanishing-question
          kind: recall
          prompt: What?
          topic: t
          answer: A
          key_points: [x]
      """)
    let runner = CommandRunner.rehearse(environment: ["REHEARSE_HOME": home.url.path])
    let drill = try runner.run(["drill", "--bank", "mine"], input: ":reveal\n3\n")
    #expect(drill.status == 0, "\(drill.stderr)")
    try FileManager.default.removeItem(at: home.url.appending(path: "banks/mine.yaml"))
    let banks = try runner.run(["banks"])
    #expect(banks.stdout.contains("No longer in any bank"))
    #expect(banks.stdout.contains("my-vanishing-question  1 review"))
  }
}
