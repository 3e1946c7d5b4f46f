import Foundation
import RehearseTestSupport
import Testing

/// Mistakes on the command line get a clear message and a non-zero exit, never a silent
/// default: a mistyped command, a bad count, a mistyped --db, a broken config file.
@Suite struct CommandErrorTests {
  func run(_ arguments: [String], home: TemporaryDirectory) throws -> CommandRunner.Result {
    try CommandRunner.rehearse(environment: ["REHEARSE_HOME": home.url.path]).run(arguments)
  }

  @Test func aMistypedCommandIsNamedWithTheClosestOne() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let result = try run(["stat"], home: home)
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown command 'stat'; did you mean 'stats'?"))
  }

  @Test func aCountMustBePositive() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let result = try run(["drill", "--count", "-3"], home: home)
    #expect(result.status == 64)
    #expect(result.stderr.contains("--count must be a positive number, found -3."))
    #expect(result.stderr.contains("Usage: rehearse drill"))
  }

  @Test func aMistypedDatabasePathIsAnError() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let empty = try run(["due", "--db", ""], home: home)
    #expect(empty.status == 64)
    #expect(empty.stderr.contains("--db needs the path of a database file"))
    let missing = try run(["due", "--db", home.url.path + "/nope/r.sqlite"], home: home)
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("does not exist"))
    #expect(!FileManager.default.fileExists(atPath: home.url.path + "/nope"))
    let new = try run(["due", "--db", home.url.path + "/other.sqlite"], home: home)
    #expect(new.status == 0)
    #expect(new.stderr.contains("creating a new database at"))
  }

  @Test func aBrokenConfigStillShowsTheSettingsAndTheBadLine() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    try home.write("config.yaml", "new_per_day: lots\ndaily_minutes: 20\n")
    let result = try run(["config"], home: home)
    #expect(result.status == 1)
    #expect(result.stderr.contains("config.yaml:1:14: error: 'new_per_day'"))
    #expect(result.stdout.contains("default (line 1 is invalid)"))
    #expect(result.stdout.contains("daily_minutes"))
  }
}
