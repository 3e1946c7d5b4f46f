import RehearseStore

/// A statement a good typed answer covers, with alternates that recognise it.
public struct KeyPoint: Sendable, Codable, Equatable {
  public var text: String
  public var accept: [String]

  public init(text: String, accept: [String] = []) {
    self.text = text
    self.accept = accept
  }
}
