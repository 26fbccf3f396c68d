/// Escaping for HTML text and attribute values, on UTF-8 bytes.
enum HTMLText {
  /// `text` with `&`, `<` and `>` escaped, and `"` too when it goes in a double-quoted attribute.
  static func escaped(_ text: String, attribute: Bool = false) -> String {
    var text = text
    // Most text has nothing to escape; the check runs over the contiguous UTF-8 bytes.
    let needs = text.withUTF8 { bytes in
      bytes.contains { byte in
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
          || attribute && byte == UInt8(ascii: "\"")
      }
    }
    guard needs else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where attribute: result += "&quot;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }
}
