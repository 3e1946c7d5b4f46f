import Foundation
import RehearseKit
import RehearseTestSupport
import Testing

extension BankLoaderTests {
  /// The bundled folder given again with --banks (or a user folder that copies a reserved
  /// file) must not double a design question's rubric or the themes.
  @Test func aReservedFileLoadedTwiceAddsEachEntryOnce() throws {
    let bank = SourceFile(
      path: "d.yaml",
      data: Data(
        BankFixtures.bank(
          category: "system-design",
          questions: BankFixtures.design(
            id: "d1",
            rubric: [
              ("requirements", "Shorten and redirect first."),
              ("rollout", "A canary, then everyone."),
            ])
        ).utf8))
    let twice = BankFixtures.references + BankFixtures.references
    let catalog = BankLoader.load([bank] + twice)
    #expect(catalog.dimensions.map(\.key) == ["requirements", "estimates", "rollout"])
    #expect(catalog.competencies.count == 3)
    #expect(
      try #require(catalog.question(id: "d1")).rubric.map(\.dimension) == [
        "requirements", "rollout",
      ])
  }
}

extension BankLoaderTests {
  /// References read once (as the fuzz harness and repeated checks use them) load a folder
  /// exactly as the same files given each time; a reserved file among the sources still wins.
  @Test func referencesReadOnceLoadTheSameAsTheirFiles() throws {
    let bank = SourceFile(
      path: "d.yaml",
      data: Data(
        BankFixtures.bank(
          category: "system-design",
          questions: BankFixtures.design(
            id: "d1", rubric: [("requirements", "Shorten."), ("nope", "Unknown.")])
        ).utf8))
    let ownDimensions = SourceFile(
      path: "mine/dimensions.yaml",
      data: Data("dimensions:\n  - key: nope\n    title: Nope\n".utf8))
    let read = BankReferences(BankFixtures.references)
    for sources in [[bank], [bank, ownDimensions]] {
      let files = BankLoader.load(sources, references: BankFixtures.references)
      let once = BankLoader.load(sources, references: read)
      #expect(once.diagnostics.map(\.description) == files.diagnostics.map(\.description))
      #expect(once.questions == files.questions)
      #expect(once.competencies == files.competencies)
      #expect(once.dimensions.map(\.key) == files.dimensions.map(\.key))
      #expect(once.skippedFiles == files.skippedFiles)
    }
    // Loaded twice with the same value, nothing is added to it.
    #expect(BankLoader.load([bank], references: read).competencies.count == 3)
  }
}
