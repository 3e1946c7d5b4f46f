import Foundation

/// How long a question is expected to take: the user's own median time for its kind once there
/// are enough answers to tell, otherwise the question's time limit (for a design prompt, the
/// kind's ``QuestionKind/firstDrillSeconds``: an outline, not a 40-minute interview).
public struct ExpectedTime: Sendable, Equatable {
  /// The user's median seconds per kind, for kinds with at least ``minimumSamples`` answers.
  public private(set) var medians: [QuestionKind: TimeInterval] = [:]

  /// Answers of a kind needed before its median replaces the time limit.
  public static let minimumSamples = 5

  /// No history: every question takes its time limit.
  public init() {}

  /// From the user's recent answer times.
  public init(samples: [(kind: QuestionKind, seconds: TimeInterval)]) {
    let byKind = Dictionary(grouping: samples, by: \.kind)
    for (kind, list) in byKind where list.count >= Self.minimumSamples {
      let sorted = list.map(\.seconds).sorted()
      let mid = sorted.count / 2
      medians[kind] = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
  }

  /// Seconds `question` is expected to take (never more than its limit).
  public func seconds(for question: Question) -> TimeInterval {
    let limit = Double(question.timeLimit)
    let first = min(limit, Double(question.kind.firstDrillSeconds))
    return medians[question.kind].map { min($0, limit) } ?? first
  }
}
