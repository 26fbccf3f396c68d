/// Searches of UTF-8 text eight bytes at a time (SWAR: SIMD within a 64-bit register), for the
/// scans that touch every byte of an input: line breaks, control characters.
package enum ByteSearch {
  /// The index of the first LF or CR at or after `start`, or `bytes.count` when there is none.
  package static func lineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    // A word with no byte below 0x0E holds no line break.
    while index + 8 <= bytes.count, !hasByte(below: 0x0E, word(bytes, index)) { index += 8 }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D { return index }
      index += 1
      if index & 7 == 0 {
        while index + 8 <= bytes.count, !hasByte(below: 0x0E, word(bytes, index)) { index += 8 }
      }
    }
    return bytes.count
  }

  /// The index of the first byte at or after `start` that is not printable ASCII or a space
  /// (below 0x20, DEL, or non-ASCII), or `bytes.count`: where a control character may start.
  package static func nonPrintableASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index + 8 <= bytes.count, isPrintableASCII(word(bytes, index)) { index += 8 }
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte >= 0x7F { return index }
      index += 1
    }
    return bytes.count
  }

  @inline(__always) private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Whether some byte of `word` is below `limit` (at most 0x80).
  @inline(__always) private static func hasByte(below limit: UInt8, _ word: UInt64) -> Bool {
    (word &- ones &* UInt64(limit)) & ~word & highBits != 0
  }

  /// Whether every byte of `word` is in 0x20...0x7E.
  @inline(__always) private static func isPrintableASCII(_ word: UInt64) -> Bool {
    word & highBits == 0 && !hasByte(below: 0x20, word) && !hasByte(below: 1, word ^ (ones &* 0x7F))
  }
}
