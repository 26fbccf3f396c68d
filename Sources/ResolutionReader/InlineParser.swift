import ResolutionModel

/// Turns the logical text of a block into inlines: plain text, footnote markers, document
/// references and dates.
struct InlineParser {
  /// Footnote marker decisions, shared across the blocks of a document in source order.
  var markers: FootnoteMarkers

  /// Parses `text`. With `footnotes` false (inside a note, or in front matter) no markers are
  /// sought; with `references` false, no document symbols or resolution numbers.
  mutating func parse(_ text: LogicalText, footnotes: Bool = true, references: Bool = true) -> [Inline] {
    var scan = Scan(text: text)
    let bytes = text.bytes
    // The loop reads every byte: through a buffer pointer, without bounds checks.
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        let atWordStart = index == 0 || !Bytes.isWordByte(buffer[index - 1])
        if Bytes.isDigit(byte) {
          if atWordStart, let length = scan.date(at: index) {
            index += length
            continue
          }
          if footnotes, atWordStart, let length = scan.dateWithGluedMarker(at: index) {
            index += length
            continue
          }
          if references, atWordStart, scan.resolutionContext, let length = scan.resolutionNumber(at: index) {
            index += length
            continue
          }
          if footnotes, let length = markers.marker(in: bytes, at: index) {
            scan.emit(.footnote, index..<index + length)
            index += length
            continue
          }
          index = scan.skipNumber(from: index)
          continue
        }
        if references, atWordStart, Bytes.isUpper(byte), let length = scan.symbol(at: index) {
          index += length
          continue
        }
        if atWordStart, Bytes.isWordByte(byte) {
          index = scan.word(at: index)
          continue
        }
        index += 1
      }
    }
    return scan.finish()
  }
}

/// The state of one scan: emitted inlines and the "resolution …" context.
private struct Scan {
  enum Kind {
    case footnote
  }

  let text: LogicalText
  /// The text's bytes, held here rather than read through `text` at every access.
  let bytes: [UInt8]
  var inlines: [Inline] = []
  /// Start of the plain text not yet emitted.
  var pending = 0
  /// Words since "resolution(s)"; nil when no resolution list is open.
  var wordsSinceResolution: Int?

  init(text: LogicalText) {
    self.text = text
    self.bytes = text.bytes
  }

  var resolutionContext: Bool { wordsSinceResolution != nil }

  /// Emits the plain text up to `end`, as separate runs on either side of an interruption.
  mutating func flushText(upTo end: Int) {
    guard end > pending else { return }
    var start = pending
    for cut in text.interruptions where cut > start && cut < end {
      inlines.append(.text(TextRun(text.string(start..<cut), span: text.span(start..<cut))))
      start = cut
    }
    inlines.append(.text(TextRun(text.string(start..<end), span: text.span(start..<end))))
    pending = end
  }

  mutating func emit(_ kind: Kind, _ range: Range<Int>) {
    flushText(upTo: range.lowerBound)
    switch kind {
    case .footnote:
      inlines.append(.footnoteRef(FootnoteRef(label: text.string(range), span: text.span(range))))
    }
    pending = range.upperBound
  }

  /// Whether `range` reaches over text that belongs elsewhere (a recognised date or symbol must not).
  func crossesInterruption(_ range: Range<Int>) -> Bool {
    text.interruptions.contains { $0 > range.lowerBound && $0 < range.upperBound }
  }

  mutating func date(at index: Int) -> Int? {
    guard let (date, length) = DateRecognizer.date(bytes, at: index), !crossesInterruption(index..<index + length)
    else { return nil }
    // A day preceded by a dash belongs to a range ("18-22 March 2002"): left as text.
    if index > 0, bytes[index - 1] == UInt8(ascii: "-") || isEnDash(before: index) { return nil }
    let range = index..<index + length
    flushText(upTo: index)
    inlines.append(.date(DateMention(text: text.string(range), date: date, span: text.span(range))))
    pending = range.upperBound
    return length
  }

  /// "1 April 198259": the date 1 April 1982, then footnote marker 59.
  mutating func dateWithGluedMarker(at index: Int) -> Int? {
    guard let found = DateRecognizer.dateWithGluedMarker(bytes, at: index),
      !crossesInterruption(index..<index + found.length + found.marker)
    else { return nil }
    let dateRange = index..<index + found.length
    flushText(upTo: index)
    inlines.append(.date(DateMention(text: text.string(dateRange), date: found.date, span: text.span(dateRange))))
    pending = dateRange.upperBound
    emit(.footnote, dateRange.upperBound..<dateRange.upperBound + found.marker)
    return found.length + found.marker
  }

  mutating func symbol(at index: Int) -> Int? {
    guard let length = SymbolRecognizer.symbol(bytes, at: index), !crossesInterruption(index..<index + length)
    else { return nil }
    let range = index..<index + length
    let printed = text.string(range)
    emitReference(printed: printed, symbol: SymbolRecognizer.canonical(printed), range: range)
    return length
  }

  /// A bare resolution number inside a "resolution(s) …" list: `46/151`, `35/142 B`,
  /// `2453 A (XXIII)` (General Assembly) or `242 (1967)` (Security Council).
  mutating func resolutionNumber(at index: Int) -> Int? {
    guard let number = ResolutionNumberRecognizer.number(bytes, at: index),
      !crossesInterruption(index..<index + number.length)
    else { return nil }
    let range = index..<index + number.length
    emitReference(printed: text.string(range), symbol: number.symbol, range: range)
    wordsSinceResolution = 0
    return number.length
  }

  /// Emits a reference; for a resolution, a following " of <date>" gives its adoption date.
  private mutating func emitReference(printed: String, symbol: String, range: Range<Int>) {
    flushText(upTo: range.lowerBound)
    var date: ISODate?
    if symbol.contains("/RES/") {
      for linker in Self.dateLinkers where Bytes.hasPrefix(bytes, at: range.upperBound, linker) {
        date = DateRecognizer.date(bytes, at: range.upperBound + linker.count)?.date
        break
      }
    }
    inlines.append(
      .documentRef(DocumentRef(text: printed, symbol: symbol, date: date, span: text.span(range))))
    pending = range.upperBound
  }

  /// " of 18 December 1991", " du 18 décembre 1991", " de 18 de diciembre de 1991".
  private static let dateLinkers: [[UInt8]] = [" of ", " du ", " de "].map { Array($0.utf8) }

  /// Skips a number that is plain text, including "60/265"-like tokens outside a resolution list.
  func skipNumber(from index: Int) -> Int {
    var end = index
    while end < bytes.count, Bytes.isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "/") {
      end += 1
    }
    return max(end, index + 1)
  }

  /// Reads a word and tracks whether a resolution list is open. Words are compared as bytes;
  /// a string is made only while a list is open.
  mutating func word(at index: Int) -> Int {
    let end = bytes.withUnsafeBufferPointer { buffer in
      var end = index
      while end < buffer.count, Bytes.isWordByte(buffer[end]), !Bytes.isDigit(buffer[end]) { end += 1 }
      return end
    }
    guard end > index else { return index + 1 }
    if end - index >= 10, ResolutionNumberRecognizer.isOpener(bytes, index..<end) {
      wordsSinceResolution = 0
    } else if let count = wordsSinceResolution, !ResolutionNumberRecognizer.isListWord(bytes, index..<end) {
      wordsSinceResolution = count >= 3 ? nil : count + 1
    }
    return end
  }

  private func isEnDash(before index: Int) -> Bool {
    index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80
      && (bytes[index - 1] == 0x93 || bytes[index - 1] == 0x94)
  }

  mutating func finish() -> [Inline] {
    flushText(upTo: bytes.count)
    return inlines
  }
}
