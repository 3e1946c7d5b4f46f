import Foundation
import RehearseKit

/// A console for piped input: reads plain lines, never echoes, shows no prompts, no colour.
final class LineConsole: Console {
  let styled = false

  func readLine(prompt: String) -> ConsoleInput {
    guard var line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    if line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  func edit(_ initial: String) -> EditorResult { .failed }
}
