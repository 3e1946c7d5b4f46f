import ArgumentParser
import BundledBanks
import Foundation
import RehearseKit
import RehearseStore

/// Options every command that reads banks or the database takes.
struct GlobalOptions: ParsableArguments {
  @Option(name: .customLong("db"), help: ArgumentHelp("The database file.", valueName: "path"))
  var database: String?

  @Option(
    name: .customLong("banks"),
    help: ArgumentHelp("Also load the banks in this folder (repeatable).", valueName: "dir"))
  var bankDirectories: [String] = []

  var paths: RehearsePaths { RehearsePaths(environment: ProcessInfo.processInfo.environment) }

  var databaseURL: URL { database.map { URL(fileURLWithPath: $0) } ?? paths.database }

  /// A mistyped `--db` must not silently start an empty database somewhere else.
  func validate() throws {
    guard let database else { return }
    if database.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--db needs the path of a database file")
    }
    let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw ValidationError("--db: the folder \(folder.path) does not exist")
    }
    if FileManager.default.fileExists(atPath: database, isDirectory: &isFolder),
      isFolder.boolValue
    {
      throw ValidationError("--db: \(database) is a folder; give the path of a database file")
    }
  }
}

extension GlobalOptions {
  /// Opens settings, banks and the database, printing bank errors (the rest still loads).
  /// Exits with status 1 on a bad config file or an unusable database.
  func openWorkspace() throws -> Workspace {
    let options = WorkspaceOptions(
      bundled: BundledBanks.set, environment: ProcessInfo.processInfo.environment,
      database: database.map { URL(fileURLWithPath: $0) },
      extraBankDirectories: bankDirectories.map { URL(fileURLWithPath: $0) })
    if let database, !FileManager.default.fileExists(atPath: database) {
      Terminal.writeError("rehearse: creating a new database at \(database)\n")
    }
    do {
      let workspace = try Workspace.open(options)
      let problems = workspace.bankDiagnostics.filter { $0.severity != .warning }
      if !problems.isEmpty {
        DiagnosticPrinter().print(problems)
        Terminal.writeError(
          "rehearse: skipped \(counted(workspace.catalog.skippedFiles.count, "bank file")) with errors; run 'rehearse check' for details\n"
        )
      }
      return workspace
    } catch WorkspaceError.badConfig(let diagnostics) {
      DiagnosticPrinter().print(diagnostics)
      Terminal.writeError(
        "rehearse: fix the config file, or run 'rehearse config' to see the settings\n")
      throw ExitCode.failure
    } catch WorkspaceError.badEnvironment(let message) {
      Terminal.writeError("rehearse: \(message)\n")
      throw ExitCode.failure
    } catch let error as StoreError {
      Terminal.writeError("rehearse: \(error)\n")
      throw ExitCode.failure
    }
  }
}
