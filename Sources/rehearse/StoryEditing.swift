import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// Gets a story document from a file, an editor (re-opened with the errors until it parses),
/// or field by field when there is no editor.
struct StoryEditing {
  let ws: Workspace
  var themes: Set<String> { Set(ws.catalog.competencies.map(\.key)) }

  /// The edited story, or nil when the user cancelled (saved an empty document).
  func obtain(_ start: Story, file: String?) throws -> Story? {
    if let file {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        throw ValidationError("cannot read \(file)")
      }
      switch StoryDocument.parse(text, path: file, competencies: themes) {
      case .success(let story): return story
      case .failure(let error):
        DiagnosticPrinter().print(error.diagnostics)
        throw ExitCode.failure
      }
    }
    let env = ProcessInfo.processInfo.environment
    let hasEditor = [env["VISUAL"], env["EDITOR"]].contains { !($0 ?? "").isEmpty }
    if hasEditor || Terminal.isInteractive(STDIN_FILENO) {
      var document = StoryDocument.render(start)
      var reopened = false
      while true {
        let edited: String
        switch Editor.edit(document, suffix: ".yaml") {
        case .edited(let text): edited = text
        case .unchanged:
          // Saved unchanged (or an editor that does not wait, like `code` without -w).
          if reopened { try keepDraft(document) }
          Terminal.writeError("rehearse: no changes in the editor; nothing saved\n")
          return nil
        case .failed:
          Terminal.writeError(
            "rehearse: could not run the editor; answering field by field instead\n")
          return try promptFields(start)
        }
        let meaningful = edited.split(separator: "\n").contains {
          !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            && !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        if !meaningful { return nil }
        switch StoryDocument.parse(edited, path: "story.yaml", competencies: themes) {
        case .success(let story): return story
        case .failure(let error):
          DiagnosticPrinter().print(error.diagnostics)
          reopened = true
          // Re-open with the errors on top and the user's text kept.
          let body = edited.split(separator: "\n", omittingEmptySubsequences: false).drop {
            $0.hasPrefix("#")
          }.joined(separator: "\n")
          document =
            StoryDocument.render(Story(title: ""), errors: error.diagnostics).split(
              separator: "\n", omittingEmptySubsequences: false
            ).filter { $0.hasPrefix("#") }.joined(separator: "\n") + "\n" + body
        }
      }
    }
    return try promptFields(start)
  }

  /// Keeps a story the user wrote but did not finish, and says where.
  private func keepDraft(_ document: String) throws {
    let file = ws.paths.dataDirectory.appending(path: "story-draft.yaml")
    try FileManager.default.createDirectory(
      at: ws.paths.dataDirectory, withIntermediateDirectories: true)
    try Data(document.utf8).write(to: file, options: .atomic)
    Terminal.writeError(
      "rehearse: your draft is kept in \(file.path); rehearse story add --file \(file.path) "
        + "tries it again\n")
  }

  /// Asks for each field in turn (works from a pipe too).
  private func promptFields(_ start: Story) throws -> Story? {
    let console: Console = Terminal.console(for: ws)
    func line(_ label: String, _ current: String) -> String? {
      console.line(label + (current.isEmpty ? "" : " [\(current)]"))
      guard case .line(let text) = console.readLine(prompt: "> ") else { return nil }
      return text.isEmpty ? current : text
    }
    func block(_ label: String, _ current: String) -> String? {
      console.line(
        label + " (empty line to finish" + (current.isEmpty ? ")" : ", or just Enter to keep it)"))
      var lines: [String] = []
      while true {
        guard case .line(let text) = console.readLine(prompt: "… ") else { return nil }
        if text.isEmpty { break }
        lines.append(text)
      }
      return lines.isEmpty ? current : lines.joined(separator: "\n")
    }
    var s = start
    guard let title = line("Title", s.title), !title.isEmpty else { return nil }
    s.title = title
    guard let company = line("Company", s.company), let role = line("Your role", s.role),
      let when = line("When", s.when)
    else { return nil }
    (s.company, s.role, s.when) = (company, role, when)
    // A bad theme asks for the themes again, with the valid keys; nothing typed is dropped.
    while true {
      guard
        let themesText = line(
          "Themes (comma-separated keys from competencies.yaml)",
          s.competencies.joined(separator: ", "))
      else { return nil }
      s.competencies = themesText.split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      let unknown = s.competencies.filter { !themes.contains($0) }
      if unknown.isEmpty { break }
      for key in unknown {
        console.line(
          "unknown theme '\(key)'\(Suggestion.didYouMean(key, in: themes.sorted()))")
      }
      console.line("Themes are: " + themes.sorted().joined(separator: ", "))
      s.competencies = s.competencies.filter(themes.contains)
    }
    guard let metrics = block("Metrics it proves, one per line", s.metrics.joined(separator: "\n"))
    else { return nil }
    s.metrics = metrics.split(separator: "\n").map(String.init)
    for part in StarPart.allCases {
      guard let text = block(part.title, s[part]) else { return nil }
      s[part] = text
    }
    // The same minimum as a story written in the editor: situation, action and result.
    for part in [StarPart.situation, .action, .result] {
      while s[part].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        console.line("A story needs its \(part.title.lowercased()).")
        guard let text = block(part.title, s[part]) else { return nil }
        s[part] = text
      }
    }
    return s
  }
}
