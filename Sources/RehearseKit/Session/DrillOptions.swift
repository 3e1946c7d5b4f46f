import RehearseStore

/// How a drill session chooses questions.
public struct DrillOptions: Sendable, Equatable {
  public var filter = QueueFilter()
  /// At most this many questions (nil: the whole day's queue).
  public var count: Int?
  /// Only questions never answered.
  public var newOnly = false
  /// Weakest topics first.
  public var weak = false
  /// Practice without changing the schedule (still logged, marked as cram).
  public var cram = false
  /// Behavioral practice with the user's stories (`rehearse story practice`).
  public var storyPractice = false

  public init(
    filter: QueueFilter = QueueFilter(), count: Int? = nil, newOnly: Bool = false,
    weak: Bool = false, cram: Bool = false, storyPractice: Bool = false
  ) {
    self.filter = filter
    self.count = count
    self.newOnly = newOnly
    self.weak = weak
    self.cram = cram
    self.storyPractice = storyPractice
  }

  /// The kind of session these options run.
  var sessionKind: SessionKind { cram ? .cram : storyPractice ? .story : .drill }
}
