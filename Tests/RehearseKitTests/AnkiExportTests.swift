import CSV
import Foundation
import RehearseKit
import RehearseTestSupport
import Testing

/// The Anki text file as Anki's importer reads it: the documented header, then one note per
/// question with its id as the GUID, HTML-escaped fields, and tags.
@Suite struct AnkiExportTests {
  static let catalog = BankFixtures.load(
    BankFixtures.bank(
      category: "system-design",
      questions: """
          - id: sd-cache
            kind: choice
            prompt: "Which is true of a cache <in front of> a database & why?"
            topic: caching
            tags: [performance, read-path]
            choices:
              - text: It cuts read load
                correct: true
                why: Hits never reach the database.
              - text: It makes writes faster
                why: Writes still go to the database.
          - id: sd-ttl
            kind: recall
            prompt: |
              Why does a DNS change take time?

              Say what you would ask.
            topic: dns
            answer: Resolvers cache the old record until its TTL runs out.
            key_points:
              - point: Resolvers cache until the TTL expires
        """))

  @Test func theHeaderIsAnkisOwnAndEachNoteKeepsItsID() throws {
    let text = try AnkiExport.text(Self.catalog.questions, deck: "TPM prep")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(6)) == [
        "#separator:tab", "#html:true", "#notetype:Basic", "#deck:TPM prep", "#guid column:1",
        "#tags column:4",
      ])
    // Read back with a CSV reader, as Anki does: the GUIDs are the question ids.
    let body = lines.dropFirst(6).joined(separator: "\n")
    let reader = try CSVReader(string: body, hasHeaderRow: false, delimiter: "\t")
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    #expect(rows.map(\.count) == [4, 4])
    #expect(rows.map { $0[0] } == ["sd-cache", "sd-ttl"])
    let cache = rows[0]
    #expect(cache[1].contains("&lt;in front of&gt; a database &amp; why?"))
    #expect(cache[1].contains("<li>It makes writes faster</li>"))
    #expect(cache[2].contains("<li><b>It cuts read load</b> — Hits never reach the database.</li>"))
    #expect(cache[3] == "rehearse::system-design topic::caching kind::choice performance read-path")
    #expect(rows[1][1] == "<p>Why does a DNS change take time?</p><p>Say what you would ask.</p>")
    #expect(rows[1][2].contains("<li>Resolvers cache until the TTL expires</li>"))
    // The same questions export to the same file: importing again updates in place.
    #expect(try AnkiExport.text(Self.catalog.questions, deck: "TPM prep") == text)
  }
}
