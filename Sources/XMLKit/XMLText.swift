@preconcurrency internal import CLibXML2
internal import XMLShim

/// Text going into and coming out of libxml2: node content, and the checks that decide whether
/// a string can be written as it is.
enum XMLText {
  static func content(of node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { resconv_xml_free(content) }
    return String(cString: content)
  }

  /// What a string needs before it can be written: which bytes it holds, gathered in one pass.
  struct Needs: OptionSet {
    let rawValue: UInt8
    /// A control character or a noncharacter lead byte: see ``sanitized(_:)``.
    static let sanitizing = Needs(rawValue: 1)
    /// `<`, `>`, `&` or a carriage return: escaping in element content.
    static let textEscaping = Needs(rawValue: 2)
    /// Those, `"`, tab and line feed: escaping in an attribute value.
    static let attributeEscaping = Needs(rawValue: 4)
  }

  private static let needsByByte: [UInt8] = (0..<256).map { byte -> UInt8 in
    var needs: Needs = []
    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0xEF { needs.insert(.sanitizing) }
    if byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x0D { needs.formUnion([.textEscaping, .attributeEscaping]) }
    if byte == 0x22 || byte == 0x09 || byte == 0x0A { needs.insert(.attributeEscaping) }
    return needs.rawValue
  }

  /// What `bytes` need, in one pass.
  static func needs(_ bytes: UnsafeBufferPointer<UInt8>) -> Needs {
    needsByByte.withUnsafeBufferPointer { table in
      var found: UInt8 = 0
      for byte in bytes { found |= table[Int(byte)] }
      return Needs(rawValue: found)
    }
  }

  /// `text` with characters XML 1.0 forbids (most control characters, U+FFFE, U+FFFF) replaced by U+FFFD.
  static func sanitized(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let allowed = value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF)
      scalars.append(allowed ? scalar : "\u{FFFD}")
    }
    return String(scalars)
  }
}
