import ResolutionModel

/// One physical line of the source, with the positions the reader needs to classify it.
struct Line: Sendable {
  /// Offset of the first byte of the line.
  var start: Int
  /// Offset just past the last byte before the line terminator.
  var end: Int
  /// Offset of the first byte that is not blank (equals `contentEnd` for a blank line).
  var contentStart: Int
  /// Offset just past the last byte that is not blank.
  var contentEnd: Int
  /// Visual indentation in columns (a tab advances to the next multiple of 8).
  var indent: Int
  /// Whether a form feed (page break) stands before the content.
  var pageBreak: Bool
  /// Whether the first blank of the line is a tab, as in ODS exports.
  var startsWithTab: Bool

  /// A line with no printed characters.
  var isBlank: Bool { contentStart >= contentEnd }
  /// The span of the printed characters.
  var content: SourceSpanRange { contentStart..<contentEnd }
  /// Visual column just past the last printed character (indentation plus length, bytes as columns).
  var endColumn: Int { indent + (contentEnd - contentStart) }
}

typealias SourceSpanRange = Range<Int>

/// Splits UTF-8 bytes into ``Line``s; LF, CR LF and lone CR end a line.
enum LineScanner {
  static func lines(of bytes: [UInt8], from start: Int = 0) -> [Line] {
    var lines: [Line] = []
    lines.reserveCapacity(bytes.count / 60 + 1)
    var index = start
    let count = bytes.count
    while index <= count {
      let lineStart = index
      let end = bytes.withUnsafeBufferPointer { ByteSearch.lineBreak(in: $0, from: lineStart) }
      lines.append(makeLine(bytes, start: lineStart, end: end))
      if end >= count { break }
      index = end + 1
      if bytes[end] == Bytes.carriageReturn, index < count, bytes[index] == Bytes.newline { index += 1 }
      if index == count { break }
    }
    return lines
  }

  private static func makeLine(_ bytes: [UInt8], start: Int, end: Int) -> Line {
    var contentStart = start
    var indent = 0
    var pageBreak = false
    while contentStart < end {
      let byte = bytes[contentStart]
      if byte == Bytes.tab {
        indent = (indent / 8 + 1) * 8
        contentStart += 1
      } else if byte == Bytes.formFeed {
        pageBreak = true
        indent = 0
        contentStart += 1
      } else if Bytes.isBlank(byte) {
        indent += 1
        contentStart += 1
      } else {
        let width = Bytes.unicodeBlankWidth(bytes, contentStart)
        if width == 0 { break }
        indent += 1
        contentStart += width
      }
    }
    var contentEnd = end
    while contentEnd > contentStart {
      let byte = bytes[contentEnd - 1]
      if Bytes.isBlank(byte) {
        if byte == Bytes.formFeed { pageBreak = true }
        contentEnd -= 1
      } else if byte == 0xA0, contentEnd - 2 >= contentStart, bytes[contentEnd - 2] == 0xC2 {
        contentEnd -= 2
      } else {
        break
      }
    }
    return Line(
      start: start, end: end, contentStart: contentStart, contentEnd: contentEnd, indent: indent,
      pageBreak: pageBreak, startsWithTab: start < end && bytes[start] == Bytes.tab)
  }
}
