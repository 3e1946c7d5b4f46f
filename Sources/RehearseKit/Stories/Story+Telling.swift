import RehearseStore

extension Story {
  /// The story told in one piece, part by part, as the rubric reads it.
  public var telling: String {
    StarPart.allCases.compactMap { part in
      let text = self[part]
      return text.isEmpty ? nil : "\(part.title): \(text)"
    }
    .joined(separator: "\n")
  }
}
