/// Why a bank source could not be used at all (as opposed to a positioned ``Diagnostic``).
public enum BankError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file or folder could not be read.
  case unreadable(path: String, reason: String)
  /// A path given on the command line does not exist.
  case notFound(path: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): \(reason)"
    case .notFound(let path): "\(path): no such file or directory"
    }
  }
}
