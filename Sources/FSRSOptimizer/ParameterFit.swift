import FSRS

/// The result of fitting parameters to a review log.
public struct ParameterFit: Sendable, Equatable {
  /// How far the fit could go with the data available.
  public enum Kind: Sendable, Equatable {
    /// Under ``ParameterOptimizer/minimumItems`` items: the defaults, unchanged.
    case defaults
    /// Under ``ParameterOptimizer/minimumItemsForTraining`` items: only w0–w3 were fitted.
    case initialStabilities
    /// All 21 weights were fitted.
    case full
  }

  /// The parameters.
  public var parameters: Parameters
  /// How far the fit went.
  public var kind: Kind
  /// The items the fit counted (after outlier removal).
  public var trainingItems: Int

  /// Creates a fit result.
  public init(parameters: Parameters, kind: Kind, trainingItems: Int) {
    self.parameters = parameters
    self.kind = kind
    self.trainingItems = trainingItems
  }
}
