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
