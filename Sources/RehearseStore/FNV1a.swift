/// 64-bit FNV-1a, the one hash behind fingerprints, fuzz seeds and cache keys (stable across
/// runs and machines, unlike Swift's `Hasher`).
package struct FNV1a {
  package init() {}

  package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  package mutating func add(_ bytes: some Sequence<UInt8>) {
    for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
  }

  /// Adds a string followed by a separator byte, so ("ab","c") and ("a","bc") differ.
  package mutating func addField(_ s: String) {
    add(s.utf8)
    add(CollectionOfOne(0xff))
  }

  package static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var h = FNV1a()
    h.add(bytes)
    return h.value
  }

  /// Two 64-bit values as a lower-case UUID-shaped string (8-4-4-4-12 hex digits).
  package static func uuidShaped(_ a: UInt64, _ b: UInt64) -> String {
    let c = Array(String(format: "%016llx%016llx", a, b))
    return [c[0..<8], c[8..<12], c[12..<16], c[16..<20], c[20..<32]].map { String($0) }.joined(
      separator: "-")
  }
}
