import Foundation
import RehearseKit

/// A console for in-process session tests: a closure answers each prompt from what the session
/// has written so far, and everything written is kept as the transcript.
public final class ScriptedConsole: Console {
  /// Everything the session wrote, prompts included (each prompt on its own line).
  public private(set) var transcript = ""
  /// The prompts shown, in order.
  public private(set) var prompts: [String] = []
  private let respond: (_ prompt: String, _ console: ScriptedConsole) -> ConsoleInput
  /// What `:edit` returns.
  public var edited: EditorResult = .failed
  public let styled = false

  /// - Parameter respond: the input for a prompt; the console is passed so the closure can read
  ///   the transcript.
  public init(respond: @escaping (_ prompt: String, _ console: ScriptedConsole) -> ConsoleInput) {
    self.respond = respond
  }

  /// The text written since the previous prompt.
  public private(set) var sinceLastPrompt = ""

  public func readLine(prompt: String) -> ConsoleInput {
    prompts.append(prompt)
    transcript += prompt + "\n"
    let input = respond(prompt, self)
    sinceLastPrompt = ""
    if prompts.count > 5_000 { return .endOfInput }
    return input
  }

  public func write(_ text: String) {
    transcript += text
    sinceLastPrompt += text
  }

  public func edit(_ initial: String) -> EditorResult { edited }

  /// Answers every question the same way: option a, or one typed line; rates `rating`, or
  /// with Enter (Good where nothing is suggested) when it is nil.
  public static func steady(
    typed answer: String = "An answer with an owner and a date.", rating: String? = nil
  ) -> ScriptedConsole {
    ScriptedConsole(respond: steadyResponder(typed: answer, rating: rating))
  }

  /// The answers of ``steady(typed:rating:)``, for a test that overrides some of them.
  public static func steadyResponder(
    typed answer: String = "An answer with an owner and a date.", rating: String? = nil
  ) -> (String, ScriptedConsole) -> ConsoleInput {
    var pendingEnd = false
    return { prompt, console in
      if prompt.hasPrefix("rate>") {
        if let rating { return .line(rating) }
        return .line(console.sinceLastPrompt.contains("Enter =") ? "" : "3")
      }
      if pendingEnd {
        pendingEnd = false
        return .line("")
      }
      if console.sinceLastPrompt.contains("Pick one option")
        || console.sinceLastPrompt.contains("Pick every correct option")
      {
        return .line("a")
      }
      pendingEnd = true
      return .line(answer)
    }
  }
}
