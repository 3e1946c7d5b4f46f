/// "1 question", "2 questions", "0 files": a count with its noun in the right number.
public func counted(_ n: Int, _ noun: String, plural: String? = nil) -> String {
  "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
}
