/// What the user typed at a prompt.
public enum ConsoleInput: Sendable, Equatable {
  /// A line (without its newline).
  case line(String)
  /// Ctrl-C on an empty line: the user wants to stop.
  case interrupted
  /// Ctrl-D or the end of piped input.
  case endOfInput
}

/// A console that can redraw its prompt while the user types (see
/// ``Console/readLine(prompt:updated:)``).
public protocol LiveConsole: Console {
  func readLine(prompt: String, updated: () -> String) -> ConsoleInput
}

/// The terminal a session talks to. The `rehearse` executable provides a GNU readline console
/// for terminals and a plain line console for pipes; tests provide scripted ones.
public protocol Console: AnyObject {
  /// Reads one line after showing `prompt` (consoles for pipes do not show it).
  func readLine(prompt: String) -> ConsoleInput
  /// Writes text as is.
  func write(_ text: String)
  /// Lets the user edit `initial` in their editor.
  func edit(_ initial: String) -> EditorResult
  /// Whether colour and styling may be used.
  var styled: Bool { get }
}

extension Console {
  /// Reads one line after showing `prompt`; a console that can (a terminal) redraws the prompt
  /// with `updated()` every second while waiting, so a countdown in it keeps running. Others
  /// show it once.
  public func readLine(prompt: String, updated: () -> String) -> ConsoleInput {
    if let live = self as? LiveConsole { return live.readLine(prompt: prompt, updated: updated) }
    return readLine(prompt: prompt)
  }

  /// Writes `text` and a newline.
  public func line(_ text: String = "") { write(text + "\n") }
}
