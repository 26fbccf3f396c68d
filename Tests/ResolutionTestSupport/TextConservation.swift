import ResolutionModel
import ResolutionReader

/// Checks that reading kept every printed character of the input, in order.
///
/// The input with the reader's debris spans cut out must equal the AST's text pieces in source
/// order, ignoring whitespace (line joins and collapsed blanks change only whitespace). Debris is
/// accepted only where its text really looks like debris of its kind (``DebrisPatterns``), so the
/// reader cannot pass by calling text debris.
public enum TextConservation {
  /// A description of the first difference, or nil when the text is conserved.
  public static func check(_ result: ReadResult, source: SourceFile) -> String? {
    for item in result.debris {
      let text = source.text(item.span)
      if !DebrisPatterns.matches(item.kind, text, in: source) {
        return "debris \(item.kind) at \(source.location(of: item.span.start)) does not look like debris: \"\(text)\""
      }
    }
    // The input without its debris, with substituted text (character references) replaced.
    var edits = result.debris.map { (span: $0.span, text: "") } + result.substitutions.map { (span: $0.span, text: $0.text) }
    edits.sort { $0.span < $1.span }
    var input: [UInt8] = []
    var cursor = 0
    for edit in edits where edit.span.start >= cursor {
      input += source.bytes[cursor..<edit.span.start]
      input += Array(edit.text.utf8)
      cursor = edit.span.end
    }
    input += source.bytes[min(cursor, source.bytes.count)...]
    var output: [UInt8] = []
    for piece in result.resolution.textPiecesInSourceOrder { output += Array(piece.text.utf8) }
    let expected = withoutWhitespace(input)
    let actual = withoutWhitespace(output)
    if expected == actual { return nil }
    let index = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expected.count, actual.count)
    func context(_ bytes: [UInt8]) -> String {
      let start = max(0, index - 40)
      return String(decoding: bytes[start..<min(bytes.count, index + 40)], as: UTF8.self)
    }
    return "text differs after \(index) non-blank bytes:\n  input: …\(context(expected))…\n  AST:   …\(context(actual))…"
  }

  /// The bytes without ASCII and Unicode blanks and line breaks.
  static func withoutWhitespace(_ bytes: [UInt8]) -> [UInt8] {
    let text = String(decoding: bytes, as: UTF8.self)
    return Array(String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)).utf8)
  }
}

/// What debris of each kind looks like, written independently of the reader.
public enum DebrisPatterns {
  /// Whether `text`, set aside as `kind`, looks like that debris. A running header must be a
  /// symbol or job number, or text printed more than once in `source` (a repeated title).
  public static func matches(_ kind: Debris.Kind, _ text: String, in source: SourceFile) -> Bool {
    let trimmed = text.trimmingBlanks()
    switch kind {
    case .odsWrapper:
      return trimmed.hasPrefix("[DU") || trimmed.contains("<<ODS")
    case .rule:
      return trimmed.count >= 3 && trimmed.allSatisfy { "-_=* \t".contains($0) }
    case .pageNumber:
      // "2/5", "2 / 5"; a form feed may stand inside where the page broke.
      let parts = trimmed.filter { !$0.isWhitespace }.split(separator: "/")
      return (1...2).contains(parts.count) && parts.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy(\.isNumber) }
    case .runningHeader:
      return looksLikeSymbol(trimmed) || looksLikeJobNumber(trimmed) || occursTwice(trimmed, in: source)
    case .printCode:
      return trimmed.allSatisfy { $0.isNumber || $0 == "*" } && trimmed.count >= 6
    case .printerNotice:
      return trimmed.lowercased().contains("recycle")
    case .extractorFrontMatter:
      return trimmed.contains(":") || trimmed.hasPrefix("-") || trimmed.hasPrefix("#")
    case .markdownSyntax:
      // Syntax characters, a link's destination "](…)", or a line break tag.
      return trimmed.allSatisfy { "[]^:\\#*_`>- ".contains($0) } || trimmed.hasPrefix("](") && trimmed.hasSuffix(")")
        || trimmed.lowercased().hasPrefix("<br")
    case .hyphenation:
      return trimmed == "-"
    case .byteOrderMark:
      return text == "\u{FEFF}"
    case .controlCharacter:
      return text.unicodeScalars.allSatisfy { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value >= 0xFFFE }
    }
  }

  private static func occursTwice(_ text: String, in source: SourceFile) -> Bool {
    let haystack = String(decoding: source.bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let needle = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard let first = haystack.firstRange(of: needle) else { return false }
    return haystack[first.upperBound...].contains(needle)
  }

  private static func looksLikeSymbol(_ text: String) -> Bool {
    text.contains("/") && text.first?.isUppercase == true && !text.contains(" ") || text.hasPrefix("S/RES/")
  }

  private static func looksLikeJobNumber(_ text: String) -> Bool {
    let digits = text.prefix(8)
    return digits.count == 8 && digits.dropFirst(2).first == "-"
  }
}

extension String {
  fileprivate func trimmingBlanks() -> String {
    let scalars = unicodeScalars.drop { $0.properties.isWhitespace }
    return String(String.UnicodeScalarView(scalars.reversed().drop { $0.properties.isWhitespace }.reversed()))
  }
}
