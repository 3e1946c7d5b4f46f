import Foundation

/// Collects the YAML files to load from the places banks come from.
public enum BankSources {
  /// The `*.yaml` files of each path (a folder, or a single file), sorted by name within a folder.
  ///
  /// - Parameters:
  ///   - paths: folders or files.
  ///   - required: when true a missing path is an error; when false it is skipped (used for the
  ///     default user folder, which need not exist).
  /// - Returns: the files read and the paths that could not be read.
  public static func files(at paths: [URL], required: Bool) -> (
    files: [SourceFile], errors: [BankError]
  ) {
    var files: [SourceFile] = []
    var errors: [BankError] = []
    let fm = FileManager.default
    for url in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        if required { errors.append(.notFound(path: url.relativePath)) }
        continue
      }
      if !isDirectory.boolValue {
        do { files.append(try SourceFile(contentsOf: url, displayPath: url.relativePath)) } catch {
          errors.append(error)
        }
        continue
      }
      let names: [String]
      do {
        names = try fm.contentsOfDirectory(atPath: url.path).filter {
          $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
        }.sorted()
      } catch {
        errors.append(.unreadable(path: url.relativePath, reason: "cannot list folder"))
        continue
      }
      for name in names {
        let file = url.appending(path: name)
        do {
          files.append(try SourceFile(contentsOf: file, displayPath: display(file, in: url)))
        } catch {
          errors.append(error)
        }
      }
    }
    return (files, errors)
  }

  private static func display(_ file: URL, in folder: URL) -> String {
    let base = folder.relativePath
    return base == "."
      ? file.lastPathComponent : (base.hasSuffix("/") ? base : base + "/") + file.lastPathComponent
  }
}
