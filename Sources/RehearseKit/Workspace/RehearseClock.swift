import Foundation
import Synchronization

/// The time source of a session: the system clock, or a fixed start for reproducible
/// transcripts and tests.
///
/// `REHEARSE_NOW=2026-11-25T09:00:00Z` pins the start; `REHEARSE_TICK=5` then advances the
/// clock by that many seconds each time it is read, so answer times are stable too.
public final class RehearseClock: Sendable {
  /// The next reading of a fixed clock; nil for the system clock.
  private let fixed: Mutex<Date?>
  private let tick: TimeInterval

  /// The system clock.
  public init() {
    fixed = Mutex(nil)
    tick = 0
  }

  /// A fixed clock starting at `start`, advancing `tick` seconds per reading.
  public init(start: Date, tick: TimeInterval = 0) {
    fixed = Mutex(start)
    self.tick = tick
  }

  /// A clock from the environment: fixed when `REHEARSE_NOW` is set.
  /// - Throws: a message when `REHEARSE_NOW` is not an ISO-8601 time.
  public static func from(environment: [String: String]) throws -> RehearseClock {
    guard let text = environment["REHEARSE_NOW"], !text.isEmpty else { return RehearseClock() }
    guard let seconds = ISO8601Parser().parse(text) else {
      throw ClockError(text: text)
    }
    let tick = environment["REHEARSE_TICK"].flatMap(Double.init) ?? 0
    return RehearseClock(start: Date(timeIntervalSince1970: seconds), tick: tick)
  }

  /// The current time.
  public func now() -> Date {
    fixed.withLock { next in
      guard let current = next else { return Date() }
      next = current.addingTimeInterval(tick)
      return current
    }
  }
}

/// `REHEARSE_NOW` could not be read.
public struct ClockError: Error, CustomStringConvertible {
  public var text: String
  public var description: String {
    "REHEARSE_NOW '\(text)' is not an ISO-8601 time with a zone, like 2026-11-25T09:00:00Z"
  }
}
