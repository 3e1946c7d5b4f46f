import ArgumentParser
import Foundation
import RehearseKit

/// `rehearse config`: show or change settings.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show the effective settings and where each came from.",
    subcommands: [Show.self, Set.self],
    defaultSubcommand: Show.self)

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show the effective settings.")

    @Flag(help: "Print as JSON.")
    var json = false

    func run() throws {
      let paths = RehearsePaths(environment: ProcessInfo.processInfo.environment)
      let loaded = SettingsFile.load(paths.configFile)
      // A broken file still shows the settings: the bad lines are named, and the settings
      // they held show their defaults, marked.
      if !loaded.isValid { DiagnosticPrinter().print(loaded.diagnostics) }
      func problem(_ key: SettingsFile.Key) -> Diagnostic? {
        loaded.diagnostics.first { $0.message.contains("'\(key.name)'") }
      }
      if json {
        var object: [String: [String: String]] = [:]
        for key in SettingsFile.keys {
          object[key.name] = [
            "value": SettingsFile.value(of: key, in: loaded.settings),
            "source": (loaded.origins[key.name] ?? .defaultValue).rawValue,
          ]
        }
        print(
          try Output.json(["file": ["path": paths.configFile.path]].merging(object) { a, _ in a }))
        return
      }
      print(
        "config file: \(paths.configFile.path)\(FileManager.default.fileExists(atPath: paths.configFile.path) ? "" : " (not created yet)")\n"
      )
      let rows = SettingsFile.keys.map { key in
        [
          key.name, SettingsFile.value(of: key, in: loaded.settings),
          problem(key).map { "default (line \($0.location.line) is invalid)" }
            ?? (loaded.origins[key.name] ?? .defaultValue).rawValue,
          key.help,
        ]
      }
      print(
        Table(header: ["key", "value", "from", "meaning"], rows: rows, numericFrom: 99).render(
          style: TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))))
      if !loaded.isValid { throw ExitCode.failure }
    }
  }

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Validate a value and write it to the config file.",
      discussion: "Example: rehearse config set learning_steps '[1m, 10m, 1h]'")

    @Argument(help: "The setting, e.g. desired_retention.")
    var key: String

    @Argument(help: "The value, as it would be written in YAML.")
    var value: String

    func run() throws {
      let paths = RehearsePaths(environment: ProcessInfo.processInfo.environment)
      let file = paths.configFile
      switch SettingsFile.setting(key, to: value, inFileAt: file) {
      case .success(let text):
        try FileManager.default.createDirectory(
          at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file, options: .atomic)
        let loaded = SettingsFile.load(file)
        let shown =
          SettingsFile.keys.first { $0.name == key }.map {
            SettingsFile.value(of: $0, in: loaded.settings)
          } ?? value
        print("\(key) = \(shown)  (\(file.path))")
      case .failure(.unknownKey(let name, let suggestion)):
        let message =
          "rehearse: unknown setting '\(name)'" + (suggestion.map(Suggestion.phrase) ?? "")
        Terminal.writeError(
          message + "\n(settings: \(SettingsFile.keys.map(\.name).joined(separator: ", ")))\n")
        throw ExitCode.failure
      case .failure(.invalid(let diagnostics)):
        for d in diagnostics { Terminal.writeError("rehearse: \(key) \(value): \(d.message)\n") }
        Terminal.writeError("rehearse: not written; the config file is unchanged\n")
        throw ExitCode.failure
      case .failure(.unreadable(let path, let reason)):
        Terminal.writeError(
          "rehearse: cannot read \(path): \(reason)\nrehearse: not written; fix or remove the file first\n"
        )
        throw ExitCode.failure
      }
    }
  }
}
