import FSRS
import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// `SettingsFile`: reading, checking and editing `config.yaml`.
@Suite struct SettingsFileTests {
  func parse(_ text: String) -> SettingsFile.Loaded {
    SettingsFile.parse(SourceFile(path: "config.yaml", data: Data(text.utf8)))
  }

  static let defaults = Parameters.defaults.weights

  @Test func aValidFileIsRead() throws {
    let custom = Self.defaults.map { $0 == 0.001 ? 0.002 : $0 }
    let loaded = parse(
      """
      # My settings
      desired_retention: 0.85
      learning_steps: [30s, 5m, 1h]
      relearning_steps:
        - 15m
      maximum_interval: 365
      fuzz: false
      rollover_hour: 6
      new_per_day: 7
      daily_minutes: 45
      reviews_per_day: 150
      leech_lapses: 5
      parameters: [\(custom.map { "\($0)" }.joined(separator: ", "))]
      keep_answers: false
      history_answers: true
      follow_ups: false
      """)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.isValid)
    var expected = Settings()
    expected.desiredRetention = 0.85
    expected.learningSteps = [30, 300, 3600]
    expected.relearningSteps = [900]
    expected.maximumInterval = 365
    expected.fuzz = false
    expected.rolloverHour = 6
    expected.newPerDay = 7
    expected.dailyMinutes = 45
    expected.reviewsPerDay = 150
    expected.leechLapses = 5
    expected.parameters = custom
    expected.keepAnswers = false
    expected.historyAnswers = true
    expected.followUps = false
    #expect(loaded.settings == expected)
    #expect(Set(loaded.origins.keys) == Set(SettingsFile.keys.map(\.name)))
    #expect(loaded.origins.values.allSatisfy { $0 == .file })
    let configuration = try loaded.settings.schedulerConfiguration()
    #expect(configuration.desiredRetention == 0.85 && !configuration.enableFuzzing)
  }

  @Test func keysNotInTheFileKeepTheirDefaults() {
    let loaded = parse("new_per_day: 3\n")
    #expect(loaded.isValid)
    var expected = Settings()
    expected.newPerDay = 3
    #expect(loaded.settings == expected)
    #expect(loaded.origins == ["new_per_day": .file])
  }

  @Test func aMissingOrBlankFileGivesTheDefaults() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let missing = SettingsFile.load(dir.url.appending(path: "config.yaml"))
    #expect(missing.isValid && missing.settings == Settings() && missing.origins.isEmpty)
    let blank = parse("# nothing set yet\n\n")
    #expect(blank.isValid && blank.settings == Settings())
    let file = try dir.write("config.yaml", "fuzz: false\n")
    #expect(SettingsFile.load(file).settings.fuzz == false)
  }

  struct BadValue: Sendable, CustomTestStringConvertible {
    var name: String
    var marked: String
    var message: String
    var testDescription: String { name }
  }

  static let twenty = defaults.dropLast().map { "\($0)" }.joined(separator: ", ")
  static let outOfBounds = (defaults.dropLast().map { "\($0)" } + ["0.95"]).joined(separator: ", ")

  static let badValues = [
    BadValue(
      name: "retention above range", marked: "fuzz: true\ndesired_retention: 1️⃣1.2\n",
      message: "'desired_retention' must be a number from 0.70 to 0.99, found"),
    BadValue(
      name: "retention not a number", marked: "desired_retention: 1️⃣high\n",
      message: "'desired_retention' must be a number from 0.70 to 0.99"),
    BadValue(
      name: "bad step", marked: "learning_steps: [1m, 1️⃣1x]\n",
      message: "a step must be a length like 30s, 10m, 1h or 1d, found"),
    BadValue(
      name: "steps not a list", marked: "relearning_steps: 1️⃣10m\n",
      message: "'relearning_steps' must be a list"),
    BadValue(
      name: "negative step", marked: "learning_steps: [1️⃣-1m]\n", message: "a step must be a length"),
    BadValue(
      name: "20 parameters", marked: "parameters: 1️⃣[\(twenty)]\n",
      message: "expected 21 parameters, got 20"),
    BadValue(
      name: "parameter out of bounds", marked: "parameters: 1️⃣[\(outOfBounds)]\n",
      message: "parameter w[20] = 0.95 is out of bounds [0.1, 0.8]"),
    BadValue(
      name: "parameter not a number", marked: "parameters: [1️⃣x]\n",
      message: "parameters must be numbers"),
    BadValue(
      name: "rollover hour 24", marked: "rollover_hour: 1️⃣24\n",
      message: "'rollover_hour' must be from 0 to 23, found 24"),
    BadValue(
      name: "fuzz not a bool", marked: "fuzz: 1️⃣maybe\n", message: "'fuzz' must be true or false"),
    BadValue(
      name: "leech lapses 0", marked: "leech_lapses: 1️⃣0\n",
      message: "'leech_lapses' must be from 1 to 99"),
    BadValue(
      name: "unknown key", marked: "1️⃣desired_retension: 0.9\n",
      message:
        "unknown key 'desired_retension' in the config file; did you mean 'desired_retention'?"),
    BadValue(
      name: "not a mapping", marked: "1️⃣- fuzz\n", message: "the config file must be a mapping"),
  ]

  @Test(arguments: badValues)
  func aBadValueIsAPositionedError(_ bad: BadValue) throws {
    let fixture = MarkedText(bad.marked)
    let loaded = parse(fixture.text)
    #expect(!loaded.isValid)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    let position = try #require(fixture.location("1️⃣"))
    #expect(errors.count == 1, "\(errors)")
    let match = errors.first {
      $0.location.line == position.line && $0.location.column == position.column
        && $0.message.contains(bad.message)
    }
    #expect(match != nil, "wanted '\(bad.message)' at \(position); got \(errors)")
    #expect(
      match?.description.hasPrefix("config.yaml:\(position.line):\(position.column): error: ")
        == true)
  }

  @Test func aBadValueDoesNotBecomeTheSetting() {
    let loaded = parse("desired_retention: 1.2\nnew_per_day: 5\n")
    #expect(!loaded.isValid)
    #expect(loaded.settings.desiredRetention != 1.2)
  }

  // MARK: Editing

  let original = """
    # Rehearse settings
    desired_retention: 0.9  # the default
    new_per_day: 10

    # steps
    learning_steps: [1m, 10m]

    """

  @Test func settingReplacesTheLineAndKeepsTheRest() throws {
    let updated = try SettingsFile.setting(
      "new_per_day", to: "25", in: original, path: "config.yaml"
    ).get()
    #expect(
      updated == original.replacingOccurrences(of: "new_per_day: 10", with: "new_per_day: 25"))
    #expect(parse(updated).settings.newPerDay == 25)
    let steps = try SettingsFile.setting(
      "learning_steps", to: "[2m]", in: updated, path: "config.yaml"
    ).get()
    #expect(
      steps.contains("# Rehearse settings\n") && steps.contains("# steps\nlearning_steps: [2m]\n"))
    #expect(parse(steps).settings.learningSteps == [120])
  }

  @Test func settingANewKeyAppendsIt() throws {
    let updated = try SettingsFile.setting("fuzz", to: "false", in: original, path: "config.yaml")
      .get()
    #expect(updated == original + "fuzz: false\n")
    #expect(parse(updated).settings.fuzz == false)
    #expect(
      try SettingsFile.setting("fuzz", to: "false", in: "", path: "config.yaml").get()
        == "fuzz: false\n")
    let noNewline = try SettingsFile.setting(
      "fuzz", to: "true", in: "new_per_day: 3", path: "c.yaml"
    ).get()
    #expect(noNewline == "new_per_day: 3\nfuzz: true\n")
  }

  @Test func settingAKeyWrittenAsABlockListReplacesTheWholeValue() throws {
    let block = "learning_steps:\n  - 1m\n  - 10m\nnew_per_day: 4\n"
    let updated = try SettingsFile.setting(
      "learning_steps", to: "[5m]", in: block, path: "config.yaml"
    ).get()
    let loaded = parse(updated)
    #expect(loaded.isValid, "\(loaded.diagnostics)")
    #expect(loaded.settings.learningSteps == [300])
    #expect(loaded.settings.newPerDay == 4)
  }

  @Test(arguments: [
    ("desired_retention", "1.2", "'desired_retention' must be a number from 0.70 to 0.99"),
    ("learning_steps", "[1x]", "a step must be a length"),
    ("new_per_day", "lots", "'new_per_day' must be a whole number"),
    ("parameters", "[1, 2]", "expected 21 parameters, got 2"),
  ])
  func settingRefusesAnInvalidValue(key: String, value: String, message: String) {
    let result = SettingsFile.setting(key, to: value, in: original, path: "config.yaml")
    guard case .failure(.invalid(let diagnostics)) = result else {
      Issue.record("expected the value to be refused, got \(result)")
      return
    }
    #expect(
      diagnostics.contains { $0.message.contains(message) && $0.location.path == "config.yaml" },
      "\(diagnostics)")
  }

  @Test func settingAnUnknownKeySuggestsTheClosest() {
    let result = SettingsFile.setting("new_per_dya", to: "5", in: original, path: "config.yaml")
    #expect(result == .failure(.unknownKey("new_per_dya", suggestion: "new_per_day")))
    let far = SettingsFile.setting("colour", to: "blue", in: original, path: "config.yaml")
    #expect(far == .failure(.unknownKey("colour", suggestion: nil)))
  }

  /// `config set` must never replace a file it cannot read with a single line: only a missing
  /// file counts as empty.
  @Test func settingInAFileThatIsNotTextLeavesItUntouched() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let file = home.url.appending(path: "config.yaml")
    let bytes = Data("new_per_day: 5\n# caf".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
    try bytes.write(to: file)
    let result = SettingsFile.setting("new_per_day", to: "10", inFileAt: file)
    guard case .failure(.unreadable(let path, _)) = result else {
      Issue.record("expected the file to be refused, got \(result)")
      return
    }
    #expect(path == file.path)
    #expect(try Data(contentsOf: file) == bytes)

    let folder = home.url.appending(path: "a-folder.yaml")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard
      case .failure(.unreadable) = SettingsFile.setting("new_per_day", to: "10", inFileAt: folder)
    else {
      Issue.record("a folder is not a config file")
      return
    }
  }

  @Test func settingInAMissingFileStartsFromEmpty() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let result = SettingsFile.setting(
      "new_per_day", to: "10", inFileAt: home.url.appending(path: "config.yaml"))
    #expect(result == .success("new_per_day: 10\n"))
  }
}
