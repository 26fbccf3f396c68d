/// Byte-level character classes for scanning UTF-8 text without decoding it.
enum Bytes {
  static let tab: UInt8 = 0x09
  static let newline: UInt8 = 0x0A
  static let formFeed: UInt8 = 0x0C
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20

  /// Bytes that may start a blank, a control character or a noncharacter: everything else is
  /// ordinary text that scanners can copy in bulk.
  static let mayBeSpecial: [Bool] = (0..<256).map { byte in
    byte <= 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isASCIILetter(byte) || isDigit(byte) }
  /// A byte that starts or continues a non-ASCII character (accented letters count as letters).
  @inline(__always) static func isNonASCII(_ byte: UInt8) -> Bool { byte >= 0x80 }
  /// A letter, ASCII or not (non-ASCII bytes are treated as letters: UN texts use them for accents).
  @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte >= 0x80 }
  /// Space, tab, form feed, vertical tab.
  @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
    byte == space || byte == tab || byte == formFeed || byte == 0x0B
  }
  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

  /// Width in bytes of a Unicode blank at `index` that is not ASCII (no-break space U+00A0,
  /// U+2000–U+200A spaces, narrow no-break space U+202F, ideographic space U+3000), else 0.
  @inline(__always) static func unicodeBlankWidth<C: RandomAccessCollection>(_ bytes: C, _ index: Int) -> Int
  where C.Element == UInt8, C.Index == Int {
    let byte = bytes[index]
    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
      let third = bytes[index + 2]
      if (0x80...0x8A).contains(third) || third == 0xAF { return 3 }
    }
    if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
      return 3
    }
    return 0
  }

  /// Width of any blank (ASCII or Unicode) at `index`, else 0.
  @inline(__always) static func blankWidth<C: RandomAccessCollection>(_ bytes: C, _ index: Int) -> Int
  where C.Element == UInt8, C.Index == Int {
    isBlank(bytes[index]) ? 1 : unicodeBlankWidth(bytes, index)
  }

  /// Width of a control character or noncharacter at `index` that text must not carry
  /// (C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL;
  /// C1 controls; U+FFFE and U+FFFF), else 0.
  @inline(__always) static func controlWidth<C: RandomAccessCollection>(_ bytes: C, _ index: Int) -> Int
  where C.Element == UInt8, C.Index == Int {
    let byte = bytes[index]
    if byte < 0x20 { return (0x09...0x0D).contains(byte) ? 0 : 1 }
    if byte == 0x7F { return 1 }
    if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return 2 }
    if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return 3 }
    return 0
  }

  /// Whether `bytes[index...]` starts with the UTF-8 of `literal`, optionally ignoring ASCII case.
  static func hasPrefix(
    _ bytes: [UInt8], at index: Int, _ literal: [UInt8], ignoringCase: Bool = false
  ) -> Bool {
    guard index >= 0, index + literal.count <= bytes.count else { return false }
    for offset in 0..<literal.count {
      let lhs = bytes[index + offset]
      let rhs = literal[offset]
      if ignoringCase ? lowercased(lhs) != lowercased(rhs) : lhs != rhs { return false }
    }
    return true
  }
}
