/// Question counts of a catalog by category, kind and topic, for `check` and `banks`.
public struct BankSummary: Sendable, Codable, Equatable {
  /// Counts for one bank.
  public struct BankCounts: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var category: String
    public var path: String
    public var questions: Int
    public var kinds: [String: Int]
    public var topics: [String: Int]
  }

  public var banks: [BankCounts]
  public var questions: Int
  public var categories: [String: Int]
  public var kinds: [String: Int]

  /// Summarizes the banks of a catalog.
  public init(_ catalog: BankCatalog) {
    banks = catalog.banks.map { bank in
      BankCounts(
        id: bank.id, title: bank.title, category: bank.category.rawValue, path: bank.path,
        questions: bank.questions.count,
        kinds: Self.count(bank.questions.map(\.kind.rawValue)),
        topics: Self.count(bank.questions.map(\.topic)))
    }
    let all = catalog.questions
    questions = all.count
    categories = Self.count(all.map(\.category.rawValue))
    kinds = Self.count(all.map(\.kind.rawValue))
  }

  private static func count(_ values: [String]) -> [String: Int] {
    values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
  }
}
