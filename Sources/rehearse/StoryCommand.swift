import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse story …`: the STAR story bank.
struct StoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "story",
    abstract: "Keep, score and practice your STAR stories for behavioral rounds.",
    subcommands: [
      Add.self, Edit.self, List.self, Show.self, Remove.self, Restore.self, Export.self,
      Matrix.self,
      Practice.self,
    ])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Write a new story (in $EDITOR, from --file, or field by field).")

    @Option(help: "Read the story document from this file instead of opening an editor.")
    var file: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      guard let story = try StoryEditing(ws: ws).obtain(Story(title: ""), file: file) else {
        print("No story saved.")
        return
      }
      try StoryPrinter(ws: ws).save(story)
    }
  }

  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "edit",
      abstract: "Edit a story; the earlier version is kept.")

    @Argument(help: "The story id.", completion: Completions.stories())
    var id: String

    @Option(help: "Read the new version from this file instead of opening an editor.")
    var file: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let current = try StoryPrinter(ws: ws).find(id)
      guard var story = try StoryEditing(ws: ws).obtain(current, file: file) else {
        print("Unchanged.")
        return
      }
      story.id = current.id
      try StoryPrinter(ws: ws).save(story)
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List your stories with their STAR scores.")

    @Flag(help: "Print as JSON.")
    var json = false

    @Flag(help: "List removed stories instead (rehearse story restore ID brings one back).")
    var removed = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let printer = StoryPrinter(ws: ws)
      let stories = removed ? try ws.store.removedStories() : ws.stories
      if json {
        print(try Output.json(stories.map(printer.report), snakeCase: true))
        return
      }
      if stories.isEmpty {
        print(removed ? "No removed stories." : "No stories yet. Add one with: rehearse story add")
        return
      }
      let rows = stories.map { s in
        let score = StarScorer().score(s.telling, themes: s.competencies)
        return [
          s.id, String(score.score), String(score.words), s.competencies.joined(separator: ", "),
          s.title,
        ]
      }
      print(
        Table(header: ["id", "score", "words", "themes", "title"], rows: rows, numericFrom: 1)
          .render(style: printer.style))
    }
  }

  struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "restore",
      abstract: "Bring back a story removed with rm, with all its versions.")

    @Argument(
      help: "The story id (see rehearse story list --removed).",
      completion: Completions.stories(removed: true))
    var id: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      do {
        try ws.store.restoreStory(id)
      } catch StoreError.unknownStory {
        let removed = try ws.store.removedStories().map(\.id)
        throw ValidationError(
          "no removed story '\(id)'" + Suggestion.didYouMean(id, in: removed))
      }
      print("Restored \(id).")
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show a story and its rubric feedback.")

    @Argument(help: "The story id.", completion: Completions.stories())
    var id: String

    @Flag(help: "Show every saved version, oldest first.")
    var versions = false

    @Flag(help: "Print as JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let printer = StoryPrinter(ws: ws)
      let story = try printer.find(id)
      let shown = versions ? try ws.store.storyVersions(story.id) : [story]
      if json {
        print(try Output.json(shown.map(printer.report), snakeCase: true))
        return
      }
      for (i, s) in shown.enumerated() {
        if i > 0 { print("\n" + String(repeating: "─", count: 60) + "\n") }
        printer.printStory(s)
      }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rm", abstract: "Remove a story from lists and practice (its versions are kept)."
    )

    @Argument(help: "The story id.", completion: Completions.stories())
    var id: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let story = try StoryPrinter(ws: ws).find(id)
      try ws.store.removeStory(story.id, at: ws.clock.now())
      print("Removed \(story.id); rehearse story restore \(story.id) brings it back.")
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Write one Markdown file per story.")

    @Argument(help: "The folder to write to.")
    var directory: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let files = try StoryExport.write(
        ws.stories, catalog: ws.catalog, to: URL(fileURLWithPath: directory))
      for file in files { print(file.path) }
      print("Exported \(files.count) stor\(files.count == 1 ? "y" : "ies").")
    }
  }

  struct Matrix: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "matrix",
      abstract: "Stories against the 30 behavioral themes: gaps first, stretched stories flagged.")

    @Flag(help: "Print as JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let matrix = StoryMatrix(catalog: ws.catalog, stories: ws.stories)
      if json {
        print(try Output.json(MatrixReport(matrix)))
        return
      }
      print(
        MatrixText(matrix: matrix, style: TextStyle(enabled: Terminal.useColor(STDOUT_FILENO)))
          .render()
      )
    }
  }

  struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "practice",
      abstract:
        "Practice behavioral questions with your stories: retell, get rubric feedback, rate.")

    @Option(help: "Ask at most this many questions.")
    var count: Int = 5

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      if ws.stories.isEmpty {
        print(
          TextStyle(enabled: Terminal.useColor(STDOUT_FILENO)).dim(
            "You have no stories yet; answers are still scored. Add one with: rehearse story add"))
      }
      let console = Terminal.console(for: ws)
      let filter = QueueFilter(categories: [.behavioral], kinds: [.star])
      try DrillSession(
        workspace: ws, options: DrillOptions(filter: filter, count: count, storyPractice: true),
        console: console
      ).run()
    }
  }
}
