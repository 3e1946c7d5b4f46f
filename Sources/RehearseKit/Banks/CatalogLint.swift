/// Checks across a whole loaded catalog that only `rehearse check` runs (they cost too much for
/// every start): prompts so alike that two cards would drill one thing, and mock rounds the
/// loaded banks cannot fill.
public enum CatalogLint {
  /// Two prompts whose sets of content words (stemmed, small words left out) overlap this much
  /// (Jaccard: shared over all) read as one question.
  static let twinThreshold = 0.5

  /// Every warning, in catalog order; `rounds: false` leaves out the mock rounds (when the
  /// loops file is not among the files checked).
  public static func diagnostics(_ catalog: BankCatalog, rounds: Bool = true) -> [Diagnostic] {
    twins(catalog) + (rounds ? unfillableRounds(catalog) : [])
  }

  /// Adds the warnings to the catalog's own diagnostics.
  public static func apply(to catalog: inout BankCatalog, rounds: Bool = true) {
    catalog.diagnostics += diagnostics(catalog, rounds: rounds)
  }

  /// A warning on the later of each pair of near-duplicate prompts, naming the earlier one.
  static func twins(_ catalog: BankCatalog) -> [Diagnostic] {
    let questions = catalog.questions.filter { !$0.isStoryDrill }
    // Each prompt's words as sorted word numbers, so a pair is compared by one merge.
    var numbers: [String: Int] = [:]
    let words = questions.map { q in
      Set(AnswerText(q.prompt, thesaurus: .empty).content.map(\.key)).map { word in
        if let n = numbers[word] { return n }
        numbers[word] = numbers.count
        return numbers.count - 1
      }.sorted()
    }
    var result: [Diagnostic] = []
    for j in questions.indices {
      for i in 0..<j where !words[i].isEmpty && !words[j].isEmpty {
        let shared = sharedCount(words[i], words[j])
        let share = Double(shared) / Double(words[i].count + words[j].count - shared)
        guard share >= twinThreshold else { continue }
        let percent = Int((share * 100).rounded())
        result.append(
          Diagnostic(
            .warning, at: questions[j].location,
            "prompt of '\(questions[j].id)' shares \(percent)% of its words with "
              + "'\(questions[i].id)'; merge the two (the other id into renamed_from) or make "
              + "them ask clearly different things"))
        result.append(Diagnostic(.note, at: questions[i].location, "'\(questions[i].id)' is here"))
      }
    }
    return result
  }

  /// How many numbers two sorted lists share.
  static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
    var (i, j, n) = (0, 0, 0)
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        n += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return n
  }

  /// A warning for each mock round with fewer matching questions than it asks for.
  static func unfillableRounds(_ catalog: BankCatalog) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for loop in catalog.loops {
      for round in loop.rounds {
        let pool = catalog.questions.filter(round.admits).count
        guard pool < round.questions else { continue }
        result.append(
          Diagnostic(
            .warning, at: loop.location,
            "round '\(round.name)' of loop '\(loop.name)' asks for "
              + "\(counted(round.questions, "question")) but the loaded banks have \(pool) that "
              + "match it (its categories, kinds, topics and tags; coaching banks never count)"))
      }
    }
    return result
  }
}
