/// ANSI styling that is applied only when the console allows it.
public struct TextStyle: Sendable {
  public var enabled: Bool

  public init(enabled: Bool) { self.enabled = enabled }

  public func bold(_ s: String) -> String { wrap(s, "1") }
  public func dim(_ s: String) -> String { wrap(s, "2") }
  public func red(_ s: String) -> String { wrap(s, "31") }
  public func green(_ s: String) -> String { wrap(s, "32") }
  public func yellow(_ s: String) -> String { wrap(s, "33") }
  public func cyan(_ s: String) -> String { wrap(s, "36") }

  private func wrap(_ s: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
  }
}
