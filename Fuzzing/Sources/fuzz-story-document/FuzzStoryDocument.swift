import FuzzSupport
import RehearseKit

/// Feeds a story document, the YAML a story is edited in, to its parser, checked against the
/// bundled competencies as `rehearse story add --file` does; a document that parses is rendered
/// and parsed again, which must give the same story.
@main enum FuzzStoryDocument {
  static func main() {
    let competencies = Set(Repository.catalog.competencies.map(\.key))
    Fuzzer.run { data in
      let text = String(decoding: data, as: UTF8.self)
      guard
        case .success(let story) = StoryDocument.parse(
          text, path: "story.yaml", competencies: competencies)
      else { return }
      let again = StoryDocument.parse(
        StoryDocument.render(story), path: "story.yaml", competencies: competencies)
      guard case .success(let reread) = again, reread.hasSameContent(as: story) else {
        fatalError("a rendered story does not parse back to itself: \(again)")
      }
    }
  }
}
