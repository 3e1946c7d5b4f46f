extension BankLoader {
  /// What `replaces:` and `hide:` do once every file is read: the replaced or hidden
  /// questions of other files are taken out, each override learns where its target came from,
  /// and an override with no target is reported (a `replaces:` with none is an error and its
  /// question is skipped; a `hide:` with none a warning).
  /// - Parameters:
  ///   - banks: each file's bank, nil for a file that is skipped.
  ///   - elsewhere: the ids (and files) of banks not loaded but known (the bundled ones when
  ///     `check` lints a user folder alone), asked for only when a target is missing.
  /// - Returns: the banks without the overridden questions, the overrides that took effect,
  ///   and the diagnostics for each file.
  static func applyOverrides(_ banks: [Bank?], elsewhere: () -> [String: String] = { [:] }) -> (
    banks: [Bank?], overrides: [BankOverride], diagnostics: [[Diagnostic]]
  ) {
    var banks = banks
    var diagnostics = Array(repeating: [Diagnostic](), count: banks.count)
    // Which files define each id on their own (a replacing question is not a definition).
    var owners: [String: [Int]] = [:]
    for (i, bank) in banks.enumerated() {
      guard let bank else { continue }
      let replacing = Set(bank.overrides.filter { $0.kind == .replaced }.map(\.id))
      for q in bank.questions where !replacing.contains(q.id) {
        owners[q.id, default: []].append(i)
      }
    }
    var claimed: [String: (file: Int, override: BankOverride)] = [:]
    var known: [String: String]?
    var effective: [BankOverride] = []
    for i in banks.indices {
      guard let bank = banks[i] else { continue }
      for var o in bank.overrides {
        let verb = o.kind == .replaced ? "replaces" : "hides"
        if let first = claimed[o.id] {
          diagnostics[i].append(
            .init(.error, at: o.location, "'\(o.id)' is already replaced or hidden"))
          diagnostics[i].append(.init(.note, at: first.override.location, "by this entry"))
          if o.kind == .replaced { banks[i]?.questions.removeAll { $0.id == o.id } }
          continue
        }
        let target = owners[o.id]?.first(where: { $0 != i }).flatMap { banks[$0]?.path }
        if known == nil, target == nil { known = elsewhere() }
        guard let from = target ?? known?[o.id] else {
          if o.kind == .replaced {
            diagnostics[i].append(
              .init(.error, at: o.location, "\(verb) '\(o.id)', which no other loaded bank has"))
            banks[i]?.questions.removeAll { $0.id == o.id }
          } else {
            diagnostics[i].append(
              .init(.warning, at: o.location, "\(verb) '\(o.id)', which no other loaded bank has"))
          }
          continue
        }
        o.targetPath = from
        claimed[o.id] = (i, o)
        effective.append(o)
      }
    }
    for j in banks.indices {
      banks[j]?.questions.removeAll { q in
        guard let claim = claimed[q.id] else { return false }
        return claim.file != j
      }
    }
    return (banks, effective, diagnostics)
  }
}
