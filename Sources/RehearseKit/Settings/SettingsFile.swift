import Foundation
import Yams

/// Reads, explains and edits `config.yaml`.
///
/// A bad file is never silently replaced by defaults: every problem is a positioned
/// ``Diagnostic`` and the caller stops.
public enum SettingsFile {
  /// Where an effective value came from.
  public enum Origin: String, Sendable, Codable {
    case defaultValue = "default"
    case file
  }

  /// One known key: its name, a one-line description, and how to read and show it.
  public struct Key: Sendable {
    public let name: String
    public let help: String
    let read: @Sendable (Node, NodeReader, inout Settings) -> Void
    let show: @Sendable (Settings) -> String
  }

  /// Every key the file may hold, in display order.
  public static let keys: [Key] = SettingsKeys.all

  /// The result of reading a file.
  public struct Loaded: Sendable {
    public var settings: Settings
    public var origins: [String: Origin]
    public var diagnostics: [Diagnostic]
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
  }

  /// Reads the file at `url`; a missing file gives the defaults.
  public static func load(_ url: URL, displayPath: String? = nil) -> Loaded {
    guard FileManager.default.fileExists(atPath: url.path) else {
      return Loaded(settings: Settings(), origins: [:], diagnostics: [])
    }
    let path = displayPath ?? url.path
    do {
      return parse(try SourceFile(contentsOf: url, displayPath: path))
    } catch {
      return Loaded(
        settings: Settings(), origins: [:],
        diagnostics: [Diagnostic(.error, at: SourceLocation(path: path), error.description)])
    }
  }

  /// Parses config text.
  public static func parse(_ source: SourceFile) -> Loaded {
    var diagnostics: [Diagnostic] = []
    var settings = Settings()
    var origins: [String: Origin] = [:]
    let isBlank = String(decoding: source.data, as: UTF8.self).split(separator: "\n")
      .allSatisfy {
        $0.trimmingCharacters(in: .whitespaces).isEmpty
          || $0.trimmingCharacters(in: .whitespaces).hasPrefix("#")
      }
    if isBlank { return Loaded(settings: settings, origins: origins, diagnostics: []) }
    guard let root = source.composeYAML(into: &diagnostics) else {
      return Loaded(settings: settings, origins: origins, diagnostics: diagnostics)
    }
    let reader = NodeReader(path: source.path)
    if let fields = reader.fields(
      of: root, "the config file", allowed: keys.map(\.name), required: [])
    {
      for key in keys {
        guard let node = fields[key.name] else { continue }
        key.read(node, reader, &settings)
        origins[key.name] = .file
      }
    }
    return Loaded(
      settings: settings, origins: origins, diagnostics: diagnostics + reader.diagnostics)
  }

  /// The text of `key`'s current value, as it would be written in the file.
  public static func value(of key: Key, in settings: Settings) -> String { key.show(settings) }

  /// Sets `name` to `value` in the config file at `url`, keeping every other line (comments
  /// included). Only a missing file counts as empty: a file that cannot be read, or is not
  /// UTF-8 text, is reported and left untouched.
  ///
  /// - Returns: the new file text to write, or why nothing may be written.
  public static func setting(_ name: String, to value: String, inFileAt url: URL) -> Result<
    String, SettingsEditError
  > {
    let text: String
    do {
      let data = try Data(contentsOf: url)
      guard let decoded = String(validating: data, as: UTF8.self) else {
        return .failure(.unreadable(path: url.path, reason: "the file is not UTF-8 text"))
      }
      text = decoded
    } catch CocoaError.fileReadNoSuchFile {
      text = ""
    } catch {
      if !FileManager.default.fileExists(atPath: url.path) {
        text = ""
      } else {
        return .failure(
          .unreadable(path: url.path, reason: (error as NSError).localizedDescription))
      }
    }
    return setting(name, to: value, in: text, path: url.path)
  }

  /// Sets `name` to `value` in the file text, keeping every other line (comments included).
  ///
  /// - Returns: the new file text, or the diagnostics explaining why the value is invalid.
  public static func setting(
    _ name: String, to value: String, in text: String, path: String
  ) -> Result<String, SettingsEditError> {
    guard keys.contains(where: { $0.name == name }) else {
      return .failure(
        .unknownKey(name, suggestion: Suggestion.closest(to: name, in: keys.map(\.name))))
    }
    var lines = text.isEmpty ? [] : text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    let newLine = "\(name): \(value)"
    if let i = lines.firstIndex(where: { $0.hasPrefix(name + ":") }) {
      lines[i] = newLine
      // A value written as a block (an indented list or mapping) continues on the next lines.
      while i + 1 < lines.count, let first = lines[i + 1].first,
        first == " " || first == "\t" || first == "-"
      {
        lines.remove(at: i + 1)
      }
    } else {
      lines.append(newLine)
    }
    let updated = lines.joined(separator: "\n") + "\n"
    let check = parse(SourceFile(path: path, data: Data(updated.utf8)))
    let problems = check.diagnostics.filter { $0.severity == .error }
    if !problems.isEmpty { return .failure(.invalid(problems)) }
    return .success(updated)
  }
}

/// Why `config set` refused a value.
public enum SettingsEditError: Error, Sendable, Equatable {
  case unknownKey(String, suggestion: String?)
  case invalid([Diagnostic])
  /// The config file exists but could not be read as text; it was not changed.
  case unreadable(path: String, reason: String)
}
