import BundledBanks
import Foundation
import RehearseKit
import RehearseTestSupport
import Testing

/// The catalog built into the binary is the one the bundled files load to.
struct BundledCatalogTests {
  @Test func theBuiltInCatalogIsWhatTheBundledFilesLoadTo() throws {
    let bytes = try #require(BundledBanks.catalogBytes)
    let built = try #require(
      CatalogCache.decode(
        bytes, key: CatalogCache.key(bundledFingerprint: BundledBanks.fingerprint, signatures: [])
      ))
    let fresh = BankLoader.load(BundledBanks.files.map { SourceFile(path: $0.path, data: $0.data) })
    #expect(built.questions.count == fresh.questions.count)
    #expect(built.questions.count > 400)
    #expect(built.banks == fresh.banks)
    #expect(built.competencies == fresh.competencies)
    #expect(built.loops == fresh.loops)
    #expect(built.concepts == fresh.concepts)
    #expect(built.diagnostics == fresh.diagnostics)
  }
}
