import Foundation
import RehearseKit

/// What the terminal on each stream can do.
enum Terminal {
  /// Whether a file descriptor is a terminal worth styling (not `TERM=dumb`).
  static func isInteractive(_ fd: Int32) -> Bool {
    isatty(fd) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
  static func useColor(_ fd: Int32) -> Bool {
    let env = ProcessInfo.processInfo.environment
    if let value = env["NO_COLOR"], !value.isEmpty { return false }
    return isInteractive(fd)
  }

  /// The console a session talks to: GNU readline on a terminal, plain lines from a pipe.
  static func console(for ws: Workspace) -> Console {
    isInteractive(STDIN_FILENO)
      ? ReadlineConsole(
        historyFile: ws.paths.historyFile, styled: useColor(STDOUT_FILENO),
        keepsAnswers: ws.settings.historyAnswers)
      : LineConsole()
  }

  /// The width of the terminal on `fd` in columns, or nil when it is not a terminal
  /// (`COLUMNS` wins when set, as for other tools).
  static func columns(_ fd: Int32) -> Int? {
    if let value = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), value > 0 {
      return value
    }
    guard isatty(fd) == 1 else { return nil }
    var size = winsize()
    guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// A file error as the user should read it: the system's own words for POSIX errors
  /// ("No such file or directory"), without Foundation's preamble.
  static func reason(_ error: Error) -> String {
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    return error.localizedDescription
  }

  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
