/// What the store needs to know of one loaded question: its id, the ids it was renamed from,
/// and the stats areas its reviews count towards.
public struct CatalogEntry: Sendable, Equatable {
  public var id: String
  public var renamedFrom: [String]
  public var areas: [StatsArea]

  public init(id: String, renamedFrom: [String] = [], areas: [StatsArea] = []) {
    self.id = id
    self.renamedFrom = renamedFrom
    self.areas = areas
  }
}
