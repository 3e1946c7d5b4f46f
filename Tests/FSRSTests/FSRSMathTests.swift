import FSRS
import Testing

/// Spot checks of the formulas against constants quoted in fsrs6.md (py-fsrs 6.3.2 output).
@Suite struct FSRSMathTests {
  let math = FSRSMath(parameters: .defaults)

  @Test func constantsMatchReference() {
    #expect(math.decay == -0.1542)
    #expect(math.factor == 0.9803464944134797)
    #expect(math.initialDifficulty(.easy, clamped: false) == -4.771630703161737)
    #expect(math.interval(stability: 1, desiredRetention: 0.9) == 0.9999999999999999)
  }

  @Test func initialStateIsClampedButReversionTargetIsNot() {
    #expect(math.initialDifficulty(.easy) == 1)
    #expect(math.initialDifficulty(.again) == 6.4133)
    #expect(math.initialStability(.good) == 2.3065)
  }

  @Test func retrievabilityIsOneAtZeroAndNinetyPercentAtStability() {
    #expect(math.retrievability(elapsedDays: 0, stability: 3) == 1)
    let atStability = math.retrievability(elapsedDays: 7, stability: 7)
    #expect(abs(atStability - 0.9) < 1e-12)
  }

  @Test func sameDayStabilityNeverShrinksUnlessAgain() {
    // py-fsrs 6.3.2 floors SInc at 1 for Hard as well as Good and Easy (example 2, row 1).
    #expect(math.shortTermStability(0.212, rating: .hard) == 0.212)
    #expect(math.shortTermStability(0.212, rating: .good) == 0.24668918777567272)
    #expect(math.shortTermStability(100, rating: .again) < 100)
  }

  @Test func memoryUpdateUsesOldDifficulty() {
    let before = MemoryState(stability: 2.3065, difficulty: 2.111214235785395)
    let after = math.nextMemory(before, rating: .good, elapsedDays: 2)
    // Example 1, row 2.
    #expect(after.stability == 10.971048263078135)
    #expect(after.difficulty == 2.1043313908464483)
  }

  @Test func forgetStabilityIsCappedByShortTermTerm() {
    // Example 4, row 3: a lapse after 400 days, where S / e^(w17*w18) is the smaller term.
    let memory = MemoryState(stability: 0.2842063592758949, difficulty: 6.3909413235243795)
    let recall = math.retrievability(elapsedDays: 400, stability: memory.stability)
    #expect(recall == 0.327939271299362)
    let next = math.nextMemory(memory, rating: .again, elapsedDays: 400)
    #expect(next.stability == 0.27048714971174714)
    #expect(next.stability == memory.stability / 1.0507203746232234)
  }
}
