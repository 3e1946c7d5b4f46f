import RehearseStore

/// A statement a good typed answer covers, with alternates that recognise it and the common
/// wrong claims that contradict it.
public struct KeyPoint: Sendable, Codable, Equatable {
  public var text: String
  public var accept: [String]
  /// Misconceptions ("average the two estimates"): an answer that makes one has this point
  /// contradicted, and is suggested Again.
  public var contradicts: [String]

  public init(text: String, accept: [String] = [], contradicts: [String] = []) {
    self.text = text
    self.accept = accept
    self.contradicts = contradicts
  }
}
