import ArgumentParser
import Foundation
import RehearseKit

/// `rehearse import reviews FILE.csv`.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import data from another tool or machine.",
    subcommands: [Reviews.self])

  struct Reviews: ParsableCommand {
    static let configuration = CommandConfiguration(
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
      let data: Data
      do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
        Terminal.writeError("rehearse: cannot read \(file)\n")
        throw ExitCode.failure
      }
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
}
