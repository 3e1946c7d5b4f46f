/// A question an interviewer asks after the first answer ("How would you roll it out?",
/// "What did you do yourself?"), with its own key points, asked when the answer left a gap.
public struct FollowUp: Sendable, Codable, Equatable {
  /// What missing from the first answer calls for this follow-up.
  public enum Trigger: Sendable, Codable, Equatable, Hashable {
    /// The question's key point at this index (written 1-based in the bank).
    case keyPoint(Int)
    /// A rubric dimension of a design question, by key.
    case dimension(String)
    /// A gap in a STAR answer.
    case star(StarGap)

    /// The catalog cache's form, which says which case it is: `k:1`, `d:rollout`, `s:result`.
    var cacheText: String {
      switch self {
      case .keyPoint(let i): "k:\(i)"
      case .dimension(let key): "d:" + key
      case .star(let gap): "s:" + gap.rawValue
      }
    }

    init?(cacheText: String) {
      let body = String(cacheText.dropFirst(2))
      switch cacheText.prefix(2) {
      case "k:": guard let i = Int(body) else { return nil }; self = .keyPoint(i)
      case "d:": self = .dimension(body)
      case "s:": guard let gap = StarGap(rawValue: body) else { return nil }; self = .star(gap)
      default: return nil
      }
    }

    /// How the bank writes it: `2`, `rollout`, `result`.
    public var text: String {
      switch self {
      case .keyPoint(let i): String(i + 1)
      case .dimension(let key): key
      case .star(let gap): gap.rawValue
      }
    }
  }

  /// What a STAR answer can lack that a follow-up probes.
  public enum StarGap: String, Sendable, Codable, CaseIterable {
    case situation, task, action, result, learning
    /// Told mostly as "we": the interviewer asks what you did yourself.
    case ownership
    /// A result with no number.
    case measured
  }

  public var prompt: String
  public var keyPoints: [KeyPoint]
  /// Empty: it may always be asked.
  public var whenMissed: [Trigger]

  public init(prompt: String, keyPoints: [KeyPoint], whenMissed: [Trigger] = []) {
    self.prompt = prompt
    self.keyPoints = keyPoints
    self.whenMissed = whenMissed
  }
}
