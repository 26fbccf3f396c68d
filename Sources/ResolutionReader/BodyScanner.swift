import ResolutionModel

/// Reads the lines below the enacting formula into blocks: preambular and operative paragraphs,
/// sub-paragraphs, sections, closing lines, annexes, footnotes and (in ODS exports) the masthead
/// printed after the text.
extension ReaderSession {
  /// Where in the document the scan is.
  enum Zone {
    case preamble, operative, conclusion, annex, notes, trailer
  }

  /// The scan's moving parts.
  struct BodyScan {
    var zone: Zone = .preamble
    var current: RawBlock?
    /// The last text line appended to `current`.
    var previousLine: Int?
    /// Whether blank lines, debris or a page break stand between `previousLine` and this line.
    var gap = false
    /// Whether the block just closed was an annex heading, so a title may follow.
    var expectAnnexTitle = false
    /// The label the next footnote must carry, once the first is known.
    var nextNote: Int?
    /// The number of the last numbered paragraph.
    var lastNumber = 0
    /// Whether closing lines (meeting, vote) have been read: notes may follow an annex after them.
    var sawConclusion = false
    /// The number of the last section ("A", "II").
    var lastSection: String?
    /// Whether the section just opened may have a heading on its next line.
    var expectSectionTitle = false
    /// Whether unnumbered paragraphs after a section heading or formula are preambular.
    var inSectionPreamble = false
    /// The warning for the run of unrecognised lines after the closing lines, and its length.
    var unrecognisedRun: (diagnostic: Int, lines: Int)?
    /// Whether the text after the closing lines was found to hold another resolution.
    var sawSecondResolution = false
  }

  mutating func scanBody(_ range: Range<Int>) {
    hasNumberedParagraphs = range.contains { index in
      kinds[index] == .text
        && Label.arabic(bytes, at: lines[index].contentStart, end: lines[index].contentEnd) != nil
    }
    var scan = BodyScan()
    let indentOfBody = typicalIndent(range)
    for index in range {
      switch kinds[index] {
      case .blank, .debris, .consumed:
        scan.gap = true
        continue
      case .text:
        break
      }
      if lines[index].pageBreak { scan.gap = true }
      scanLine(index, &scan, indentOfBody: indentOfBody)
      scan.gap = false
    }
    close(&scan)
  }

  private mutating func scanLine(_ index: Int, _ scan: inout BodyScan, indentOfBody: Int) {
    let content = lines[index].content

    // Lines that switch zones, wherever they stand after the formula.
    if scan.zone != .trailer, scan.zone != .notes, let end = ClosingLines.meetingEnd(bytes, content) {
      close(&scan)
      scan.zone = .conclusion
      // "52nd plenary meeting 1 December 2025": a date on the same line is a line of its own.
      let rest = skipBlanks(end..<content.upperBound)
      if !rest.isEmpty, DateRecognizer.wholeDate(bytes, rest) != nil {
        blocks.append(RawBlock(role: .conclusion(.meeting), first: content.lowerBound..<end))
        blocks.append(RawBlock(role: .conclusion(.date), first: rest))
      } else {
        blocks.append(RawBlock(role: .conclusion(.meeting), first: content))
      }
      return
    }
    if scan.zone != .trailer, scan.zone != .notes, ClosingLines.isVoteLine(bytes, content),
      scan.gap || scan.current.map({ endsClause($0) }) ?? true
    {
      close(&scan)
      scan.zone = .conclusion
      open(&scan, RawBlock(role: .conclusion(.vote), first: content), line: index)
      return
    }
    if scan.zone != .trailer, ClosingLines.annexLabel(bytes, content) != nil {
      close(&scan)
      scan.zone = .annex
      scan.lastSection = nil
      blocks.append(RawBlock(role: .annexHeading, first: content))
      scan.expectAnnexTitle = true
      return
    }

    if scan.zone == .conclusion { scan.sawConclusion = true }
    switch scan.zone {
    case .annex where scan.sawConclusion && scan.gap && startsNote(index, &scan, first: true):
      // Notes printed after an annex that follows the closing lines.
      scan.zone = .notes
    case .preamble, .operative, .annex:
      scanParagraphLine(index, &scan, indentOfBody: indentOfBody)
    case .conclusion:
      scanConclusionLine(index, &scan)
    case .notes:
      scanNoteLine(index, &scan)
    case .trailer:
      scanTrailerLine(index, &scan)
    }
  }

  // MARK: Paragraphs

  private mutating func scanParagraphLine(_ index: Int, _ scan: inout BodyScan, indentOfBody: Int) {
    let content = lines[index].content
    if scanSectionLine(index, &scan) { return }
    // A number alone on its line ("1.") takes the next line as its text.
    if let current = scan.current, !current.hasText, current.label != nil {
      scan.current?.append(content, join: .space)
      scan.previousLine = index
      return
    }
    if let label = Label.arabic(bytes, at: content.lowerBound, end: content.upperBound) ?? ocrSlip(content, scan) {
      close(&scan)
      scan.inSectionPreamble = false
        scan.lastNumber = Int(Substring(label.value.utf8.prefix(while: Bytes.isDigit))) ?? scan.lastNumber
      if scan.zone == .preamble { scan.zone = .operative }
      open(&scan, RawBlock(role: .paragraph, label: label, first: label.textStart..<content.upperBound), line: index)
      return
    }
    if let label = Label.bracketed(bytes, at: content.lowerBound, end: content.upperBound) {
      close(&scan)
      open(&scan, RawBlock(role: .item, label: label, first: label.textStart..<content.upperBound), line: index)
      return
    }
    if continuesBlock(index, scan, indentOfBody: indentOfBody) {
      let previous = scan.previousLine!
      scan.current?.append(content, join: joinKind(after: previous, before: index))
      scan.previousLine = index
      return
    }
    close(&scan)
    let role: RawBlock.Role
    switch scan.zone {
    case .preamble:
      // Unnumbered operative paragraphs ("Requests …"): where the text numbers its paragraphs
      // elsewhere, only a known operative verb opens one.
      if ParagraphCues.isOperativeOpener(bytes, content, knownVerbsOnly: hasNumberedParagraphs),
        !ParagraphCues.isPreambleOpener(bytes, content)
      {
        scan.zone = .operative
        role = .paragraph
      } else {
        role = .preambular
      }
    case .annex:
      if scan.expectAnnexTitle {
        role = .annexTitle
      } else if isHeadingLine(content) {
        role = .heading
      } else {
        role = .paragraph
      }
    default:
      if scan.inSectionPreamble && ParagraphCues.isPreambleOpener(bytes, content) {
        role = .recital
      } else {
        role = continuesList(content) ? .item : .paragraph
      }
    }
    scan.expectAnnexTitle = false
    open(&scan, RawBlock(role: role, first: content), line: index)
  }

  /// Section headings ("A", "II. Implementation", a heading line after a lone number) and
  /// repeated formulas ("The Security Council," opening a section). Returns whether it took the line.
  private mutating func scanSectionLine(_ index: Int, _ scan: inout BodyScan) -> Bool {
    let content = lines[index].content
    if FormulaPhrases.match(bytes, content) != nil {
      close(&scan)
      blocks.append(RawBlock(role: .formula, first: content))
      scan.inSectionPreamble = true
      scan.expectSectionTitle = false
      return true
    }
    if scan.expectSectionTitle {
      scan.expectSectionTitle = false
      // The heading under a lone number, or the rest of a heading wrapped onto the next line.
      let headingSoFar = blocks.last?.lastPiece
      let wrapped = headingSoFar.map { !ParagraphCues.endsClause(bytes, $0) && !scan.gap }
      if wrapped ?? true, isSectionTitle(content, afterNumberAlone: headingSoFar == nil), var heading = blocks.popLast() {
        heading.append(content, join: .space)
        blocks.append(heading)
        return true
      }
    }
    guard let label = Label.section(bytes, at: content.lowerBound, end: content.upperBound),
      Label.sectionFollows(label.value, after: scan.lastSection)
    else { return false }
    close(&scan)
    if scan.zone == .preamble { scan.zone = .operative }
    scan.lastSection = label.value
    scan.inSectionPreamble = true
    blocks.append(RawBlock(role: .sectionHeading, label: label, first: label.textStart..<content.upperBound))
    scan.expectSectionTitle = true
    return true
  }

  /// A heading line: short, not a paragraph, no closing punctuation; under a lone section
  /// number it must not open a preambular paragraph either.
  private func isSectionTitle(_ range: Range<Int>, afterNumberAlone: Bool) -> Bool {
    range.count <= 160 && !ParagraphCues.endsClause(bytes, range)
      && Label.arabic(bytes, at: range.lowerBound, end: range.upperBound) == nil
      && Label.bracketed(bytes, at: range.lowerBound, end: range.upperBound) == nil
      && !(afterNumberAlone && ParagraphCues.isPreambleOpener(bytes, range))
  }

  /// Whether line `index` continues the open block rather than starting a new paragraph.
  private func continuesBlock(_ index: Int, _ scan: BodyScan, indentOfBody: Int) -> Bool {
    guard let current = scan.current, let previous = scan.previousLine else { return false }
    if current.role == .annexTitle || current.role == .heading { return false }
    let line = lines[index]
    let previousContent = lines[previous].content
    let previousEndsClause = ParagraphCues.endsClause(bytes, previousContent)
    let continuation = ParagraphCues.startsAsContinuation(bytes, line.content)
    // Text that cannot start a paragraph (lower case, a year, a bracket) after an unfinished line
    // continues it, across blank lines and page breaks too.
    if continuation && !previousEndsClause { return true }
    if continuation && !scan.gap { return true }
    // A paragraph left unfinished at a page break goes on after it, even with a capital
    // ("… Olympic and Paralympic Winter" / "Games, as …"), unless a new paragraph clearly starts.
    if scan.gap && !previousEndsClause && !ParagraphCues.isPreambleOpener(bytes, line.content)
      && !ParagraphCues.isOperativeOpener(bytes, line.content, knownVerbsOnly: true)
    {
      return true
    }
    // Where blank lines separate paragraphs, adjacent lines belong together.
    if blankSeparated && !scan.gap { return true }
    // Inside an open quotation the text goes on ("… entitled “Declaration on …, Taking into …”").
    if hasOpenQuotation(current) && !scan.gap { return true }
    if scan.gap || unwrapped { return false }
    if endsWithHyphen(previousContent) { return true }
    if !previousEndsClause { return true }
    // Opening words start a paragraph where paragraphs are unnumbered (the preamble); among
    // numbered paragraphs "Addressing …" after "Action:" is just the next line.
    if scan.zone == .preamble || scan.inSectionPreamble || !hasNumberedParagraphs,
      ParagraphCues.isPreambleOpener(bytes, line.content) || ParagraphCues.isOperativeOpener(bytes, line.content)
    {
      return false
    }
    if line.indent >= indentOfBody + 3 { return false }
    return lines[previous].endColumn >= wrapWidth * 85 / 100
  }

  /// Whether the block has opened a quotation (“ or ") that it has not closed.
  private func hasOpenQuotation(_ block: RawBlock) -> Bool {
    var curly = 0
    var straight = 0
    for piece in block.pieces {
      var index = piece.lowerBound
      while index < piece.upperBound {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          straight += 1
        } else if byte == 0xE2, index + 2 < piece.upperBound, bytes[index + 1] == 0x80 {
          if bytes[index + 2] == 0x9C { curly += 1 }
          if bytes[index + 2] == 0x9D { curly -= 1 }
        }
        index += 1
      }
    }
    return curly > 0 || straight % 2 == 1
  }

  /// A paragraph number misread by OCR that the sequence identifies, reported as a warning.
  private mutating func ocrSlip(_ content: Range<Int>, _ scan: BodyScan) -> Label? {
    guard scan.zone != .annex,
      let label = Label.ocrSlip(bytes, at: content.lowerBound, end: content.upperBound, expected: scan.lastNumber + 1)
    else { return nil }
    warn(
      "reader.ocr-number", "read \"\(text(label.range))\" as paragraph number \(label.value) (an OCR slip)",
      at: label.range)
    return label
  }

  /// Whether an unnumbered line in a numbered operative part is a sub-paragraph whose label was
  /// lost in extraction: it follows a lead-in ending with a colon, or such a sub-paragraph.
  private func continuesList(_ content: Range<Int>) -> Bool {
    guard let last = blocks.last, last.role == .paragraph && last.label != nil || last.role == .item,
      let lastPiece = last.lastPiece
    else { return false }
    let leadIn = bytes[lastPiece.upperBound - 1] == UInt8(ascii: ":")
    let words = ParagraphCues.leadingWords(bytes, content, count: 1)
    return (leadIn || last.role == .item && last.label == nil) && words.first == "To"
  }

  /// Whether lines other than blank ones stand between two lines of one block.
  /// How the open block's last line joins the next: a line-end hyphen between letters is dropped
  /// when it only split a word ("avail-" + "able", set aside as debris), kept otherwise
  /// ("capacity-" + "building"); any other line break becomes a space.
  private mutating func joinKind(after previous: Int, before next: Int) -> LogicalText.Join {
    let content = lines[previous].content
    guard endsWithHyphen(content) else { return .space }
    let hyphen = content.upperBound - 1
    var start = hyphen
    while start > content.lowerBound, Bytes.isASCIILetter(bytes[start - 1]) || bytes[start - 1] >= 0x80 { start -= 1 }
    let following = TextRepair.words(bytes, lines[next].content).first ?? 0..<0
    guard repair.dropsHyphen(bytes, first: start..<hyphen, hyphen: hyphen, second: following) else { return .direct }
    discard(hyphen..<hyphen + 1, as: .hyphenation)
    return .dropHyphen
  }

  private func endsWithHyphen(_ range: Range<Int>) -> Bool {
    range.count >= 2 && bytes[range.upperBound - 1] == UInt8(ascii: "-")
      && Bytes.isASCIILetter(bytes[range.upperBound - 2])
  }

  /// A short line without closing punctuation, such as "Rule 41" or "Chemical Section".
  private func isHeadingLine(_ range: Range<Int>) -> Bool {
    range.count <= 60 && !ParagraphCues.endsClause(bytes, range)
  }

  // MARK: Closing lines, footnotes, trailer

  private mutating func scanConclusionLine(_ index: Int, _ scan: inout BodyScan) {
    let content = lines[index].content
    if DateRecognizer.wholeDate(bytes, content) != nil {
      close(&scan)
      blocks.append(RawBlock(role: .conclusion(.date), first: content))
      return
    }
    if scan.gap, startsNote(index, &scan) {
      scan.zone = .notes
      return
    }
    // A vote line wrapped onto the next line (across blank lines in some copies: "… séance" / "par 9 voix …").
    if scan.current?.role == .conclusion(.vote), !scan.gap || ParagraphCues.startsAsContinuation(bytes, content) {
      scan.current?.append(content, join: .space)
      scan.previousLine = index
      return
    }
    if startsNote(index, &scan) {
      scan.zone = .notes
      return
    }
    scanTrailerLine(index, &scan)
  }

  private mutating func scanNoteLine(_ index: Int, _ scan: inout BodyScan) {
    if startsNote(index, &scan) { return }
    if !scan.gap, scan.current?.role == .footnote {
      scan.current?.append(lines[index].content, join: joinKind(after: scan.previousLine!, before: index))
      scan.previousLine = index
      return
    }
    scanTrailerLine(index, &scan)
  }

  /// Opens a footnote block if the line starts with the next footnote's number (with `first`,
  /// only the first note, number 1, may open the notes).
  private mutating func startsNote(_ index: Int, _ scan: inout BodyScan, first: Bool = false) -> Bool {
    let content = lines[index].content
    guard let label = ClosingLines.noteLabel(bytes, content), let value = Int(label.value) else {
      return false
    }
    if let expected = scan.nextNote, value != expected { return false }
    if first, scan.nextNote == nil, value != 1 { return false }
    close(&scan)
    scan.nextNote = value + 1
    open(&scan, RawBlock(role: .footnote, label: label, first: label.textStart..<content.upperBound), line: index)
    return true
  }

  /// One warning per run of unrecognised lines after the closing lines, counting them; and one
  /// when they hold another resolution's formula (several resolutions in one file).
  private mutating func warnUnrecognised(_ content: Range<Int>, _ scan: inout BodyScan) {
    if !scan.sawSecondResolution, FormulaPhrases.match(bytes, content) != nil {
      scan.sawSecondResolution = true
      warn(
        "reader.second-resolution",
        "another resolution seems to start here; resconv reads one resolution per input and keeps the rest as front matter",
        at: content)
    }
    guard var run = scan.unrecognisedRun else {
      warn("reader.unclassified-line", "line after the closing lines not recognised; kept as front matter", at: content)
      scan.unrecognisedRun = (diagnostics.count - 1, 1)
      return
    }
    run.lines += 1
    diagnostics[run.diagnostic].message = "\(run.lines) lines after the closing lines not recognised; kept as front matter"
    scan.unrecognisedRun = run
  }

  /// Masthead lines printed after the text (ODS exports); repeats of the symbol or job number are
  /// running headers; anything else is kept as unclassified front matter.
  private mutating func scanTrailerLine(_ index: Int, _ scan: inout BodyScan) {
    close(&scan)
    scan.zone = .trailer
    let content = lines[index].content
    guard let fields = MastheadFields.split(bytes, content) else {
      warnUnrecognised(content, &scan)
      blocks.append(RawBlock(role: .frontMatter(.other), first: content))
      return
    }
    scan.unrecognisedRun = nil
    for field in fields {
      if (field.role == .symbol || field.role == .jobNumber), hasFrontMatter(field.role, equalTo: field.range) {
        discard(field.range, as: .runningHeader)
      } else {
        blocks.append(RawBlock(role: .frontMatter(field.role), first: field.range))
      }
    }
  }

  /// Whether a front-matter block of `role` with the same text as `range` already exists.
  func hasFrontMatter(_ role: FrontMatterLine.Role, equalTo range: Range<Int>) -> Bool {
    blocks.contains { block in
      block.role == .frontMatter(role) && block.pieces.count == 1
        && bytes[block.pieces[0]].elementsEqual(bytes[range])
    }
  }

  // MARK: Helpers

  private mutating func open(_ scan: inout BodyScan, _ block: RawBlock, line: Int) {
    scan.current = block
    scan.previousLine = line
  }

  private mutating func close(_ scan: inout BodyScan) {
    if let current = scan.current { blocks.append(current) }
    scan.current = nil
  }

  private func endsClause(_ block: RawBlock) -> Bool {
    guard let last = block.lastPiece else { return true }
    return ParagraphCues.endsClause(bytes, last)
  }

  private func skipBlanks(_ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    while start < range.upperBound, Bytes.isBlank(bytes[start]) { start += 1 }
    return start..<range.upperBound
  }

  /// The most common indentation of text lines in `range` (the indentation of wrapped lines).
  private func typicalIndent(_ range: Range<Int>) -> Int {
    var counts: [Int: Int] = [:]
    for index in range where kinds[index] == .text { counts[lines[index].indent, default: 0] += 1 }
    return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
  }
}
