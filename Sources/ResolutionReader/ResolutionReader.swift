import ResolutionModel

/// Reads the plain text of a UN resolution (ODS export, PDF text or OCR) into a ``Resolution``.
///
/// Reading is total: any text gives a document plus diagnostics. Nothing printed is dropped: text
/// that is not classified is kept (as front matter or a paragraph) and reported as a warning, and
/// whatever is set aside as not belonging to the document is listed in ``ReadResult/debris``.
///
/// Start reading here: ``read(_:)`` runs the phases in order — lines, debris, formula, front
/// matter (``ReaderSession/scanFrontMatter(_:)``), body (``ReaderSession/scanBody(_:)``), tree
/// (``TreeBuilder``), metadata (``MetadataBuilder``).
public struct ResolutionReader: Sendable {
  /// Reader settings.
  public struct Options: Sendable {
    /// The input format, or nil to detect it.
    public var format: InputFormat?

    /// Creates options.
    public init(format: InputFormat? = nil) {
      self.format = format
    }
  }

  /// The settings.
  public var options: Options

  /// Creates a reader.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Decodes `bytes` and reads them; throws only when the input is not usable text.
  public func read(bytes: [UInt8], name: String, limit: Int = Int.max) throws(InputError) -> ReadResult {
    let (file, decodingDiagnostics) = try InputDecoder.decode(bytes, name: name, limit: limit)
    var result = read(file)
    result.diagnostics.insert(contentsOf: decodingDiagnostics, at: 0)
    return result
  }

  /// Reads a decoded source. Text that an extraction pipeline turned into Markdown is read without
  /// its syntax (``MarkdownCleanup``); spans still point into `file`.
  public func read(_ file: SourceFile) -> ReadResult {
    guard options.format != .ods else { return readText(file) }
    let lines = LineScanner.lines(of: file.bytes)
    guard MarkdownCleanup.isMarkdown(file.bytes, lines: lines) else { return readText(file) }
    let cleanup = MarkdownCleanup(file.bytes, lines: lines, bodyStart: ReaderSession.yamlBlockEnd(file.bytes, lines))
    var result = readText(SourceFile(name: file.name, bytes: cleanup.bytes))
    result.resolution = result.resolution.mappingSpans(cleanup.original)
    for index in result.diagnostics.indices { result.diagnostics[index].span = cleanup.original(result.diagnostics[index].span) }
    result.debris = result.debris.map { Debris(span: cleanup.original($0.span), kind: $0.kind) }
      + cleanup.syntax.map { Debris(span: SourceSpan(start: $0.lowerBound, end: $0.upperBound), kind: .markdownSyntax) }
    result.debris.sort { $0.span < $1.span }
    result.substitutions = cleanup.substitutions.map {
      Substitution(span: SourceSpan(start: $0.range.lowerBound, end: $0.range.upperBound), text: $0.text)
    }
    return result
  }

  private func readText(_ file: SourceFile) -> ReadResult {
    var session = ReaderSession(file: file)
    let bytes = file.bytes
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      session.discard(0..<3, as: .byteOrderMark)
      start = 3
    }
    session.setAsideControlCharacters(from: start)
    session.lines = LineScanner.lines(of: bytes, from: start)
    session.kinds = LineClassifier.classify(session.lines, bytes)
    session.stripExtractorFrontMatter()
    session.format = options.format ?? session.detectFormat()

    let formula = session.findFormula()
    var bodyStart: Int
    if let formula {
      bodyStart = formula.line + 1
      let stop = session.scanFrontMatter(0..<formula.line)
      if stop < formula.line {
        // Preambular paragraphs printed before the formula belong to the body scan.
        bodyStart = stop
      } else {
        session.blocks.append(RawBlock(role: .formula, first: session.lines[formula.line].content))
      }
    } else {
      bodyStart = session.guessBodyStart()
      session.warn(
        "reader.no-formula", "no enacting formula (\"The General Assembly,\") found; the text may not be a resolution",
        at: bodyStart < session.lines.count ? session.lines[bodyStart].content : 0..<0)
      bodyStart = session.scanFrontMatter(0..<bodyStart)
    }
    let body = bodyStart..<session.lines.count
    let pageBoundaries = session.markPageFurniture(body)
    if session.format != .ods { session.readFootnoteZones(body, pageBoundaries: pageBoundaries) }
    session.measureLayout(body)
    if session.format != .ods {
      let text = body.filter { session.kinds[$0] == .text || session.kinds[$0] == .consumed }.map { session.lines[$0].content }
      session.repair = TextRepair(bytes: bytes, lines: text)
    }
    session.scanBody(body)
    session.recordDebrisLines()

    var (resolution, treeDiagnostics) = TreeBuilder.build(
      session.blocks, bytes: bytes, spacedMarkers: session.spacedMarkers, removedSpaces: session.repair.removedSpaces)
    resolution.metadata = MetadataBuilder.metadata(for: resolution, extractor: session.extractorMetadata)
    var diagnostics = session.diagnostics + treeDiagnostics
    diagnostics.sort { $0.span.start < $1.span.start }
    session.debris.sort { $0.span < $1.span }
    return ReadResult(resolution: resolution, diagnostics: diagnostics, debris: session.debris, format: session.format)
  }
}

extension ReaderSession {
  /// Records control characters as debris (text built from the source skips them) and warns once.
  mutating func setAsideControlCharacters(from start: Int) {
    var index = start
    var count = 0
    var first: Range<Int>?
    while index < bytes.count {
      index = bytes.withUnsafeBufferPointer { ByteSearch.nonPrintableASCII(in: $0, from: index) }
      guard index < bytes.count else { break }
      let width = Bytes.controlWidth(bytes, index)
      if width > 0 {
        discard(index..<index + width, as: .controlCharacter)
        first = first ?? index..<index + width
        count += 1
        index += width
      } else {
        index += 1
      }
    }
    if let first {
      warn("input.control-characters", "\(count) control character\(count == 1 ? "" : "s") removed from the text", at: first)
    }
  }

  /// The line holding the enacting formula, and which formula it is.
  func findFormula() -> (line: Int, entry: FormulaPhrases.Entry)? {
    for index in lines.indices where kinds[index] == .text {
      if let entry = FormulaPhrases.match(bytes, lines[index].content) { return (index, entry) }
    }
    return nil
  }

  /// Without a formula: the first line that opens a preambular or numbered paragraph.
  func guessBodyStart() -> Int {
    for index in lines.indices where kinds[index] == .text {
      let content = lines[index].content
      if ParagraphCues.isPreambleOpener(bytes, content)
        || Label.arabic(bytes, at: content.lowerBound, end: content.upperBound) != nil
      {
        return index
      }
    }
    return 0
  }

  /// Decides between ODS export, PDF text and OCR text from what the lines show.
  func detectFormat() -> InputFormat {
    var pageFurniture = 0
    for (index, kind) in kinds.enumerated() {
      switch kind {
      case .debris(.odsWrapper): return .ods
      case .debris(.printCode), .debris(.pageNumber): pageFurniture += 1
      default: if lines[index].pageBreak { pageFurniture += 1 }
      }
    }
    return pageFurniture > 0 ? .pdfText : .ocrText
  }

  /// Measures how the body is laid out: one paragraph per line, or hard-wrapped at some width.
  mutating func measureLayout(_ range: Range<Int>) {
    var ends: [Int] = []
    var lengths: [Int] = []
    for index in range where kinds[index] == .text {
      ends.append(lines[index].endColumn)
      lengths.append(lines[index].contentEnd - lines[index].contentStart)
    }
    guard !ends.isEmpty else { return }
    ends.sort()
    lengths.sort()
    wrapWidth = ends[ends.count * 8 / 10]
    unwrapped = format == .ods || lengths[lengths.count / 2] > 140
    blankSeparated = format != .ods && paragraphStartsFollowBlankLines(range)
    spacedMarkers = format != .ods
  }

  /// Whether most lines that open a paragraph (a number, a preambular opener) follow a blank line.
  private func paragraphStartsFollowBlankLines(_ range: Range<Int>) -> Bool {
    var starts = 0
    var afterBlank = 0
    for index in range where kinds[index] == .text && index > range.lowerBound {
      let content = lines[index].content
      guard Label.arabic(bytes, at: content.lowerBound, end: content.upperBound) != nil
        || ParagraphCues.isPreambleOpener(bytes, content)
      else { continue }
      starts += 1
      if kinds[index - 1] == .blank { afterBlank += 1 }
    }
    return starts >= 3 && afterBlank * 10 >= starts * 6
  }

  /// A YAML block at the top ("---" … "---"), added by extraction pipelines: set aside as debris,
  /// its `key: value` pairs kept as hints for the metadata.
  mutating func stripExtractorFrontMatter() {
    let end = Self.yamlBlockEnd(bytes, lines)
    guard end > 0, let first = kinds.firstIndex(where: { $0 != .blank }) else { return }
    let close = end - 1
    for index in first...close {
      let content = lines[index].content
      if index > first, index < close, let colon = bytes[content].firstIndex(of: UInt8(ascii: ":")) {
        let key = text(content.lowerBound..<colon).trimmingCharacters(in: " ")
        var value = Self.withoutControlCharacters(text((colon + 1)..<content.upperBound)).trimmingCharacters(in: " ")
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        extractorMetadata[key] = value
      }
      if !lines[index].isBlank { kinds[index] = .debris(.extractorFrontMatter) }
    }
  }

  /// A front-matter value without the control characters the text would lose as debris.
  private static func withoutControlCharacters(_ value: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in value.unicodeScalars where !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF) {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  static func isYAMLFence(_ bytes: [UInt8], _ line: Line) -> Bool {
    line.content.count == 3 && bytes[line.content].allSatisfy { $0 == UInt8(ascii: "-") }
  }

  /// The index of the first line after a YAML block at the top, or 0 when there is none. Every
  /// line between the fences must look like YAML, so that a rule further down a text that merely
  /// starts with "---" does not turn the text between into front matter.
  static func yamlBlockEnd(_ bytes: [UInt8], _ lines: [Line]) -> Int {
    guard let first = lines.firstIndex(where: { !$0.isBlank }), isYAMLFence(bytes, lines[first]),
      let close = (first + 1..<min(lines.count, first + 60)).first(where: { isYAMLFence(bytes, lines[$0]) }),
      (first + 1..<close).allSatisfy({ lines[$0].isBlank || isYAMLLine(bytes, lines[$0]) })
    else { return 0 }
    return close + 1
  }

  /// `key: value`, `- item`, `# comment`, at any indentation (nested mappings and lists). Free
  /// text (a multi-line value) is not taken for YAML: the block is then kept as text.
  private static func isYAMLLine(_ bytes: [UInt8], _ line: Line) -> Bool {
    let content = line.content
    let firstByte = bytes[content.lowerBound]
    if firstByte == UInt8(ascii: "#") || firstByte == UInt8(ascii: "-") { return true }
    var index = content.lowerBound
    while index < content.upperBound, Bytes.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "-") {
      index += 1
    }
    return index > content.lowerBound && index < content.upperBound && bytes[index] == UInt8(ascii: ":")
  }
}

