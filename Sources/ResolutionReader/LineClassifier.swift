/// What a physical line is, before any structure is known.
enum LineKind: Equatable {
  /// No printed characters.
  case blank
  /// Printed text of the document (or of its masthead).
  case text
  /// Not the document's text.
  case debris(Debris.Kind)
  /// Already turned into blocks or debris by a pass over page furniture or footnotes.
  case consumed
}

/// Classifies lines that are debris whatever their context: ODS wrapper lines, rules, page
/// numbers, barcodes and print codes, printer's notices.
enum LineClassifier {
  static func classify(_ lines: [Line], _ bytes: [UInt8]) -> [LineKind] {
    lines.map { line in
      if line.isBlank { return .blank }
      if let kind = debrisKind(bytes, line.content) { return .debris(kind) }
      return .text
    }
  }

  private static let odsMarkers: [[UInt8]] = ["<<ODS", "[DU"].map { Array($0.utf8) }
  private static let recycle: [UInt8] = Array("Please recycle".utf8)

  static func debrisKind(_ bytes: [UInt8], _ range: Range<Int>) -> Debris.Kind? {
    let start = range.lowerBound
    if odsMarkers.contains(where: { Bytes.hasPrefix(bytes, at: start, $0) }) { return .odsWrapper }
    if isRule(bytes, range) { return .rule }
    if isPageNumber(bytes, range) { return .pageNumber }
    if isPrintCode(bytes, range) { return .printCode }
    if Bytes.hasPrefix(bytes, at: start, recycle, ignoringCase: true) { return .printerNotice }
    return nil
  }

  /// Three or more of `-`, `_`, `=`, `*` and nothing else but blanks.
  static func isRule(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var count = 0
    for byte in bytes[range] {
      switch byte {
      case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "*"): count += 1
      case Bytes.space, Bytes.tab: continue
      default: return false
      }
    }
    return count >= 3
  }

  /// Whether the rule is made of underscores (the footnote rule of UN PDFs).
  static func isUnderscoreRule(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    isRule(bytes, range) && bytes[range].contains(UInt8(ascii: "_"))
  }

  /// "4", "2/5": at most three digits, or two groups of them around a slash.
  static func isPageNumber(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= 9 else { return false }
    var groups = [0, 0]
    var group = 0
    for byte in bytes[range] {
      if Bytes.isDigit(byte) {
        groups[group] += 1
        if groups[group] > 3 { return false }
      } else if byte == UInt8(ascii: "/"), group == 0, groups[0] > 0 {
        group = 1
      } else if !(group == 1 && Bytes.isBlank(byte)) {
        return false
      }
    }
    return group == 0 || groups[1] > 0
  }

  /// A barcode "*1817962*" or a six-digit print date "021118".
  static func isPrintCode(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    let slice = bytes[range]
    if slice.count >= 7, slice.first == UInt8(ascii: "*"), slice.last == UInt8(ascii: "*"),
      slice.dropFirst().dropLast().allSatisfy(Bytes.isDigit)
    {
      return true
    }
    return slice.count == 6 && slice.allSatisfy(Bytes.isDigit)
  }
}
