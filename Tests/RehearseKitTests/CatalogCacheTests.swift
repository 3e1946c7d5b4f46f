import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Synchronization
import Testing

@Suite struct CatalogCacheTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func cachedCatalogIsIdenticalToAFreshLoad() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let files = BankSources.files(at: [Self.root.appending(path: "QuestionBanks")], required: true)
      .files
    let fresh = BankLoader.load(files)
    let url = dir.url.appending(path: "catalog.bin")
    CatalogCache.write(fresh, key: "k", to: url)
    let cached = try #require(CatalogCache.read(url, key: "k"))
    #expect(cached.banks == fresh.banks)
    #expect(cached.competencies == fresh.competencies)
    #expect(cached.dimensions == fresh.dimensions)
    #expect(cached.loops == fresh.loops)
    #expect(fresh.loops.count >= 4)
    #expect(cached.diagnostics == fresh.diagnostics)
    #expect(cached.question(id: fresh.questions[10].id) == fresh.questions[10])
    #expect(CatalogCache.read(url, key: "other") == nil)
  }

  @Test func editingAUserBankMissesTheCacheAndAHalfWrittenCacheIsIgnored() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let bank = BankFixtures.bank(id: "mine", questions: BankFixtures.recall(id: "q1"))
    try home.write("banks/mine.yaml", bank)
    let paths = RehearsePaths(environment: ["REHEARSE_HOME": home.url.path])
    let bundled = BundledSet(fingerprint: "test", files: { BankFixtures.references })
    let cache = home.url.appending(path: "cache/catalog.bin")
    let first = BankLoader.loadAll(
      bundled: bundled, userBanks: paths.userBanks, extraDirectories: [], cache: cache
    ).catalog
    #expect(first.question(id: "q1") != nil)
    try home.write("banks/mine.yaml", bank.replacingOccurrences(of: "id: q1", with: "id: q2"))
    let second = BankLoader.loadAll(
      bundled: bundled, userBanks: paths.userBanks, extraDirectories: [], cache: cache
    ).catalog
    #expect(second.question(id: "q1") == nil)
    #expect(second.question(id: "q2") != nil)
    // Truncate the cache: the next load ignores it and parses again.
    let data = try Data(contentsOf: cache)
    try data.prefix(data.count / 2).write(to: cache)
    let third = BankLoader.loadAll(
      bundled: bundled, userBanks: paths.userBanks, extraDirectories: [], cache: cache
    ).catalog
    #expect(third.question(id: "q2") != nil)
  }
}

/// The catalog parsed when the binary was built stands in for the bundled YAML.
@Suite struct BuiltCatalogTests {
  /// Counts how often the bundled files are asked for (each time means parsing YAML).
  final class Reads: Sendable {
    let count = Mutex(0)
  }

  static func bundled(
    fingerprint: String = "fp", keyedFor keyFingerprint: String = "fp", reads: Reads
  )
    -> BundledSet
  {
    let files =
      BankFixtures.references + [
        SourceFile(
          path: "QuestionBanks/b.yaml",
          data: Data(BankFixtures.bank(id: "b", questions: BankFixtures.recall(id: "built-q")).utf8)
        )
      ]
    let bytes = [UInt8](
      CatalogCache.encoded(
        BankLoader.load(files),
        key: CatalogCache.key(bundledFingerprint: keyFingerprint, signatures: [])))
    return BundledSet(
      fingerprint: fingerprint,
      files: {
        reads.count.withLock { $0 += 1 }
        return files
      }, catalog: { bytes })
  }

  @Test func aFirstStartWithOnlyTheBundledBanksParsesNoYAML() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let reads = Reads()
    let cache = home.url.appending(path: "cache/catalog.bin")
    let loaded = BankLoader.loadAll(
      bundled: Self.bundled(reads: reads), userBanks: home.url.appending(path: "banks"),
      extraDirectories: [], cache: cache)
    #expect(loaded.catalog.question(id: "built-q") != nil)
    #expect(reads.count.withLock { $0 } == 0)
    // It is kept as the cache, so the next start reads it from there.
    #expect(
      CatalogCache.read(cache, key: CatalogCache.key(bundledFingerprint: "fp", signatures: []))
        != nil)
  }

  @Test func aUserBankOrABuiltCatalogForOtherFilesMeansParsing() throws {
    let home = try TemporaryDirectory()
    defer { home.remove() }
    let reads = Reads()
    // Built for other bundled files (a stale build): ignored.
    let stale = BankLoader.loadAll(
      bundled: Self.bundled(fingerprint: "new", keyedFor: "old", reads: reads),
      userBanks: home.url.appending(path: "banks"), extraDirectories: [], cache: nil)
    #expect(stale.catalog.question(id: "built-q") != nil)
    #expect(reads.count.withLock { $0 } == 1)
    // A user bank is loaded with the bundled files, so they are parsed too.
    try home.write(
      "banks/mine.yaml", BankFixtures.bank(id: "mine", questions: BankFixtures.recall(id: "q1")))
    let mixed = BankLoader.loadAll(
      bundled: Self.bundled(reads: reads), userBanks: home.url.appending(path: "banks"),
      extraDirectories: [], cache: nil)
    #expect(mixed.catalog.question(id: "q1") != nil)
    #expect(mixed.catalog.question(id: "built-q") != nil)
    #expect(reads.count.withLock { $0 } == 2)
  }
}
