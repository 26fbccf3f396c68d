/// Escaping for CommonMark/GFM text, so that the rendered text equals the source text.
enum MarkdownText {
  /// `text` with Markdown syntax characters backslash-escaped. With `atLineStart`, also what a
  /// line may not begin with: "#", "-", "+", "=", and "1." or "1)" (which would become a list
  /// and be renumbered).
  static func escaped(_ text: String, atLineStart: Bool) -> String {
    let utf8 = text.utf8
    guard utf8.contains(where: needsEscape) || atLineStart else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 8)
    var leadingDigits = atLineStart
    for (index, byte) in utf8.enumerated() {
      var escape = needsEscape(byte)
      if atLineStart, index == 0, byte == UInt8(ascii: "#") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "=") {
        escape = true
      }
      if leadingDigits {
        if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) && index > 0 { escape = true }
        if !(byte >= 0x30 && byte <= 0x39) { leadingDigits = false }
      }
      if escape { out.append(UInt8(ascii: "\\")) }
      out.append(byte)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Characters that can start Markdown syntax anywhere in a line.
  private static func needsEscape(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
      UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "|"),
      UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "$"):
      true
    default:
      false
    }
  }
}
