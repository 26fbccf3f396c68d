import ResolutionModel

/// Sets aside the Markdown syntax of text that an extraction pipeline turned into Markdown, so
/// the reader sees the document's text: heading marks ("### "), emphasis ("_Recalling_"),
/// backslash escapes ("1\."), footnote syntax ("[^3]", "[^3]:"), links ("[A/61/305](…)"),
/// code spans, `<br>`, and character references ("&#91;" → "[").
///
/// The reader runs on the cleaned bytes; ``map`` turns offsets back into the original's, so every
/// span still points into the input. Removed syntax is debris; replaced references are listed as
/// substitutions.
struct MarkdownCleanup {
  /// The text without the syntax.
  private(set) var bytes: [UInt8] = []
  /// Original ranges removed as syntax.
  private(set) var syntax: [Range<Int>] = []
  /// Original ranges replaced by other text (character references).
  private(set) var substitutions: [(range: Range<Int>, text: String)] = []
  /// Runs of the mapping: cleaned offset where a run starts, and its original offset.
  private var runs: [(cleaned: Int, original: Int)] = []
  private var originalCount = 0

  /// Whether `bytes` look like Markdown: headings, footnote definitions or escaped numbers at
  /// line starts. YAML front matter alone does not count (raw PDF text carries it too).
  static func isMarkdown(_ bytes: [UInt8], lines: [Line]) -> Bool {
    for line in lines where !line.isBlank {
      let start = line.contentStart
      if Bytes.hasPrefix(bytes, at: start, footnoteDefinition) { return true }
      var hashes = start
      while hashes < line.contentEnd, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
      if (1...6).contains(hashes - start), hashes < line.contentEnd, bytes[hashes] == Bytes.space { return true }
      var digits = start
      while digits < line.contentEnd, Bytes.isDigit(bytes[digits]) { digits += 1 }
      if digits > start, Bytes.hasPrefix(bytes, at: digits, escapedFullStop) { return true }
    }
    return false
  }

  private static let footnoteDefinition: [UInt8] = Array("[^".utf8)
  private static let escapedFullStop: [UInt8] = Array("\\.".utf8)

  /// Cleans `source` line by line; lines before `bodyStart` (a YAML block) are kept as they are.
  init(_ source: [UInt8], lines: [Line], bodyStart: Int) {
    originalCount = source.count
    bytes.reserveCapacity(source.count)
    var edits: [(Range<Int>, String?)] = []
    var emphasis: [Emphasis] = []
    for (index, line) in lines.enumerated() where index >= bodyStart {
      if line.isBlank {
        emphasis.removeAll()  // Emphasis does not run across paragraphs.
        continue
      }
      edits += Self.edits(source, line, emphasis: &emphasis)
    }
    edits.sort { $0.0.lowerBound < $1.0.lowerBound }
    var cursor = 0
    for (range, replacement) in edits where range.lowerBound >= cursor {
        keep(source, cursor..<range.lowerBound)
        if let replacement {
          substitutions.append((range, replacement))
          startRun(at: range.lowerBound)
          bytes.append(contentsOf: Array(replacement.utf8))
        } else {
          syntax.append(range)
        }
        cursor = range.upperBound
    }
    keep(source, cursor..<source.count)
  }

  /// The original offset of cleaned offset `offset`.
  func original(_ offset: Int) -> Int {
    guard !runs.isEmpty else { return offset }
    var low = 0
    var high = runs.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if runs[mid].cleaned <= offset { low = mid } else { high = mid - 1 }
    }
    return min(runs[low].original + (offset - runs[low].cleaned), originalCount)
  }

  /// The original span of a cleaned span.
  func original(_ span: SourceSpan) -> SourceSpan {
    guard span.length > 0 else { return SourceSpan(start: original(span.start), end: original(span.start)) }
    return SourceSpan(start: original(span.start), end: original(span.end - 1) + 1)
  }

  private mutating func keep(_ source: [UInt8], _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    startRun(at: range.lowerBound)
    bytes.append(contentsOf: source[range])
  }

  private mutating func startRun(at original: Int) {
    runs.append((bytes.count, original))
  }

  // MARK: What is syntax

  /// An emphasis delimiter waiting for its closing one (possibly on a later line of the paragraph).
  private typealias Emphasis = (delimiter: UInt8, length: Int, at: Int)

  /// The edits of one line: ranges to remove (nil) or to replace.
  private static func edits(_ bytes: [UInt8], _ line: Line, emphasis: inout [Emphasis]) -> [(Range<Int>, String?)] {
    var edits: [(Range<Int>, String?)] = []
    var index = line.contentStart
    let end = line.contentEnd
    // "### Heading"
    var hashes = index
    while hashes < end, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
    if (1...6).contains(hashes - index), hashes < end, bytes[hashes] == Bytes.space {
      edits.append((index..<hashes + 1, nil))
      index = hashes + 1
    }
    while index < end {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\\") where index + 1 < end && isPunctuation(bytes[index + 1]):
        edits.append((index..<index + 1, nil))
        index += 2
        continue
      case UInt8(ascii: "["):
        if let footnote = footnoteSyntax(bytes, index, end) {
          edits += footnote.map { ($0, nil) }
          index = footnote.last!.upperBound
          continue
        }
        if let link = linkSyntax(bytes, index, end) {
          edits += link.map { ($0, nil) }
          index = link.first!.upperBound
          continue
        }
      case UInt8(ascii: "&"):
        if let (length, text) = characterReference(bytes, index, end) {
          edits.append((index..<index + length, text))
          index += length
          continue
        }
      case UInt8(ascii: "<"):
        if let length = lineBreakTag(bytes, index, end) {
          edits.append((index..<index + length, nil))
          index += length
          continue
        }
      case UInt8(ascii: "`"):
        edits.append((index..<index + 1, nil))
      case UInt8(ascii: "_"), UInt8(ascii: "*"):
        var run = index
        while run < end, bytes[run] == byte, run - index < 3 { run += 1 }
        let length = run - index
        let before = index > line.contentStart ? bytes[index - 1] : Bytes.space
        let after = run < end ? bytes[run] : Bytes.space
        if let open = emphasis.lastIndex(where: { $0.delimiter == byte && $0.length == length }),
          !Bytes.isBlank(before), !isWordByte(after)
        {
          // A closing delimiter: the pair is syntax.
          edits.append((emphasis[open].at..<emphasis[open].at + length, nil))
          edits.append((index..<run, nil))
          emphasis.removeSubrange(open...)
        } else if !isWordByte(before), !Bytes.isBlank(after), run < end {
          emphasis.append((byte, length, index))
        }
        index = run
        continue
      default:
        break
      }
      index += 1
    }
    return edits
  }

  private static func isWordByte(_ byte: UInt8) -> Bool { Bytes.isAlphanumeric(byte) || byte >= 0x80 }

  private static func isPunctuation(_ byte: UInt8) -> Bool {
    (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
  }

  /// "[^12]" (a marker) or "[^12]:" (a definition): the brackets are syntax, the label is text.
  private static func footnoteSyntax(_ bytes: [UInt8], _ index: Int, _ end: Int) -> [Range<Int>]? {
    guard index + 3 < end, bytes[index + 1] == UInt8(ascii: "^") else { return nil }
    var close = index + 2
    while close < end, Bytes.isAlphanumeric(bytes[close]), close - index < 8 { close += 1 }
    guard close > index + 2, close < end, bytes[close] == UInt8(ascii: "]") else { return nil }
    let closing = close + 1 < end && bytes[close + 1] == UInt8(ascii: ":") ? close..<close + 2 : close..<close + 1
    return [index..<index + 2, closing]
  }

  /// "[text](url)": the brackets and the destination are syntax, the text is text.
  private static func linkSyntax(_ bytes: [UInt8], _ index: Int, _ end: Int) -> [Range<Int>]? {
    var close = index + 1
    var depth = 0
    while close < end {
      if bytes[close] == UInt8(ascii: "[") { depth += 1 }
      if bytes[close] == UInt8(ascii: "]") {
        if depth == 0 { break }
        depth -= 1
      }
      close += 1
    }
    guard close + 1 < end, bytes[close + 1] == UInt8(ascii: "(") else { return nil }
    var destinationEnd = close + 2
    while destinationEnd < end, bytes[destinationEnd] != UInt8(ascii: ")"), !Bytes.isBlank(bytes[destinationEnd]) {
      destinationEnd += 1
    }
    guard destinationEnd < end, bytes[destinationEnd] == UInt8(ascii: ")") else { return nil }
    return [index..<index + 1, close..<destinationEnd + 1]
  }

  /// "&#91;", "&#x5B;", "&amp;", "&nbsp;" …: the length and the character it stands for.
  private static func characterReference(_ bytes: [UInt8], _ index: Int, _ end: Int) -> (Int, String)? {
    var semicolon = index + 1
    while semicolon < end, bytes[semicolon] != UInt8(ascii: ";"), semicolon - index < 10 { semicolon += 1 }
    guard semicolon < end, bytes[semicolon] == UInt8(ascii: ";"), semicolon > index + 1 else { return nil }
    let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
    let length = semicolon + 1 - index
    if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16),
      let scalar = Unicode.Scalar(value)
    {
      return (length, String(scalar))
    }
    if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
      return (length, String(scalar))
    }
    let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–", "mdash": "—"]
    return named[name].map { (length, $0) }
  }

  /// "<br>", "<br/>", "<br />".
  private static func lineBreakTag(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Int? {
    for tag in ["<br>", "<br/>", "<br />"] where Bytes.hasPrefix(bytes, at: index, Array(tag.utf8), ignoringCase: true) {
      return tag.utf8.count
    }
    return nil
  }
}
