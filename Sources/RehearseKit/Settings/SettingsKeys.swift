import FSRS
import Foundation
import Yams

/// The table of `config.yaml` keys.
enum SettingsKeys {
  typealias Key = SettingsFile.Key

  static let all: [Key] = [
    Key(
      name: "desired_retention", help: "target recall probability when a card is due (0.70–0.99)",
      read: { node, reader, s in
        guard case .scalar(let v) = node, let d = Double(v.string), (0.70...0.99).contains(d) else {
          reader.error(
            node,
            "'desired_retention' must be a number from 0.70 to 0.99, found \(reader.describe(node))"
          )
          return
        }
        s.desiredRetention = d
      }, show: { format($0.desiredRetention) }),
    steps("learning_steps", help: "steps for new cards, e.g. [1m, 10m]", \.learningSteps),
    steps("relearning_steps", help: "steps after a lapse, e.g. [10m]", \.relearningSteps),
    int("maximum_interval", help: "longest interval in days", 1...36500, \.maximumInterval),
    bool("fuzz", help: "spread review intervals slightly at random", \.fuzz),
    int("rollover_hour", help: "local hour when a new study day starts", 0...23, \.rolloverHour),
    int("new_per_day", help: "new questions introduced per day", 0...9999, \.newPerDay),
    int(
      "daily_minutes",
      help: "minutes a day's drill should take; new questions fill the rest (0: no limit)",
      0...1440, \.dailyMinutes),
    int("reviews_per_day", help: "review cards shown per day at most", 0...99999, \.reviewsPerDay),
    int(
      "leech_lapses", help: "lapses after which a card is suspended as a leech", 1...99,
      \.leechLapses),
    Key(
      name: "parameters", help: "custom FSRS-6 parameters (21 numbers), or omit for the defaults",
      read: { node, reader, s in
        guard let items = reader.items(node, "parameters") else { return }
        var values: [Double] = []
        for item in items {
          guard case .scalar(let v) = item, let d = Double(v.string) else {
            reader.error(item, "parameters must be numbers, found \(reader.describe(item))")
            return
          }
          values.append(d)
        }
        do {
          _ = try Parameters(values)
          s.parameters = values
        } catch {
          reader.error(node, "\(error)")
        }
      },
      show: { s in
        s.parameters.map { "[" + $0.map(format).joined(separator: ", ") + "]" } ?? "defaults"
      }),
    bool("keep_answers", help: "keep typed answers in the review log", \.keepAnswers),
    bool(
      "history_answers", help: "keep typed answer lines in the line-editing history too",
      \.historyAnswers),
    bool(
      "follow_ups", help: "ask one follow-up question after a typed answer, as interviewers do",
      \.followUps),
  ]

  static func format(_ d: Double) -> String {
    d == d.rounded() && abs(d) < 1e15 ? String(format: "%.1f", d) : "\(d)"
  }

  static func int(
    _ name: String, help: String, _ range: ClosedRange<Int>,
    _ path: WritableKeyPath<Settings, Int> & Sendable
  ) -> Key {
    Key(
      name: name, help: help,
      read: { node, reader, s in
        if let v = reader.integer(node, name, in: range) { s[keyPath: path] = v }
      }, show: { String($0[keyPath: path]) })
  }

  static func bool(_ name: String, help: String, _ path: WritableKeyPath<Settings, Bool> & Sendable)
    -> Key
  {
    Key(
      name: name, help: help,
      read: { node, reader, s in
        if let v = reader.boolean(node, name) { s[keyPath: path] = v }
      }, show: { String($0[keyPath: path]) })
  }

  static func steps(
    _ name: String, help: String, _ path: WritableKeyPath<Settings, [TimeInterval]> & Sendable
  ) -> Key {
    Key(
      name: name, help: help,
      read: { node, reader, s in
        guard let items = reader.items(node, name) else { return }
        var values: [TimeInterval] = []
        for item in items {
          guard case .scalar(let v) = item, let seconds = StepDuration.parse(v.string) else {
            reader.error(
              item,
              "a step must be a length like 30s, 10m, 1h or 1d, found \(reader.describe(item))")
            return
          }
          values.append(seconds)
        }
        s[keyPath: path] = values
      }, show: { "[" + $0[keyPath: path].map(StepDuration.format).joined(separator: ", ") + "]" })
  }
}
