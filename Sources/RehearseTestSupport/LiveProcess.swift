import Foundation

/// A running `rehearse` whose input is written and whose output is read while it runs: through
/// pipes, or through a pseudo-terminal so the real readline path is exercised.
public final class LiveProcess: @unchecked Sendable {
  private let process = Process()
  private let input: FileHandle
  private let output: FileHandle
  private let lock = NSLock()
  private var buffer = Data()
  private var closed = false

  /// Starts `executable` with its input and output on pipes.
  public init(executable: URL, arguments: [String], environment: [String: String]) throws {
    let stdin = Pipe()
    let stdout = Pipe()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    input = stdin.fileHandleForWriting
    output = stdout.fileHandleForReading
    try process.run()
    startReading()
  }

  /// Starts `executable` on a new pseudo-terminal that becomes its controlling terminal (via
  /// `setsid --ctty`), so line editing, signals from Ctrl-C and colours behave as in a terminal.
  public init(terminal executable: URL, arguments: [String], environment: [String: String]) throws {
    // posix_openpt/ptsname are hidden behind feature macros in Swift's Glibc module, so do
    // what they do on Linux: open the multiplexer, unlock the slave and ask for its number.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
      ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0
    else {
      throw POSIXError(.ENOTTY)
    }
    let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw POSIXError(.ENOTTY) }
    var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    let slaveHandle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
    process.arguments = ["--ctty", executable.path] + arguments
    process.environment = environment
    process.standardInput = slaveHandle
    process.standardOutput = slaveHandle
    process.standardError = slaveHandle
    let masterHandle = FileHandle(fileDescriptor: master, closeOnDealloc: true)
    input = masterHandle
    output = masterHandle
    try process.run()
    try slaveHandle.close()
    startReading()
  }

  private func startReading() {
    let fd = output.fileDescriptor
    Thread {
      // Raw reads: FileHandle traps on EIO, which is how a pseudo-terminal reports that the
      // other side closed.
      var bytes = [UInt8](repeating: 0, count: 4096)
      while true {
        let n = read(fd, &bytes, bytes.count)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        self.lock.withLock { self.buffer.append(contentsOf: bytes[0..<n]) }
      }
      self.lock.withLock { self.closed = true }
    }.start()
  }

  /// Everything printed so far.
  public var text: String { lock.withLock { String(decoding: buffer, as: UTF8.self) } }

  /// Writes raw input (keys, lines).
  public func send(_ text: String) {
    input.write(Data(text.utf8))
  }

  /// Waits until the output contains `needle` `count` times; false on timeout.
  @discardableResult
  public func waitFor(_ needle: String, count: Int = 1, timeout: TimeInterval = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if text.components(separatedBy: needle).count - 1 >= count { return true }
      if lock.withLock({ closed }) && !process.isRunning {
        return text.components(separatedBy: needle).count - 1 >= count
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return false
  }

  /// Sends a signal (e.g. SIGKILL) to the process.
  public func signal(_ signal: Int32) {
    kill(process.processIdentifier, signal)
  }

  /// Closes the input (end of file on a pipe).
  public func closeInput() {
    try? input.close()
  }

  /// Waits for the process to exit and returns its status (or the signal that ended it).
  @discardableResult
  public func wait(timeout: TimeInterval = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning {
      process.terminate()
      return nil
    }
    return process.terminationStatus
  }
}
