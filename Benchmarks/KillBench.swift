import FSRS
import Foundation
import RehearseStore

/// Kill -9 at random moments of a scripted session, many times over, on one database:
/// no answer the session reported saved may be missing, `PRAGMA integrity_check` must pass,
/// and the next session must start. `rehearse-bench kill [RUNS] [SEED]`.
enum KillBench {
  struct Tally {
    var runs = 0
    var reportedSaved = 0
    /// Commits whose "saved" line the kill cut off (in the database, never reported).
    var savedUnreported = 0
    var lost = 0
    var integrityFailures = 0
    var startFailures = 0
    var endedBeforeKill = 0
  }

  static func run(in work: URL, arguments: [String]) throws {
    let runs = arguments.first.flatMap(Int.init) ?? 100
    var random = SeededGenerator(seed: arguments.dropFirst().first.flatMap(UInt64.init) ?? 7)
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appending(path: "rehearse")
    let home = work.appending(path: "kill-home")
    let db = home.appending(path: "rehearse.sqlite")
    var tally = Tally()
    let start = Date()
    for i in 0..<runs {
      // A day apart, so each session has new and due questions.
      let now = Date(timeIntervalSince1970: 1_796_000_000 + Double(i) * 86_400)
      let env = [
        "REHEARSE_HOME": home.path, "TZ": "UTC", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
        "REHEARSE_NOW": ISO8601DateFormatter().string(from: now), "REHEARSE_TICK": "1",
      ]
      let before = try count(db)
      let delay = Double.random(in: 0.0...0.6, using: &random)
      let (output, killed) = try session(binary, env: env, killAfter: delay)
      let saved = output.components(separatedBy: "\nsaved").count - 1
      let after = try count(db)
      tally.runs += 1
      tally.reportedSaved += saved
      if !killed { tally.endedBeforeKill += 1 }
      if after < before + saved { tally.lost += before + saved - after }
      if after > before + saved { tally.savedUnreported += after - before - saved }
      if try integrity(db) != "ok" { tally.integrityFailures += 1 }
      if try status(binary, ["due"], env: env) != 0 { tally.startFailures += 1 }
    }
    let seconds = Date().timeIntervalSince(start)
    print(
      """
      kill: \(tally.runs) sessions killed with SIGKILL at random moments (0–600 ms) in \
      \(String(format: "%.0f", seconds)) s
        answers reported saved: \(tally.reportedSaved), all in the database: \
      \(tally.lost == 0 ? "yes" : "NO, \(tally.lost) lost")
        committed but killed before "saved" was printed: \(tally.savedUnreported)
        integrity_check failures: \(tally.integrityFailures); next start failed: \
      \(tally.startFailures); sessions that ended before the kill: \(tally.endedBeforeKill)
      """)
    if tally.lost + tally.integrityFailures + tally.startFailures > 0 { exit(1) }
  }

  /// Runs a drill fed "pick a, accept" answers, kills it after `killAfter` seconds; its output
  /// and whether it was still running.
  static func session(_ binary: URL, env: [String: String], killAfter: Double) throws -> (
    String, Bool
  ) {
    let p = Process()
    p.executableURL = binary
    p.arguments = ["drill", "--kind", "choice", "--count", "30"]
    p.environment = env
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = output
    try p.run()
    try input.fileHandleForWriting.write(
      contentsOf: Data(String(repeating: "a\n\n", count: 30).utf8))
    Thread.sleep(forTimeInterval: killAfter)
    let killed = p.isRunning
    if killed { kill(p.processIdentifier, SIGKILL) }
    p.waitUntilExit()
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    return (String(decoding: data, as: UTF8.self), killed)
  }

  static func status(_ binary: URL, _ arguments: [String], env: [String: String]) throws -> Int32 {
    let p = Process()
    p.executableURL = binary
    p.arguments = arguments
    p.environment = env
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
  }

  static func count(_ db: URL) throws -> Int {
    guard FileManager.default.fileExists(atPath: db.path) else { return 0 }
    return try Store.open(at: db).reviewCount()
  }

  static func integrity(_ db: URL) throws -> String {
    try Store.open(at: db).integrityCheck()
  }
}
