/// Recognises resolution numbers printed without their series symbol, inside a list opened by
/// "resolution(s)": `46/151` → `A/RES/46/151`, `35/142 B`, `2453 A (XXIII)`, `242 (1967)` →
/// `S/RES/242 (1967)`.
enum ResolutionNumberRecognizer {
  struct Number {
    /// The symbol the number stands for.
    let symbol: String
    /// Printed length in bytes.
    let length: Int
  }

  /// Words that open a list of resolution numbers.
  private static let openers: [[UInt8]] = [
    "resolution", "resolutions", "résolution", "résolutions", "resolución", "resoluciones",
  ].map { Array($0.utf8) }

  /// Whether `bytes[range]` is "resolution(s)" in a known language (any case).
  static func isOpener(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard (10...13).contains(range.count), Bytes.lowercased(bytes[range.lowerBound]) == UInt8(ascii: "r") else { return false }
    return openers.contains { $0.count == range.count && Bytes.hasPrefix(bytes, at: range.lowerBound, $0, ignoringCase: true) }
  }

  /// Whether `bytes[range]` may stand inside a list of resolution numbers.
  static func isListWord(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard range.count <= 11 else { return false }
    return listWords.contains { $0.count == range.count && Bytes.hasPrefix(bytes, at: range.lowerBound, $0, ignoringCase: true) }
  }

  /// Words that may stand between numbers of one list without closing it (ASCII, lower case).
  private static let listWords: [[UInt8]] = [
    "of", "and", "or", "as", "well", "in", "particular", "including", "notably", "also", "its",
    "their", "all", "previous", "relevant", "subsequent", "general", "assembly", "security",
    "council", "de", "du", "des", "et", "en", "y", "del", "la", "le", "les", "sus", "ses",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ].map { Array($0.utf8) }

  /// The number at `index` (a word start), if one is there.
  static func number(_ bytes: [UInt8], at index: Int) -> Number? {
    var cursor = index
    guard let first = DateRecognizer.digits(bytes, &cursor, maxCount: 4) else { return nil }
    // "46/151", "35/142 B"
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/"), cursor - index <= 3 {
      var second = cursor + 1
      guard let value = DateRecognizer.digits(bytes, &second, maxCount: 4) else { return nil }
      cursor = second
      if cursor < bytes.count, Bytes.isAlphanumeric(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") {
        return nil
      }
      let letter = letterSuffix(bytes, at: cursor)
      cursor += letter.count
      let printed = "\(first)/\(value)" + (letter.isEmpty ? "" : " " + String(decoding: [letter.last!], as: UTF8.self))
      return Number(symbol: "A/RES/" + printed, length: cursor - index)
    }
    // "2453 A (XXIII)" or "242 (1967)"
    let letter = letterSuffix(bytes, at: cursor)
    var afterLetter = cursor + letter.count
    guard afterLetter < bytes.count, bytes[afterLetter] == Bytes.space else { return nil }
    afterLetter += 1
    guard afterLetter < bytes.count, bytes[afterLetter] == UInt8(ascii: "(") else { return nil }
    var close = afterLetter + 1
    while close < bytes.count, close - afterLetter <= 8, bytes[close] != UInt8(ascii: ")") { close += 1 }
    guard close < bytes.count, bytes[close] == UInt8(ascii: ")"), close > afterLetter + 1 else { return nil }
    let inner = bytes[(afterLetter + 1)..<close]
    let printed = String(decoding: bytes[index...close], as: UTF8.self)
    if inner.count == 4, inner.allSatisfy(Bytes.isDigit), letter.isEmpty {
      return Number(symbol: "S/RES/" + printed, length: close + 1 - index)
    }
    if inner.allSatisfy({ "IVXLC".utf8.contains($0) }) {
      return Number(symbol: "A/RES/" + printed, length: close + 1 - index)
    }
    return nil
  }

  /// " B" after a number: a one-letter part suffix, returned with its space.
  private static func letterSuffix(_ bytes: [UInt8], at index: Int) -> [UInt8] {
    guard index + 1 < bytes.count, bytes[index] == Bytes.space, Bytes.isUpper(bytes[index + 1]),
      index + 2 == bytes.count || !Bytes.isWordByte(bytes[index + 2])
    else { return [] }
    return [bytes[index], bytes[index + 1]]
  }
}
