/// The concept groups of `concepts.yaml`, ready to rewrite stemmed words: every term of a
/// group becomes the group's token (`§owner`), multi-word terms included.
struct Thesaurus: Sendable {
  /// Terms as sequences of word keys → the concept token; longest first per first word.
  private var terms: [String: [([String], String)]] = [:]

  static let empty = Thesaurus()

  private init() {}

  init(_ concepts: [Concept]) {
    for concept in concepts {
      for term in concept.terms {
        let keys = NumberReader.read(AnswerText.words(term)).map(AnswerText.key)
          .filter { $0.role != .function }.map(\.text)
        guard let first = keys.first else { continue }
        terms[first, default: []].append((keys, "§" + concept.key))
      }
    }
    for key in terms.keys { terms[key]?.sort { $0.0.count > $1.0.count } }
  }

  /// Replaces terms by their concept token. Function words between the words of a multi-word
  /// term are skipped (`roll it back` reads as `roll back`).
  func collapse(_ words: [(text: String, role: AnswerToken.Role)]) -> [(
    text: String, role: AnswerToken.Role
  )] {
    guard !terms.isEmpty else { return words }
    var out: [(text: String, role: AnswerToken.Role)] = []
    var i = 0
    outer: while i < words.count {
      if words[i].role == .content, let candidates = terms[words[i].text] {
        for (keys, concept) in candidates {
          var j = i
          var k = 0
          while k < keys.count, j < words.count {
            if words[j].role == .function && k > 0 {
              j += 1
              continue
            }
            guard words[j].text == keys[k] else { break }
            j += 1
            k += 1
          }
          if k == keys.count {
            out.append((concept, .content))
            i = j
            continue outer
          }
        }
      }
      out.append(words[i])
      i += 1
    }
    return out
  }
}
