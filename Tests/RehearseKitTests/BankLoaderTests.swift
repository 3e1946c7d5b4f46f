import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// Loads `marked` and expects exactly the given diagnostics, each at its marker.
func assertLoadErrors(
  _ marked: String, _ expected: [(marker: String, message: String)],
  severity: Diagnostic.Severity = .error, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let fixture = MarkedText(marked)
  let catalog = BankFixtures.load(fixture.text)
  let found = catalog.diagnostics.filter { $0.severity == severity }
  #expect(
    found.count == expected.count,
    "expected \(expected.count) \(severity)s, got:\n\(found.map(\.description).joined(separator: "\n"))",
    sourceLocation: sourceLocation)
  for (marker, message) in expected {
    guard let position = fixture.location(marker) else {
      Issue.record("marker \(marker) missing from fixture", sourceLocation: sourceLocation)
      continue
    }
    let match = found.first {
      $0.location.line == position.line && $0.location.column == position.column
        && $0.message.contains(message)
    }
    #expect(
      match != nil,
      "no \(severity) '\(message)' at \(position.line):\(position.column); got:\n\(found.map(\.description).joined(separator: "\n"))",
      sourceLocation: sourceLocation)
  }
  if severity == .error, !expected.isEmpty {
    // A question with an error is skipped (the fixtures' questions all have one); a problem
    // with the bank's own keys skips the file.
    #expect(
      catalog.questions.isEmpty, "a question with errors must be skipped",
      sourceLocation: sourceLocation)
  }
}

@Suite struct BankLoaderTests {
  @Test func validBankLoads() {
    let catalog = BankFixtures.load(BankFixtures.bank(questions: BankFixtures.recall(id: "q1")))
    #expect(catalog.diagnostics.isEmpty)
    #expect(catalog.banks.count == 1)
    let q = catalog.question(id: "q1")
    #expect(q?.kind == .recall)
    #expect(q?.category == .leadership)
    #expect(q?.difficulty == 2)
    #expect(q?.timeLimit == 180)
    #expect(q?.keyPoints == [KeyPoint(text: "Accountable", accept: ["accountable"])])
  }

  @Test func syntaxError() {
    assertLoadErrors(
      """
      id: test
      title: [unclosed
      category1️⃣: leadership
      """, [("1️⃣", "syntax error: did not find expected ',' or ']'")])
  }

  @Test func wrongTypesAndBadValues() {
    assertLoadErrors(
      """
      id: test
      title: T
      category: 1️⃣leadrship
      questions:
        - id: q1
          kind: 2️⃣essay
          prompt: P
          topic: t
          difficulty: 3️⃣hard
          tags: 4️⃣{a: b}
          time_limit: 5️⃣0
      """,
      [
        (
          "1️⃣",
          "unknown category 'leadrship' (allowed: system-design, program-management, behavioral, leadership, fundamentals); did you mean 'leadership'?"
        ),
        ("2️⃣", "unknown kind 'essay' (allowed: recall, choice, multi, star, design)"),
        ("3️⃣", "'difficulty' must be a whole number from 1 to 3, found 'hard'"),
        ("4️⃣", "'tags' must be a list"),
        ("5️⃣", "'time_limit' must be from 5 to 7200, found 0"),
      ])
  }

  @Test func missingAndUnknownKeys() {
    assertLoadErrors(
      BankFixtures.bank(
        questions: """
            - 1️⃣id: q1
              kind: recall
              promt: What?
              topic: t
              answer: A
              key_points: [x]
              2️⃣hintz: [h]
          """.replacingOccurrences(of: "promt", with: "3️⃣promt")),
      [
        ("1️⃣", "a question is missing required key 'prompt'"),
        ("2️⃣", "unknown key 'hintz' in a question; did you mean 'hints'?"),
        ("3️⃣", "unknown key 'promt' in a question; did you mean 'prompt'?"),
      ])
  }

  @Test func choiceNeedsExactlyOneCorrect() {
    assertLoadErrors(
      BankFixtures.bank(
        questions: """
            - id: q1
              kind: choice
              prompt: Pick one
              topic: t
              choices:
                1️⃣- {text: A, correct: true, why: a}
                - {text: B, correct: true, why: b}
            - id: q2
              kind: multi
              prompt: Pick some
              topic: t
              choices:
                2️⃣- {text: A, why: a}
                - {text: B, why: b}
          """),
      [
        ("1️⃣", "a choice question needs exactly one correct option, found 2"),
        ("2️⃣", "a multi question needs at least one correct option, found none"),
      ])
  }

  @Test func emptyPromptAndKindRules() {
    assertLoadErrors(
      BankFixtures.bank(
        questions: """
            - 1️⃣id: q1
              kind: star
              prompt: 2️⃣""
              topic: t
              3️⃣rubric: {rollout: x}
          """),
      [
        ("2️⃣", "'prompt' is empty"),
        ("1️⃣", "a star question needs an 'answer'"),
        ("1️⃣", "a star question needs 'competencies'"),
        ("3️⃣", "'rubric' is only for design questions, not star"),
      ])
  }

  @Test func duplicateIDsInOneFileNameBothPlaces() {
    let fixture = MarkedText(
      BankFixtures.bank(
        questions: BankFixtures.recall(id: "q1").replacingOccurrences(of: "id: q1", with: "id: 1️⃣q1")
          + "\n"
          + BankFixtures.recall(id: "q1").replacingOccurrences(of: "id: q1", with: "id: 2️⃣q1")))
    let catalog = BankFixtures.load(fixture.text)
    let error = catalog.diagnostics.first { $0.severity == .error }
    let note = catalog.diagnostics.first { $0.severity == .note }
    #expect(error?.message == "duplicate question id 'q1'")
    #expect(error.map { "\($0.location.line):\($0.location.column)" } == fixture.position("2️⃣"))
    #expect(note.map { "\($0.location.line):\($0.location.column)" } == fixture.position("1️⃣"))
  }

  @Test func aDuplicateIDAcrossFilesSkipsOnlyTheLaterQuestion() {
    let first = SourceFile(
      path: "a.yaml",
      data: Data(BankFixtures.bank(id: "a", questions: BankFixtures.recall(id: "q1")).utf8))
    let second = SourceFile(
      path: "b.yaml",
      data: Data(
        BankFixtures.bank(
          id: "b", questions: BankFixtures.recall(id: "q1") + "\n" + BankFixtures.recall(id: "q2")
        ).utf8))
    let catalog = BankLoader.load([first, second], references: BankFixtures.references)
    #expect(catalog.banks.map(\.id) == ["a", "b"])
    #expect(catalog.questions.map(\.id) == ["q1", "q2"])
    #expect(catalog.question(id: "q1")?.bankID == "a")
    #expect(catalog.skippedFiles == [])
    let error = catalog.diagnostics.first { $0.severity == .error }
    #expect(error?.location.path == "b.yaml")
    #expect(error?.message == "duplicate question id 'q1'")
    #expect(catalog.diagnostics.contains { $0.severity == .note && $0.location.path == "a.yaml" })
  }

  @Test func unknownCompetencyAndDimension() {
    assertLoadErrors(
      BankFixtures.bank(
        questions: """
            - id: q1
              kind: star
              prompt: Tell me about a time.
              topic: t
              answer: A story.
              competencies: [1️⃣ambiguty]
            - id: q2
              kind: design
              prompt: Design a thing.
              topic: t
              answer: A design.
              rubric:
                2️⃣estimate: QPS
          """),
      [
        ("1️⃣", "unknown competency 'ambiguty'; did you mean 'ambiguity'?"),
        ("2️⃣", "unknown key 'estimate' in a rubric; did you mean 'estimates'?"),
      ])
  }

  @Test func duplicateMappingKeyIsReportedWhereItRepeats() {
    assertLoadErrors(
      """
      id: test
      title: T
      category: leadership
      questions:
        - id: q1
          kind: recall
          prompt: P
          1️⃣prompt: Q
          topic: t
      """, [("1️⃣", "duplicate key 'prompt'")])
  }

  @Test func tabsCRLFAndBOM() {
    let tab = BankFixtures.load("id: test\ntitle:\tT\ncategory: leadership\nquestions: []\n")
    #expect(
      tab.diagnostics.contains {
        $0.message.contains("tab character") && $0.location.line == 2 && $0.location.column == 7
      })

    let crlf = BankFixtures.load(
      "id: test\r\ntitle: T\r\ncategory: leadership\r\nquestions: []\r\n")
    #expect(
      crlf.diagnostics.contains {
        $0.message.contains("CRLF") && $0.severity == .warning && $0.location.line == 1
          && $0.location.column == 9
      })
    // YAML allows CRLF and a byte-order mark, and Windows editors write them: accepted.
    #expect(crlf.banks.map(\.title) == ["T"])

    let bom = BankFixtures.load("\u{FEFF}id: test\ntitle: T\ncategory: leadership\nquestions: []\n")
    #expect(
      bom.diagnostics.contains {
        $0.message.contains("byte-order mark") && $0.severity == .warning && $0.location.line == 1
      })
    #expect(bom.banks.map(\.id) == ["test"])
  }

  @Test func invalidUTF8IsPositionedAtTheBadByte() {
    var bytes = Array("id: test\ntitle: caf".utf8)
    bytes.append(0xE9)  // Latin-1 é
    bytes += Array("\ncategory: leadership\n".utf8)
    let catalog = BankLoader.load(
      [SourceFile(path: "x.yaml", data: Data(bytes))], references: BankFixtures.references)
    let error = catalog.diagnostics.first
    #expect(error?.message.contains("invalid UTF-8") == true)
    #expect(error?.location.line == 2)
    #expect(error?.location.column == 11)
  }

  @Test(arguments: ["", "\n\n", "   \n"]) func emptyFile(_ text: String) {
    let catalog = BankFixtures.load(text)
    #expect(catalog.diagnostics.map(\.message) == ["file is empty"])
    #expect(catalog.skippedFiles == ["test.yaml"])
  }

  @Test func oneBadFileDoesNotStopTheOthers() {
    let good = SourceFile(
      path: "good.yaml",
      data: Data(BankFixtures.bank(id: "good", questions: BankFixtures.recall(id: "q1")).utf8))
    let bad = SourceFile(path: "bad.yaml", data: Data("id: bad\ntitle: [\n".utf8))
    let good2 = SourceFile(
      path: "good2.yaml",
      data: Data(BankFixtures.bank(id: "good2", questions: BankFixtures.recall(id: "q2")).utf8))
    let catalog = BankLoader.load([good, bad, good2], references: BankFixtures.references)
    #expect(catalog.banks.map(\.id) == ["good", "good2"])
    #expect(catalog.questions.map(\.id) == ["q1", "q2"])
    #expect(catalog.skippedFiles == ["bad.yaml"])
  }

  @Test func controlSequencesInBankTextAreRemoved() {
    let yaml = BankFixtures.bank(
      questions: """
          - id: q1
            kind: recall
            prompt: "\\e[2J\\e]0;pwned\\aWhat\\x07 is \\u202Eevil?"
            topic: t
            answer: A
            key_points: [x]
        """)
    let catalog = BankFixtures.load(yaml)
    let prompt = catalog.question(id: "q1")?.prompt
    #expect(prompt == "What\u{FFFD} is \u{FFFD}evil?")
    #expect(
      catalog.diagnostics.contains {
        $0.severity == .warning && $0.message.contains("control characters")
      })
  }
}
