import RehearseStore

/// The five areas of a TPM interview loop that banks belong to.
public enum Category: String, Sendable, CaseIterable, Codable, Comparable {
  case systemDesign = "system-design"
  case programManagement = "program-management"
  case behavioral
  case leadership
  case fundamentals

  /// A short human title.
  public var title: String {
    switch self {
    case .systemDesign: "System design"
    case .programManagement: "Program management"
    case .behavioral: "Behavioral"
    case .leadership: "Leadership"
    case .fundamentals: "Fundamentals"
    }
  }

  /// The stats area that totals this category's reviews.
  public var statsArea: StatsArea { .category(rawValue) }

  public static func < (lhs: Category, rhs: Category) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
