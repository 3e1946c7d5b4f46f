import CFuzzerDriver
import Foundation

/// Runs libFuzzer with a Swift closure as the target.
///
/// SwiftPM gives every executable on Linux its own entry point, which rules out libFuzzer's
/// `main`; each harness has an `@main` that calls ``run(_:)`` instead, so libFuzzer reads the
/// command line (`-runs=`, `-max_total_time=`, a corpus folder, a crash file to replay) as usual.
public enum Fuzzer {
  /// The closure libFuzzer calls; set once, before the driver starts.
  nonisolated(unsafe) private static var target: (Data) -> Void = { _ in }

  /// Hands the process to libFuzzer, which calls `target` once per input and exits.
  public static func run(_ target: @escaping (Data) -> Void) -> Never {
    Self.target = target
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
      let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
      Fuzzer.target(data)
      return 0
    }
    exit(status)
  }
}
