import Foundation

/// The cue words and phrases the STAR scorer looks for.
enum StarPhrases {
  static let cues: [StarPart: [String]] = [
    .situation: [
      " at the time", " was working", " we were ", " our team", " context", " background",
      " company ",
      " last year", " years ago", " in 20", " when i joined", " the program ", " there was ",
      " had been ",
    ],
    .task: [
      " my goal", " my job", " my role", " i was responsible", " i was asked", " i needed to",
      " i had to ",
      " tasked", " objective", " i owned", " my responsibility", " the goal was",
      " i was accountable", " my task", " i was brought in to", " i was given",
      " i was charged with",
      " my mandate", " the ask was", " i was on the hook", " i signed up to", " i took on",
    ],
    .action: [
      " i set up", " i met ", " i wrote", " i built", " i proposed", " i organized", " i organised",
      " i created", " i ran ", " i drove", " i aligned", " i negotiated", " i escalated",
      " i scheduled",
      " i asked", " i worked with", " i decided", " i pulled", " i mapped", " i broke", " i talked",
      " i convinced", " i started", " i introduced", " i made ", " i led ", " i facilitated",
      " i brought",
      " i reached", " i sat down", " i prioritized", " i prioritised", " first,", " then i",
      " next,",
    ],
    .result: [
      " as a result", " result", " outcome", " in the end", " we shipped", " we launched",
      " launched",
      " delivered", " reduced", " increased", " improved", " saved", " cut ", " on time",
      " ahead of",
      " which meant", " ended up",
    ],
    .learning: [
      " learned", " learnt", " lesson", " next time", " since then", " now i ", " taught me",
      " i would do differently",
      " in hindsight", " going forward", " i changed how", " i now ",
    ],
  ]

  /// "I"/"me"/"my" against "we"/"us"/"our".
  static func pronouns(_ text: String) -> (i: Int, we: Int) {
    var i = 0
    var we = 0
    for word in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
    {
      switch word {
      case "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my", "myself": i += 1
      case "we", "we're", "we’re", "we've", "we’ve", "us", "our", "ourselves": we += 1
      default: break
      }
    }
    return (i, we)
  }

  /// A number, percentage, length of time or amount of money.
  static func hasMeasure(_ text: String) -> Bool {
    let lower = text.lowercased()
    if lower.contains(where: \.isNumber) { return true }
    let words = [
      "percent", "half", "double", "twice", "triple", "ten", "twenty", "thirty", "hundred",
      "thousand",
      "million", "dozen", "weeks", "months", "days", "hours",
    ]
    let tokens = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
    return !tokens.isDisjoint(with: words)
  }

  static let hypothetical = [
    " i would ", " i'd ", " i’d ", " i will ", " i'll ", " i’ll ", " i might ", " i could ",
    " if i were",
  ]
  static let blame = [
    "their fault", "his fault", "her fault", "blame", "they failed", "they didn't", "they didn’t",
    "incompetent",
    "lazy", "because of them", "dropped the ball", "they refused", "it wasn't my", "it wasn’t my",
  ]
  static let generic = [
    "team player", "hard worker", "hardworking", "passionate", "detail-oriented", "detail oriented",
    "i always ", "i never ", "people person", "go-getter", "perfectionist", "i'm the kind",
    "i’m the kind",
    "i am the kind", "results-driven", "self-starter",
  ]

  /// Findings for hypothetical telling, blame and generic claims.
  static func findings(_ sentences: [StarSegmenter.Sentence]) -> [StarScore.Finding] {
    func first(_ phrases: [String]) -> String? {
      sentences.first { s in
        let lower = " " + s.text.lowercased() + " "
        return phrases.contains { lower.contains($0) }
      }?.text
    }
    let hypothetical = first(hypothetical)
    let blamed = first(blame)
    let generic = first(generic)
    return [
      .init(
        criterion: "real, not hypothetical", points: hypothetical == nil ? 5 : 0, maximum: 5,
        message: hypothetical == nil
          ? "told as something that happened"
          : "\"I would…\": tell what you did, not what you would do",
        sentence: hypothetical),
      .init(
        criterion: "no blame", points: blamed == nil ? 5 : 0, maximum: 5,
        message: blamed == nil
          ? "no blame-shifting"
          : "sounds like blame: describe the constraint and what you did about it",
        sentence: blamed),
      .init(
        criterion: "specific", points: generic == nil ? 5 : 0, maximum: 5,
        message: generic == nil
          ? "specific, no generic claims" : "a generic claim: show it with what happened instead",
        sentence: generic),
    ]
  }
}
