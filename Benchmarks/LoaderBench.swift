import Foundation
import RehearseKit

/// Cold load and validation of a 20,000-question bank against PyYAML's C loader on the same file.
enum LoaderBench {
  static func run(in dir: URL) throws {
    let synthetic = dir.appending(path: "bench.yaml")
    try Data(SyntheticBank.yaml(count: 20_000).utf8).write(to: synthetic)
    let realistic = dir.appending(path: "realistic.yaml")
    try Data(try realisticBank(count: 20_000).utf8).write(to: realistic)
    for (name, file) in [("synthetic", synthetic), ("realistic", realistic)] {
      try measure(name, file)
    }
  }

  /// 20,000 questions copied from the bundled banks (ids made unique): the mix of long
  /// prompts, answers, key points, rubrics and follow-ups a user's bank really has.
  static func realisticBank(count: Int) throws -> String {
    let folder = URL(fileURLWithPath: "QuestionBanks")
    var blocks: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where name.hasSuffix(".yaml") {
      let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
      guard let range = text.range(of: "\nquestions:\n") else { continue }
      // Each question starts at a line "  - id: ..." under `questions:`.
      var current: [Substring] = []
      for line in text[range.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
      {
        if line.hasPrefix("  - id: ") && !current.isEmpty {
          blocks.append(current.joined(separator: "\n"))
          current = []
        }
        if line.hasPrefix("  - id: ") || !current.isEmpty { current.append(line) }
      }
      if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
    }
    precondition(!blocks.isEmpty, "run from the package folder: QuestionBanks not found")
    var out = "id: realistic\ntitle: Realistic bank\ncategory: system-design\nquestions:\n"
    for i in 0..<count {
      let block = blocks[i % blocks.count]
      let copy = i / blocks.count
      // "  - id: sd-x" -> "  - id: sd-x-c3"; the rest of the block as written.
      let firstLine = block.prefix { $0 != "\n" }
      out += firstLine + "-c\(copy)" + block.dropFirst(firstLine.count) + "\n"
    }
    return out
  }

  static func measure(_ name: String, _ file: URL) throws {
    let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    // The reserved files a user's bank refers to (competencies, dimensions, ...), read once,
    // as the app reads them once per process.
    let references = BankReferences(
      try [
        BankLoader.competenciesFile, BankLoader.dimensionsFile, BankLoader.loopsFile,
        BankLoader.conceptsFile,
      ].map {
        try SourceFile(contentsOf: URL(fileURLWithPath: "QuestionBanks").appending(path: $0))
      })
    var times: [Double] = []
    var questions = 0
    for _ in 0..<5 {
      times.append(
        try Timing.seconds {
          let source = try SourceFile(contentsOf: file)
          let catalog = BankLoader.load([source], references: references)
          guard catalog.errorCount == 0 else {
            throw BenchError("\(name): \(catalog.diagnostics.prefix(3))")
          }
          questions = catalog.questions.count
        })
    }
    let swift = Timing.median(times)
    print(
      String(
        format: "loader (%@): %d questions, %.2f MB: read+parse+validate median %.3f s (%.3f–%.3f)",
        name, questions, Double(size) / 1e6, swift, times.min() ?? 0, times.max() ?? 0))
    if let python = pyyaml(file) {
      print(
        String(
          format:
            "loader (%@): PyYAML CSafeLoader yaml.load, same file: median %.3f s; ratio rehearse/PyYAML = %.2f",
          name, python, swift / python))
    } else {
      print("loader: PyYAML with libyaml (CSafeLoader) not available; no comparison")
    }
  }

  /// Median of 5 `yaml.load(..., Loader=CSafeLoader)` runs, read from the file each time.
  static func pyyaml(_ file: URL) -> Double? {
    let script = """
      import sys, time, yaml
      from yaml import CSafeLoader
      ts = []
      for _ in range(5):
          t = time.perf_counter()
          with open(sys.argv[1], 'rb') as f:
              yaml.load(f, Loader=CSafeLoader)
          ts.append(time.perf_counter() - t)
      ts.sort()
      print(ts[len(ts) // 2])
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Double(
      String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
