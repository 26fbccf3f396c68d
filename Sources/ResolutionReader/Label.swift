/// A printed number or letter that opens a paragraph, with its source range.
struct Label: Sendable {
  /// What kind of numbering the label belongs to.
  enum Style: Sendable {
    /// "1.", "12.", "3 bis." — operative paragraph numbers.
    case arabic
    /// "(a)", "(b)" … or "(i)", "(ii)" … or "(1)" — sub-paragraph labels; the level is decided later.
    case bracketed
    /// "A", "B" … or "I", "II" … alone or before a heading — section numbers.
    case section
  }

  var style: Style
  /// The label as printed, e.g. "1." or "(a)".
  var range: Range<Int>
  /// The value without punctuation: "1", "a", "ii", "3 bis".
  var value: String
  /// Start of the text after the label and its blanks.
  var textStart: Int

  /// Reads an operative number ("1.", "3 bis.", up to four digits) at `index`; it must be
  /// followed by a blank or end.
  static func arabic(_ bytes: [UInt8], at index: Int, end: Int) -> Label? {
    var cursor = index
    while cursor < end, Bytes.isDigit(bytes[cursor]), cursor - index < 4 { cursor += 1 }
    guard cursor > index else { return nil }
    var value = String(decoding: bytes[index..<cursor], as: UTF8.self)
    guard value.first != "0" else { return nil }
    for suffix in latinSuffixes where Bytes.hasPrefix(bytes, at: cursor, suffix.bytes) {
      cursor += suffix.bytes.count
      value += " " + suffix.word
      break
    }
    guard cursor < end, bytes[cursor] == UInt8(ascii: ".") else { return nil }
    cursor += 1
    return finish(.arabic, bytes, index, cursor, end, value)
  }

  /// Reads a section number at `index`: one capital letter or a Roman numeral (up to XXXIX),
  /// optionally with a full stop, alone on the line or before a heading ("II. Implementation").
  static func section(_ bytes: [UInt8], at index: Int, end: Int) -> Label? {
    var cursor = index
    while cursor < end, Bytes.isUpper(bytes[cursor]), cursor - index < 7 { cursor += 1 }
    let letters = bytes[index..<cursor]
    guard !letters.isEmpty, letters.count == 1 || RomanNumeral.value(of: letters) != nil else { return nil }
    let value = String(decoding: letters, as: UTF8.self)
    if cursor < end, bytes[cursor] == UInt8(ascii: ".") { cursor += 1 }
    if cursor == end { return Label(style: .section, range: index..<cursor, value: value, textStart: end) }
    // A heading after the number must be set off by a full stop or a tab/wide gap and start with a capital.
    guard cursor > index + letters.count || bytes[cursor] == Bytes.tab || (cursor + 1 < end && bytes[cursor + 1] == Bytes.space),
      let label = finish(.section, bytes, index, cursor, end, value), label.textStart < end,
      Bytes.isUpper(bytes[label.textStart])
    else { return nil }
    return label
  }

  /// Whether section number `value` follows `previous` ("B" after "A", "II" after "I"), or
  /// opens a sequence ("A", "I") when there is none.
  static func sectionFollows(_ value: String, after previous: String?) -> Bool {
    guard let previous else { return value == "A" || value == "I" }
    let lhs = Array(previous.utf8)
    let rhs = Array(value.utf8)
    if let before = RomanNumeral.value(of: lhs), let after = RomanNumeral.value(of: rhs), after == before + 1 {
      return true
    }
    return lhs.count == 1 && rhs.count == 1 && rhs[0] == lhs[0] + 1
  }

  /// Reads a paragraph number that OCR misread ("S." for "5.", "i." or "l." for "1.") when it
  /// reads as `expected`, the number the sequence calls for.
  static func ocrSlip(_ bytes: [UInt8], at index: Int, end: Int, expected: Int) -> Label? {
    var cursor = index
    var digits = ""
    var slipped = false
    while cursor < end, cursor - index < 3 {
      let byte = bytes[cursor]
      if Bytes.isDigit(byte) {
        digits.append(Character(Unicode.Scalar(byte)))
      } else if let digit = ocrDigits[byte] {
        digits.append(digit)
        slipped = true
      } else {
        break
      }
      cursor += 1
    }
    guard slipped, !digits.isEmpty, Int(digits) == expected, cursor < end, bytes[cursor] == UInt8(ascii: ".")
    else { return nil }
    guard let label = finish(.arabic, bytes, index, cursor + 1, end, digits), label.textStart < end,
      Bytes.isUpper(bytes[label.textStart])
    else { return nil }
    return label
  }

  /// Letters OCR puts for digits.
  private static let ocrDigits: [UInt8: Character] = [
    UInt8(ascii: "S"): "5", UInt8(ascii: "s"): "5", UInt8(ascii: "i"): "1", UInt8(ascii: "l"): "1",
    UInt8(ascii: "I"): "1", UInt8(ascii: "|"): "1", UInt8(ascii: "O"): "0", UInt8(ascii: "o"): "0",
    UInt8(ascii: "B"): "8", UInt8(ascii: "Z"): "2",
  ]

  /// Reads a bracketed label ("(a)", "(iv)", "(12)", or the French and Spanish "a)", "iv)") at
  /// `index`; it must be followed by a blank or end.
  static func bracketed(_ bytes: [UInt8], at index: Int, end: Int) -> Label? {
    guard index < end else { return nil }
    let opening = bytes[index] == UInt8(ascii: "(")
    var cursor = opening ? index + 1 : index
    let contentStart = cursor
    let allLower = { (byte: UInt8) in Bytes.isLower(byte) }
    while cursor < end, allLower(bytes[cursor]) || Bytes.isDigit(bytes[cursor]), cursor - index <= 6 {
      cursor += 1
    }
    guard cursor > contentStart, cursor < end, bytes[cursor] == UInt8(ascii: ")") else { return nil }
    let inner = bytes[contentStart..<cursor]
    let isNumber = inner.allSatisfy(Bytes.isDigit)
    let isLetters = inner.allSatisfy(Bytes.isLower)
    guard isNumber && inner.count <= 2 || isLetters && (inner.count <= 2 || RomanNumeral.value(of: inner) != nil)
    else { return nil }
    let value = String(decoding: inner, as: UTF8.self)
    return finish(.bracketed, bytes, index, cursor + 1, end, value)
  }

  private static func finish(
    _ style: Style, _ bytes: [UInt8], _ start: Int, _ labelEnd: Int, _ end: Int, _ value: String
  ) -> Label? {
    var textStart = labelEnd
    while textStart < end {
      let width = Bytes.blankWidth(bytes, textStart)
      if width == 0 { break }
      textStart += width
    }
    guard textStart > labelEnd || labelEnd == end else { return nil }
    return Label(style: style, range: start..<labelEnd, value: value, textStart: textStart)
  }

  private static let latinSuffixes: [(bytes: [UInt8], word: String)] = [
    (Array(" bis".utf8), "bis"), (Array(" ter".utf8), "ter"), (Array(" quater".utf8), "quater"),
  ]
}

/// Lower-case Roman numerals as used for sub-sub-paragraphs.
enum RomanNumeral {
  /// The value of a lower-case Roman numeral (i … xxxix), or nil.
  static func value<C: Collection>(of letters: C) -> Int? where C.Element == UInt8 {
    var total = 0
    var previous = 0
    for byte in letters.reversed() {
      let digit: Int
      switch byte {
      case UInt8(ascii: "i"), UInt8(ascii: "I"): digit = 1
      case UInt8(ascii: "v"), UInt8(ascii: "V"): digit = 5
      case UInt8(ascii: "x"), UInt8(ascii: "X"): digit = 10
      case UInt8(ascii: "l"), UInt8(ascii: "L"): digit = 50
      case UInt8(ascii: "c"), UInt8(ascii: "C"): digit = 100
      default: return nil
      }
      if digit < previous { total -= digit } else {
        total += digit
        previous = digit
      }
    }
    guard total > 0, canonical(total) == String(decoding: letters, as: UTF8.self).lowercased() else { return nil }
    return total
  }

  /// The lower-case Roman numeral for `value` (1 … 399).
  static func canonical(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]
    var remaining = value
    var result = ""
    for (amount, numeral) in table {
      while remaining >= amount {
        result += numeral
        remaining -= amount
      }
    }
    return result
  }
}
