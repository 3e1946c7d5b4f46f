import Foundation

/// Runs the built `rehearse` binary, as a user would from a shell.
public struct CommandRunner: Sendable {
  /// What one run printed and how it exited.
  public struct Result: Sendable {
    public var stdout: String
    public var stderr: String
    public var status: Int32
  }

  /// The binary under test.
  public var executable: URL
  /// Extra environment variables (the rest of the environment is cleared except PATH and HOME).
  public var environment: [String: String]
  /// A file-size limit for the process (`ulimit -f`, in KiB), to stand in for a full disk.
  public var fileSizeLimitKB: Int?

  /// The `rehearse` binary built next to the test bundle.
  public static func rehearse(environment: [String: String] = [:]) -> CommandRunner {
    // The test bundle is `.build/<config>/<Package>PackageTests.xctest`; on Linux it is a file
    // and Bundle.main points at its folder, on macOS at the bundle itself.
    let bundle = Bundle.main.bundleURL
    let candidates = [bundle, bundle.deletingLastPathComponent()].map {
      $0.appending(path: "rehearse")
    }
    let url = candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    return CommandRunner(executable: url, environment: environment)
  }

  /// Runs the binary with `arguments`, feeding `input` on standard input.
  public func run(_ arguments: [String], input: String = "", currentDirectory: URL? = nil) throws
    -> Result
  {
    let process = Process()
    if let limit = fileSizeLimitKB {
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      process.arguments =
        ["-c", "ulimit -f \(limit); exec \"$0\" \"$@\"", executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    var env = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "NO_COLOR": "1",
      "TERM": "dumb",
    ]
    env["HOME"] = environment["HOME"] ?? NSTemporaryDirectory()
    env.merge(environment) { $1 }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
      stdin.fileHandleForWriting.write(Data(input.utf8))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errData = ReadAll(stderr.fileHandleForReading)
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.wait(), as: UTF8.self),
      status: process.terminationStatus)
  }
}

/// Reads a pipe to its end on a background thread, so two pipes can drain at once.
private final class ReadAll: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }.start()
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

/// A fresh temporary folder, removed by the caller with `remove()`.
public struct TemporaryDirectory: Sendable {
  public let url: URL

  public init() throws {
    url = FileManager.default.temporaryDirectory.appending(
      path: "rehearse-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes a file under the folder and returns its URL.
  @discardableResult
  public func write(_ name: String, _ text: String) throws -> URL {
    let file = url.appending(path: name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    return file
  }

  public func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
