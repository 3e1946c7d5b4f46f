import Foundation
import RehearseStore

/// Writes stories as Markdown, one file per story.
public enum StoryExport {
  /// The Markdown for one story.
  public static func markdown(_ story: Story, catalog: BankCatalog) -> String {
    var out = "# \(story.title)\n\n"
    let context = [story.role, story.company, story.when].filter { !$0.isEmpty }.joined(
      separator: " · ")
    if !context.isEmpty { out += "_\(context)_\n\n" }
    if !story.competencies.isEmpty {
      let names = story.competencies.map { key in catalog.competency(key)?.title ?? key }
      out += "**Themes:** \(names.joined(separator: ", "))\n\n"
    }
    if !story.metrics.isEmpty {
      out += "**Proves:**\n" + story.metrics.map { "- \($0)\n" }.joined() + "\n"
    }
    for part in StarPart.allCases where !story[part].isEmpty {
      out += "## \(part.title)\n\n\(story[part])\n\n"
    }
    let score = StarScorer().score(story.telling, themes: story.competencies)
    out += "---\nSTAR score \(score.score)/100 · \(score.words) words · version \(story.version)\n"
    return out
  }

  /// Writes every story to `directory/<id>.md`, returning the files written.
  public static func write(_ stories: [Story], catalog: BankCatalog, to directory: URL) throws
    -> [URL]
  {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return try stories.map { story in
      let url = directory.appending(path: "\(story.id).md")
      try Data(markdown(story, catalog: catalog).utf8).write(to: url, options: .atomic)
      return url
    }
  }
}
