import Foundation

/// The raw bytes of one YAML file and the path to show in diagnostics.
public struct SourceFile: Sendable {
  /// The path as it should appear in `path:line:col` messages.
  public var path: String
  public var data: Data

  /// Creates a source from bytes already in memory (e.g. a bundled bank).
  public init(path: String, data: Data) {
    self.path = path
    self.data = data
  }

  /// Reads a file from disk.
  /// - Throws: ``BankError/unreadable(path:reason:)`` when it cannot be read.
  public init(contentsOf url: URL, displayPath: String? = nil) throws(BankError) {
    let shown = displayPath ?? url.path
    do {
      self.init(path: shown, data: try Data(contentsOf: url))
    } catch {
      throw BankError.unreadable(path: shown, reason: Self.reason(for: error))
    }
  }

  private static func reason(for error: Error) -> String {
    let ns = error as NSError
    if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(posix.code))).lowercased()
    }
    if ns.code == NSFileReadNoSuchFileError { return "no such file" }
    if ns.code == NSFileReadNoPermissionError { return "permission denied" }
    return "cannot read file"
  }

  /// Checks the bytes a hand-written bank must satisfy and decodes them as text.
  ///
  /// Reports an empty file, invalid UTF-8 (at the first bad byte) and tab characters as errors;
  /// a byte-order mark and CRLF line endings, which YAML allows and Windows editors write, as
  /// warnings (the text is read without them). Returns the text to parse, or nil when it cannot
  /// be parsed.
  func decodedText(into diagnostics: inout [Diagnostic]) -> String? {
    let bytes = [UInt8](data)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      diagnostics.append(.init(.error, at: .init(path: path, line: 1, column: 1), "file is empty"))
      return nil
    }
    var body = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      diagnostics.append(
        .init(
          .warning, at: .init(path: path, line: 1, column: 1),
          "file starts with a byte-order mark; it is read without it (UTF-8 without BOM is usual)"))
      body = bytes.dropFirst(3)
    }
    guard let text = String(validating: body, as: UTF8.self) else {
      let (line, column) = Self.firstInvalidUTF8(in: body)
      diagnostics.append(
        .init(
          .error, at: .init(path: path, line: line, column: column),
          "invalid UTF-8 byte; save the file as UTF-8"))
      return nil
    }
    var line = 1
    var column = 1
    var sawCR = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r":
        if !sawCR {
          sawCR = true
          diagnostics.append(
            .init(
              .warning, at: .init(path: path, line: line, column: column),
              "CRLF line endings; read as LF (Unix line endings are usual)"))
        }
        column += 1
      case "\n":
        line += 1
        column = 1
      case "\t":
        diagnostics.append(
          .init(
            .error, at: .init(path: path, line: line, column: column),
            "tab character; indent with spaces"))
        column += 1
      default:
        column += 1
      }
    }
    return sawCR ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
  }

  private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> (Int, Int) {
    var line = 1
    var column = 1
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let b = bytes[i]
      let length: Int
      switch b {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return (line, column)
      }
      let end = i + length
      guard end <= bytes.endIndex,
        String(validating: bytes[i..<end], as: UTF8.self) != nil
      else { return (line, column) }
      if b == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      i = end
    }
    return (line, column)
  }
}
