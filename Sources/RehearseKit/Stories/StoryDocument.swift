import Foundation
import RehearseStore
import Yams

/// The YAML document a story is written in (in `$EDITOR`, or with `--file`), and its parser.
public enum StoryDocument {
  static let keys =
    ["title", "company", "role", "when", "competencies", "metrics"]
    + StarPart.allCases.map(\.rawValue)

  /// A document for a new or existing story, with guidance in comments.
  public static func render(_ story: Story, errors: [Diagnostic] = []) -> String {
    var out = ""
    if !errors.isEmpty {
      out += "# Fix these and save again (or empty the file to cancel):\n"
      for e in errors { out += "#   line \(e.location.line): \(e.message)\n" }
      out += "#\n"
    }
    out += """
      # A STAR story. Aim for 250-400 words told aloud (2-3 minutes): Situation and Task brief,
      # Action the bulk and in the first person ("I"), a Result with numbers, and a Learning for
      # failure or conflict stories. Lines starting with # are ignored.
      title: \(quoted(story.title))
      company: \(quoted(story.company))
      role: \(quoted(story.role))
      when: \(quoted(story.when))
      # Themes this story can answer, from competencies.yaml (e.g. influence-no-authority).
      competencies: [\(story.competencies.joined(separator: ", "))]
      # The numbers the story proves, one per line.
      metrics:

      """
    for m in story.metrics { out += "  - \(quoted(m))\n" }
    for part in StarPart.allCases {
      let (key, value) = (part.rawValue, story[part])
      // A part that a literal block would not keep as it is goes on one line, escaped.
      guard YAMLQuoting.fitsLiteralBlock(value) else {
        out += "\(key): \(quoted(value))\n"
        continue
      }
      out += "\(key): |\n"
      let lines = value.isEmpty ? [""] : value.components(separatedBy: "\n")
      for line in lines { out += "  \(line)\n" }
    }
    return out
  }

  private static func quoted(_ s: String) -> String {
    YAMLQuoting.doubleQuoted(s)
  }

  /// Parses a document into a story (id, version and time are left for the store to set).
  /// - Parameter competencies: the known theme keys, for validation.
  public static func parse(_ document: String, path: String, competencies: Set<String>) -> Result<
    Story, StoryDocumentError
  > {
    var diagnostics: [Diagnostic] = []
    let source = SourceFile(path: path, data: Data(document.utf8))
    guard let root = source.composeYAML(into: &diagnostics) else {
      return .failure(StoryDocumentError(diagnostics: diagnostics))
    }
    let reader = NodeReader(path: path)
    guard let f = reader.fields(of: root, "a story", allowed: keys, required: ["title"]) else {
      return .failure(StoryDocumentError(diagnostics: reader.diagnostics))
    }
    func text(_ key: String) -> String {
      guard let node = f[key] else { return "" }
      return reader.text(node, key, allowEmpty: true) ?? ""
    }
    var story = Story(title: text("title"))
    if story.title.isEmpty, f["title"] != nil { reader.error(f["title"], "'title' is empty") }
    story.company = text("company")
    story.role = text("role")
    story.when = text("when")
    for part in StarPart.allCases { story[part] = text(part.rawValue) }
    story.metrics = reader.texts(f["metrics"], "metrics") ?? []
    for node in reader.items(f["competencies"], "competencies") ?? [] {
      guard let key = reader.slug(node, "competency") else { continue }
      if competencies.contains(key) {
        story.competencies.append(key)
      } else {
        let message =
          "unknown competency '\(key)'" + Suggestion.didYouMean(key, in: competencies.sorted())
        reader.error(node, message)
      }
    }
    let missing = [
      ("situation", story.situation), ("action", story.action), ("result", story.result),
    ].filter { $0.1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map(\.0)
    if !missing.isEmpty {
      reader.error(
        root,
        "a story needs at least its situation, action and result; missing: "
          + missing.joined(separator: ", "))
    }
    let all = diagnostics + reader.diagnostics
    if all.contains(where: { $0.severity == .error }) {
      return .failure(StoryDocumentError(diagnostics: all))
    }
    return .success(story)
  }
}

/// Why a story document was refused, with positions.
public struct StoryDocumentError: Error, Sendable {
  public var diagnostics: [Diagnostic]
}
