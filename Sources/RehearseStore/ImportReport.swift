import FSRS
import Foundation
import GRDB

/// What an import did.
public struct ImportReport: Sendable, Equatable {
  public var rows: Int
  public var imported: Int
  public var duplicates: Int
  public var cards: Int
}
