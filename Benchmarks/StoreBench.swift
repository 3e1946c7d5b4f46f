import FSRS
import Foundation
import RehearseKit
import RehearseStore

/// A 20,000-question catalog and a store with one card each.
enum BenchWorld {
  /// Settings with limits high enough that the whole catalog is in play.
  static let settings: Settings = {
    var settings = Settings()
    settings.newPerDay = 50
    settings.reviewsPerDay = 100_000
    return settings
  }()

  static func make(in dir: URL, name: String, questions: Int = 20_000) throws -> (
    BankCatalog, Store
  ) {
    let bank = SourceFile(path: "bench.yaml", data: Data(SyntheticBank.yaml(count: questions).utf8))
    let catalog = BankLoader.load([bank])
    // The imported million-review database is kept in /tmp so `stats` can be re-timed alone.
    let file =
      name == "import"
      ? URL(fileURLWithPath: "/tmp/rehearse-bench-1m.sqlite")
      : dir.appending(path: "\(name).sqlite")
    if name == "import" {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: file.path + suffix)
      }
    }
    let store = try Store.open(
      at: file, settings: try Self.settings.storeSettings(), timeZone: TimeZone(identifier: "UTC")!)
    try store.sync(with: catalog.entries, at: Date(timeIntervalSince1970: 1_700_000_000))
    return (catalog, store)
  }
}

/// Import of 1,000,000 reviews over 20,000 questions.
enum ImportBench {
  static func run(in dir: URL) throws {
    let (catalog, store) = try BenchWorld.make(in: dir, name: "import")
    var csv = "question_id,reviewed_at,rating,duration_ms\n"
    csv.reserveCapacity(60_000_000)
    var rng = SeededGenerator(seed: 42)
    let formatter = ISO8601DateFormatter()
    let start = 1_700_000_000.0
    for q in 0..<20_000 {
      var t = start + Double(q % 86400)
      for _ in 0..<50 {
        t += Double(rng.next() % (86400 * 20)) + 600
        let rating = [1, 2, 3, 3, 3, 4][Int(rng.next() % 6)]
        csv +=
          "bench-q\(q),\(formatter.string(from: Date(timeIntervalSince1970: t))),\(rating),\(rng.next() % 90_000)\n"
      }
    }
    let data = Data(csv.utf8)
    var report: ImportReport?
    let seconds = try Timing.seconds {
      if case .success(let r) = try ReviewImporter(store: store).run(
        data, path: "bench.csv", knownQuestions: [])
      {
        report = r
      }
    }
    print(
      String(
        format: "import: %d reviews over 20000 questions (%.1f MB CSV) in %.1f s (%.0f reviews/s)",
        report?.imported ?? 0, Double(data.count) / 1e6, seconds,
        Double(report?.imported ?? 0) / seconds))
    let again = try Timing.seconds {
      if case .success(let r) = try ReviewImporter(store: store).run(
        data, path: "bench.csv", knownQuestions: [])
      {
        report = r
      }
    }
    print(
      String(format: "import: the same file again adds %d (%.1f s)", report?.imported ?? -1, again))

    let rebuild = try Timing.seconds { try store.refreshAreaDays(catalog.entries) }
    print(
      String(
        format:
          "import: rebuilding per-area totals from the whole log (once, at next start): %.1f s",
        rebuild))
    // Once in the busiest stretch of the history (every question active in the last 90 days),
    // once after it has quietened down.
    try StatsBench.time(
      store: store, catalog: catalog, now: Date(timeIntervalSince1970: start + 86400 * 300))
    try StatsBench.time(
      store: store, catalog: catalog, now: Date(timeIntervalSince1970: start + 86400 * 1100))
  }
}

/// `stats` and the HTML report over a 1,000,000-review history.
enum StatsBench {
  static func time(store: Store, catalog: BankCatalog, now: Date) throws {
    // Stats and the HTML report over the imported history.
    var stats: [Double] = []
    var html: [Double] = []
    for _ in 0..<5 {
      var built: StatsReport?
      stats.append(
        try Timing.seconds {
          built = try StatsBuilder(store: store, catalog: catalog, now: now).build()
        })
      html.append(
        Timing.seconds {
          _ = HTMLReport(stats: built!, matrix: StoryMatrix(catalog: catalog, stories: [])).render()
        })
    }
    print(
      "stats at \(ISO8601DateFormatter().string(from: now).prefix(10)): 1000000 reviews over 20000 questions: median \(Timing.ms(Timing.median(stats))); HTML report adds median \(Timing.ms(Timing.median(html)))"
    )
    let parts: [(String, () throws -> Void)] = [
      ("forecast", { _ = try store.forecast(at: now) }),
      ("practice days", { _ = try store.practiceDays(through: now) }),
    ]
    for (name, body) in parts {
      print("stats:   of which \(name): \(Timing.ms(try Timing.seconds(body)))")
    }
  }
}

/// Choosing the next question with 20,000 cards.
enum QueueBench {
  static func run(in dir: URL) throws {
    let (catalog, store) = try BenchWorld.make(in: dir, name: "queue")
    // Give half the cards a review history so the queue has reviews to rank.
    let now = Date(timeIntervalSince1970: 1_700_000_000 + 86400 * 30)
    for (i, q) in catalog.questions.enumerated() where i % 2 == 0 {
      try store.record(
        ReviewInput(
          questionId: q.id, rating: .good,
          reviewedAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(i))))
    }
    var build: [Double] = []
    var entries = 0
    for _ in 0..<7 {
      build.append(
        try Timing.seconds {
          let cards = try store.activeCards()
          let queue = DailyQueue(
            cards: cards, catalog: catalog, settings: BenchWorld.settings,
            scheduler: store.scheduler,
            calendar: store.calendar, now: now, today: try store.todayCounts(at: now))
          entries = queue.entries.count
        })
    }
    print(
      "queue: build the day's queue from 20000 cards (\(entries) entries): median \(Timing.ms(Timing.median(build)))"
    )
    // Within a session the queue is built once; each next question is then a pop.
    let cards = try store.activeCards()
    let queue = DailyQueue(
      cards: cards, catalog: catalog, settings: BenchWorld.settings, scheduler: store.scheduler,
      calendar: store.calendar, now: now, today: try store.todayCounts(at: now))
    var ids = queue.entries.map(\.questionId)
    var next: [Double] = []
    while !ids.isEmpty && next.count < 2000 {
      next.append(Timing.seconds { _ = catalog.question(id: ids.removeFirst()) })
    }
    print(
      "queue: next question within a session: p50 \(Timing.ms(Timing.median(next))), p99 \(Timing.ms(Timing.percentile(next, 0.99)))"
    )
  }
}

/// Grading → committed: one review written and synced per answer.
enum CommitBench {
  static func run(in dir: URL) throws {
    let (catalog, store) = try BenchWorld.make(in: dir, name: "commit", questions: 2000)
    var times: [Double] = []
    var t = 1_700_000_000.0
    for (i, q) in catalog.questions.prefix(1000).enumerated() {
      t += 30
      let input = ReviewInput(
        questionId: q.id, rating: [.good, .again, .hard, .easy][i % 4],
        reviewedAt: Date(timeIntervalSince1970: t), duration: 12)
      times.append(try Timing.seconds { try store.record(input) })
    }
    print(
      "commit: record a graded answer (one transaction, synchronous=FULL, WAL): p50 \(Timing.ms(Timing.median(times))), p99 \(Timing.ms(Timing.percentile(times, 0.99))) over \(times.count)"
    )
  }
}

/// In-process start-up phases with the bundled-size catalog: cached catalog load, store open
/// and sync, and planning the day's queue (process start and dynamic linking excluded).
enum StartupBench {
  static func run(in dir: URL) throws {
    let home = dir.appending(path: "startup")
    try FileManager.default.createDirectory(
      at: home.appending(path: "banks"), withIntermediateDirectories: true)
    try Data(SyntheticBank.yaml(count: 500).utf8).write(to: home.appending(path: "banks/b.yaml"))
    let env = ["REHEARSE_HOME": home.path, "HOME": home.path]
    let bundled = BundledSet(fingerprint: "none", files: { [] })
    _ = try Workspace.open(WorkspaceOptions(bundled: bundled, environment: env))  // warm the cache
    var open: [Double] = []
    var plan: [Double] = []
    for _ in 0..<20 {
      var ws: Workspace?
      open.append(
        try Timing.seconds {
          ws = try Workspace.open(WorkspaceOptions(bundled: bundled, environment: env))
        })
      let w = ws!
      plan.append(
        try Timing.seconds {
          let cards = try w.store.activeCards()
          _ = DailyQueue(
            cards: cards, catalog: w.catalog, settings: w.settings, scheduler: w.store.scheduler,
            calendar: w.store.calendar, now: Date(), today: try w.store.todayCounts(at: Date()))
        })
    }
    print(
      "startup: open workspace (cached catalog, 500 questions) median \(Timing.ms(Timing.median(open))); plan the day median \(Timing.ms(Timing.median(plan)))"
    )
  }
}

extension StatsBench {
  /// Re-times stats on the database the last `import` run left in /tmp.
  static func rerun() throws {
    let file = URL(fileURLWithPath: "/tmp/rehearse-bench-1m.sqlite")
    guard FileManager.default.fileExists(atPath: file.path) else {
      print("stats: run `rehearse-bench import` first (it leaves /tmp/rehearse-bench-1m.sqlite)")
      return
    }
    let bank = SourceFile(path: "bench.yaml", data: Data(SyntheticBank.yaml(count: 20_000).utf8))
    let catalog = BankLoader.load([bank])
    let store = try Store.open(at: file, timeZone: TimeZone(identifier: "UTC")!)
    try store.refreshAreaDays(catalog.entries)
    for day in [300.0, 1100] {
      try time(
        store: store, catalog: catalog,
        now: Date(timeIntervalSince1970: 1_700_000_000 + 86400 * day))
    }
  }
}
