/// Splits a story into sentences and attributes each to a STAR part, from explicit labels
/// ("Situation:", "S:") when present, else from cue words and position.
enum StarSegmenter {
  struct Sentence: Sendable {
    var text: String
    var words: Int
    /// Position of the sentence in the story, 0 (first) to 1 (last).
    var position: Double
    /// A part named by an explicit label before it.
    var label: StarPart?
  }

  struct Labelled: Sendable {
    var sentence: Sentence
    var part: StarPart
  }

  static func sentences(_ text: String) -> [Sentence] {
    var raw: [(String, StarPart?)] = []
    var label: StarPart?
    for line in text.split(whereSeparator: \.isNewline) {
      var rest = Substring(line).drop { $0 == " " || $0 == "-" || $0 == "*" }
      if let (part, after) = leadingLabel(rest) {
        label = part
        rest = after
      }
      var current = ""
      for c in rest {
        current.append(c)
        if c == "." || c == "!" || c == "?" {
          raw.append((current, label))
          current = ""
        }
      }
      raw.append((current, label))
    }
    let kept = raw.map { ($0.0.trimmingCharacters(in: .whitespaces), $0.1) }.filter {
      !$0.0.isEmpty
    }
    return kept.enumerated().map { i, item in
      Sentence(
        text: item.0, words: item.0.split(whereSeparator: { $0 == " " }).count,
        position: kept.count > 1 ? Double(i) / Double(kept.count - 1) : 0, label: item.1)
    }
  }

  private static func leadingLabel(_ s: Substring) -> (StarPart, Substring)? {
    let lower = s.lowercased()
    let labels: [(String, StarPart)] = [
      ("situation", .situation), ("task", .task), ("action", .action), ("actions", .action),
      ("result", .result), ("results", .result), ("learning", .learning), ("learnings", .learning),
      ("lesson", .learning), ("s", .situation), ("t", .task), ("a", .action), ("r", .result),
      ("l", .learning),
    ]
    for (word, part) in labels where lower.hasPrefix(word + ":") {
      return (part, s.dropFirst(word.count + 1))
    }
    return nil
  }

  static func classify(_ sentences: [Sentence]) -> [Labelled] {
    sentences.map { s in
      if let label = s.label { return Labelled(sentence: s, part: label) }
      let lower = " " + s.text.lowercased() + " "
      var scores: [StarPart: Double] = [
        .situation: 0.6 * (1 - s.position),
        .task: 0.1,
        .action: 0.3,
        .result: 0.6 * s.position,
        .learning: 0,
      ]
      for (part, cues) in StarPhrases.cues {
        for cue in cues where lower.contains(cue) { scores[part, default: 0] += 1 }
      }
      if StarPhrases.hasMeasure(s.text) { scores[.result, default: 0] += 0.5 }
      let best = StarPart.allCases.max { (scores[$0] ?? 0) < (scores[$1] ?? 0) } ?? .action
      return Labelled(sentence: s, part: best)
    }
  }
}
