import Foundation

/// Collects the YAML files to load from the places banks come from.
public enum BankSources {
  /// A bank file found on disk, not read yet.
  public struct Located: Sendable {
    public var url: URL
    /// The path as diagnostics show it.
    public var displayPath: String

    /// The file's identity and version without reading it (size, modification and change
    /// times to the nanosecond, inode), for cache keys; nil when it cannot be read.
    public var signature: String? {
      var info = stat()
      guard stat(url.path, &info) == 0 else { return nil }
      #if os(Linux)
        let (m, c) = (info.st_mtim, info.st_ctim)
      #else
        let (m, c) = (info.st_mtimespec, info.st_ctimespec)
      #endif
      return "\(info.st_size).\(m.tv_sec).\(m.tv_nsec).\(c.tv_sec).\(c.tv_nsec).\(info.st_ino)"
    }

    public func read() throws(BankError) -> SourceFile {
      try SourceFile(contentsOf: url, displayPath: displayPath)
    }
  }

  /// The `*.yaml` files of each path (a folder, or a single file), sorted by name within a
  /// folder, and read.
  ///
  /// - Parameters:
  ///   - paths: folders or files.
  ///   - required: when true a missing path is an error; when false it is skipped (used for the
  ///     default user folder, which need not exist).
  /// - Returns: the files read and the paths that could not be read.
  public static func files(at paths: [URL], required: Bool) -> (
    files: [SourceFile], errors: [BankError]
  ) {
    let found = locate(at: paths, required: required)
    var files: [SourceFile] = []
    var errors = found.errors
    for entry in found.files {
      do { files.append(try entry.read()) } catch { errors.append(error) }
    }
    return (files, errors)
  }

  /// The `*.yaml` files of each path, found but not read.
  public static func locate(at paths: [URL], required: Bool) -> (
    files: [Located], errors: [BankError]
  ) {
    var files: [Located] = []
    var errors: [BankError] = []
    let fm = FileManager.default
    for url in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        if required { errors.append(.notFound(path: url.relativePath)) }
        continue
      }
      if !isDirectory.boolValue {
        files.append(Located(url: url, displayPath: url.relativePath))
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
        files.append(Located(url: file, displayPath: display(file, in: url)))
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
