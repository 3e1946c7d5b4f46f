import Foundation

/// The Adam optimizer (β1 0.9, β2 0.999, ε 1e-8) over the 21 weights.
struct Adam {
  private var m = [Double](repeating: 0, count: 21)
  private var v = [Double](repeating: 0, count: 21)
  private var t = 0

  /// Moves `weights` one step against `gradient`.
  /// - Parameters:
  ///   - weights: The weights, updated in place.
  ///   - gradient: The gradient of the loss.
  ///   - learningRate: This step's learning rate.
  mutating func step(_ weights: inout [Double], gradient: [Double], learningRate: Double) {
    t += 1
    let bias1 = 1 - pow(0.9, Double(t))
    let bias2 = 1 - pow(0.999, Double(t))
    for i in weights.indices {
      m[i] = 0.9 * m[i] + 0.1 * gradient[i]
      v[i] = 0.999 * v[i] + 0.001 * gradient[i] * gradient[i]
      weights[i] -= learningRate * (m[i] / bias1) / ((v[i] / bias2).squareRoot() + 1e-8)
    }
  }
}
