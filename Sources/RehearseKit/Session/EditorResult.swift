/// What came back from the user's editor.
public enum EditorResult: Sendable, Equatable {
  case edited(String)
  /// The file came back unchanged or empty: the user cancelled.
  case unchanged
  /// No editor could be started, or it failed.
  case failed
}
