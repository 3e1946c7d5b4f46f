/// A loaded question bank: one YAML file.
public struct Bank: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var category: Category
  public var description: String?
  /// Interview practice, or career and craft coaching (`purpose: coaching`).
  public var purpose: BankPurpose = .interview
  public var questions: [Question]
  /// The file it came from, as shown in diagnostics.
  public var path: String
  /// What this bank replaces or hides in other banks (resolved by the loader).
  public var overrides: [BankOverride] = []
}
