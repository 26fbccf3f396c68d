/// How UN document symbols are written in URLs.
public enum DocumentSymbol {
  /// The symbol as undocs.org spells it in a path: no space before a bracketed year
  /// ("S/RES/1325(2000)"), characters other than letters, digits and `/ . - ( )` percent-encoded.
  public static func urlPath(_ symbol: String) -> String {
    // Most symbols need nothing done.
    if symbol.utf8.allSatisfy({ Self.isSafe($0) }) { return symbol }
    var result = ""
    let characters = Array(symbol)
    for (index, character) in characters.enumerated() {
      if character == " ", index + 1 < characters.count, characters[index + 1] == "(" { continue }
      if character.isASCII && (character.isLetter || character.isNumber || "/.-()".contains(character)) {
        result.append(character)
      } else {
        for byte in String(character).utf8 { result += "%" + String(byte, radix: 16, uppercase: true) }
      }
    }
    return result
  }

  private static func isSafe(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
  }
}
