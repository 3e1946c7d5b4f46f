import CStemmer
import Synchronization

/// The Snowball English (Porter 2) stemmer from libstemmer: `recommendation` and `recommend`,
/// `dependencies` and `dependent` reduce to shared stems.
///
/// libstemmer's stemmer objects are not thread-safe, so one is used under a lock, and stems
/// are remembered (a session stems the same few thousand words again and again).
public final class Stemmer: Sendable {
  /// The shared English stemmer.
  public static let english = Stemmer()

  private struct State: ~Copyable {
    let stemmer: OpaquePointer?
    var cache: [String: String] = [:]
  }

  private let state: Mutex<State>

  private init() {
    state = Mutex(State(stemmer: sb_stemmer_new("english", "UTF_8")))
  }

  /// The stem of one lower-case word.
  public func stem(_ word: String) -> String {
    state.withLock { state in
      if let known = state.cache[word] { return known }
      guard let stemmer = state.stemmer else { return word }
      var bytes = Array(word.utf8)
      let result = bytes.withUnsafeMutableBufferPointer { buffer -> String in
        guard let out = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else {
          return word
        }
        let length = Int(sb_stemmer_length(stemmer))
        return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
      }
      state.cache[word] = result
      return result
    }
  }
}
