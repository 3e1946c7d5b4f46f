import RehearseStore

/// Everything loaded from a set of bank files: the usable banks, the reference files, and every
/// diagnostic found on the way.
public struct BankCatalog: Sendable {
  /// Banks that loaded without errors, in load order.
  public internal(set) var banks: [Bank] = []
  /// Behavioral themes from `competencies.yaml`.
  public internal(set) var competencies: [Competency] = []
  /// Design dimensions from `dimensions.yaml`.
  public internal(set) var dimensions: [DesignDimension] = []
  /// Concept groups from `concepts.yaml`, for matching typed answers.
  public internal(set) var concepts: [Concept] = []
  /// Mock interview loops from `loops.yaml`.
  public internal(set) var loops: [MockLoop] = []
  /// Every problem found, sorted by file and position.
  public internal(set) var diagnostics: [Diagnostic] = []
  /// Files skipped because they had errors.
  public internal(set) var skippedFiles: [String] = []
  /// How many files were read.
  public internal(set) var fileCount = 0
  /// Questions of other banks that a user bank replaces or hides.
  public internal(set) var overrides: [BankOverride] = []

  private var index: [String: Int] = [:]
  private var flat: [Question] = []

  /// All questions of all loaded banks, in load order.
  public var questions: [Question] { flat }

  /// The question with this id, if a loaded bank has it.
  public func question(id: String) -> Question? {
    index[id].map { flat[$0] }
  }

  /// The topic of a question, without copying the whole question (hot in queue building).
  public func topic(of id: String) -> String? {
    index[id].map { flat[$0].topic }
  }

  /// The category of a question, without copying the whole question.
  public func category(of id: String) -> Category? {
    index[id].map { flat[$0].category }
  }

  /// What the store keeps of every loaded question.
  public var entries: [CatalogEntry] { flat.map(\.catalogEntry) }

  /// The number of error diagnostics.
  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

  /// The competency with this key.
  public func competency(_ key: String) -> Competency? {
    competencies.first { $0.key == key }
  }

  /// The design dimension with this key.
  public func dimension(_ key: String) -> DesignDimension? {
    dimensions.first { $0.key == key }
  }

  mutating func rebuildIndex() {
    flat = banks.flatMap(\.questions)
    index = [:]
    index.reserveCapacity(flat.count)
    for (i, q) in flat.enumerated() { index[q.id] = i }
  }
}
