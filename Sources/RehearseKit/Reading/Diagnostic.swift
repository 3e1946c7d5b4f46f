/// A problem found while reading a bank, a config file or an import, with its position.
///
/// Diagnostics are data; ``description`` renders the conventional compiler form
/// `path:line:col: error: message` that editors and terminals link to.
public struct Diagnostic: Sendable, Codable, Equatable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Codable {
    /// The file cannot be used; its questions are skipped.
    case error
    /// The file loads, but something is probably wrong.
    case warning
    /// Extra context attached to an earlier diagnostic.
    case note
  }

  /// Where the problem is.
  public var location: SourceLocation
  /// How serious it is.
  public var severity: Severity
  /// A short lowercase phrase saying what is wrong.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  public var description: String {
    "\(location): \(severity.rawValue): \(message)"
  }
}
