import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
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
