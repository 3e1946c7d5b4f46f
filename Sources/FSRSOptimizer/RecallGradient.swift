import FSRS
import Foundation

/// The recall loss of a set of cards and its analytic gradient with respect to the 21 weights.
///
/// The forward pass is fsrs-rs 6.6's training model: stability clamped to [0.001, 36500] and
/// difficulty to [1, 10] after every step, a same-day review (0 elapsed days) using the
/// short-term formula, and each weighted prediction scored by binary cross-entropy with the
/// probability clamped to [1e-7, 1 - 1e-7]. The backward pass is hand-written reverse-mode
/// differentiation of that forward pass; a clamp that is active stops the gradient, as in
/// Burn/PyTorch. The loss is a weighted sum, not a mean.
///
/// Powers are computed as `exp(y · log x)` so the logarithms the backward pass needs are kept
/// from the forward pass; the hot loop works on raw buffers.
struct RecallGradient {
  static let maximumStability = 36500.0
  static let minimumProbability = 1e-7

  private let w: [Double]
  private let decay: Double
  private let factor: Double
  private let dFactorDDecay: Double
  private let expW8: Double
  private let failureFloorDivisor: Double
  private let easyDifficulty: Double
  private let exp3W5: Double

  /// Prepares the constants of one set of weights.
  /// - Parameter weights: 21 weights.
  init(_ weights: [Double]) {
    w = weights
    decay = -weights[20]
    let c = log(0.9)
    factor = exp(c / decay) - 1
    dFactorDDecay = exp(c / decay) * (-c / (decay * decay))
    expW8 = exp(weights[8])
    failureFloorDivisor = exp(weights[17] * weights[18])
    exp3W5 = exp(3 * weights[5])
    easyDifficulty = weights[4] - exp3W5 + 1
  }

  fileprivate enum Branch: UInt8 { case last, short, shortFloor, failure, failureFloor, success }

  /// What the backward pass needs from one step.
  fileprivate struct Step {
    var s = 0.0  // stability before the review (clamped)
    var d = 0.0  // difficulty before the review (clamped)
    var t = 0.0
    var r = 0.0
    var base = 0.0
    var logBase = 0.0
    var logS = 0.0
    var value = 0.0  // short: multiplier; failure: raw or floor; success: increment
    var a = 0.0  // success: s^-w9; failure: (s+1)^w13
    var b = 0.0  // success: e^((1-r)w10); failure: d^-w12 · e^((1-r)w14)
    var rating = 0
    var branch = Branch.last
    var sPassesClamp = true
    var dPassesClamp = true
  }

  /// Scratch space reused from card to card.
  final class Workspace {
    fileprivate var steps = UnsafeMutablePointer<Step>.allocate(capacity: 1)
    fileprivate var gR = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    private var capacity = 1

    init() {}

    deinit {
      steps.deallocate()
      gR.deallocate()
    }

    fileprivate func reserve(_ length: Int) {
      guard length > capacity else { return }
      steps.deallocate()
      gR.deallocate()
      capacity = max(length, capacity * 2)
      steps = .allocate(capacity: capacity)
      gR = .allocate(capacity: capacity)
    }
  }

  /// The laid-out histories as raw buffers.
  private struct Buffers {
    var w: UnsafeBufferPointer<Double>
    var ratings: UnsafeBufferPointer<Int>
    var elapsed: UnsafeBufferPointer<Double>
    var weights: UnsafeBufferPointer<Double>
    var g: UnsafeMutableBufferPointer<Double>
  }

  /// Returns the weighted loss of some cards, adding its gradient to `gradient`.
  /// - Parameters:
  ///   - cards: Indices into `sequences`.
  ///   - sequences: The laid-out histories and weights.
  ///   - gradient: 21 accumulators the gradient is added to.
  ///   - workspace: Scratch buffers.
  func loss(
    of cards: some Sequence<Int>, in sequences: TrainingSequences,
    gradient: inout [Double], workspace: Workspace
  ) -> Double {
    var total = 0.0
    w.withUnsafeBufferPointer { w in
      sequences.ratings.withUnsafeBufferPointer { ratings in
        sequences.elapsed.withUnsafeBufferPointer { elapsed in
          sequences.weights.withUnsafeBufferPointer { weights in
            gradient.withUnsafeMutableBufferPointer { g in
              let buffers = Buffers(
                w: w, ratings: ratings, elapsed: elapsed, weights: weights, g: g)
              for card in cards {
                let length = sequences.lengths[card]
                workspace.reserve(length)
                total += cardLoss(
                  start: sequences.starts[card], length: length, buffers, workspace.steps,
                  workspace.gR)
              }
            }
          }
        }
      }
    }
    return total
  }

  private func cardLoss(
    start: Int, length: Int, _ x: Buffers, _ steps: UnsafeMutablePointer<Step>,
    _ gRs: UnsafeMutablePointer<Double>
  ) -> Double {
    let w = x.w
    var loss = 0.0
    let first = x.ratings[start]
    let s0 = w[first - 1]
    let d0 = w[4] - exp(w[5] * Double(first - 1)) + 1
    var s = min(max(s0, FSRSMath.minimumStability), Self.maximumStability)
    var d = min(max(d0, 1), 10)
    var step = Step()
    step.rating = first
    step.sPassesClamp = s0 >= FSRSMath.minimumStability && s0 <= Self.maximumStability
    step.dPassesClamp = d0 >= 1 && d0 <= 10
    steps[0] = step
    for i in 1..<length {
      let rating = x.ratings[start + i]
      let t = x.elapsed[start + i]
      step = Step()
      step.rating = rating
      step.s = s
      step.d = d
      step.t = t
      step.logS = log(s)
      step.base = 1 + t / s * factor
      step.logBase = log(step.base)
      step.r = exp(decay * step.logBase)
      let weight = x.weights[start + i]
      gRs[i] = 0
      if weight != 0 {
        let label = rating > 1 ? 1.0 : 0.0
        let r = min(max(step.r, Self.minimumProbability), 1 - Self.minimumProbability)
        loss -= (label * log(r) + (1 - label) * log(1 - r)) * weight
        if step.r > Self.minimumProbability && step.r < 1 - Self.minimumProbability {
          gRs[i] = -weight * (label / r - (1 - label) / (1 - r))
        }
      }
      if i == length - 1 {
        steps[i] = step
        break
      }
      let next: Double
      if t == 0 {
        let raw = exp(w[17] * (Double(rating) - 3 + w[18]) - w[19] * step.logS)
        if rating >= 2 && raw < 1 {
          step.branch = .shortFloor
          step.value = 1
        } else {
          step.branch = .short
          step.value = raw
        }
        next = s * step.value
      } else if rating == 1 {
        step.a = exp(w[13] * log(s + 1))
        step.b = exp(-w[12] * log(d) + (1 - step.r) * w[14])
        let raw = w[11] * step.b * (step.a - 1)
        let floor = s / failureFloorDivisor
        if floor < raw {
          step.branch = .failureFloor
          step.value = floor
        } else {
          step.branch = .failure
          step.value = raw
        }
        next = step.value
      } else {
        step.branch = .success
        let hard = rating == 2 ? w[15] : 1
        let easy = rating == 4 ? w[16] : 1
        step.a = exp(-w[9] * step.logS)
        step.b = exp((1 - step.r) * w[10])
        step.value = expW8 * (11 - d) * step.a * (step.b - 1) * hard * easy
        next = s * (step.value + 1)
      }
      step.sPassesClamp = next >= FSRSMath.minimumStability && next <= Self.maximumStability
      let delta = -w[6] * Double(rating - 3)
      let damped = d + (10 - d) * delta / 9
      let reverted = w[7] * (easyDifficulty - damped) + damped
      step.dPassesClamp = reverted >= 1 && reverted <= 10
      s = min(max(next, FSRSMath.minimumStability), Self.maximumStability)
      d = min(max(reverted, 1), 10)
      steps[i] = step
    }
    backward(length: length, w, x.g, steps, gRs)
    return loss
  }

  private func backward(
    length: Int, _ w: UnsafeBufferPointer<Double>, _ g: UnsafeMutableBufferPointer<Double>,
    _ steps: UnsafeMutablePointer<Step>, _ gRs: UnsafeMutablePointer<Double>
  ) {
    var gS = 0.0  // d loss / d stability after step i
    var gD = 0.0  // d loss / d difficulty after step i
    var i = length - 1
    while i >= 1 {
      let c = steps[i]
      let s = c.s
      let d = c.d
      var gSPrev = 0.0
      var gDPrev = 0.0
      var gR = gRs[i]
      let gPre = c.sPassesClamp ? gS : 0
      if gPre != 0 {
        switch c.branch {
        case .short:
          let raw = c.value
          let gRaw = gPre * s * raw
          g[17] += gRaw * (Double(c.rating) - 3 + w[18])
          g[18] += gRaw * w[17]
          g[19] -= gRaw * c.logS
          gSPrev += gPre * raw - gRaw * w[19] / s
        case .shortFloor:
          gSPrev += gPre
        case .failureFloor:
          g[17] -= gPre * c.value * w[18]
          g[18] -= gPre * c.value * w[17]
          gSPrev += gPre / failureFloorDivisor
        case .failure:
          let raw = c.value
          g[11] += gPre * raw / w[11]
          g[12] -= gPre * raw * log(d)
          g[13] += gPre * w[11] * c.b * c.a * log(s + 1)
          g[14] += gPre * raw * (1 - c.r)
          gSPrev += gPre * w[11] * c.b * w[13] * c.a / (s + 1)
          gDPrev -= gPre * raw * w[12] / d
          gR -= gPre * raw * w[14]
        case .success:
          let inc = c.value
          let gInc = gPre * s
          let hard = c.rating == 2 ? w[15] : 1
          let easy = c.rating == 4 ? w[16] : 1
          let common = expW8 * c.a * hard * easy
          gSPrev += gPre * (inc + 1) - gInc * inc * w[9] / s
          gDPrev -= gInc * common * (c.b - 1)
          gR -= gInc * common * (11 - d) * w[10] * c.b
          g[8] += gInc * inc
          g[9] -= gInc * inc * c.logS
          g[10] += gInc * common * (11 - d) * (1 - c.r) * c.b
          if c.rating == 2 { g[15] += gInc * expW8 * (11 - d) * c.a * (c.b - 1) * easy }
          if c.rating == 4 { g[16] += gInc * expW8 * (11 - d) * c.a * (c.b - 1) * hard }
        case .last:
          break
        }
      }
      if c.dPassesClamp && gD != 0 {
        let ratingOffset = Double(c.rating - 3)
        let delta = -w[6] * ratingOffset
        let damped = d + (10 - d) * delta / 9
        g[7] += gD * (easyDifficulty - damped)
        g[4] += gD * w[7]
        g[5] -= gD * w[7] * 3 * exp3W5
        let gDamped = gD * (1 - w[7])
        g[6] -= gDamped * (10 - d) * ratingOffset / 9
        gDPrev += gDamped * (1 - delta / 9)
      }
      if gR != 0 {
        let dRdS = -c.r * decay / c.base * c.t * factor / (s * s)
        gSPrev += gR * dRdS
        let dRdDecay = c.r * (c.logBase + decay / c.base * (c.t / s * dFactorDDecay))
        g[20] -= gR * dRdDecay
      }
      gS = gSPrev
      gD = gDPrev
      i -= 1
    }
    let first = steps[0]
    if first.sPassesClamp { g[first.rating - 1] += gS }
    if first.dPassesClamp && gD != 0 {
      let offset = Double(first.rating - 1)
      g[4] += gD
      g[5] -= gD * offset * exp(offset * w[5])
    }
  }
}
