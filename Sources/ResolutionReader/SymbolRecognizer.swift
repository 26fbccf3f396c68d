/// Recognises UN document symbols: `A/RES/61/215`, `A/61/426/Add.2`, `E/2006/15/Add.1`,
/// `A/C.2/61/L.5/Rev.1`, `A/ES-10/L.21`, `S/RES/1325 (2000)`, `FCCC/CP/2015/10/Add.1`.
///
/// A symbol is an upper-case series prefix (`A`, `S`, `E`, `ST`, `FCCC` …) followed by one or more
/// `/`-separated components of letters, digits and inner `.` or `-`; it must contain a digit.
/// Security Council resolution symbols take their year in brackets: `S/RES/1325 (2000)`.
enum SymbolRecognizer {
  /// The length of the symbol starting at `index`, if one does. With `glued`, the symbol may
  /// follow a word directly, as in the ODS masthead "United NationsA/RES/61/215General Assembly".
  static func symbol(_ bytes: [UInt8], at index: Int, glued: Bool = false) -> Int? {
    guard index < bytes.count, Bytes.isUpper(bytes[index]) else { return nil }
    if index > 0, !glued {
      let before = bytes[index - 1]
      if Bytes.isWordByte(before) || before == UInt8(ascii: "/") || before == UInt8(ascii: ".")
        || before == UInt8(ascii: "-") || before == UInt8(ascii: ":")
      {
        return nil
      }
    }
    var cursor = index
    while cursor < bytes.count, Bytes.isUpper(bytes[cursor]), cursor - index < 8 { cursor += 1 }
    // A first component such as "A" or "FCCC"; "A/C.2" puts the dot in the second component.
    guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") else { return nil }
    var components = 0
    var sawDigit = false
    while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") {
      guard let length = component(bytes, at: cursor + 1, sawDigit: &sawDigit) else { break }
      cursor += 1 + length
      components += 1
    }
    guard components >= 1, sawDigit else { return nil }
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { return nil }  // "A/B/ x": not a symbol
    // "S/RES/1325 (2000)": the year in brackets belongs to a Security Council resolution symbol.
    if Bytes.hasPrefix(bytes, at: index, securityCouncilResolution),
      let yearLength = bracketedYear(bytes, at: cursor)
    {
      cursor += yearLength
    }
    return cursor - index
  }

  private static let securityCouncilResolution: [UInt8] = Array("S/RES/".utf8)

  /// The symbol in canonical form: a Security Council year in brackets after one space,
  /// "S/RES/1325(2000)" → "S/RES/1325 (2000)".
  static func canonical(_ printed: String) -> String {
    guard printed.hasPrefix("S/RES/"), let open = printed.firstIndex(of: "(") else { return printed }
    let number = printed[..<open].trimmingCharacters(in: " ")
    return number + " " + printed[open...]
  }

  /// The length of " (2000)" at `index`, when it follows a symbol.
  static func bracketedYear(_ bytes: [UInt8], at index: Int) -> Int? {
    var cursor = index
    if cursor < bytes.count, bytes[cursor] == Bytes.space { cursor += 1 }
    guard cursor + 6 <= bytes.count, bytes[cursor] == UInt8(ascii: "("),
      bytes[cursor + 1...cursor + 4].allSatisfy(Bytes.isDigit), bytes[cursor + 5] == UInt8(ascii: ")")
    else { return nil }
    let year = bytes[cursor + 1...cursor + 4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    guard (1945...2100).contains(year) else { return nil }
    return cursor + 6 - index
  }

  /// One component: digits only ("215"), or a letter-led run with inner `.` or `-` before a
  /// letter or digit ("RES", "Add.2", "AC.105", "ES-10").
  private static func component(_ bytes: [UInt8], at index: Int, sawDigit: inout Bool) -> Int? {
    guard index < bytes.count, Bytes.isAlphanumeric(bytes[index]) else { return nil }
    var cursor = index
    if Bytes.isDigit(bytes[index]) {
      while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
      sawDigit = true
      return cursor - index
    }
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if Bytes.isAlphanumeric(byte) {
        if Bytes.isDigit(byte) { sawDigit = true }
        cursor += 1
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"),
        cursor + 1 < bytes.count, Bytes.isAlphanumeric(bytes[cursor + 1])
      {
        cursor += 1
      } else {
        break
      }
    }
    return cursor - index
  }
}
