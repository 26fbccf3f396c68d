import ResolutionModel

/// Why an input cannot be read at all.
public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The input has no printed characters.
  case empty
  /// The input is binary data, not text; `offset` is the first byte that shows it.
  case binary(offset: Int)
  /// The input is larger than the configured limit.
  case tooLarge(size: Int, limit: Int)
  /// The input is a known binary document type (`kind`: "a PDF file", …), not its text.
  case binaryFile(kind: String)

  public var description: String {
    switch self {
    case .empty: "the input is empty"
    case .binary(let offset): "the input is not text (binary data at byte \(offset))"
    case .tooLarge(let size, let limit): "the input is \(size) bytes, over the limit of \(limit) bytes"
    case .binaryFile(let kind): "the input is \(kind), not text; extract its text first (for a PDF: pdftotext -layout FILE)"
    }
  }
}

/// Turns raw input bytes into a UTF-8 ``SourceFile``.
///
/// UTF-8 input is kept byte for byte, so spans index the file itself (a UTF-8 byte-order mark is
/// skipped by the reader, not removed). UTF-16 with a byte-order mark is transcoded. Bytes that
/// are not valid UTF-8 are decoded as Windows-1252, the usual encoding of older text exports,
/// with a warning; spans then index the transcoded text.
public enum InputDecoder {
  /// The decoded source and any warnings about the decoding.
  public static func decode(
    _ bytes: [UInt8], name: String, limit: Int = Int.max
  ) throws(InputError) -> (file: SourceFile, diagnostics: [Diagnostic]) {
    guard bytes.count <= limit else { throw .tooLarge(size: bytes.count, limit: limit) }
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      let text = try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
      let file = SourceFile(name: name, text: text)
      try checkPrintable(file.bytes)
      return (file, [Diagnostic(.note, id: "input.utf16", "the input is UTF-16; positions refer to its UTF-8 transcoding", at: .none)])
    }
    try checkPrintable(bytes)
    if let invalid = firstInvalidUTF8(bytes) {
      let text = String(bytes.map { windows1252[Int($0)] })
      let file = SourceFile(name: name, text: text)
      let diagnostic = Diagnostic(
        .warning, id: "input.not-utf8",
        "the input is not valid UTF-8 (first bad byte at offset \(invalid)); decoded as Windows-1252",
        at: SourceSpan(start: 0, end: 0))
      return (file, [diagnostic])
    }
    return (SourceFile(name: name, bytes: bytes), [])
  }

  /// Rejects empty input and binary data: a known binary file type, NUL bytes making up more
  /// than 1% of the input, or many other control characters. A few stray NULs or control
  /// characters in text are kept for the reader, which removes them with a warning.
  private static func checkPrintable(_ bytes: [UInt8]) throws(InputError) {
    if let kind = BinarySignature.kind(of: bytes) { throw .binaryFile(kind: kind) }
    var control = 0
    var nulls = 0
    var firstNull: Int?
    let failure: Int? = bytes.withUnsafeBufferPointer { buffer in
      // Printable ASCII, the bulk of any text, is skipped eight bytes at a time.
      var offset = ByteSearch.nonPrintableASCII(in: buffer, from: 0)
      while offset < buffer.count {
        let byte = buffer[offset]
        if byte == 0 {
          nulls += 1
          firstNull = firstNull ?? offset
        } else if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D {
          control += 1
          if control > 8, control * 20 > offset { return offset }
        }
        offset = ByteSearch.nonPrintableASCII(in: buffer, from: offset + 1)
      }
      return nil
    }
    if let failure { throw .binary(offset: failure) }
    if let firstNull, nulls * 100 > bytes.count { throw .binary(offset: firstNull) }
    if !bytes.contains(where: { $0 > 0x20 }) { throw .empty }
  }

  /// The offset of the first byte that breaks UTF-8, if any. ASCII is skipped eight bytes at a time.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      var index = 0
      let count = buffer.count
      while index < count {
        if index + 8 <= count {
          let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            index += 8
            continue
          }
        }
        let byte = buffer[index]
        if byte < 0x80 {
          index += 1
          continue
        }
        let length: Int
        let minimum: UInt32
        switch byte {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return index
        }
        guard index + length <= count else { return index }
        var scalar = UInt32(byte) & (0xFF >> (length + 1))
        for offset in 1..<length {
          let next = buffer[index + offset]
          guard next & 0xC0 == 0x80 else { return index }
          scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
        index += length
      }
      return nil
    }
  }

  private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(InputError) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let pair = littleEndian
        ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
        : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
      if pair == 0 { throw .binary(offset: index) }
      units.append(pair)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Windows-1252 to Unicode; the five unassigned bytes map to their Latin-1 code points.
  private static let windows1252: [Character] = (0..<256).map { byte -> Character in
    let specials: [Int: UInt32] = [
      0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020,
      0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152,
      0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022,
      0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A,
      0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
    return Character(Unicode.Scalar(specials[byte] ?? UInt32(byte))!)
  }
}
