import Foundation

/// Opens `$VISUAL` or `$EDITOR` (else `vi`) on a temporary file holding `initial`.
enum Editor {
  static func edit(_ initial: String, suffix: String = ".md") -> String? {
    let env = ProcessInfo.processInfo.environment
    let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    let file = FileManager.default.temporaryDirectory.appending(
      path: "rehearse-\(UUID().uuidString)\(suffix)")
    defer { try? FileManager.default.removeItem(at: file) }
    do { try Data(initial.utf8).write(to: file) } catch { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The editor command may carry arguments ("code -w"); the file is passed as "$1".
    process.arguments = ["-c", "\(editor) \"$1\"", "rehearse-editor", file.path]
    process.standardInput = FileHandle.standardInput
    process.standardOutput = FileHandle.standardOutput
    process.standardError = FileHandle.standardError
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return nil
    }
    guard process.terminationStatus == 0, let data = try? Data(contentsOf: file) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
