import Foundation
import Yams

/// Reads typed values out of composed YAML nodes and records a positioned diagnostic for
/// every problem, so one pass reports everything wrong with a file.
final class NodeReader {
  let path: String
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var errorCount = 0
  /// Errors inside questions (each skips only its question), counted by the bank decoder.
  var questionErrors = 0

  init(path: String) {
    self.path = path
  }

  // MARK: Reporting

  func location(of node: Node?) -> SourceLocation {
    guard let mark = node?.mark else { return SourceLocation(path: path) }
    return SourceLocation(path: path, line: mark.line, column: mark.column)
  }

  func error(_ node: Node?, _ message: String) {
    errorCount += 1
    diagnostics.append(Diagnostic(.error, at: location(of: node), message))
  }

  func warning(_ node: Node?, _ message: String) {
    diagnostics.append(Diagnostic(.warning, at: location(of: node), message))
  }

  func note(_ location: SourceLocation, _ message: String) {
    diagnostics.append(Diagnostic(.note, at: location, message))
  }

  // MARK: Mappings

  /// The entries of a mapping node after checking its keys.
  ///
  /// Unknown keys are errors with a "did you mean" suggestion; missing required keys are
  /// reported at the mapping's position.
  func fields(
    of node: Node, _ what: String, allowed: [String], required: [String]
  ) -> Fields? {
    guard case .mapping(let mapping) = node else {
      error(node, "\(what) must be a mapping of keys to values, found \(describe(node))")
      return nil
    }
    var entries: [String: Fields.Entry] = [:]
    for (keyNode, value) in mapping {
      guard case .scalar(let scalar) = keyNode else {
        error(keyNode, "keys must be plain words, found \(describe(keyNode))")
        continue
      }
      let key = scalar.string
      if !allowed.contains(key) {
        let message =
          "unknown key '\(key)' in \(what)"
          + (Suggestion.closest(to: key, in: allowed).map(Suggestion.phrase)
            ?? " (allowed: \(allowed.joined(separator: ", ")))")
        error(keyNode, message)
        continue
      }
      entries[key] = Fields.Entry(key: keyNode, value: value)
    }
    for key in required where entries[key] == nil {
      error(node, "\(what) is missing required key '\(key)'")
    }
    return Fields(node: node, entries: entries)
  }

  // MARK: Scalars

  /// A non-empty text value, sanitized for the terminal.
  func text(_ node: Node?, _ name: String, allowEmpty: Bool = false) -> String? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node else {
      error(node, "'\(name)' must be text, found \(describe(node))")
      return nil
    }
    if scalar.style == .plain, scalar.string == "~" || scalar.string == "null" {
      error(node, "'\(name)' is empty")
      return nil
    }
    let trimmed = scalar.string.trimmedWhitespace
    if trimmed.isEmpty && !allowEmpty {
      error(node, "'\(name)' is empty")
      return nil
    }
    let (sanitized, changes) = TerminalText.sanitizeCounting(trimmed)
    guard changes > 0 else { return sanitized }
    warning(node, "'\(name)' contains terminal control characters; they were removed")
    // A removed sequence may leave spaces at an end, which the next read would trim.
    let clean = sanitized.trimmedWhitespace
    if clean.isEmpty && !allowEmpty {
      error(node, "'\(name)' is empty")
      return nil
    }
    return clean
  }

  /// An identifier of the form `[a-z0-9][a-z0-9-]*`.
  func slug(_ node: Node?, _ name: String) -> String? {
    guard let node, let value = text(node, name) else { return nil }
    guard Self.isSlug(value) else {
      error(
        node,
        "'\(name)' must be lowercase letters, digits and '-' (like 'risk-register'), found '\(value)'"
      )
      return nil
    }
    return value
  }

  static func isSlug(_ value: String) -> Bool {
    guard let first = value.utf8.first, isSlugHead(first) else { return false }
    return value.utf8.allSatisfy { isSlugHead($0) || $0 == UInt8(ascii: "-") }
  }

  private static func isSlugHead(_ c: UInt8) -> Bool {
    (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
      || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
  }

  /// An integer within `range`.
  func integer(_ node: Node?, _ name: String, in range: ClosedRange<Int>) -> Int? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
      error(
        node,
        "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(describe(node))"
      )
      return nil
    }
    guard range.contains(value) else {
      error(
        node, "'\(name)' must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
      return nil
    }
    return value
  }

  /// `true` or `false`.
  func boolean(_ node: Node?, _ name: String) -> Bool? {
    guard let node else { return nil }
    if case .scalar(let scalar) = node {
      switch scalar.string {
      case "true", "True", "TRUE": return true
      case "false", "False", "FALSE": return false
      default: break
      }
    }
    error(node, "'\(name)' must be true or false, found \(describe(node))")
    return nil
  }

  /// One of a fixed set of words, listing the allowed ones on error.
  func oneOf<T: RawRepresentable & CaseIterable>(
    _ node: Node?, _ name: String, as type: T.Type
  ) -> T? where T.RawValue == String {
    guard let node, let value = text(node, name) else { return nil }
    if let result = T(rawValue: value) { return result }
    let allowed = T.allCases.map(\.rawValue)
    let message =
      "unknown \(name) '\(value)' (allowed: \(allowed.joined(separator: ", ")))"
      + Suggestion.didYouMean(value, in: allowed)
    error(node, message)
    return nil
  }

  // MARK: Sequences

  /// The items of a list node.
  func items(_ node: Node?, _ name: String) -> [Node]? {
    guard let node else { return nil }
    if case .sequence(let sequence) = node { return Array(sequence) }
    if case .scalar(let scalar) = node, scalar.style == .plain,
      scalar.string.isEmpty || scalar.string == "~"
    {
      return []
    }
    error(
      node,
      "'\(name)' must be a list (write [a, b] or one '- item' per line), found \(describe(node))")
    return nil
  }

  /// A list of non-empty texts.
  func texts(_ node: Node?, _ name: String) -> [String]? {
    guard let nodes = items(node, name) else { return nil }
    return nodes.compactMap { text($0, name) }
  }

  /// A list of identifiers.
  func slugs(_ node: Node?, _ name: String) -> [String]? {
    guard let nodes = items(node, name) else { return nil }
    return nodes.compactMap { slug($0, name) }
  }

  func describe(_ node: Node) -> String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
      let shown = TerminalText.sanitize(scalar.string)
      if shown.isEmpty { return "nothing" }
      let short = shown.count > 30 ? String(shown.prefix(30)) + "…" : shown
      return "'\(short.replacingOccurrences(of: "\n", with: " "))'"
    }
  }
}

/// The checked entries of one YAML mapping.
struct Fields {
  struct Entry {
    var key: Node
    var value: Node
  }

  /// The mapping node itself, for positions.
  var node: Node
  var entries: [String: Entry]

  subscript(key: String) -> Node? { entries[key]?.value }

  /// The key node of an entry, for positioning messages about the key itself.
  func keyNode(_ key: String) -> Node? { entries[key]?.key }
}
