import FSRS
import FSRSOptimizer
import Foundation

/// `rehearse-bench optimize [SIZE…] [--python PATH] [--fixture DIR]`: Rehearse's optimizer
/// against fsrs-rs on logs from a simulated learner with known weights.
///
/// For each size (reviews in the log; 20,000 and 200,000 by default) the learner is simulated,
/// the log is written to JSON, fsrs-rs fits and scores it through
/// `OptimizerReference/fsrs_rs_reference.py` (fsrs-rs-python 0.9.3; `--python` or
/// `REHEARSE_BENCH_PYTHON` picks the interpreter), and Rehearse fits and scores it in this
/// process. Both fits are timed in the same run, one after the other. `--fixture DIR` writes the
/// first size's log and fsrs-rs's figures as the test fixture instead of printing a table.
enum OptimizerBench {
  /// The learner's true weights: the defaults moved well inside the bounds.
  static var truth: Parameters {
    get throws {
      try Parameters([
        0.4, 1.6, 3.5, 11.0, 6.0, 0.7, 2.5, 0.02, 1.7, 0.2, 1.0, 1.6, 0.08, 0.35, 1.4, 0.5, 2.2,
        0.5, 0.15, 0.08, 0.25,
      ])
    }
  }

  /// What fsrs-rs reported.
  struct Reference: Codable {
    struct Metrics: Codable {
      var log_loss: Double
      var rmse_bins: Double
    }
    var items: Int
    var fit_seconds: [Double]
    var parameters: [Double]
    var `default`: Metrics?
    var fitted: Metrics?
    var scored: [String: Metrics]?
    var split: Metrics?
    var split_seconds: Double?
  }

  static func run(arguments: [String]) throws {
    var sizes: [Int] = []
    var python = ProcessInfo.processInfo.environment["REHEARSE_BENCH_PYTHON"] ?? "python3"
    var fixture: URL?
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--python": python = rest.popFirst() ?? python
      case "--fixture": fixture = rest.popFirst().map { URL(filePath: $0) }
      default: if let n = Int(argument) { sizes.append(n) }
      }
    }
    if sizes.isEmpty { sizes = fixture == nil ? [20_000, 200_000] : [3_000] }
    let script = URL(filePath: #filePath).deletingLastPathComponent()
      .appending(path: "OptimizerReference/fsrs_rs_reference.py")
    if let fixture {
      try writeFixture(size: sizes[0], to: fixture, python: python, script: script)
      return
    }
    print("rehearse-bench optimize: true weights \(try truth.weights)")
    for size in sizes {
      try compare(size: size, python: python, script: script)
    }
  }

  static func simulate(_ size: Int) throws -> ReviewLog {
    let learner = SimulatedLearner(memory: try truth, scheduling: .defaults)
    return learner.run(days: 100_000, reviewLimit: size).log
  }

  static func compare(size: Int, python: String, script: URL) throws {
    let log = try simulate(size)
    let optimizer = ParameterOptimizer()
    let file = FileManager.default.temporaryDirectory.appending(path: "optimize-\(size).json")
    try JSONEncoder().encode(log).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    // The machine is shared, so the two fits take turns, five times each, and medians are shown.
    var fit = optimizer.fit(log)
    var times: [Double] = []
    var referenceTimes: [Double] = []
    for _ in 0..<5 {
      times.append(Timing.seconds { fit = optimizer.fit(log) })
      referenceTimes += try runReference(
        python, script, file, extra: ["--repeat", "1", "--fit-only"]
      ).fit_seconds
    }
    let scored = ["rehearse": fit.parameters.weights, "truth": try truth.weights]
    let reference = try runReference(
      python, script, file, extra: ["--repeat", "1", "--score", json(scored)])
    let fsrsRS = try Parameters(reference.parameters)

    let swiftSplit = Evaluator.timeSeriesSplit(log, optimizer: optimizer)
    let defaultSplit = Evaluator.timeSeriesSplit(log, fixed: .defaults)
    print(
      "\n## \(log.reviewCount) reviews, \(log.cards.count) cards, \(log.items.count) items"
        + " (fsrs-rs counted \(reference.items))")
    print(
      "| parameters | log loss | RMSE(bins) | log loss, split | RMSE, split | fit time: median (min–max) of 5 |"
    )
    print("|---|---|---|---|---|---|")
    func row(_ name: String, _ m: Reference.Metrics?, _ split: ModelEvaluation?, _ time: String) {
      let loss = m.map { f($0.log_loss) } ?? "–"
      let rmse = m.map { f($0.rmse_bins) } ?? "–"
      print(
        "| \(name) | \(loss) | \(rmse) | \(split.map { f($0.logLoss) } ?? "–") | "
          + "\(split.map { f($0.rmseBins) } ?? "–") | \(time) |")
    }
    let fsrsSplit = reference.split.map {
      ModelEvaluation(logLoss: $0.log_loss, rmseBins: $0.rmse_bins)
    }
    row(
      "true weights", reference.scored?["truth"], Evaluator.timeSeriesSplit(log, fixed: try truth),
      "")
    row("defaults", reference.default, defaultSplit, "")
    row("fsrs-rs 6.6.2", reference.fitted, fsrsSplit, seconds(referenceTimes))
    row("Rehearse", reference.scored?["rehearse"], swiftSplit, seconds(times))
    let mine = Evaluator.evaluate(fit.parameters, on: log)
    let theirs = Evaluator.evaluate(fsrsRS, on: log)
    print(
      "\nSwift evaluator (cross-check): Rehearse \(f(mine.logLoss))/\(f(mine.rmseBins)),"
        + " fsrs-rs \(f(theirs.logLoss))/\(f(theirs.rmseBins)); fit kind \(fit.kind),"
        + " \(fit.trainingItems) training items")
    // How much the batch order alone moves the result (fsrs-rs shuffles with another RNG).
    let spread = (1...3).map { (seed: UInt64) -> String in
      var configuration = TrainingConfiguration.defaults
      configuration.seed = seed
      let other = ParameterOptimizer(configuration: configuration).fit(log)
      return f(Evaluator.evaluate(other.parameters, on: log).logLoss)
    }
    print("Rehearse log loss with shuffle seeds 1, 2, 3: \(spread.joined(separator: ", "))")
    print("Rehearse weights: \(fit.parameters.weights.map { f($0, 4) })")
    print("fsrs-rs weights:  \(reference.parameters.map { f($0, 4) })")
  }

  static func writeFixture(size: Int, to directory: URL, python: String, script: URL) throws {
    let log = try simulate(size)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appending(path: "simulated-log.json")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try encoder.encode(log).write(to: file)
    let reference = try runReference(python, script, file, extra: ["--repeat", "1"])
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try encoder.encode(reference).write(to: directory.appending(path: "fsrs-rs-reference.json"))
    print("wrote \(file.path): \(log.reviewCount) reviews, \(log.items.count) items")
  }

  static func runReference(_ python: String, _ script: URL, _ log: URL, extra: [String]) throws
    -> Reference
  {
    let process = Process()
    process.executableURL = URL(filePath: "/usr/bin/env")
    process.arguments = [python, script.path, log.path] + extra
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "fsrs-rs failed"])
    }
    return try JSONDecoder().decode(Reference.self, from: data)
  }

  static func json(_ value: [String: [Double]]) throws -> String {
    String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
  }

  static func f(_ x: Double, _ digits: Int = 4) -> String { String(format: "%.\(digits)f", x) }

  static func seconds(_ xs: [Double]) -> String {
    String(format: "%.3f s (%.3f–%.3f)", Timing.median(xs), xs.min() ?? 0, xs.max() ?? 0)
  }
}
