import RehearseStore

/// The parts of a STAR story, in telling order, and where each lives in a ``Story``: the one
/// table every view of a story (document, export, printer, coach, editor) reads.
public enum StarPart: String, CaseIterable, Sendable {
  case situation, task, action, result, learning

  /// The part's name as a heading ("Situation").
  public var title: String {
    switch self {
    case .situation: "Situation"
    case .task: "Task"
    case .action: "Action"
    case .result: "Result"
    case .learning: "Learning"
    }
  }

  /// The story field that holds this part.
  public var field: WritableKeyPath<Story, String> {
    switch self {
    case .situation: \.situation
    case .task: \.task
    case .action: \.action
    case .result: \.result
    case .learning: \.learning
    }
  }
}

extension Story {
  /// The text of one STAR part.
  public subscript(part: StarPart) -> String {
    get { self[keyPath: part.field] }
    set { self[keyPath: part.field] = newValue }
  }
}
