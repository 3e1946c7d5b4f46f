import ArgumentParser
import BundledBanks
import Foundation
import RehearseKit

/// `rehearse grade ID`: grade an answer written elsewhere, without touching the schedule.
struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade",
    abstract: "Grade an answer to a question without recording it.",
    discussion: """
      Reads the answer from standard input (or --answer-file) and prints each key point, rubric \
      dimension or STAR part as covered, missed or contradicted, with the sentence of the answer \
      that decided it, the coverage and the suggested rating. Nothing is saved.
      """)

  @Argument(help: "The question id.", completion: Completions.questions)
  var id: String

  @Option(help: ArgumentHelp("Read the answer from this file.", valueName: "path"))
  var answerFile: String?

  @Option(help: "Seconds taken to answer (default: none, so time does not count).")
  var seconds: Double?

  @Flag(help: "Print as JSON.")
  var json = false

  @OptionGroup var options: GlobalOptions

  func validate() throws {
    if let seconds, !(seconds >= 0 && seconds.isFinite) {
      throw ValidationError("--seconds must be a number of seconds, 0 or more.")
    }
  }

  func run() throws {
    let (catalog, _) = BankLoader.loadAll(
      bundled: BundledBanks.set, userBanks: options.paths.userBanks,
      extraDirectories: options.paths.extraBankDirectories
        + options.bankDirectories.map { URL(fileURLWithPath: $0) })
    guard let question = catalog.question(id: id) else {
      Terminal.writeError(
        "rehearse: no question with id '\(TerminalText.sanitize(id))'"
          + Suggestion.didYouMean(id, in: catalog.questions.map(\.id)) + "\n")
      throw ExitCode.failure
    }
    guard !question.kind.isAutoGraded else {
      Terminal.writeError(
        "rehearse: \(id) is a \(question.kind.rawValue) question; only typed answers are graded\n")
      throw ExitCode.failure
    }
    let data: Data
    do {
      data =
        try answerFile.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        ?? FileHandle.standardInput.readDataToEndOfFile()
    } catch {
      Terminal.writeError("rehearse: cannot read \(answerFile ?? "standard input"): \(error)\n")
      throw ExitCode.failure
    }
    guard let answer = String(validating: data, as: UTF8.self) else {
      Terminal.writeError("rehearse: the answer is not UTF-8 text\n")
      throw ExitCode.failure
    }
    let grade = AnswerGrader(catalog: catalog).grade(
      answer, for: question, context: GradingContext(seconds: seconds ?? 0))
    let report = GradeReport(questionId: id, grade: grade)
    if json {
      print(try Output.json(report, snakeCase: true))
      return
    }
    let style = TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))
    print(style.bold(id) + style.dim(" · \(question.kind.rawValue) · \(question.topic)"))
    let text = SessionPresenter(style: style)
    for (n, item) in grade.items.enumerated() {
      print(text.itemLine(item, number: n + 1))
      if let evidence = item.evidence {
        let said = item.status == .contradicted ? "contradicted by" : "from"
        print("      " + style.dim("\(said): \u{201C}\(TerminalText.sanitize(evidence))\u{201D}"))
      }
    }
    print(
      "Suggested: \(style.bold(grade.suggested.name)) (\(grade.reason))"
        + style.dim(String(format: " · coverage %.0f%%", grade.coverage * 100)))
  }
}
