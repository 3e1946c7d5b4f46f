/// A user bank changing a question of another bank without copying it: `replaces:` on a
/// question (it takes the other's place and id, so progress is kept) or `hide:` on the bank
/// (the other question is not loaded; its history is kept should it come back).
public struct BankOverride: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Codable {
    case replaced
    case hidden
  }

  public var kind: Kind
  /// The id of the question replaced or hidden.
  public var id: String
  /// Where the `replaces:` or `hide:` entry is.
  public var location: SourceLocation
  /// The file the replaced or hidden question came from, once found.
  public var targetPath: String?

  public init(kind: Kind, id: String, location: SourceLocation, targetPath: String? = nil) {
    self.kind = kind
    self.id = id
    self.location = location
    self.targetPath = targetPath
  }
}
