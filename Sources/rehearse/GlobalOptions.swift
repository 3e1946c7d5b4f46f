import ArgumentParser
import Foundation
import RehearseKit

/// Options every command that reads banks or the database takes.
struct GlobalOptions: ParsableArguments {
  @Option(name: .customLong("db"), help: ArgumentHelp("The database file.", valueName: "path"))
  var database: String?

  @Option(name: .customLong("banks"), help: ArgumentHelp("Also load the banks in this folder (repeatable).", valueName: "dir"))
  var bankDirectories: [String] = []

  var paths: RehearsePaths { RehearsePaths(environment: ProcessInfo.processInfo.environment) }

  var databaseURL: URL { database.map { URL(fileURLWithPath: $0) } ?? paths.database }
}
