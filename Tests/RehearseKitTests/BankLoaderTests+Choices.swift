import RehearseKit
import RehearseTestSupport
import Testing

extension BankLoaderTests {
  /// A correct option much longer than every wrong one gives itself away: `check` says so,
  /// at the choices.
  @Test func aCorrectOptionThatGivesItselfAwayByLengthIsWarned() {
    func choices(_ right: String) -> String {
      BankFixtures.bank(
        questions: """
            - id: q1
              kind: choice
              prompt: Who is Accountable in RACI?
              topic: t
              choices:
                - text: "\(right)"
                  correct: true
                - text: Everyone who does the work
                  why: Those are Responsible.
                - text: One person per team
                  why: Several owners blur who decides.
          """)
    }
    let long = BankFixtures.load(
      choices("Exactly one person, who answers for the outcome and signs off the work"))
    let warning = long.diagnostics.first { $0.message.contains("gives it away") }
    #expect(warning?.severity == .warning)
    #expect(warning?.location.line == 10)
    let even = BankFixtures.load(choices("Exactly one named person"))
    #expect(!even.diagnostics.contains { $0.message.contains("gives it away") })
  }
}
