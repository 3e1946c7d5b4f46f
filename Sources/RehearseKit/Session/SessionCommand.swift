import FSRS
import Foundation

/// The `:commands` a user can type at any prompt of a session.
public enum SessionCommand: String, CaseIterable, Sendable {
  case help, hint, reveal, skip, undo, suspend, edit, stats, quit

  /// What the command does, for `:help`.
  public var help: String {
    switch self {
    case .help: "show these commands"
    case .hint: "show the next hint"
    case .reveal: "answer in your head: show the model answer, then rate yourself"
    case .skip: "move on without rating"
    case .undo: "take back the last rating (in the database too) and ask it again"
    case .suspend: "stop scheduling this question"
    case .edit: "write the answer in $EDITOR"
    case .stats: "show this session's progress and what is due"
    case .quit: "end the session (every rating so far is saved)"
    }
  }

  /// Parses `:name`; `:q` and `:?` are short for `:quit` and `:help`.
  public static func parse(_ line: String) -> SessionCommand? {
    let t = line.trimmingCharacters(in: .whitespaces)
    guard t.hasPrefix(":") else { return nil }
    let name = String(t.dropFirst()).lowercased()
    if name == "q" { return .quit }
    if name == "?" { return .help }
    return SessionCommand(rawValue: name)
  }

  /// Words offered by tab completion: every `:command` and the rating words.
  public static let completions: [String] =
    allCases.map { ":" + $0.rawValue } + Rating.allCases.map(\.name)
}
