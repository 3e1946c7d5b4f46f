import Foundation
import RehearseKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens `$VISUAL` or `$EDITOR` (else `vi`) on a temporary file holding `initial`.
///
/// The editor runs in Rehearse's own process group, so it is the terminal's foreground job
/// (a terminal editor can read keys and Ctrl-C reaches it, not Rehearse), the way `system(3)`
/// runs a command; Foundation's `Process` starts a new group, where vi stops on its first read.
enum Editor {
  static func edit(_ initial: String, suffix: String = ".md") -> EditorResult {
    let env = ProcessInfo.processInfo.environment
    let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    let file = FileManager.default.temporaryDirectory.appending(
      path: "rehearse-\(UUID().uuidString)\(suffix)")
    defer { try? FileManager.default.removeItem(at: file) }
    do { try Data(initial.utf8).write(to: file) } catch { return .failed }
    // The editor command may carry arguments ("code -w"); the file is passed as "$1".
    guard run(["/bin/sh", "-c", "\(editor) \"$1\"", "rehearse-editor", file.path]) == 0,
      let data = try? Data(contentsOf: file)
    else { return .failed }
    let text = String(decoding: data, as: UTF8.self)
    if text == initial || text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      return .unchanged
    }
    return .edited(text)
  }

  /// Runs `arguments` in the foreground and waits; the exit status, or nil if it could not
  /// start. Rehearse ignores Ctrl-C and Ctrl-\ meanwhile; the child gets them.
  static func run(_ arguments: [String]) -> Int32? {
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGQUIT)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setsigdefault(&attributes, &signals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    let oldInterrupt = signal(SIGINT, SIG_IGN)
    let oldQuit = signal(SIGQUIT, SIG_IGN)
    defer {
      signal(SIGINT, oldInterrupt)
      signal(SIGQUIT, oldQuit)
      // Drop anything the editor left unread (a terminal's reply to its queries).
      if isatty(STDIN_FILENO) == 1 { tcflush(STDIN_FILENO, TCIFLUSH) }
    }
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid = pid_t()
    guard posix_spawn(&pid, arguments[0], nil, &attributes, argv, environ) == 0 else {
      return nil
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      if errno != EINTR { return nil }
    }
    // WIFEXITED / WEXITSTATUS
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : nil
  }
}
