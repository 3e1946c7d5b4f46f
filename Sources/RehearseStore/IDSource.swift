import FSRS
import Foundation
import Synchronization

/// Makes ids for reviews and sessions: random UUIDs, or a seeded sequence of UUID-shaped ids
/// when `REHEARSE_SEED` is set, so scripted sessions and their fuzzed intervals reproduce.
public final class IDSource: Sendable {
  /// The seeded sequence; nil for random UUIDs.
  private let generator: Mutex<SeededGenerator?>

  /// Random UUIDs.
  public init() {
    generator = Mutex(nil)
  }

  /// A reproducible sequence.
  public init(seed: UInt64) {
    generator = Mutex(SeededGenerator(seed: seed))
  }

  /// Moves a seeded sequence to a state that depends on `salt` (the database's size), so
  /// repeated runs on one database never reuse an id. Does nothing for random ids.
  public func reseed(_ salt: UInt64) {
    generator.withLock { generator in
      guard var g = generator else { return }
      let base = g.next()
      generator = SeededGenerator(seed: base ^ (salt &* 0x9E37_79B9_7F4A_7C15))
    }
  }

  /// The next id (lower-case UUID form).
  public func next() -> String {
    generator.withLock { generator in
      guard var g = generator else { return UUID().uuidString.lowercased() }
      let a = g.next()
      let b = g.next()
      generator = g
      return FNV1a.uuidShaped(a, b)
    }
  }
}
