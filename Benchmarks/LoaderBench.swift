import Foundation
import RehearseKit

/// Cold load and validation of a 20,000-question bank against PyYAML's C loader on the same file.
enum LoaderBench {
  static func run(in dir: URL) throws {
    let file = dir.appending(path: "bench.yaml")
    try Data(SyntheticBank.yaml(count: 20_000).utf8).write(to: file)
    let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    var times: [Double] = []
    var questions = 0
    for _ in 0..<5 {
      times.append(
        try Timing.seconds {
          let source = try SourceFile(contentsOf: file)
          let catalog = BankLoader.load([source])
          precondition(catalog.errorCount == 0, "\(catalog.diagnostics.prefix(3))")
          questions = catalog.questions.count
        })
    }
    let swift = Timing.median(times)
    print(
      String(
        format: "loader: %d questions, %.2f MB: read+parse+validate median %.3f s (runs: %@)",
        questions, Double(size) / 1e6, swift,
        times.map { String(format: "%.3f", $0) }.joined(separator: " ")))
    if let python = pyyaml(file) {
      print(
        String(
          format:
            "loader: PyYAML CSafeLoader yaml.load on the same file: median %.3f s; ratio rehearse/PyYAML = %.2f",
          python, swift / python))
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
