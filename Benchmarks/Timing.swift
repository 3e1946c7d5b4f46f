import Foundation

/// Wall-clock timing helpers.
enum Timing {
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  static func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
  }

  static func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return 0 }
    return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
  }

  static func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }
}

/// Synthetic banks for benchmarks.
enum SyntheticBank {
  /// A bank of `count` questions in the bundled format, mixing all kinds (about 250 bytes each, so 20,000 make ~5 MB).
  static func yaml(count: Int, id: String = "bench") -> String {
    var out = "id: \(id)\ntitle: Benchmark bank\ncategory: program-management\nquestions:\n"
    out.reserveCapacity(count * 300)
    let kinds = ["recall", "choice", "multi", "recall", "choice"]
    for i in 0..<count {
      let kind = kinds[i % kinds.count]
      out += """
          - id: \(id)-q\(i)
            kind: \(kind)
            topic: topic-\(i % 40)
            tags: [tag-\(i % 7)]
            difficulty: \(i % 3 + 1)
            prompt: Upstream team \(i) slips two weeks. What now?
            answer: Re-plan the critical path; escalate early.

        """
      if kind == "recall" {
        out += """
              key_points:
                - point: Re-plan the critical path
                  accept: [critical path]
                - Escalate early

          """
      } else {
        out += """
              choices:
                - text: Escalate with options
                  correct: true
                - text: Wait and see
                  correct: \(kind == "multi" ? "true" : "false")
                  why: Waiting burns float.

          """
      }
    }
    return out
  }
}
