import Foundation
import RehearseKit

/// Prints diagnostics to standard error as `path:line:col: error: message`.
struct DiagnosticPrinter {
  var style = TextStyle(enabled: Terminal.useColor(STDERR_FILENO))

  func print(_ diagnostics: [Diagnostic]) {
    var out = ""
    for d in diagnostics {
      let label: String
      switch d.severity {
      case .error: label = style.red(style.bold("error:"))
      case .warning: label = style.yellow(style.bold("warning:"))
      case .note: label = style.dim("note:")
      }
      out += "\(style.bold(d.location.description + ":")) \(label) \(d.message)\n"
    }
    Terminal.writeError(out)
  }

  func print(_ errors: [BankError]) {
    print(
      errors.map {
        Diagnostic(.error, at: SourceLocation(path: $0.pathForDisplay), $0.reasonForDisplay)
      })
  }
}
