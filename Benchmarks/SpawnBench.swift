import Foundation
import RehearseKit

/// Start-up as the user feels it, measured from outside the process: the time from spawning
/// `rehearse` to the first question's header on its stdout (or, for `stats`, to its exit).
/// `rehearse-bench spawn [RUNS] [BINARY]`; the binary defaults to the `rehearse` beside this
/// one. Run it on a release build, e.g. the static one the README installs.
enum SpawnBench {
  struct Scenario {
    var name: String
    var home: URL
    var arguments: [String]
    /// Removed before each run (a first start).
    var removeBeforeEach: [URL] = []
    /// Wait for the process to exit instead of the first question.
    var untilExit = false
  }

  static func run(in work: URL, arguments: [String]) throws {
    let runs = arguments.first.flatMap(Int.init) ?? 21
    let binary =
      arguments.dropFirst().first.map { URL(fileURLWithPath: $0) }
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appending(path: "rehearse")
    let root = work.appending(path: "spawn")
    try? FileManager.default.removeItem(at: root)
    var scenarios: [Scenario] = []

    let first = root.appending(path: "first")
    scenarios.append(
      Scenario(
        name: "first start: bundled banks, no cache, no database", home: first, arguments: [],
        removeBeforeEach: [first]))

    let reviewed = root.appending(path: "reviews")
    try importReviews(10_000, binary: binary, home: reviewed)
    scenarios.append(
      Scenario(name: "bundled banks, 10,000 reviews, warm", home: reviewed, arguments: []))

    let big = root.appending(path: "big")
    try FileManager.default.createDirectory(
      at: big.appending(path: "banks"), withIntermediateDirectories: true)
    try Data(SyntheticBank.yaml(count: 20_000).utf8).write(
      to: big.appending(path: "banks/bench.yaml"))
    scenarios.append(
      Scenario(name: "20,000-question user bank, warm", home: big, arguments: []))

    let million = URL(fileURLWithPath: "/tmp/rehearse-bench-1m.sqlite")
    if FileManager.default.fileExists(atPath: million.path) {
      scenarios.append(
        Scenario(
          name: "stats: 1,000,000 reviews, 20,000-question bank, to exit", home: big,
          arguments: ["stats", "--db", million.path], untilExit: true))
    } else {
      print("(stats at 1,000,000 reviews left out: run `rehearse-bench import` first)")
    }

    let baseline = try (0..<runs).map { _ in
      try spawn(URL(fileURLWithPath: "/bin/true"), [], env: [:], untilExit: true)
    }
    print("spawn: \(binary.path), \(runs) runs each; median (min–max)")
    print("  /bin/true, spawn to exit: \(summary(baseline))")
    for s in scenarios {
      let env = [
        "REHEARSE_HOME": s.home.path, "HOME": s.home.path, "TZ": "UTC", "NO_COLOR": "1",
        "PATH": "/usr/bin:/bin", "COLUMNS": "100",
      ]
      // One untimed run warms the cache and the page cache (a first start removes it again).
      _ = try spawn(binary, s.arguments, env: env, untilExit: s.untilExit)
      var times: [Double] = []
      for _ in 0..<runs {
        for url in s.removeBeforeEach { try? FileManager.default.removeItem(at: url) }
        times.append(try spawn(binary, s.arguments, env: env, untilExit: s.untilExit))
      }
      print("  \(s.name): \(summary(times))")
    }
  }

  static func summary(_ times: [Double]) -> String {
    let ms = times.map { $0 * 1000 }
    return String(
      format: "%.1f ms (%.1f–%.1f)", Timing.median(ms), ms.min() ?? 0, ms.max() ?? 0)
  }

  /// Seconds from spawning until the first question's position (" 1/") is on stdout, or
  /// until exit. Stdin is closed afterwards, so the session ends without an answer. Spawned
  /// with posix_spawn directly: Foundation's Process costs ~50 ms a launch here, more than
  /// what is being measured.
  static func spawn(_ binary: URL, _ arguments: [String], env: [String: String], untilExit: Bool)
    throws -> Double
  {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw BenchError("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
    let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in argv + envp { free(p) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let rc = posix_spawn(&pid, binary.path, &actions, nil, argv, envp)
    close(toChild[0])
    close(fromChild[1])
    guard rc == 0 else { throw BenchError("cannot start \(binary.path): \(rc)") }
    var elapsed: Double?
    var seen: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = read(fromChild[0], &buffer, buffer.count)
      if n <= 0 { break }
      seen.append(contentsOf: buffer[0..<n])
      if !untilExit, elapsed == nil, String(decoding: seen, as: UTF8.self).contains(" 1/") {
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        close(toChild[1])
        toChild[1] = -1
      }
    }
    if toChild[1] >= 0 { close(toChild[1]) }
    close(fromChild[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    if untilExit { return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    guard let elapsed else {
      throw BenchError("\(binary.lastPathComponent) \(arguments) showed no question")
    }
    return elapsed
  }

  /// A database with `count` reviews of the bundled questions, imported through the app.
  static func importReviews(_ count: Int, binary: URL, home: URL) throws {
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
    let catalog = BankLoader.load(
      try FileManager.default.contentsOfDirectory(
        atPath: repo.appending(path: "QuestionBanks").path
      )
      .filter { $0.hasSuffix(".yaml") }.sorted()
      .map { name in
        let url = repo.appending(path: "QuestionBanks/\(name)")
        return SourceFile(path: name, data: try Data(contentsOf: url))
      })
    let ids = catalog.questions.map(\.id)
    var csv = "question_id,reviewed_at,rating,duration_ms\n"
    let start = Date(timeIntervalSince1970: 1_780_000_000)
    let iso = ISO8601DateFormatter()
    for i in 0..<count {
      let when = start.addingTimeInterval(
        Double(i / ids.count) * 86_400 * 3 + Double(i % ids.count))
      csv += "\(ids[i % ids.count]),\(iso.string(from: when)),\(i % 7 == 0 ? 1 : 3),30000\n"
    }
    let file = home.appending(path: "reviews.csv")
    try Data(csv.utf8).write(to: file)
    let env = ["REHEARSE_HOME": home.path, "HOME": home.path, "TZ": "UTC"]
    guard try KillBench.status(binary, ["import", "reviews", file.path], env: env) == 0 else {
      throw BenchError("importing \(count) reviews failed")
    }
  }
}

/// A benchmark that could not run, with the reason.
struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
