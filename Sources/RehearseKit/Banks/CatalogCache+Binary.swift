import Foundation
import RehearseStore

/// Appends values in a compact little-endian layout.
struct BinaryWriter {
  var data = Data()

  mutating func uint32(_ v: UInt32) {
    withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) }
  }
  mutating func int(_ v: Int) { uint32(UInt32(truncatingIfNeeded: v)) }
  mutating func bool(_ v: Bool) { data.append(v ? 1 : 0) }
  mutating func string(_ s: String) {
    let bytes = Array(s.utf8)
    uint32(UInt32(bytes.count))
    data.append(contentsOf: bytes)
  }
  mutating func optional(_ s: String?) {
    bool(s != nil)
    if let s { string(s) }
  }
  mutating func strings(_ xs: [String]) {
    int(xs.count)
    for x in xs { string(x) }
  }
  mutating func location(_ l: SourceLocation) {
    string(l.path)
    int(l.line)
    int(l.column)
  }

  mutating func catalog(_ c: BankCatalog) {
    int(c.fileCount)
    strings(c.skippedFiles)
    int(c.diagnostics.count)
    for d in c.diagnostics {
      location(d.location)
      string(d.severity.rawValue)
      string(d.message)
    }
    int(c.competencies.count)
    for x in c.competencies {
      string(x.key); string(x.title); string(x.probes); location(x.location)
    }
    int(c.dimensions.count)
    for x in c.dimensions {
      string(x.key); string(x.title); string(x.covers); strings(x.accept); bool(x.isCore)
      location(x.location)
    }
    int(c.concepts.count)
    for x in c.concepts {
      string(x.key); strings(x.terms); location(x.location)
    }
    int(c.loops.count)
    for l in c.loops {
      string(l.name)
      string(l.title)
      string(l.description)
      location(l.location)
      int(l.rounds.count)
      for r in l.rounds {
        string(r.name)
        string(r.dimension.rawValue)
        strings(r.categories.map(\.rawValue))
        strings(r.kinds.map(\.rawValue))
        strings(r.topics)
        strings(r.tags)
        int(r.questions)
        int(r.minutes)
      }
    }
    int(c.banks.count)
    for b in c.banks {
      string(b.id); string(b.title); string(b.category.rawValue); optional(b.description);
      string(b.purpose.rawValue); string(b.path)
      int(b.questions.count)
      for q in b.questions { question(q) }
      overrides(b.overrides)
    }
    overrides(c.overrides)
  }

  mutating func overrides(_ list: [BankOverride]) {
    int(list.count)
    for o in list {
      string(o.kind.rawValue); string(o.id); location(o.location); optional(o.targetPath)
    }
  }

  mutating func question(_ q: Question) {
    string(q.id); string(q.kind.rawValue); string(q.prompt); string(q.topic); strings(q.tags)
    int(q.difficulty); optional(q.answer)
    int(q.keyPoints.count)
    for k in q.keyPoints { string(k.text); strings(k.accept); strings(k.contradicts) }
    int(q.choices.count)
    for c in q.choices { string(c.text); bool(c.isCorrect); optional(c.why) }
    strings(q.hints); strings(q.pitfalls)
    bool(q.timeLimitOverride != nil)
    if let t = q.timeLimitOverride { int(t) }
    strings(q.renamedFrom); strings(q.competencies)
    int(q.rubric.count)
    for r in q.rubric { string(r.dimension); string(r.expectation) }
    int(q.followUps.count)
    for f in q.followUps {
      string(f.prompt)
      int(f.keyPoints.count)
      for k in f.keyPoints { string(k.text); strings(k.accept); strings(k.contradicts) }
      strings(f.whenMissed.map(\.cacheText))
    }
    string(q.bankID); string(q.category.rawValue); location(q.location)
  }
}

/// Reads what ``BinaryWriter`` wrote, checking every bound.
struct BinaryReader {
  struct Malformed: Error {}

  private let bytes: [UInt8]
  private var offset = 0

  init(_ data: Data) { bytes = [UInt8](data) }

  mutating func uint32() throws -> UInt32 {
    guard offset + 4 <= bytes.count else { throw Malformed() }
    let v =
      UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
    offset += 4
    return v
  }
  mutating func int() throws -> Int { Int(try uint32()) }
  mutating func bool() throws -> Bool {
    guard offset < bytes.count else { throw Malformed() }
    offset += 1
    return bytes[offset - 1] != 0
  }
  mutating func string() throws -> String {
    let n = try int()
    guard offset + n <= bytes.count else { throw Malformed() }
    defer { offset += n }
    return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
  }
  mutating func optional() throws -> String? { try bool() ? try string() : nil }
  mutating func strings() throws -> [String] {
    let n = try int()
    guard n <= bytes.count - offset else { throw Malformed() }
    return try (0..<n).map { _ in try string() }
  }
  mutating func location() throws -> SourceLocation {
    SourceLocation(path: try string(), line: try int(), column: try int())
  }
  mutating func count() throws -> Int {
    let n = try int()
    guard n <= bytes.count - offset else { throw Malformed() }
    return n
  }
  func parse<T: RawRepresentable>(_ raw: String, as type: T.Type) throws -> T
  where T.RawValue == String {
    guard let v = T(rawValue: raw) else { throw Malformed() }
    return v
  }

  mutating func catalog() throws -> BankCatalog {
    var c = BankCatalog()
    c.fileCount = try int()
    c.skippedFiles = try strings()
    c.diagnostics = try (0..<count()).map { _ in
      let location = try location()
      let severity = try parse(try string(), as: Diagnostic.Severity.self)
      return Diagnostic(severity, at: location, try string())
    }
    c.competencies = try (0..<count()).map { _ in
      Competency(
        key: try string(), title: try string(), probes: try string(), location: try location())
    }
    c.dimensions = try (0..<count()).map { _ in
      DesignDimension(
        key: try string(), title: try string(), covers: try string(), accept: try strings(),
        isCore: try bool(), location: try location())
    }
    c.concepts = try (0..<count()).map { _ in
      Concept(key: try string(), terms: try strings(), location: try location())
    }
    c.loops = try (0..<count()).map { _ in
      var loop = MockLoop(
        name: try string(), title: try string(), description: try string(), rounds: [],
        location: try location())
      for _ in 0..<(try count()) {
        let name = try string()
        let dimension = try parse(try string(), as: MockDimension.self)
        let categories = try strings().map { try parse($0, as: Category.self) }
        let kinds = try strings().map { try parse($0, as: QuestionKind.self) }
        let topics = try strings()
        let tags = try strings()
        loop.rounds.append(
          MockLoop.Round(
            name: name, dimension: dimension, categories: categories, kinds: kinds,
            topics: topics, tags: tags, questions: try int(),
            minutes: try int()))
      }
      return loop
    }
    var banks: [Bank] = []
    for _ in 0..<(try count()) {
      var bank = Bank(
        id: try string(), title: try string(), category: try parse(try string(), as: Category.self),
        description: try optional(), purpose: try parse(try string(), as: BankPurpose.self),
        questions: [], path: try string())
      for _ in 0..<(try count()) {
        var q = try question()
        q.purpose = bank.purpose
        bank.questions.append(q)
      }
      bank.overrides = try overrides()
      banks.append(bank)
    }
    c.banks = banks
    c.overrides = try overrides()
    c.rebuildIndex()
    return c
  }

  mutating func overrides() throws -> [BankOverride] {
    try (0..<count()).map { _ in
      BankOverride(
        kind: try parse(try string(), as: BankOverride.Kind.self), id: try string(),
        location: try location(), targetPath: try optional())
    }
  }

  mutating func question() throws -> Question {
    let id = try string()
    let kind = try parse(try string(), as: QuestionKind.self)
    let prompt = try string()
    let topic = try string()
    let tags = try strings()
    let difficulty = try int()
    let answer = try optional()
    let keyPoints = try (0..<count()).map { _ in
      KeyPoint(text: try string(), accept: try strings(), contradicts: try strings())
    }
    let choices = try (0..<count()).map { _ in
      Choice(text: try string(), isCorrect: try bool(), why: try optional())
    }
    let hints = try strings()
    let pitfalls = try strings()
    let timeLimit = try bool() ? try int() : nil
    let renamedFrom = try strings()
    let competencies = try strings()
    let rubric = try (0..<count()).map { _ in
      RubricItem(dimension: try string(), expectation: try string())
    }
    let followUps = try (0..<count()).map { _ in
      FollowUp(
        prompt: try string(),
        keyPoints: try (0..<count()).map { _ in
          KeyPoint(text: try string(), accept: try strings(), contradicts: try strings())
        },
        whenMissed: try strings().map { text in
          guard let t = FollowUp.Trigger(cacheText: text) else { throw Malformed() }
          return t
        })
    }
    return Question(
      id: id, kind: kind, prompt: prompt, topic: topic, tags: tags, difficulty: difficulty,
      answer: answer,
      keyPoints: keyPoints, choices: choices, hints: hints, pitfalls: pitfalls,
      timeLimitOverride: timeLimit,
      renamedFrom: renamedFrom, competencies: competencies, rubric: rubric, followUps: followUps,
      bankID: try string(),
      category: try parse(try string(), as: Category.self), location: try location())
  }
}
