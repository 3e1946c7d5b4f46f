import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>.txt` beside the calling test.
///
/// `RECORD_SNAPSHOTS=1 swift test` writes the file instead, and the test fails so a recording
/// run is never mistaken for a passing one.
public func assertSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let file = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appending(path: "Snapshots").appending(path: "\(name).txt")
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
    try? Data(actual.utf8).write(to: file)
    Issue.record(
      "recorded \(file.lastPathComponent); run again without RECORD_SNAPSHOTS",
      sourceLocation: sourceLocation)
    return
  }
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    Issue.record(
      "no snapshot \(file.path); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    let e = expected.components(separatedBy: "\n")
    let a = actual.components(separatedBy: "\n")
    let first = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
    let want = first < e.count ? e[first] : "<end>"
    let got = first < a.count ? a[first] : "<end>"
    Issue.record(
      "\(name) differs from the snapshot at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)",
      sourceLocation: sourceLocation)
  }
}
