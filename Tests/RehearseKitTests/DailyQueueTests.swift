import FSRS
import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

@testable import RehearseKit

/// `DailyQueue`: what to ask today, and in which order.
@Suite struct DailyQueueTests {
  /// Noon UTC; the next rollover is 2025-01-02 04:00 UTC.
  let now = StoreFixtures.utc("2025-01-01 12:00:00")
  let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
  let none = TodayCounts(reviews: 0, newIntroduced: 0, reviewCardsDone: 0)

  func newCard(_ id: String) -> CardRecord {
    CardRecord.new(id, at: now - 30 * 86400)
  }

  func learning(_ id: String, due: Date) -> CardRecord {
    var card = newCard(id)
    card.phase = .learning
    card.step = 1
    card.stability = 2.3
    card.difficulty = 5
    card.due = due.timeIntervalSince1970
    card.lastReview = (due - 600).timeIntervalSince1970
    card.reps = 1
    return card
  }

  /// A review card last seen `daysAgo` study days ago with stability `stability`.
  func review(_ id: String, due: Date, daysAgo: Int = 10, stability: Double = 10) -> CardRecord {
    var card = newCard(id)
    card.phase = .review
    card.stability = stability
    card.difficulty = 5
    card.due = due.timeIntervalSince1970
    card.lastReview = (now - Double(daysAgo) * 86400).timeIntervalSince1970
    card.reps = 3
    return card
  }

  func queue(
    _ cards: [CardRecord], _ catalog: BankCatalog, settings: Settings = Settings(),
    today: TodayCounts? = nil,
    filter: QueueFilter = QueueFilter(), newOnly: Bool = false, preferredTopics: [String] = []
  ) throws -> [String] {
    let scheduler = Scheduler(try settings.schedulerConfiguration())
    return DailyQueue(
      cards: cards, catalog: catalog, settings: settings, scheduler: scheduler, calendar: calendar,
      now: now,
      today: today ?? none, filter: filter, newOnly: newOnly, preferredTopics: preferredTopics
    ).entries.map(\.questionId)
  }

  /// Every question on its own topic, so topic interleaving keeps priority order.
  func distinctTopics(_ ids: [String]) -> BankCatalog {
    CatalogFixtures.catalog(ids.map { QuestionSpec($0, topic: "topic-\($0)") })
  }

  @Test func learningThenReviewsByRiskThenNew() throws {
    let catalog = distinctTopics([
      "n1", "n2", "r-safe", "r-risky", "r-mid", "l-late", "l-early", "l-ahead", "l-later",
    ])
    let cards = [
      newCard("n1"), newCard("n2"),
      review("r-safe", due: now - 3600, daysAgo: 3, stability: 50),
      review("r-risky", due: now - 5 * 86400, daysAgo: 20, stability: 2),
      review("r-mid", due: now + 3600, daysAgo: 10, stability: 10),
      learning("l-late", due: now - 60),
      learning("l-early", due: now - 1800),
      learning("l-ahead", due: now + 15 * 60),
      learning("l-later", due: now + 2 * 3600),
    ]
    let ids = try queue(cards, catalog)
    #expect(ids == ["l-early", "l-late", "l-ahead", "r-risky", "r-mid", "r-safe", "n1", "n2"])

    let entries = DailyQueue(
      cards: cards, catalog: catalog, settings: Settings(), scheduler: Scheduler(),
      calendar: calendar, now: now,
      today: none
    ).entries
    #expect(
      entries.map(\.reason) == [
        .learning, .learning, .learning, .review, .review, .review, .new, .new,
      ])
    let risks = entries.filter { $0.reason == .review }.map(\.retrievability)
    #expect(risks == risks.sorted() && risks.allSatisfy { $0 > 0 && $0 < 1 })
  }

  @Test func reviewsDueBeforeTheNextRolloverOnly() throws {
    let catalog = distinctTopics(["tonight", "before-rollover", "after-rollover", "next-week"])
    let cards = [
      review("tonight", due: StoreFixtures.utc("2025-01-01 23:00:00")),
      review("before-rollover", due: StoreFixtures.utc("2025-01-02 03:59:00")),
      review("after-rollover", due: StoreFixtures.utc("2025-01-02 04:00:00")),
      review("next-week", due: now + 7 * 86400),
    ]
    #expect(Set(try queue(cards, catalog)) == ["tonight", "before-rollover"])
  }

  @Test func newCardsAreLimitedByWhatWasIntroducedToday() throws {
    let ids = (1...6).map { "n\($0)" }
    let catalog = distinctTopics(ids)
    var settings = Settings()
    settings.newPerDay = 4
    let cards = ids.map(newCard)
    #expect(try queue(cards, catalog, settings: settings) == ["n1", "n2", "n3", "n4"])
    let today = TodayCounts(reviews: 3, newIntroduced: 3, reviewCardsDone: 0)
    #expect(try queue(cards, catalog, settings: settings, today: today) == ["n1"])
    let over = TodayCounts(reviews: 9, newIntroduced: 9, reviewCardsDone: 0)
    #expect(try queue(cards, catalog, settings: settings, today: over).isEmpty)
  }

  @Test func reviewsAreCappedByReviewsPerDay() throws {
    let catalog = distinctTopics(["a", "b", "c", "l"])
    var settings = Settings()
    settings.reviewsPerDay = 3
    let cards = [
      review("a", due: now, daysAgo: 30, stability: 1),
      review("b", due: now, daysAgo: 10, stability: 5),
      review("c", due: now, daysAgo: 2, stability: 40), learning("l", due: now - 60),
    ]
    let done = TodayCounts(reviews: 5, newIntroduced: 0, reviewCardsDone: 2)
    // The riskiest review is kept; learning cards are not capped.
    #expect(try queue(cards, catalog, settings: settings, today: done) == ["l", "a"])
    let full = TodayCounts(reviews: 5, newIntroduced: 0, reviewCardsDone: 3)
    #expect(try queue(cards, catalog, settings: settings, today: full) == ["l"])
  }

  @Test func suspendedAndRetiredCardsNeverAppear() throws {
    let catalog = distinctTopics([
      "ok", "s-new", "s-learn", "s-review", "r-new", "r-learn", "r-review",
    ])
    var cards = [
      newCard("s-new"), learning("s-learn", due: now - 60), review("s-review", due: now),
      newCard("r-new"), learning("r-learn", due: now - 60), review("r-review", due: now),
    ]
    for i in cards.indices {
      if cards[i].questionId.hasPrefix("s-") {
        cards[i].suspended = true
      } else {
        cards[i].retired = true
      }
    }
    cards.append(newCard("ok"))
    #expect(try queue(cards, catalog) == ["ok"])
    #expect(try queue(cards, catalog, newOnly: true) == ["ok"])
  }

  @Test func newOnlySkipsDueCards() throws {
    let catalog = distinctTopics(["n", "l", "r"])
    let cards = [newCard("n"), learning("l", due: now - 60), review("r", due: now)]
    #expect(try queue(cards, catalog, newOnly: true) == ["n"])
  }

  static let filterCatalog = CatalogFixtures.catalog(banks: [
    .init(
      id: "alpha", category: "leadership",
      questions: [
        QuestionSpec("a-raci", topic: "raci", kind: .recall, tags: ["roles"]),
        QuestionSpec("a-risk", topic: "risk", kind: .choice, tags: ["planning", "roles"]),
      ]),
    .init(
      id: "beta", category: "fundamentals",
      questions: [
        QuestionSpec("b-raci", topic: "raci", kind: .choice),
        QuestionSpec("b-cap", topic: "capacity", kind: .recall, tags: ["planning"]),
      ]),
  ])

  @Test(arguments: [
    (QueueFilter(), ["a-raci", "a-risk", "b-raci", "b-cap"]),
    (QueueFilter(categories: [.fundamentals]), ["b-raci", "b-cap"]),
    (QueueFilter(topics: ["raci"]), ["a-raci", "b-raci"]),
    (QueueFilter(tags: ["planning"]), ["a-risk", "b-cap"]),
    (QueueFilter(kinds: [.choice]), ["a-risk", "b-raci"]),
    (QueueFilter(banks: ["alpha"]), ["a-raci", "a-risk"]),
    (QueueFilter(topics: ["raci"], kinds: [.recall]), ["a-raci"]),
    (QueueFilter(categories: [.behavioral]), []),
  ])
  func filtersRestrictTheQueue(_ filter: QueueFilter, _ expected: [String]) throws {
    let catalog = Self.filterCatalog
    #expect(catalog.errorCount == 0, "\(catalog.diagnostics)")
    let cards = catalog.questions.map { newCard($0.id) }
    #expect(Set(try queue(cards, catalog, filter: filter)) == Set(expected))
    // The same filter applies to due cards.
    let due = catalog.questions.map { review($0.id, due: now) }
    #expect(Set(try queue(due, catalog, filter: filter)) == Set(expected))
  }

  @Test func consecutiveEntriesAvoidTheSameTopic() throws {
    let catalog = CatalogFixtures.catalog([
      QuestionSpec("a1", topic: "a"), QuestionSpec("a2", topic: "a"),
      QuestionSpec("a3", topic: "a"),
      QuestionSpec("b1", topic: "b"), QuestionSpec("b2", topic: "b"),
      QuestionSpec("c1", topic: "c"),
    ])
    let ids = try queue(catalog.questions.map { newCard($0.id) }, catalog)
    // Topics take turns: the first of each, then the second of each…
    #expect(ids == ["a1", "b1", "c1", "a2", "b2", "a3"])
    let topics = ids.map { catalog.question(id: $0)!.topic }
    #expect(zip(topics, topics.dropFirst()).allSatisfy { $0 != $1 })
  }

  @Test func withoutAlternativesTheOrderIsKept() throws {
    let catalog = CatalogFixtures.catalog(ids: ["x1", "x2", "x3"])
    #expect(try queue(catalog.questions.map { newCard($0.id) }, catalog) == ["x1", "x2", "x3"])
  }

  @Test func preferredTopicsOrderTheNewQuestionsTheMixChose() throws {
    let catalog = CatalogFixtures.catalog([
      QuestionSpec("s1", topic: "strong"), QuestionSpec("w1", topic: "weak"),
      QuestionSpec("m1", topic: "middling"),
      QuestionSpec("s2", topic: "strong"),
    ])
    var settings = Settings()
    settings.newPerDay = 2
    let cards = catalog.questions.map { newCard($0.id) }
    #expect(try queue(cards, catalog, settings: settings) == ["s1", "w1"])
    // Weak areas order the day's mix; they do not choose it.
    #expect(
      try queue(cards, catalog, settings: settings, preferredTopics: ["weak", "middling"]) == [
        "w1", "s1",
      ])
    #expect(try queue(cards, catalog, preferredTopics: ["weak"]) == ["w1", "s1", "m1", "s2"])
  }

  /// Today's counts come from the store, so a second session the same day keeps the limits.
  @Test func limitsCountWhatWasDoneEarlierToday() throws {
    let settings = StoreFixtures.exactSettings {
      $0.newPerDay = 3
      $0.reviewsPerDay = 1
    }
    let store = try Store.temporary(settings: settings)
    let catalog = CatalogFixtures.catalog([
      QuestionSpec("old-1", topic: "t1"), QuestionSpec("old-2", topic: "t2"),
      QuestionSpec("n1", topic: "t3"),
      QuestionSpec("n2", topic: "t4"), QuestionSpec("n3", topic: "t5"),
      QuestionSpec("n4", topic: "t6"),
    ])
    try store.sync(with: catalog, at: now - 30 * 86400)
    for id in ["old-1", "old-2"] {
      try store.record(ReviewInput(questionId: id, rating: .easy, reviewedAt: now - 10 * 86400))
    }
    func ids(at date: Date) throws -> [String] {
      DailyQueue(
        cards: try store.activeCards(), catalog: catalog, settings: settings,
        scheduler: store.scheduler,
        calendar: store.calendar, now: date, today: try store.todayCounts(at: date)
      ).entries.map(\.questionId)
    }
    let morning = now - 3 * 3600
    // Equal risk: the tie goes to the lower id.
    #expect(try ids(at: morning) == ["old-1", "n1", "n2", "n3"])

    // First session: one review card and two new questions.
    try store.record(ReviewInput(questionId: "old-1", rating: .good, reviewedAt: morning))
    try store.record(ReviewInput(questionId: "n1", rating: .easy, reviewedAt: morning + 60))
    try store.record(ReviewInput(questionId: "n2", rating: .easy, reviewedAt: morning + 120))
    let counts = try store.todayCounts(at: now)
    #expect(counts.newIntroduced == 2 && counts.reviewCardsDone == 1 && counts.reviews == 3)
    // Later the same day: the review limit is used up and one new question is left.
    #expect(try ids(at: now) == ["n3"])
    // After the rollover the limits start again.
    let tomorrow = StoreFixtures.utc("2025-01-02 05:00:00")
    #expect(try ids(at: tomorrow).filter { $0.hasPrefix("n") } == ["n3", "n4"])
  }

  /// A learning step finished the next morning is not a review card: it must not use up the
  /// day's `reviews_per_day`.
  @Test func aLearningCardFinishedOvernightIsNotCountedAsAReviewCard() throws {
    let store = try Store.temporary(settings: StoreFixtures.exactSettings())
    try store.sync(with: CatalogFixtures.catalog(ids: ["late", "due"]), at: now - 30 * 86400)
    try store.record(ReviewInput(questionId: "due", rating: .easy, reviewedAt: now - 10 * 86400))
    let evening = StoreFixtures.utc("2024-12-31 23:00:00")
    try store.record(ReviewInput(questionId: "late", rating: .good, reviewedAt: evening))
    let next = try store.record(
      ReviewInput(questionId: "late", rating: .good, reviewedAt: now - 3600))
    #expect(next.review.elapsedDays == 1)
    let counts = try store.todayCounts(at: now)
    #expect(counts.reviews == 1)
    #expect(counts.newIntroduced == 0)
    #expect(counts.reviewCardsDone == 0, "the card was in learning, not review")

    let settings = StoreFixtures.exactSettings { $0.reviewsPerDay = 1 }
    let entries = DailyQueue(
      cards: try store.activeCards(), catalog: CatalogFixtures.catalog(ids: ["late", "due"]),
      settings: settings,
      scheduler: store.scheduler, calendar: store.calendar, now: now, today: counts)
    #expect(entries.entries.map(\.questionId) == ["due"])
  }

  @Test func cardsOfUnloadedQuestionsAreSkipped() throws {
    let catalog = distinctTopics(["here"])
    #expect(
      try queue([newCard("here"), newCard("elsewhere"), review("gone", due: now)], catalog) == [
        "here"
      ])
  }
}
