import Yams

extension BankDecoder {
  /// `follow_ups:` of a typed question: each a `prompt`, its `key_points` (with `accept` and
  /// `contradicts` as usual) and optionally `when_missed:`, the gaps that call for it: key
  /// point numbers (1-based), rubric dimension keys, or for a story a STAR part
  /// (`situation` … `learning`), `ownership` or `measured`.
  func decodeFollowUps(
    _ node: Node?, kind: QuestionKind?, keyPoints: Int, rubric: [RubricItem], reader: NodeReader
  ) -> [FollowUp] {
    guard let node, let items = reader.items(node, "follow_ups") else { return [] }
    return items.compactMap { item in
      guard
        let f = reader.fields(
          of: item, "a follow-up", allowed: ["prompt", "key_points", "when_missed"],
          required: ["prompt", "key_points"]),
        let prompt = reader.text(f["prompt"], "prompt")
      else { return nil }
      let points = decodeKeyPoints(f["key_points"], reader: reader)
      var triggers: [FollowUp.Trigger] = []
      for t in reader.items(f["when_missed"], "when_missed") ?? [] {
        guard case .scalar(let scalar) = t else {
          reader.error(t, "a 'when_missed' entry is a key point number or a name")
          continue
        }
        if let trigger = trigger(
          scalar.string, kind: kind, keyPoints: keyPoints, rubric: rubric)
        {
          triggers.append(trigger)
        } else {
          reader.error(
            t,
            "'when_missed' names '\(scalar.string)', which is not "
              + expected(kind: kind, keyPoints: keyPoints, rubric: rubric))
        }
      }
      return FollowUp(prompt: prompt, keyPoints: points, whenMissed: triggers)
    }
  }

  private func trigger(_ text: String, kind: QuestionKind?, keyPoints: Int, rubric: [RubricItem])
    -> FollowUp.Trigger?
  {
    if let n = Int(text) {
      return (1...max(1, keyPoints)).contains(n) && keyPoints > 0 ? .keyPoint(n - 1) : nil
    }
    if kind == .star, let gap = FollowUp.StarGap(rawValue: text) { return .star(gap) }
    if kind == .design, rubric.contains(where: { $0.dimension == text }) {
      return .dimension(text)
    }
    return nil
  }

  private func expected(kind: QuestionKind?, keyPoints: Int, rubric: [RubricItem]) -> String {
    var names: [String] = []
    if keyPoints > 0 { names.append("a key point number (1 to \(keyPoints))") }
    if kind == .design, !rubric.isEmpty {
      names.append("a dimension of its rubric (\(rubric.map(\.dimension).joined(separator: ", ")))")
    }
    if kind == .star {
      names.append(
        "a STAR gap (\(FollowUp.StarGap.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    return names.isEmpty ? "anything this question has" : names.joined(separator: ", or ")
  }
}
