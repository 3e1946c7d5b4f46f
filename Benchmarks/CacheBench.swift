import Foundation
import RehearseKit

/// The parsed-catalog cache read at every start: the hand-written binary layout against
/// synthesised Codable encodings (JSON and binary property list) of the same catalog.
enum CacheBench {
  /// What a Codable cache would hold.
  struct Snapshot: Codable {
    var banks: [Bank]
    var competencies: [Competency]
    var dimensions: [DesignDimension]
    var loops: [MockLoop]
    var diagnostics: [Diagnostic]
  }

  static func run(in dir: URL) throws {
    let bundled = BankSources.files(at: [URL(fileURLWithPath: "QuestionBanks")], required: false)
    if !bundled.files.isEmpty {
      try compare(BankLoader.load(bundled.files), label: "bundled banks", in: dir)
    }
    let synthetic = SourceFile(
      path: "bench.yaml", data: Data(SyntheticBank.yaml(count: 20_000).utf8))
    try compare(BankLoader.load([synthetic]), label: "20,000 questions", in: dir)
  }

  static func compare(_ catalog: BankCatalog, label: String, in dir: URL) throws {
    let binary = dir.appending(path: "catalog.bin")
    CatalogCache.write(catalog, key: "k", to: binary)
    let snapshot = Snapshot(
      banks: catalog.banks, competencies: catalog.competencies, dimensions: catalog.dimensions,
      loops: catalog.loops, diagnostics: catalog.diagnostics)
    let json = dir.appending(path: "catalog.json")
    try JSONEncoder().encode(snapshot).write(to: json)
    let plist = dir.appending(path: "catalog.plist")
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .binary
    try encoder.encode(snapshot).write(to: plist)
    func time(_ body: () throws -> Void) rethrows -> Double {
      var runs: [Double] = []
      for _ in 0..<7 { runs.append(try Timing.seconds(body)) }
      return Timing.median(runs)
    }
    let b = time { precondition(CatalogCache.read(binary, key: "k") != nil) }
    let j = try time { _ = try JSONDecoder().decode(Snapshot.self, from: Data(contentsOf: json)) }
    let p = try time {
      _ = try PropertyListDecoder().decode(Snapshot.self, from: Data(contentsOf: plist))
    }
    func size(_ url: URL) -> String {
      let n = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
      return String(format: "%.1f MB", Double(n) / 1e6)
    }
    print(
      "cache: \(label) (\(catalog.questions.count) questions): read median binary \(Timing.ms(b)) (\(size(binary))), "
        + "JSON Codable \(Timing.ms(j)) (\(size(json))), plist Codable \(Timing.ms(p)) (\(size(plist)))"
    )
  }
}
