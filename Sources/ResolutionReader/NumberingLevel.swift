/// One level of sub-paragraph numbering — letters (a, b …), Roman numerals (i, ii …) or numbers
/// (1, 2 …) — and the rule that decides where a new label goes.
struct NumberingLevel {
  enum Style {
    case letter, roman, number
  }

  var style: Style
  var last: Int

  /// How a label fits the numbering before it.
  enum Fit {
    /// It continues a level, or opens a new one.
    case inSequence
    /// It continues a level printed in the other style, Roman for Arabic or the reverse: an OCR
    /// slip ("(1)" for "(i)") in it or in the level's first label.
    case otherStyle
    /// It continues nothing (a gap, or a slip the sequence cannot explain).
    case outOfSequence
  }

  /// Where a bracketed label goes: its depth (0 = first level), and how it fits the sequence.
  static func place(_ value: String, in levels: inout [NumberingLevel]) -> (depth: Int, fit: Fit) {
    let readings = readings(of: value)
    // Continue the deepest level whose next value this is ("(i)" after "(h)" is a letter).
    for depth in stride(from: levels.count - 1, through: 0, by: -1) {
      let level = levels[depth]
      if let reading = readings.first(where: { $0.style == level.style }), reading.value == level.last + 1 {
        levels.removeSubrange((depth + 1)...)
        levels[depth].last = reading.value
        return (depth, .inSequence)
      }
    }
    // OCR reads "(i)" as "(1)": a Roman numeral that continues a level opened by a number (or
    // the reverse) continues it.
    if let depth = levels.indices.last, let reading = readings.first(where: {
      ($0.style == .roman && levels[depth].style == .number || $0.style == .number && levels[depth].style == .roman)
        && $0.value == levels[depth].last + 1
    }) {
      levels[depth] = NumberingLevel(style: reading.style, last: reading.value)
      return (depth, .otherStyle)
    }
    // Open a new level with a first label: "(a)", "(i)", "(1)".
    if let first = readings.first(where: { $0.value == 1 }) {
      levels.append(NumberingLevel(style: first.style, last: 1))
      return (levels.count - 1, .inSequence)
    }
    // Out of sequence (a gap, or an OCR slip): put it beside the deepest level of its style.
    let reading = readings.first!
    if let depth = levels.lastIndex(where: { $0.style == reading.style }) {
      levels.removeSubrange((depth + 1)...)
      levels[depth].last = reading.value
      return (depth, .outOfSequence)
    }
    levels.append(NumberingLevel(style: reading.style, last: reading.value))
    return (levels.count - 1, .outOfSequence)
  }

  /// Takes the next place for an item without a label: the next letter of the deepest level,
  /// or the first letter of a new list. Returns its depth.
  static func advance(_ levels: inout [NumberingLevel]) -> Int {
    if levels.isEmpty {
      levels.append(NumberingLevel(style: .letter, last: 1))
    } else {
      levels[levels.count - 1].last += 1
    }
    return levels.count - 1
  }

  /// The possible readings of a label: "i" is a letter (9) and a Roman numeral (1).
  private static func readings(of value: String) -> [(style: Style, value: Int)] {
    let bytes = Array(value.utf8)
    if bytes.allSatisfy(Bytes.isDigit), let number = Int(value) { return [(.number, number)] }
    var result: [(style: Style, value: Int)] = []
    if let roman = RomanNumeral.value(of: bytes) { result.append((.roman, roman)) }
    if bytes.count == 1 {
      result.append((.letter, Int(bytes[0] - UInt8(ascii: "a")) + 1))
    } else if bytes.count == 2, bytes[0] == bytes[1] {
      result.append((.letter, 26 + Int(bytes[0] - UInt8(ascii: "a")) + 1))  // "(aa)" after "(z)"
    }
    if result.isEmpty { result.append((.letter, 0)) }
    // Prefer the letter reading for a single letter unless only Roman fits.
    return result.sorted { lhs, _ in lhs.style == .letter }
  }
}
