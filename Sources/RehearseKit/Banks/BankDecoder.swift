import Yams

/// Turns one composed bank document into a ``Bank``, reporting every problem it finds.
struct BankDecoder {
  /// The behavioral theme keys `star` questions may name.
  var competencies: Set<String>
  /// The design dimension keys, in rubric order.
  var dimensions: [String]

  static let bankKeys = [
    "id", "title", "category", "description", "purpose", "questions", "hide",
  ]
  static let questionKeys = [
    "id", "kind", "prompt", "topic", "tags", "difficulty", "answer", "key_points", "choices",
    "hints", "pitfalls", "time_limit", "renamed_from", "competencies", "rubric", "follow_ups",
    "category", "replaces",
  ]
  /// Keys that belong to some kinds only.
  static let kindOnlyKeys: [String: Set<QuestionKind>] = [
    "choices": [.choice, .multi],
    "competencies": [.star],
    "follow_ups": [.recall, .star, .design],
    "rubric": [.design],
  ]

  func decode(_ root: Node, reader: NodeReader) -> Bank? {
    guard
      let fields = reader.fields(
        of: root, "a bank", allowed: Self.bankKeys,
        required: ["id", "title", "category", "questions"])
    else { return nil }
    let id = reader.slug(fields["id"], "id")
    let title = reader.text(fields["title"], "title")
    let category = reader.oneOf(fields["category"], "category", as: Category.self)
    let description = reader.text(fields["description"], "description")
    let purpose =
      fields["purpose"] == nil
      ? .interview : reader.oneOf(fields["purpose"], "purpose", as: BankPurpose.self)
    var questions: [Question] = []
    var replacing: Set<String> = []
    var firstSeen: [String: SourceLocation] = [:]
    if let items = reader.items(fields["questions"], "questions") {
      if items.isEmpty, fields["questions"] != nil {
        reader.warning(fields["questions"], "bank has no questions")
      }
      for item in items {
        let errorsBefore = reader.errorCount
        defer { reader.questionErrors += reader.errorCount - errorsBefore }
        let question = decodeQuestion(
          item, bankID: id ?? "", category: category ?? .fundamentals, reader: reader)
        if let question, case .mapping(let m) = item, m["replaces"] != nil {
          replacing.insert(question.id)
        }
        // Duplicates are reported even when either question has other errors.
        if case .mapping(let m) = item, case .scalar(let s)? = m["id"] {
          if let first = firstSeen[s.string] {
            reader.error(m["id"], "duplicate question id '\(s.string)'")
            reader.note(first, "'\(s.string)' was first defined here")
            continue
          }
          firstSeen[s.string] = reader.location(of: m["id"])
        }
        if let question { questions.append(question) }
      }
    }
    guard let id, let title, let category, let purpose else { return nil }
    for i in questions.indices { questions[i].purpose = purpose }
    var overrides: [BankOverride] = []
    for item in reader.items(fields["hide"], "hide") ?? [] {
      if let hidden = reader.slug(item, "hide") {
        overrides.append(
          BankOverride(kind: .hidden, id: hidden, location: reader.location(of: item)))
      }
    }
    for q in questions where replacing.contains(q.id) {
      overrides.append(BankOverride(kind: .replaced, id: q.id, location: q.location))
    }
    return Bank(
      id: id, title: title, category: category, description: description, purpose: purpose,
      questions: questions, path: reader.path, overrides: overrides)
  }

  /// The keys of a mapping node, to choose the required ones before reading it.
  private func keys(of node: Node) -> [String: Node] {
    guard case .mapping(let m) = node else { return [:] }
    var keys: [String: Node] = [:]
    for (k, v) in m { if case .scalar(let s) = k { keys[s.string] = v } }
    return keys
  }

  private func decodeQuestion(
    _ node: Node, bankID: String, category: Category, reader: NodeReader
  ) -> Question? {
    let errorsBefore = reader.errorCount
    guard
      let f = reader.fields(
        of: node, "a question", allowed: Self.questionKeys,
        required: keys(of: node)["replaces"] == nil
          ? ["id", "kind", "prompt", "topic"] : ["kind", "prompt", "topic"])
    else { return nil }
    // A question that replaces another takes its id, so the progress made on it is kept.
    let replaces = reader.slug(f["replaces"], "replaces")
    var id = f["id"] == nil ? replaces : reader.slug(f["id"], "id")
    if let replaces, let own = id, own != replaces {
      reader.error(
        f["id"],
        "a question that replaces '\(replaces)' keeps its id; leave 'id' out or set it to '\(replaces)'"
      )
      id = nil
    }
    let kind = reader.oneOf(f["kind"], "kind", as: QuestionKind.self)
    let prompt = reader.text(f["prompt"], "prompt")
    let topic = reader.slug(f["topic"], "topic")
    // A question may name its own category (a user bank mixing them); the bank's by default.
    let ownCategory =
      f["category"] == nil ? category : reader.oneOf(f["category"], "category", as: Category.self)
    let tags = reader.slugs(f["tags"], "tags") ?? []
    let difficulty = reader.integer(f["difficulty"], "difficulty", in: 1...3) ?? 2
    let answer = reader.text(f["answer"], "answer")
    let keyPoints = decodeKeyPoints(f["key_points"], reader: reader)
    let hints = reader.texts(f["hints"], "hints") ?? []
    let pitfalls = reader.texts(f["pitfalls"], "pitfalls") ?? []
    let timeLimit = reader.integer(f["time_limit"], "time_limit", in: 5...7200)
    let renamedFrom = reader.slugs(f["renamed_from"], "renamed_from") ?? []
    let choices = decodeChoices(f["choices"], reader: reader)
    let competencies = decodeCompetencies(f["competencies"], reader: reader)
    let rubric = decodeRubric(f["rubric"], reader: reader)
    let followUps = decodeFollowUps(
      f["follow_ups"], kind: kind, keyPoints: keyPoints.count, rubric: rubric, reader: reader)

    if let kind {
      checkKindRules(
        kind, f, answer: answer, keyPoints: keyPoints, choices: choices, reader: reader)
    }
    if let id, renamedFrom.contains(id) {
      reader.error(f["renamed_from"], "'renamed_from' lists the question's own id '\(id)'")
    }
    guard reader.errorCount == errorsBefore, let id, let kind, let prompt, let topic else {
      return nil
    }
    return Question(
      id: id, kind: kind, prompt: prompt, topic: topic, tags: tags, difficulty: difficulty,
      answer: answer, keyPoints: keyPoints, choices: choices, hints: hints, pitfalls: pitfalls,
      timeLimitOverride: timeLimit, renamedFrom: renamedFrom, competencies: competencies,
      rubric: rubric, followUps: followUps, bankID: bankID, category: ownCategory ?? category,
      location: reader.location(of: node))
  }

  private func checkKindRules(
    _ kind: QuestionKind, _ f: Fields, answer: String?, keyPoints: [KeyPoint], choices: [Choice],
    reader: NodeReader
  ) {
    for (key, kinds) in Self.kindOnlyKeys where f[key] != nil && !kinds.contains(kind) {
      let names = kinds.map(\.rawValue).sorted().joined(separator: " and ")
      reader.error(f.keyNode(key), "'\(key)' is only for \(names) questions, not \(kind.rawValue)")
    }
    switch kind {
    case .recall:
      if f["answer"] == nil { reader.error(f.node, "a recall question needs an 'answer'") }
      if f["key_points"] == nil { reader.error(f.node, "a recall question needs 'key_points'") }
    case .star:
      if f["answer"] == nil {
        reader.error(f.node, "a star question needs an 'answer' saying what a strong story shows")
      }
      if f["competencies"] == nil { reader.error(f.node, "a star question needs 'competencies'") }
    case .design:
      if f["answer"] == nil { reader.error(f.node, "a design question needs an 'answer'") }
      if f["rubric"] == nil { reader.error(f.node, "a design question needs a 'rubric'") }
    case .choice, .multi:
      guard let node = f["choices"] else {
        reader.error(f.node, "a \(kind.rawValue) question needs 'choices'")
        return
      }
      let correct = choices.filter(\.isCorrect).count
      if choices.count < 2 {
        reader.error(
          node, "a \(kind.rawValue) question needs at least 2 choices, found \(choices.count)")
      } else if kind == .choice && correct != 1 {
        reader.error(
          node,
          "a choice question needs exactly one correct option, found \(correct); use kind 'multi' for several"
        )
      } else if kind == .multi && correct == 0 {
        reader.error(node, "a multi question needs at least one correct option, found none")
      }
    }
  }

  func decodeKeyPoints(_ node: Node?, reader: NodeReader) -> [KeyPoint] {
    guard let items = reader.items(node, "key_points") else { return [] }
    if items.isEmpty { reader.error(node, "'key_points' is empty") }
    return items.compactMap { item in
      if case .scalar = item {
        return reader.text(item, "key point").map { KeyPoint(text: $0) }
      }
      guard
        let f = reader.fields(
          of: item, "a key point", allowed: ["point", "accept", "contradicts"], required: ["point"]),
        let text = reader.text(f["point"], "point")
      else { return nil }
      for (key, what) in [("accept", "alternate"), ("contradicts", "misconception")] {
        let phrases = reader.items(f[key], key) ?? []
        for (i, phrase) in phrases.enumerated() {
          guard case .scalar(let scalar) = phrase else { continue }
          if let problem = Self.weakPhrase(scalar.string) {
            reader.warning(phrase, "\(what) '\(scalar.string)' \(problem)")
          }
          // [7,200 requests an hour] is two items in YAML: "7" and "200 requests an hour".
          if scalar.style == .plain, scalar.string.count <= 3, scalar.string.allSatisfy(\.isNumber),
            i + 1 < phrases.count, case .scalar(let next) = phrases[i + 1],
            next.string.prefix(3).allSatisfy(\.isNumber), next.string.count >= 3
          {
            reader.warning(
              phrase,
              "\(what) '\(scalar.string)' looks like a figure split at its comma; quote it: "
                + "\"\(scalar.string),\(next.string)\"")
          }
        }
      }
      return KeyPoint(
        text: text, accept: reader.texts(f["accept"], "accept") ?? [],
        contradicts: reader.texts(f["contradicts"], "contradicts") ?? [])
    }
  }

  /// Why a phrase cannot tell a real answer from a wrong one or a list of terms: it reduces to
  /// no word at all, or to one generic word. Nil when it is specific enough.
  static func weakPhrase(_ phrase: String) -> String? {
    // Most phrases have two words or more that no stemming, number or function-word rule can
    // merge or drop: those are specific enough without reading them as an answer (this check
    // ran on every alternate and was a fifth of a bank's load).
    let plain = AnswerText.words(phrase).filter {
      !AnswerText.functionWords.contains($0) && !AnswerText.negators.contains($0)
        && $0.allSatisfy(\.isLetter) && NumberReader.units[$0] == nil
        && NumberReader.scales[$0] == nil
    }
    if plain.count >= 2 { return nil }
    let words = AnswerText(phrase, thesaurus: .empty).content.map(\.key)
    if words.isEmpty { return "has no word an answer could match" }
    if words.count == 1, genericStems.contains(words[0]) {
      return "is one generic word; write the 2–4 word phrase a candidate would type"
    }
    return nil
  }

  /// Stems of words too common in TPM answers to show, alone, that a point was made.
  static let genericStems: Set<String> = Set(
    [
      "team", "data", "owner", "result", "percent", "plan", "risk", "user", "cost", "date",
      "week", "agree", "option", "average", "peak", "time", "work", "issue", "process", "goal",
      "metric", "people", "change", "decision", "system", "service", "project", "program",
      "problem", "question", "customer", "stakeholder", "update", "status", "meeting", "review",
      "number", "value", "need", "use", "good", "better", "right", "first", "new", "impact",
      "scope", "sponsor", "priority", "support", "test", "launch", "release", "product",
    ].map(Stemmer.english.stem))

  private func decodeChoices(_ node: Node?, reader: NodeReader) -> [Choice] {
    guard let items = reader.items(node, "choices") else { return [] }
    let choices: [Choice] = items.compactMap { item in
      guard
        let f = reader.fields(
          of: item, "a choice", allowed: ["text", "correct", "why"], required: ["text"]),
        let text = reader.text(f["text"], "text")
      else { return nil }
      let correct = reader.boolean(f["correct"], "correct") ?? false
      let why = reader.text(f["why"], "why")
      if !correct && why == nil && f["why"] == nil {
        reader.warning(item, "wrong choice has no 'why'; say why it is wrong")
      }
      return Choice(text: text, isCorrect: correct, why: why)
    }
    if let node, let giveaway = Self.lengthGiveaway(choices) { reader.warning(node, giveaway) }
    return choices
  }

  /// How much longer a correct option may be than every wrong one before its length gives it
  /// away (a user learns to pick the longest option).
  static let longestCorrectMargin = 1.2

  /// A warning when a correct option is longer than every wrong one by more than the margin.
  static func lengthGiveaway(_ choices: [Choice]) -> String? {
    let wrong = choices.filter { !$0.isCorrect }.map(\.text.count)
    let right = choices.filter(\.isCorrect).map(\.text.count)
    guard let longestWrong = wrong.max(), let longestRight = right.max(), longestWrong > 0
    else { return nil }
    guard Double(longestRight) > Double(longestWrong) * longestCorrectMargin else { return nil }
    return "the correct option is \(Int((Double(longestRight) / Double(longestWrong) - 1) * 100))% "
      + "longer than every wrong one, which gives it away; make the wrong options as specific"
  }

  private func decodeCompetencies(_ node: Node?, reader: NodeReader) -> [String] {
    guard let items = reader.items(node, "competencies") else { return [] }
    if items.isEmpty { reader.error(node, "'competencies' is empty") }
    return items.compactMap { item in
      guard let key = reader.slug(item, "competency") else { return nil }
      guard competencies.contains(key) else {
        let message =
          "unknown competency '\(key)'"
          + (Suggestion.closest(to: key, in: competencies.sorted()).map(Suggestion.phrase)
            ?? " (see competencies.yaml)")
        reader.error(item, message)
        return nil
      }
      return key
    }
  }

  private func decodeRubric(_ node: Node?, reader: NodeReader) -> [RubricItem] {
    guard let node else { return [] }
    guard let f = reader.fields(of: node, "a rubric", allowed: dimensions, required: []) else {
      return []
    }
    if case .mapping(let m) = node, m.count == 0 { reader.error(node, "'rubric' is empty") }
    return dimensions.compactMap { key in
      reader.text(f[key], key).map { RubricItem(dimension: key, expectation: $0) }
    }
  }
}
