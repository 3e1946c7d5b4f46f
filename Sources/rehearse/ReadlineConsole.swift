import CReadline
import Foundation
import RehearseKit
import Synchronization

/// A console on a terminal, through GNU readline's callback interface: line editing,
/// persistent history, tab completion of `:commands` and rating words, and Ctrl-C that clears
/// the line (or, on an empty line, ends the session).
final class ReadlineConsole: LiveConsole {
  let styled: Bool
  private let historyPath: String
  /// Whether answer text goes into the history (`history_answers`).
  private let keepsAnswers: Bool

  init(historyFile: URL, styled: Bool, keepsAnswers: Bool = false) {
    self.styled = styled
    self.keepsAnswers = keepsAnswers
    historyPath = historyFile.path
    try? FileManager.default.createDirectory(
      at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    if !FileManager.default.fileExists(atPath: historyPath) {
      FileManager.default.createFile(atPath: historyPath, contents: nil)
    }
    rehearse_set_readline_name("rehearse")
    rehearse_set_catch_signals(0)
    using_history()
    stifle_history(2000)
    read_history(historyPath)
    rehearse_set_completion(completeAtStart)
    signal(SIGINT, onInterrupt)
    // A parent may have started us with SIGINT blocked (some process launchers do); Ctrl-C
    // must still reach the handler.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  deinit {
    history_truncate_file(historyPath, 2000)
  }

  func readLine(prompt: String) -> ConsoleInput {
    read(prompt: prompt, updated: { prompt }, live: false)
  }

  func readLine(prompt: String, updated: () -> String) -> ConsoleInput {
    read(prompt: prompt, updated: updated, live: true)
  }

  /// Reads a line; when `live`, redraws the prompt from `updated()` once a second while
  /// waiting (the answer timer keeps counting), keeping what is typed and the cursor.
  private func read(prompt: String, updated: () -> String, live: Bool) -> ConsoleInput {
    // At the rating prompt, Up recalls earlier ratings only: the session's other lines are
    // set aside while it reads.
    if prompt.hasSuffix("rate> ") {
      let kept = Self.historyLines()
      Self.replaceHistory(with: ratings)
      defer { Self.replaceHistory(with: kept) }
      let input = readOnce(prompt: prompt, updated: updated, live: live, remember: false)
      if case .line(let text) = input, Self.isShort(text), !text.isEmpty {
        ratings.append(text)
      }
      return input
    }
    return readOnce(prompt: prompt, updated: updated, live: live, remember: true)
  }

  /// The ratings typed at the rating prompt this session, for its own history.
  private var ratings: [String] = []

  private static func historyLines() -> [String] {
    let base = rehearse_history_base()
    return (0..<rehearse_history_length()).compactMap { i in
      history_get(base + i).flatMap { $0.pointee.line.map { String(cString: $0) } }
    }
  }

  private static func replaceHistory(with lines: [String]) {
    clear_history()
    for line in lines { add_history(line) }
  }

  private func readOnce(prompt: String, updated: () -> String, live: Bool, remember: Bool)
    -> ConsoleInput
  {
    pendingLine.withLock { $0 = nil }
    var shown = Self.readlineSafe(prompt)
    rl_callback_handler_install(shown, onLine)
    defer { rl_callback_handler_remove() }
    while true {
      var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let ready = poll(&fds, 1, live ? 1000 : -1)
      if ready == 0, live {
        let next = Self.readlineSafe(updated())
        if next != shown {
          shown = next
          rl_set_prompt(shown)
          rl_redisplay()
        }
        continue
      }
      if interruptFlag.exchange(false, ordering: .relaxed) {
        let current = String(cString: rehearse_line_buffer())
        if current.isEmpty {
          rl_callback_sigcleanup()
          write("\n")
          return .interrupted
        }
        // Drop the half-typed line and show a fresh prompt.
        rl_replace_line("", 0)
        rl_crlf()
        rl_on_new_line()
        rl_redisplay()
        continue
      }
      if ready < 0 { continue }
      rl_callback_read_char()
      if let result = pendingLine.withLock({ $0 }) {
        switch result {
        case .eof:
          write("\n")
          return .endOfInput
        case .line(let text):
          if remember,
            keepsAnswers ? !text.trimmingCharacters(in: .whitespaces).isEmpty : Self.isShort(text)
          {
            add_history(text)
            append_history(1, historyPath)
          }
          return .line(text)
        }
      }
    }
  }

  /// Writes `text` wrapped to the terminal's width as it is now (it may have been resized).
  func write(_ text: String) {
    let wrapped = Terminal.columns(STDOUT_FILENO).map { TextWrap.wrap(text, width: $0) } ?? text
    FileHandle.standardOutput.write(Data(wrapped.utf8))
  }

  func edit(_ initial: String) -> EditorResult {
    Editor.edit(initial)
  }

  /// Whether a line is a `:command`, a rating, option letters or item flips, the only lines the
  /// history keeps by default: answers stay private.
  static func isShort(_ line: String) -> Bool {
    let text = line.trimmingCharacters(in: .whitespaces).lowercased()
    if text.hasPrefix(":") { return true }
    guard !text.isEmpty, text.count <= 16 else { return false }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
    let ratings: Set<Substring> = ["again", "hard", "good", "easy", "t"]
    return words.allSatisfy { w in
      ratings.contains(w) || w.allSatisfy(\.isNumber) || (w.count == 1 && w.first!.isLetter)
    }
  }

  /// Marks ANSI sequences as invisible so readline measures the prompt correctly.
  static func readlineSafe(_ prompt: String) -> String {
    var out = ""
    var inEscape = false
    for c in prompt.unicodeScalars {
      if c == "\u{1B}" {
        out.unicodeScalars.append("\u{01}")
        inEscape = true
      }
      out.unicodeScalars.append(c)
      if inEscape && c == "m" {
        out.unicodeScalars.append("\u{02}")
        inEscape = false
      }
    }
    return out
  }
}

private enum PendingLine: Sendable {
  case line(String)
  case eof
}

private let pendingLine = Mutex<PendingLine?>(nil)
private let interruptFlag = Atomic<Bool>(false)
private let completionIndex = Mutex<Int>(0)

private func onLine(_ line: UnsafeMutablePointer<CChar>?) {
  guard let line else {
    pendingLine.withLock { $0 = .eof }
    return
  }
  let text = String(cString: line)
  free(line)
  pendingLine.withLock { $0 = .line(text) }
  // Stop reading more characters into this prompt.
  rl_callback_handler_remove()
}

private func onInterrupt(_: Int32) {
  interruptFlag.store(true, ordering: .relaxed)
}

/// Completes `:commands` and rating words at the start of the line only; never file names.
private func completeAtStart(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  rehearse_set_completion_over(1)
  guard start == 0 else { return nil }
  return rl_completion_matches(text, completionWord)
}

private func completionWord(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<
  CChar
>? {
  let prefix = text.map { String(cString: $0) } ?? ""
  let words = SessionCommand.completions
  return completionIndex.withLock { index in
    if state == 0 { index = 0 }
    while index < words.count {
      let word = words[index]
      index += 1
      if word.hasPrefix(prefix) { return strdup(word) }
    }
    return nil
  }
}
