import ArgumentParser
import BundledBanks
import Foundation
import RehearseKit

/// `rehearse import reviews FILE.csv` and `rehearse import questions FILE`.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import data from another tool or machine.",
    subcommands: [Reviews.self, Questions.self])

  /// The bytes of the file to import, or a message and a failing exit.
  static func contents(of file: String) throws -> Data {
    do { return try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
      Terminal.writeError("rehearse: cannot read \(file): \(Terminal.reason(error))\n")
      throw ExitCode.failure
    }
  }

  struct Reviews: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reviews",
      abstract: "Import a review history from CSV.",
      discussion: """
        The file has a header 'question_id,reviewed_at,rating[,duration_ms]', ISO-8601 times \
        with a zone, and ratings 1 (again) to 4 (easy). Reviews are merged in time order with \
        those already recorded and each touched card is recomputed from its whole history. \
        Rows already present are skipped, so importing a file twice adds nothing. Any bad row \
        is reported as FILE:LINE and nothing is imported.
        """)

    @Argument(help: "The CSV file.")
    var file: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let data = try ImportCommand.contents(of: file)
      let start = Date()
      let importer = ReviewImporter(store: ws.store)
      switch try importer.run(
        data, path: file, knownQuestions: Swift.Set(ws.catalog.questions.map(\.id)))
      {
      case .success(let report):
        let seconds = Date().timeIntervalSince(start)
        print(
          "imported \(report.imported) of \(counted(report.rows, "review")) (\(report.duplicates) already present) for \(counted(report.cards, "question")) in \(String(format: "%.2f", seconds)) s"
        )
      case .failure(let failure):
        DiagnosticPrinter().print(failure.diagnostics)
        Terminal.writeError("rehearse: nothing imported\n")
        throw ExitCode.failure
      }
    }
  }

  struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "questions",
      abstract: "Turn an Anki text export or a spreadsheet into recall questions of your own.",
      discussion: """
        FILE is an Anki text export (File > Export > Notes in Plain Text, .txt) or a CSV or \
        TSV file whose header row names front and back columns (tags and topic optional). \
        Each note becomes a recall question with a fresh id in a bank of your own: the back \
        is the model answer and its lines (or sentences) the key points, which you may edit. \
        Notes whose front is already a loaded question are skipped, so importing a file \
        twice adds nothing. Nothing is written if any row is bad.
        """)

    @Argument(
      help: "The .txt, .csv or .tsv file.", completion: .file(extensions: ["txt", "csv", "tsv"]))
    var file: String

    @Option(help: "The bank to add them to (a file in your banks folder).")
    var bank = "imported"

    @Option(help: "The topic of notes that name none.")
    var topic = "imported"

    @Option(help: "The category of notes that name none (default: the bank's).")
    var category: Category?

    @Flag(help: "Show what would be added without writing anything.")
    var dryRun = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let data = try ImportCommand.contents(of: file)
      let bankID = QuestionID.slug(bank)
      guard !bankID.isEmpty else {
        Terminal.writeError("rehearse: --bank needs a name made of letters and digits\n")
        throw ExitCode(64)
      }
      let target = ws.paths.userBanks.appending(path: bankID + ".yaml")
      // A new bank takes --category; questions added to an existing one carry it themselves.
      let isNew = !FileManager.default.fileExists(atPath: target.path)
      let read = QuestionImporter(
        topic: QuestionID.slug(topic), category: isNew ? nil : category
      ).read(data, path: file, loaded: ws.catalog.questions)
      guard read.diagnostics.isEmpty else {
        DiagnosticPrinter().print(read.diagnostics)
        Terminal.writeError("rehearse: nothing imported\n")
        throw ExitCode.failure
      }
      let skipped = read.duplicates == 0 ? "" : " (\(read.duplicates) already loaded, skipped)"
      guard !read.drafts.isEmpty else {
        print("Nothing to add: no new notes in \(file)\(skipped).")
        return
      }
      let edit = UserBankEdit(
        url: target, bundled: BundledBanks.set,
        userBanks: ws.paths.userBanks,
        extraDirectories: ws.paths.extraBankDirectories
          + options.bankDirectories.map { URL(fileURLWithPath: $0) })
      let text = try appended(read.drafts, to: edit, bankID: bankID)
      let problems = edit.check(text).problems.filter { $0.severity == .error }
      guard problems.isEmpty else {
        DiagnosticPrinter().print(problems)
        Terminal.writeError("rehearse: nothing imported; the bank would not load\n")
        throw ExitCode.failure
      }
      if dryRun {
        print(text, terminator: "")
        return
      }
      do { try edit.write(text) } catch {
        Terminal.writeError(
          "rehearse: cannot write \(edit.displayPath): \(Terminal.reason(error))\n")
        throw ExitCode.failure
      }
      _ = try options.openWorkspace()  // schedules the new questions as new cards
      print(
        "Added \(counted(read.drafts.count, "recall question")) to \(edit.displayPath)\(skipped). "
          + "They are new cards from today; edit the key points there as you like.")
    }

    func appended(_ drafts: [QuestionDraft], to edit: UserBankEdit, bankID: String) throws
      -> String
    {
      do {
        return try UserBankText.appending(drafts, to: edit.currentText) {
          UserBankText.newBank(
            id: bankID, title: "Imported: \(bankID)", category: category ?? .fundamentals)
        }
      } catch let problem as UserBankText.Problem {
        Terminal.writeError("rehearse: cannot add to \(edit.displayPath): \(problem)\n")
        throw ExitCode.failure
      }
    }
  }
}
