import ArgumentParser
import BundledBanks
import Foundation
import RehearseKit

/// `rehearse add`: writes one question of the user's own into a user bank.
struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Write a question of your own into your bank.",
    discussion: """
      Opens $VISUAL or $EDITOR (vi when unset) on a commented template of the kind. When you \
      save, the question is checked as the bank loader will read it; if it has problems the \
      editor opens again with them on top, until it is valid or you save it unchanged. It is \
      then appended to the bank (comments and layout kept) and is a new card at once. With \
      --file, the question is read from a file instead (the template's format).
      """)

  @Option(help: "The kind of question: recall, choice, multi, star or design.")
  var kind: QuestionKind = .recall

  @Option(help: "Its category.")
  var category: Category = .fundamentals

  @Option(
    help: "The bank file to add it to (default: my-questions.yaml in your banks folder).",
    completion: .file(extensions: ["yaml"]))
  var bank: String?

  @Option(
    help: "Read the question from this file instead of an editor.",
    completion: .file(extensions: ["yaml"]))
  var file: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let ws = try options.openWorkspace()
    let target =
      bank.map { URL(fileURLWithPath: $0) }
      ?? ws.paths.userBanks.appending(path: "my-questions.yaml")
    let edit = UserBankEdit(
      url: target, bundled: BundledBanks.set, userBanks: ws.paths.userBanks,
      extraDirectories: ws.paths.extraBankDirectories
        + options.bankDirectories.map { URL(fileURLWithPath: $0) })
    let taken = Set(ws.catalog.questions.flatMap { [$0.id] + $0.renamedFrom })
    let added: (text: String, id: String)?
    if let file {
      added = try fromFile(file, edit: edit, taken: taken, ws: ws)
    } else {
      added = try fromEditor(edit: edit, taken: taken, ws: ws)
    }
    guard let added else { return }
    do { try edit.write(added.text) } catch {
      Terminal.writeError("rehearse: cannot write \(edit.displayPath): \(Terminal.reason(error))\n")
      throw ExitCode.failure
    }
    _ = try options.openWorkspace()  // schedules it as a new card
    print("Added \(added.id) to \(edit.displayPath). It is a new card from today.")
  }

  enum Attempt {
    case added(text: String, id: String)
    case problems([Diagnostic])
  }

  /// The bank's new text and the question's id, or the problems (positioned in the user's
  /// document) when it would not load.
  func attempt(
    _ document: String, path: String, edit: UserBankEdit, taken: Set<String>, ws: Workspace
  ) throws
    -> Attempt
  {
    let entry = QuestionEntry(document, taken: taken)
    let appended: (text: String, itemLine: Int)
    do {
      appended = try UserBankText.appending(entry, to: edit.currentText) {
        UserBankText.newBank(id: "my-questions", title: "My questions", category: category)
      }
    } catch let problem as UserBankText.Problem {
      Terminal.writeError("rehearse: cannot add to \(edit.displayPath): \(problem)\n")
      throw ExitCode.failure
    }
    let checked = edit.check(appended.text)
    var problems = checked.problems.filter { $0.severity == .error }
    // The same prompt as a question already loaded is a twin, not a new question.
    if problems.isEmpty, let id = entry.id, let mine = checked.catalog.question(id: id),
      let twin = ws.catalog.questions.first(where: {
        QuestionID.promptKey($0.prompt) == QuestionID.promptKey(mine.prompt)
      })
    {
      problems.append(
        Diagnostic(
          .error, at: mine.location,
          "'\(twin.id)' (\(twin.location.path)) already asks this; edit it there instead"))
    }
    if let mine = entry.id.flatMap(checked.catalog.question(id:)),
      QuestionTemplate.isPlaceholder(mine.prompt)
    {
      problems.append(Diagnostic(.error, at: mine.location, "write your own prompt"))
    }
    guard problems.isEmpty, let id = entry.id else {
      let own = problems.map { d in
        let line = entry.sourceLine(forBankLine: d.location.line, itemStart: appended.itemLine)
        return Diagnostic(
          d.severity, at: SourceLocation(path: path, line: line ?? 1, column: 1),
          Self.remapped(d.message) {
            entry.sourceLine(forBankLine: $0, itemStart: appended.itemLine)
          })
      }
      return .problems(
        own.isEmpty
          ? [
            Diagnostic(
              .error, at: SourceLocation(path: path, line: 1), "the question needs a prompt")
          ]
          : own)
    }
    return .added(text: appended.text, id: id)
  }

  func fromFile(_ file: String, edit: UserBankEdit, taken: Set<String>, ws: Workspace) throws
    -> (text: String, id: String)?
  {
    guard let document = try? String(contentsOfFile: file, encoding: .utf8) else {
      Terminal.writeError("rehearse: cannot read \(file)\n")
      throw ExitCode.failure
    }
    switch try attempt(document, path: file, edit: edit, taken: taken, ws: ws) {
    case .added(let text, let id): return (text, id)
    case .problems(let problems):
      DiagnosticPrinter().print(problems)
      Terminal.writeError("rehearse: nothing added\n")
      throw ExitCode.failure
    }
  }

  func fromEditor(edit: UserBankEdit, taken: Set<String>, ws: Workspace) throws
    -> (text: String, id: String)?
  {
    let env = ProcessInfo.processInfo.environment
    let hasEditor = [env["VISUAL"], env["EDITOR"]].contains { !($0 ?? "").isEmpty }
    guard hasEditor || Terminal.isInteractive(STDIN_FILENO) else {
      Terminal.writeError("rehearse: no terminal for an editor; give the question with --file\n")
      throw ExitCode(64)
    }
    let template = QuestionTemplate.document(
      kind: kind, category: category, bankPath: edit.displayPath)
    var document = template
    while true {
      switch Editor.edit(document, suffix: ".yaml") {
      case .edited(let saved):
        // Problems from the last attempt are on top: drop them, so lines count from the body.
        let text = Self.withoutProblems(saved)
        if QuestionEntry(text, taken: taken).isEmpty {
          Terminal.writeError("rehearse: empty question; nothing added\n")
          return nil
        }
        switch try attempt(text, path: "question.yaml", edit: edit, taken: taken, ws: ws) {
        case .added(let text, let id): return (text, id)
        case .problems(let problems):
          DiagnosticPrinter().print(problems)
          document = Self.withProblems(problems, on: text)
        }
      case .unchanged:
        if document != template { try keepDraft(document, edit: edit) }
        Terminal.writeError("rehearse: no changes in the editor; nothing added\n")
        return nil
      case .failed:
        Terminal.writeError("rehearse: could not run the editor; use --file instead\n")
        throw ExitCode.failure
      }
    }
  }

  /// The user's text with the problems as `#` lines on top, their line numbers counted in
  /// the document the user will see.
  static func withProblems(_ problems: [Diagnostic], on body: String) -> String {
    let count = problems.count + 1
    let head: [String] =
      ["# ! Fix these and save again (save it unchanged to give up):"]
      + problems.map { d in
        let message = d.message.replacing(/at line (\d+)/) { m in
          "at line \((Int(m.1) ?? 0) + count)"
        }
        return "# !   line \(d.location.line + count): \(message)"
      }
    return (head + [body]).joined(separator: "\n")
  }

  /// A message with the bank positions it quotes ("first at 10:5") moved to the user's lines.
  static func remapped(_ message: String, line: (Int) -> Int?) -> String {
    message.replacing(/at (\d+):(\d+)/) { match in
      guard let bankLine = Int(match.1), let own = line(bankLine) else { return String(match.0) }
      return "at line \(own)"
    }
  }

  static func withoutProblems(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("# ! ") }
      .joined(separator: "\n")
  }

  /// Keeps a question the user wrote but did not finish, and says where.
  func keepDraft(_ document: String, edit: UserBankEdit) throws {
    let draft = edit.url.deletingLastPathComponent().appending(path: "question-draft.yaml.txt")
    try? FileManager.default.createDirectory(
      at: draft.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(document.utf8).write(to: draft, options: .atomic)
    Terminal.writeError(
      "rehearse: your draft is kept in \(draft.path); rehearse add --file \(draft.path) "
        + "tries it again\n")
  }
}
