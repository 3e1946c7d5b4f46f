import FuzzSupport
import RehearseKit

/// Feeds a folder of bank files to the loader, as `rehearse check FOLDER` does: the files of
/// the input (see ``FileSplitter``) are checked against the bundled reserved files, and a
/// reserved file among them (`# file: loops.yaml`) replaces the bundled one. The bundled files
/// are read once, before fuzzing (``BankReferences``), not again for every input.
@main enum FuzzBankLoader {
  static func main() {
    let references = BankReferences(Repository.references)
    Fuzzer.run { data in
      let files = FileSplitter.files(data)
      var catalog = BankLoader.load(files, references: references)
      let checksLoops = files.contains { BankLoader.fileName($0.path) == BankLoader.loopsFile }
      CatalogLint.apply(to: &catalog, rounds: checksLoops)
      for diagnostic in catalog.diagnostics { _ = diagnostic.description }
    }
  }
}
