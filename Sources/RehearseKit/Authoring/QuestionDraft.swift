import Foundation
import Yams

/// A question written outside the banks (imported from Anki or a spreadsheet), ready to be
/// appended to a user bank as YAML.
public struct QuestionDraft: Sendable, Equatable {
  public var id: String
  public var kind: QuestionKind
  public var category: Category?
  public var topic: String
  public var prompt: String
  public var answer: String
  public var keyPoints: [String]
  public var tags: [String]
  /// Where the draft came from (`FILE:LINE`), kept as a comment above it.
  public var origin: String?

  public init(
    id: String, kind: QuestionKind = .recall, category: Category? = nil, topic: String,
    prompt: String, answer: String, keyPoints: [String], tags: [String] = [],
    origin: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.category = category
    self.topic = topic
    self.prompt = prompt
    self.answer = answer
    self.keyPoints = keyPoints
    self.tags = tags
    self.origin = origin
  }

  /// The draft as one item of a `questions:` list, each line indented by `indent` spaces:
  /// `- id: …` and its keys, multi-line text as literal blocks.
  public func yamlItem(indent: Int) throws -> String {
    func scalar(_ s: String) -> Node {
      Node(s, Tag(.str), s.contains("\n") ? .literal : Self.style(s))
    }
    func word(_ s: String) -> Node { Node(s, Tag(.str), Self.style(s)) }
    var pairs: [(Node, Node)] = [
      (Node("id"), Node(id)), (Node("kind"), Node(kind.rawValue)),
    ]
    if let category { pairs.append((Node("category"), Node(category.rawValue))) }
    pairs += [
      (Node("topic"), word(topic)),
      (Node("prompt"), scalar(prompt)),
      (Node("answer"), scalar(answer)),
      (Node("key_points"), Node(keyPoints.map(scalar))),
    ]
    if !tags.isEmpty { pairs.append((Node("tags"), Node(tags.map(word), Tag(.seq), .flow))) }
    let yaml = try Yams.serialize(
      node: Node([Node(pairs)]), indent: 2, width: 96, allowUnicode: true,
      newLineScalarStyle: .literal)
    let pad = String(repeating: " ", count: indent)
    var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.isEmpty ? "" : pad + line
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    if let origin {
      lines.insert(pad + "# from " + origin.replacingOccurrences(of: "\n", with: " "), at: 0)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Quoted when YAML would read the text plain as null (`~`, `null`), which a bank refuses
  /// as empty; Yams writes those plain even for a string.
  static func style(_ s: String) -> Node.Scalar.Style {
    ["~", "null", "Null", "NULL"].contains(s) ? .doubleQuoted : .any
  }
}
