import ResolutionModel

/// The working state of one read: the source, its lines and what has been found so far.
struct ReaderSession {
  let file: SourceFile
  let bytes: [UInt8]
  var lines: [Line] = []
  var kinds: [LineKind] = []
  var blocks: [RawBlock] = []
  var diagnostics: [Diagnostic] = []
  var debris: [Debris] = []
  var format: InputFormat = .ods
  /// Metadata stated by an extraction tool's front matter (YAML), used where the text is silent.
  var extractorMetadata: [String: String] = [:]
  /// Whether paragraphs are printed one per line (ODS, re-flowed text) rather than hard-wrapped.
  var unwrapped = true
  /// Word repairs for extracted text (none for ODS exports).
  var repair = TextRepair(bytes: [], lines: [])
  /// Whether the operative part numbers its paragraphs.
  var hasNumberedParagraphs = false
  /// Whether paragraphs are separated by blank lines (OCR transcriptions, re-flowed text), so
  /// that adjacent lines always belong to one paragraph.
  var blankSeparated = false
  /// Typical right edge of a full line of hard-wrapped text, in columns.
  var wrapWidth = 0
  /// Whether footnote markers may stand apart from their word (PDF text).
  var spacedMarkers = false

  init(file: SourceFile) {
    self.file = file
    self.bytes = file.bytes
  }

  mutating func warn(_ id: String, _ message: String, at range: Range<Int>) {
    diagnostics.append(
      Diagnostic(.warning, id: id, message, at: SourceSpan(start: range.lowerBound, end: range.upperBound)))
  }

  mutating func discard(_ range: Range<Int>, as kind: Debris.Kind) {
    guard !range.isEmpty else { return }
    debris.append(Debris(span: SourceSpan(start: range.lowerBound, end: range.upperBound), kind: kind))
  }

  /// Marks line `index` as debris of `kind`; ``recordDebrisLines()`` records it at the end.
  mutating func discardLine(_ index: Int, as kind: Debris.Kind) {
    kinds[index] = .debris(kind)
  }

  /// Records the text of every line that ended up as debris.
  mutating func recordDebrisLines() {
    for (index, kind) in kinds.enumerated() {
      if case .debris(let reason) = kind { discard(lines[index].content, as: reason) }
    }
  }

  func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// Whether `literal` starts the content of line `index`, ignoring ASCII case.
  func lineStarts(_ index: Int, with literal: [UInt8]) -> Bool {
    Bytes.hasPrefix(bytes, at: lines[index].contentStart, literal, ignoringCase: true)
  }
}
