import Foundation
import GRDB

/// One saved version of a story: a row of `story_version`, with `metrics` and `competencies`
/// as JSON columns.
struct StoryVersionRow: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "story_version"
  static let databaseDateEncodingStrategy = DatabaseDateEncodingStrategy.timeIntervalSince1970

  var storyId: String
  var version: Int
  var savedAt: Date
  var title: String
  var company: String
  var role: String
  var whenText: String
  var situation: String
  var task: String
  var action: String
  var result: String
  var learning: String
  var metrics: [String]
  var competencies: [String]

  enum CodingKeys: String, CodingKey {
    case storyId = "story_id", version, savedAt = "saved_at", title, company, role
    case whenText = "when_text", situation, task, action, result, learning, metrics, competencies
  }

  init(_ s: Story) {
    storyId = s.id
    version = s.version
    savedAt = s.savedAt
    title = s.title
    company = s.company
    role = s.role
    whenText = s.when
    situation = s.situation
    task = s.task
    action = s.action
    result = s.result
    learning = s.learning
    metrics = s.metrics
    competencies = s.competencies
  }

  var story: Story {
    Story(
      id: storyId, version: version, savedAt: savedAt, title: title, company: company, role: role,
      when: whenText, situation: situation, task: task, action: action, result: result,
      learning: learning, metrics: metrics, competencies: competencies)
  }
}
