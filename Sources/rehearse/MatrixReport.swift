import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `story matrix --json`.
struct MatrixReport: Encodable {
  struct Theme: Encodable {
    var key: String
    var title: String
    var stories: [String]
  }
  struct QuestionFit: Encodable {
    var question_id: String
    var themes: [String]
    var stories: [String]
  }
  var uncovered: [String]
  var stretched: [String]
  var themes: [Theme]
  var questions: [QuestionFit]

  init(_ m: StoryMatrix) {
    uncovered = m.uncovered.map(\.key)
    stretched = m.stretched.map(\.id)
    themes = m.themes.map { t in
      Theme(key: t.key, title: t.title, stories: m.stories.filter { m.covers($0, t.key) }.map(\.id))
    }
    questions = m.questions.map {
      QuestionFit(
        question_id: $0.question.id, themes: $0.question.competencies, stories: $0.stories)
    }
  }
}
