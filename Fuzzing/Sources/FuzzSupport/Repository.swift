import Foundation
import RehearseKit

/// The repository's own files, which the harnesses load once before fuzzing.
public enum Repository {
  /// The repository's root: `REHEARSE_ROOT`, or found from this file's path at build time.
  public static let root: URL = {
    if let path = ProcessInfo.processInfo.environment["REHEARSE_ROOT"] {
      return URL(fileURLWithPath: path)
    }
    // Fuzzing/Sources/FuzzSupport/Repository.swift
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url
  }()

  /// Every bundled bank file (`QuestionBanks/*.yaml`), sorted by name.
  public static let bundledFiles: [SourceFile] = {
    let folder = root.appending(path: "QuestionBanks")
    let found = BankSources.files(at: [folder], required: true)
    guard found.errors.isEmpty, !found.files.isEmpty else {
      fatalError("cannot read the bundled banks in \(folder.path): \(found.errors)")
    }
    return found.files
  }()

  /// The names of the files with a fixed meaning in a banks folder.
  public static let reservedNames = [
    BankLoader.competenciesFile, BankLoader.dimensionsFile, BankLoader.loopsFile,
    BankLoader.conceptsFile,
  ]

  /// The bundled reserved files, the references `rehearse check FOLDER` checks a folder against.
  public static let references: [SourceFile] = bundledFiles.filter {
    reservedNames.contains(BankLoader.fileName($0.path))
  }

  /// The bundled banks, loaded as a session loads them.
  public static let catalog: BankCatalog = BankLoader.load(bundledFiles)
}
