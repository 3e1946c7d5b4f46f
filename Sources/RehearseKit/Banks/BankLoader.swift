import Dispatch
import Foundation
import Synchronization
import Yams

/// Loads bank files into a ``BankCatalog``, reporting every problem with its position.
///
/// A problem inside one question skips that question (its error is positioned as usual); a
/// syntax error, or a problem with the bank's own keys, skips the whole file; every other file
/// still loads. Cross-file checks (duplicate bank or question ids, `renamed_from` clashes) run
/// after each file has been read on its own: a clashing question is skipped, a clashing bank id
/// skips the later file.
///
/// ```swift
/// let catalog = BankLoader.load([try SourceFile(contentsOf: url)], references: bundled)
/// for d in catalog.diagnostics { print(d) }
/// ```
public enum BankLoader {
  /// File names with a fixed meaning in a banks folder; they are not banks.
  public static let competenciesFile = "competencies.yaml"
  public static let dimensionsFile = "dimensions.yaml"
  public static let loopsFile = "loops.yaml"
  public static let conceptsFile = "concepts.yaml"

  /// Loads the given files.
  /// - Parameters:
  ///   - sources: bank files and reference files, in priority order.
  ///   - references: where to take `competencies.yaml` and `dimensions.yaml` from when
  ///     `sources` has none (typically the bundled ones); their problems are not reported.
  public static func load(_ sources: [SourceFile], references: [SourceFile] = []) -> BankCatalog {
    load(sources, references: BankReferences(references))
  }

  /// The reserved file names, in the order they are read.
  static let reservedFiles = [competenciesFile, dimensionsFile, loopsFile, conceptsFile]

  /// Loads the given files against references read once (see ``BankReferences``).
  public static func load(_ sources: [SourceFile], references: BankReferences) -> BankCatalog {
    var catalog = BankCatalog()
    catalog.fileCount = sources.count
    let reserved = reservedFiles
    let refs = sources.filter { reserved.contains(fileName($0.path)) }
    let bankSources = sources.filter { !reserved.contains(fileName($0.path)) }

    // Reference files first: banks are validated against them. A reserved file among the
    // sources replaces the references' one.
    var diagnostics: [Diagnostic] = []
    var entries = BankReferences([])
    for name in reserved {
      let own = refs.filter { fileName($0.path) == name }
      if own.isEmpty {
        switch name {
        case competenciesFile: entries.competencies += references.competencies
        case dimensionsFile: entries.dimensions += references.dimensions
        case conceptsFile: entries.concepts += references.concepts
        default: entries.loops += references.loops
        }
      }
      for source in own { diagnostics += entries.read(source, as: name) }
    }
    catalog.competencies = entries.competencies
    catalog.dimensions = entries.dimensions
    catalog.concepts = entries.concepts
    catalog.loops = entries.loops

    // The same reserved file in two folders (the bundled banks given again with --banks, or a
    // user folder that copies one) adds each entry once: the first folder's wins.
    catalog.competencies = unique(catalog.competencies, by: \.key)
    catalog.dimensions = unique(catalog.dimensions, by: \.key)
    catalog.concepts = unique(catalog.concepts, by: \.key)
    catalog.loops = unique(catalog.loops, by: \.name)

    let decoder = BankDecoder(
      competencies: Set(catalog.competencies.map(\.key)),
      dimensions: catalog.dimensions.map(\.key))
    var results = decodeInParallel(bankSources, decoder: decoder)
    let applied = applyOverrides(results.map { $0.skipsFile ? nil : $0.bank }) {
      // Banks among the references (the bundled ones, when a user folder is checked alone)
      // are what a user bank may replace or hide.
      let others = references.banks
      var ids: [String: String] = [:]
      for (source, result) in zip(others, decodeInParallel(others, decoder: decoder)) {
        for q in result.bank?.questions ?? [] { ids[q.id] = source.path }
      }
      return ids
    }
    for i in results.indices where !results[i].skipsFile {
      results[i].bank = applied.banks[i]
      if !applied.diagnostics[i].isEmpty {
        results[i].diagnostics = sortedKeepingNotes(
          results[i].diagnostics + applied.diagnostics[i])
      }
    }
    catalog.overrides = applied.overrides
    var bankIDs: [String: String] = [:]
    var questionIDs: [String: SourceLocation] = [:]
    for (source, result) in zip(bankSources, results) {
      var fileDiagnostics = result.diagnostics
      var ok = result.bank != nil && !result.skipsFile
      if var bank = result.bank {
        if let other = bankIDs[bank.id] {
          fileDiagnostics.append(
            .init(
              .error, at: SourceLocation(path: source.path, line: 1, column: 1),
              "duplicate bank id '\(bank.id)'; \(other) already uses it"))
          ok = false
        }
        // A question whose id another file already uses is skipped, not the file.
        bank.questions.removeAll { q in
          let clashes = ([q.id] + q.renamedFrom).compactMap { id in questionIDs[id].map { (id, $0) }
          }
          for (id, first) in clashes {
            fileDiagnostics.append(.init(.error, at: q.location, "duplicate question id '\(id)'"))
            fileDiagnostics.append(.init(.note, at: first, "'\(id)' is already defined here"))
          }
          return !clashes.isEmpty
        }
        if ok {
          bankIDs[bank.id] = source.path
          for q in bank.questions {
            questionIDs[q.id] = q.location
            for old in q.renamedFrom { questionIDs[old] = q.location }
          }
          catalog.banks.append(bank)
        }
      }
      if !ok { catalog.skippedFiles.append(source.path) }
      diagnostics += fileDiagnostics
    }
    catalog.diagnostics = diagnostics
    catalog.rebuildIndex()
    return catalog
  }

  /// `items` without the later ones whose `key` an earlier one has.
  static func unique<T>(_ items: [T], by key: (T) -> String) -> [T] {
    var seen: Set<String> = []
    return items.filter { seen.insert(key($0)).inserted }
  }

  private struct FileResult: Sendable {
    var bank: Bank?
    var diagnostics: [Diagnostic]
    /// A syntax error or a problem with the bank's own keys: the whole file is skipped. A
    /// problem inside one question skips only that question.
    var skipsFile = true
  }

  private static func decodeInParallel(_ sources: [SourceFile], decoder: BankDecoder)
    -> [FileResult]
  {
    let results = ResultSlots<FileResult>(count: sources.count)
    DispatchQueue.concurrentPerform(iterations: sources.count) { i in
      results[i] = decodeOne(sources[i], decoder: decoder)
    }
    return results.values.map { $0 ?? FileResult(diagnostics: []) }
  }

  private static func decodeOne(_ source: SourceFile, decoder: BankDecoder) -> FileResult {
    var diagnostics: [Diagnostic] = []
    guard let root = source.composeYAML(into: &diagnostics) else {
      return FileResult(diagnostics: diagnostics)
    }
    let reader = NodeReader(path: source.path)
    let bank = decoder.decode(root, reader: reader)
    let fileErrors =
      diagnostics.filter { $0.severity == .error }.count + reader.errorCount
      - reader.questionErrors
    // Report in file order; a note stays right after the message it explains.
    return FileResult(
      bank: bank, diagnostics: diagnostics + Self.sortedKeepingNotes(reader.diagnostics),
      skipsFile: fileErrors > 0)
  }

  static func sortedKeepingNotes(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var groups: [[Diagnostic]] = []
    for d in diagnostics {
      if d.severity == .note, !groups.isEmpty {
        groups[groups.count - 1].append(d)
      } else {
        groups.append([d])
      }
    }
    return groups.enumerated()
      .sorted { ($0.element[0].location, $0.offset) < ($1.element[0].location, $1.offset) }
      .flatMap(\.element)
  }

  public static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}

/// Fixed-size storage that concurrent iterations each write one distinct slot of.
private final class ResultSlots<T: Sendable>: Sendable {
  private let storage: Mutex<[T?]>

  init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

  subscript(i: Int) -> T? {
    get { storage.withLock { $0[i] } }
    set { storage.withLock { $0[i] = newValue } }
  }

  var values: [T?] { storage.withLock { $0 } }
}
