/// What `rehearse grade --json` prints: a stable shape for tools that grade answers written
/// elsewhere.
///
/// ```json
/// {"question_id": "pm-raci-two-accountables", "suggested": "hard", "coverage": 0.5,
///  "keyword_list": false, "reason": "50% covered",
///  "items": [{"label": "…", "kind": "key point", "status": "covered", "evidence": "…"}]}
/// ```
public struct GradeReport: Sendable, Encodable {
  public struct Item: Sendable, Encodable {
    public var label: String
    public var kind: AnswerGrade.Item.Kind
    public var status: AnswerGrade.Item.Status
    /// The sentence of the answer that covered (or contradicted) it.
    public var evidence: String?
    /// The alternate, key point or misconception that matched.
    public var matched: String?
  }

  public var questionId: String
  /// again, hard, good or easy.
  public var suggested: String
  public var coverage: Double
  public var keywordList: Bool
  public var reason: String
  public var items: [Item]

  public init(questionId: String, grade: AnswerGrade) {
    self.questionId = questionId
    suggested = grade.suggested.name
    coverage = grade.coverage
    keywordList = grade.isKeywordList
    reason = grade.reason
    items = grade.items.map {
      Item(
        label: $0.label, kind: $0.kind, status: $0.status, evidence: $0.evidence,
        matched: $0.matched)
    }
  }
}
