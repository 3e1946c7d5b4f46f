import Foundation
import RehearseKit

/// Splits one fuzz input into several files, so a single byte string can stand for a folder.
///
/// A line `# file: NAME` starts a file called NAME; the bytes before the first such line are
/// `bank.yaml`. The marker is a YAML comment, so a plain bank file is a valid input as it is,
/// and a seed for a reserved file is that file with `# file: competencies.yaml` on top.
public enum FileSplitter {
  /// The line that starts a new file, without the name and the newline.
  public static let marker = Array("# file: ".utf8)

  /// The files of `data`, in order; empty parts before the first marker are dropped.
  public static func files(_ data: Data) -> [SourceFile] {
    let bytes = [UInt8](data)
    var files: [SourceFile] = []
    var name = "bank.yaml"
    var start = 0
    var lineStart = 0
    func finish(at end: Int) {
      let body = Data(bytes[start..<end])
      if !(files.isEmpty && name == "bank.yaml" && body.isEmpty) {
        files.append(SourceFile(path: "fuzz/\(name)", data: body))
      }
    }
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      if bytes[lineStart..<lineEnd].starts(with: marker) {
        finish(at: lineStart)
        let raw = String(decoding: bytes[(lineStart + marker.count)..<lineEnd], as: UTF8.self)
        let last = BankLoader.fileName(raw.trimmingCharacters(in: .whitespaces))
        name = last.isEmpty ? "bank-\(files.count).yaml" : last
        start = min(lineEnd + 1, bytes.count)
      }
      lineStart = lineEnd + 1
    }
    finish(at: bytes.count)
    return files
  }
}
