import Synchronization

/// A thesaurus built the first time an answer is graded, not when a session starts: stemming
/// every concept term takes a few milliseconds the first question should not wait for.
final class LazyThesaurus: Sendable {
  private let concepts: [Concept]
  private let built = Mutex<Thesaurus?>(nil)

  init(_ concepts: [Concept]) { self.concepts = concepts }

  var value: Thesaurus {
    built.withLock { built in
      if let built { return built }
      let made = Thesaurus(concepts)
      built = made
      return made
    }
  }
}
