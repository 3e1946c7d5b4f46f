import Foundation
import PackagePlugin

/// Embeds every `QuestionBanks/*.yaml` file into the `BundledBanks` target at build time.
@main
struct EmbedBanksPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let banks = context.package.directoryURL.appending(path: "QuestionBanks")
    let names = try FileManager.default.contentsOfDirectory(atPath: banks.path)
      .filter { $0.hasSuffix(".yaml") }
      .sorted()
    let inputs = names.map { banks.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedBanks.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) question bank files",
        executable: try context.tool(named: "embed-banks").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs + [banks],
        outputFiles: [output]
      )
    ]
  }
}
