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
      ? ReadlineConsole(historyFile: ws.paths.historyFile, styled: useColor(STDOUT_FILENO))
      : LineConsole()
  }

  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// ANSI styles, applied only when enabled.
struct Style: Sendable {
  var enabled: Bool

  func bold(_ s: String) -> String { wrap(s, "1") }
  func dim(_ s: String) -> String { wrap(s, "2") }
  func red(_ s: String) -> String { wrap(s, "31") }
  func green(_ s: String) -> String { wrap(s, "32") }
  func yellow(_ s: String) -> String { wrap(s, "33") }
  func cyan(_ s: String) -> String { wrap(s, "36") }

  private func wrap(_ s: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
  }
}
