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

  fileprivate enum Branch: UInt8 { case initial, short, failure, failureFloor, success }

  /// What the backward pass needs from one step.
  fileprivate struct Step {
    var s = 0.0  // stability before the review (clamped)
    var d = 0.0  // difficulty before the review (clamped)
    var t = 0.0
    var rating = 0
    var r = 0.0
    var base = 0.0
    var branch = Branch.initial
    var value = 0.0  // short: multiplier; failure: raw or floor; success: increment
    var shortActive = false
    var sPassesClamp = true
    var dPassesClamp = true
  }

  /// Scratch space reused from card to card.
  final class Workspace {
    fileprivate var steps: [Step] = []
    fileprivate var gR: [Double] = []
    init() {}
  }

  /// Returns the weighted loss of some cards, adding its gradient to `gradient`.
  /// - Parameters:
  ///   - cards: Indices into `sequences`.
  ///   - sequences: The laid-out histories and weights.
  ///   - gradient: 21 accumulators; `nil` to compute the loss only.
  ///   - workspace: Scratch buffers.
  func loss(
    of cards: some Sequence<Int>, in sequences: TrainingSequences,
    gradient: inout [Double], workspace: Workspace
  ) -> Double {
    var total = 0.0
    gradient.withUnsafeMutableBufferPointer { g in
      for card in cards {
        total += cardLoss(
          start: sequences.starts[card], length: sequences.lengths[card], sequences, g,
          workspace)
      }
    }
    return total
  }

  private func initialDifficulty(_ rating: Int) -> Double {
    w[4] - exp(w[5] * Double(rating - 1)) + 1
  }

  private func cardLoss(
    start: Int, length: Int, _ seq: TrainingSequences, _ g: UnsafeMutableBufferPointer<Double>,
    _ ws: Workspace
  ) -> Double {
    if ws.steps.count < length {
      ws.steps = Array(repeating: Step(), count: length)
      ws.gR = Array(repeating: 0, count: length)
    }
    var loss = 0.0
    var s = 0.0
    var d = 0.0
    for i in 0..<length {
      let rating = seq.ratings[start + i]
      var step = Step()
      step.rating = rating
      if i == 0 {
        let s0 = w[rating - 1]
        let d0 = initialDifficulty(rating)
        step.sPassesClamp = s0 >= FSRSMath.minimumStability && s0 <= Self.maximumStability
        step.dPassesClamp = d0 >= 1 && d0 <= 10
        s = min(max(s0, FSRSMath.minimumStability), Self.maximumStability)
        d = min(max(d0, 1), 10)
        ws.steps[0] = step
        ws.gR[0] = 0
        continue
      }
      let t = seq.elapsed[start + i]
      step.s = s
      step.d = d
      step.t = t
      step.base = 1 + t / s * factor
      step.r = pow(step.base, decay)
      let weight = seq.weights[start + i]
      ws.gR[i] = 0
      if weight != 0 {
        let label = rating > 1 ? 1.0 : 0.0
        let r = min(max(step.r, Self.minimumProbability), 1 - Self.minimumProbability)
        loss -= (label * log(r) + (1 - label) * log(1 - r)) * weight
        if step.r > Self.minimumProbability && step.r < 1 - Self.minimumProbability {
          ws.gR[i] = -weight * (label / r - (1 - label) / (1 - r))
        }
      }
      if i == length - 1 {
        ws.steps[i] = step
        break
      }
      var next: Double
      if t == 0 {
        step.branch = .short
        let raw = exp(w[17] * (Double(rating) - 3 + w[18])) * pow(s, -w[19])
        step.shortActive = !(rating >= 2 && raw < 1)
        step.value = rating >= 2 ? max(raw, 1) : raw
        // The backward pass needs the raw multiplier when it is active.
        if step.shortActive { step.value = raw }
        next = s * step.value
      } else if rating == 1 {
        let raw =
          w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - step.r) * w[14])
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
        step.value =
          expW8 * (11 - d) * pow(s, -w[9]) * (exp((1 - step.r) * w[10]) - 1) * hard * easy
        next = s * (step.value + 1)
      }
      step.sPassesClamp = next >= FSRSMath.minimumStability && next <= Self.maximumStability
      let delta = -w[6] * Double(rating - 3)
      let damped = d + (10 - d) * delta / 9
      let reverted = w[7] * (easyDifficulty - damped) + damped
      step.dPassesClamp = reverted >= 1 && reverted <= 10
      s = min(max(next, FSRSMath.minimumStability), Self.maximumStability)
      d = min(max(reverted, 1), 10)
      ws.steps[i] = step
    }
    backward(length: length, g, ws)
    return loss
  }

  private func backward(length: Int, _ g: UnsafeMutableBufferPointer<Double>, _ ws: Workspace) {
    var gS = 0.0  // d loss / d stability after step i
    var gD = 0.0
    var i = length - 1
    while i >= 1 {
      let c = ws.steps[i]
      let s = c.s
      let d = c.d
      var gSPrev = 0.0
      var gDPrev = 0.0
      var gR = ws.gR[i]
      let gPre = c.sPassesClamp ? gS : 0
      if i < length - 1 && gPre != 0 {
        switch c.branch {
        case .short:
          if c.shortActive {
            let raw = c.value
            let gRaw = gPre * s
            g[17] += gRaw * raw * (Double(c.rating) - 3 + w[18])
            g[18] += gRaw * raw * w[17]
            g[19] += gRaw * raw * -log(s)
            gSPrev += gPre * raw + gRaw * raw * (-w[19] / s)
          } else {
            gSPrev += gPre
          }
        case .failureFloor:
          g[17] += gPre * c.value * -w[18]
          g[18] += gPre * c.value * -w[17]
          gSPrev += gPre / failureFloorDivisor
        case .failure:
          let raw = c.value
          let p = pow(s + 1, w[13])
          let dPow = pow(d, -w[12])
          let er = exp((1 - c.r) * w[14])
          g[11] += gPre * raw / w[11]
          g[12] += gPre * raw * -log(d)
          g[13] += gPre * w[11] * dPow * er * p * log(s + 1)
          g[14] += gPre * raw * (1 - c.r)
          gSPrev += gPre * w[11] * dPow * er * w[13] * p / (s + 1)
          gDPrev += gPre * raw * (-w[12] / d)
          gR += gPre * raw * -w[14]
        case .success:
          let inc = c.value
          let gInc = gPre * s
          let hard = c.rating == 2 ? w[15] : 1
          let easy = c.rating == 4 ? w[16] : 1
          let cS = pow(s, -w[9])
          let expE = exp((1 - c.r) * w[10])
          let common = expW8 * cS * hard * easy  // inc / ((11 - d) * (expE - 1))
          gSPrev += gPre * (inc + 1) + gInc * inc * (-w[9] / s)
          gDPrev -= gInc * common * (expE - 1)
          gR += gInc * common * (11 - d) * (-w[10] * expE)
          g[8] += gInc * inc
          g[9] += gInc * inc * -log(s)
          g[10] += gInc * common * (11 - d) * (1 - c.r) * expE
          if c.rating == 2 { g[15] += gInc * expW8 * (11 - d) * cS * (expE - 1) * easy }
          if c.rating == 4 { g[16] += gInc * expW8 * (11 - d) * cS * (expE - 1) * hard }
        case .initial:
          break
        }
      }
      if i < length - 1 && c.dPassesClamp && gD != 0 {
        let ratingOffset = Double(c.rating - 3)
        let delta = -w[6] * ratingOffset
        let damped = d + (10 - d) * delta / 9
        g[7] += gD * (easyDifficulty - damped)
        g[4] += gD * w[7]
        g[5] += gD * w[7] * -3 * exp3W5
        let gDamped = gD * (1 - w[7])
        g[6] += gDamped * (10 - d) * -ratingOffset / 9
        gDPrev += gDamped * (1 - delta / 9)
      }
      if gR != 0 {
        let dRdS = c.r * decay / c.base * (-c.t * factor / (s * s))
        gSPrev += gR * dRdS
        let dRdDecay = c.r * (log(c.base) + decay / c.base * (c.t / s * dFactorDDecay))
        g[20] -= gR * dRdDecay
      }
      gS = gSPrev
      gD = gDPrev
      i -= 1
    }
    let first = ws.steps[0]
    if first.sPassesClamp { g[first.rating - 1] += gS }
    if first.dPassesClamp && gD != 0 {
      let offset = Double(first.rating - 1)
      g[4] += gD
      g[5] += gD * -offset * exp(offset * w[5])
    }
  }
}
