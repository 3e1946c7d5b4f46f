/// What a mock scorecard rates; stored by raw value in scorecards.
public enum MockDimension: String, Sendable, CaseIterable, Codable {
  case programSense = "program-sense"
  case systemDesign = "system-design"
  case behavioral
  case leadership
  case communication

  public var title: String {
    switch self {
    case .programSense: "Program sense"
    case .systemDesign: "System design"
    case .behavioral: "Behavioral"
    case .leadership: "Leadership"
    case .communication: "Communication"
    }
  }
}
