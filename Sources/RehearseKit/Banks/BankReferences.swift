import Foundation

/// Reference files (the reserved files, and banks a user bank may replace) read once, so many
/// folders can be loaded against the same ones without reading them again each time.
///
/// `BankLoader.load(sources, references: files)` and
/// `BankLoader.load(sources, references: BankReferences(files))` give the same catalog.
public struct BankReferences: Sendable {
  var competencies: [Competency] = []
  var dimensions: [DesignDimension] = []
  var concepts: [Concept] = []
  var loops: [MockLoop] = []
  /// The banks among the references, decoded only when a loaded bank overrides one.
  let banks: [SourceFile]

  public init(_ files: [SourceFile]) {
    let reserved = BankLoader.reservedFiles
    let own = files.filter { reserved.contains(BankLoader.fileName($0.path)) }
    banks = files.filter { !reserved.contains(BankLoader.fileName($0.path)) }
    for name in reserved {
      for source in own where BankLoader.fileName(source.path) == name {
        // Problems in reference files are not reported.
        _ = read(source, as: name)
      }
    }
  }

  /// Reads one reserved file into these entries; its problems.
  mutating func read(_ source: SourceFile, as name: String) -> [Diagnostic] {
    let reader = NodeReader(path: source.path)
    var diagnostics: [Diagnostic] = []
    if let root = source.composeYAML(into: &diagnostics) {
      switch name {
      case BankLoader.competenciesFile:
        competencies += ReferenceDecoder.competencies(root, reader: reader)
      case BankLoader.dimensionsFile:
        dimensions += ReferenceDecoder.dimensions(root, reader: reader)
      case BankLoader.conceptsFile:
        concepts += ReferenceDecoder.concepts(root, reader: reader)
      default: loops += ReferenceDecoder.loops(root, reader: reader)
      }
    }
    return diagnostics + reader.diagnostics
  }
}
