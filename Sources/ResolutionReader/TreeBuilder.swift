import ResolutionModel

/// Assembles the scanned blocks into the AST: parses inline content, nests sub-paragraphs under
/// their paragraph, and groups paragraphs into sections and annexes.
struct TreeBuilder {
  private let bytes: [UInt8]
  private let removedSpaces: Set<Int>
  private var parser: InlineParser
  private var resolution = Resolution(metadata: Metadata())
  private var diagnostics: [Diagnostic] = []

  /// The paragraph being built, where it goes, and the numbering levels of its sub-paragraphs.
  private var open: OpenParagraph?
  private var section: Section?
  private var annex: Annex?

  private struct OpenParagraph {
    enum Destination {
      case preamble, operative, recital
    }

    var paragraph: Paragraph
    var destination: Destination
    var levels: [NumberingLevel] = []
  }

  init(bytes: [UInt8], footnoteLabels: Set<String>, spacedMarkers: Bool, removedSpaces: Set<Int>) {
    self.bytes = bytes
    self.removedSpaces = removedSpaces
    self.parser = InlineParser(markers: FootnoteMarkers(labels: footnoteLabels, allowSpaced: spacedMarkers))
  }

  /// Builds the tree from `blocks` (in source order).
  static func build(
    _ blocks: [RawBlock], bytes: [UInt8], spacedMarkers: Bool, removedSpaces: Set<Int>
  ) -> (Resolution, [Diagnostic]) {
    let labels = Set(blocks.compactMap { $0.role == .footnote ? $0.label?.value : nil })
    var builder = TreeBuilder(bytes: bytes, footnoteLabels: labels, spacedMarkers: spacedMarkers, removedSpaces: removedSpaces)
    for block in blocks { builder.add(block) }
    builder.closeAnnex()
    builder.closeSection()
    builder.resolution.frontMatter.sort { ($0.role, $0.span.start) < ($1.role, $1.span.start) }
    builder.reportMarkersWithoutNotes()
    return (builder.resolution, builder.diagnostics)
  }

  private mutating func add(_ block: RawBlock) {
    switch block.role {
    case .frontMatter(let role):
      resolution.frontMatter.append(FrontMatterLine(role: role, content: frontMatterContent(block, role: role), span: block.span))
    case .formula:
      let formula = Block(content: inlines(block, footnotes: false), span: block.span)
      if resolution.preamble.formula == nil {
        resolution.preamble.formula = formula
      } else {
        closeParagraph()
        appendOperative(.formula(formula))
      }
    case .preambular:
      closeParagraph()
      open = OpenParagraph(paragraph: paragraph(block), destination: .preamble)
    case .recital:
      closeParagraph()
      open = OpenParagraph(paragraph: paragraph(block), destination: .recital)
    case .paragraph:
      closeParagraph()
      open = OpenParagraph(paragraph: paragraph(block), destination: .operative)
    case .item:
      addItem(block)
    case .sectionHeading:
      closeParagraph()
      closeSection()
      section = Section(num: num(block.label), heading: headingBlock(block), children: [], span: block.span)
    case .conclusion(let role):
      closeParagraph()
      closeSection()
      resolution.conclusion.lines.append(
        Conclusion.Line(role: role, content: inlines(block, footnotes: true), span: block.span))
    case .annexHeading:
      closeParagraph()
      closeSection()
      closeAnnex()
      let heading = Block(content: inlines(block, footnotes: true), span: block.span)
      let label = ClosingLines.annexLabel(bytes, block.pieces.first ?? 0..<0)
      annex = Annex(label: label?.isEmpty == false ? label : nil, heading: heading, title: nil, body: [], span: block.span)
    case .annexTitle:
      let title = Block(content: inlines(block, footnotes: true), span: block.span)
      if var current = annex, current.title == nil {
        current.title = title
        current.span = current.span.union(block.span)
        annex = current
      } else {
        appendOperative(.heading(title))
      }
    case .heading:
      closeParagraph()
      appendOperative(.heading(Block(content: inlines(block, footnotes: true), span: block.span)))
    case .footnote:
      guard let label = block.label else { return }
      let text = block.logicalText(bytes, removedSpaces: removedSpaces)
      let num = Num(text: label.value, value: label.value, span: SourceSpan(start: label.range.lowerBound, end: label.range.upperBound))
      let content = parser.parse(text, footnotes: false)
      if let earlier = resolution.footnotes.firstIndex(where: { $0.label == label.value }) {
        mergeFootnote(num: num, content: content, span: block.span, into: earlier)
      } else {
        resolution.footnotes.append(Footnote(num: num, content: content, span: block.span))
      }
    }
  }

  /// A note whose number an earlier note already has (a misread line, a repeated page bottom):
  /// markers could not tell the two apart, so its number and text are kept at the end of the
  /// earlier note, with a warning.
  private mutating func mergeFootnote(num: Num, content: [Inline], span: SourceSpan, into index: Int) {
    var note = resolution.footnotes[index]
    if !note.content.isEmpty { note.content.append(.text(TextRun(" ", span: .none))) }
    note.content.append(.text(TextRun(num.text, span: num.span)))
    if !content.isEmpty { note.content += [.text(TextRun(" ", span: .none))] + content }
    note.span = SourceSpan(start: min(note.span.start, span.start), end: max(note.span.end, span.end))
    resolution.footnotes[index] = note
    diagnostics.append(
      Diagnostic(
        .warning, id: "reader.duplicate-footnote",
        num.text.isEmpty
          ? "more note text without a number; kept at the end of the first such note"
          : "a second note numbered \(num.text); kept as text at the end of the first note \(num.text)",
        at: num.span.start < num.span.end ? num.span : span))
  }

  /// Warns once for each footnote marker whose note the text does not contain.
  private mutating func reportMarkersWithoutNotes() {
    let labels = Set(resolution.footnotes.map(\.label))
    var reported: Set<String> = []
    var missing: [FootnoteRef] = []
    resolution.forEachTextPiece { piece in
      if case .footnoteRef(let reference) = piece, !labels.contains(reference.label), reported.insert(reference.label).inserted {
        missing.append(reference)
      }
    }
    for reference in missing {
      diagnostics.append(
        Diagnostic(.warning, id: "reader.footnote-without-note", "footnote marker \(reference.label) has no note in the text", at: reference.span))
    }
  }

  // MARK: Paragraphs and sub-paragraphs

  private mutating func paragraph(_ block: RawBlock) -> Paragraph {
    Paragraph(num: num(block.label), content: inlines(block, footnotes: true), span: block.span)
  }

  private mutating func addItem(_ block: RawBlock) {
    let item = paragraph(block)
    guard var current = open else {
      diagnostics.append(
        Diagnostic(.warning, id: "reader.orphan-subparagraph",
          "sub-paragraph \(block.label.map { bytesText($0.range) } ?? "") has no paragraph to belong to; kept as a paragraph",
          at: block.span))
      open = OpenParagraph(paragraph: item, destination: .operative)
      return
    }
    guard let label = block.label else {
      // A sub-paragraph whose label was lost: it takes the next place in the current numbering.
      diagnostics.append(
        Diagnostic(.warning, id: "reader.subparagraph-without-label",
          "sub-paragraph without its label (lost in extraction?); kept unnumbered in the list", at: block.span))
      Self.append(item, depth: NumberingLevel.advance(&current.levels), to: &current.paragraph)
      open = current
      return
    }
    let placement = NumberingLevel.place(label.value, in: &current.levels)
    switch placement.fit {
    case .inSequence:
      break
    case .otherStyle:
      diagnostics.append(
        Diagnostic(.warning, id: "reader.ocr-subparagraph",
          "sub-paragraph \(bytesText(label.range)) continues a list numbered in the other style (\"(1)\" printed for \"(i)\", an OCR slip?); kept in that list",
          at: SourceSpan(start: label.range.lowerBound, end: label.range.upperBound)))
    case .outOfSequence:
      diagnostics.append(
        Diagnostic(.warning, id: "reader.subparagraph-sequence",
          "sub-paragraph \(bytesText(label.range)) does not continue the numbering before it; placed at depth \(placement.depth + 1)",
          at: block.span))
    }
    Self.append(item, depth: placement.depth, to: &current.paragraph)
    open = current
  }

  /// Appends `item` as the last child at `depth` (0 = directly under `parent`), widening spans.
  private static func append(_ item: Paragraph, depth: Int, to parent: inout Paragraph) {
    parent.span = parent.span.union(item.span)
    if depth == 0 || parent.items.isEmpty {
      parent.items.append(item)
    } else {
      append(item, depth: depth - 1, to: &parent.items[parent.items.count - 1])
    }
  }

  private mutating func closeParagraph() {
    guard let current = open else { return }
    open = nil
    switch current.destination {
    case .preamble: resolution.preamble.paragraphs.append(current.paragraph)
    case .operative: appendOperative(.paragraph(current.paragraph))
    case .recital: appendOperative(.recital(current.paragraph))
    }
  }

  // MARK: Sections and annexes

  private mutating func appendOperative(_ node: BodyNode) {
    if section != nil {
      section!.children.append(node)
      section!.span = section!.span.union(node.span)
    } else if annex != nil {
      annex!.body.append(node)
      annex!.span = annex!.span.union(node.span)
    } else {
      resolution.operative.append(node)
    }
  }

  private mutating func closeSection() {
    closeParagraph()
    guard let finished = section else { return }
    section = nil
    appendOperative(.section(finished))
  }

  mutating func closeAnnex() {
    closeSection()
    guard let finished = annex else { return }
    annex = nil
    resolution.annexes.append(finished)
  }

  // MARK: Inline content

  /// Masthead fields are what they say (the symbol line is the document's own symbol, not a
  /// reference to another), so they stay plain text; the other lines are parsed for references and dates.
  private mutating func frontMatterContent(_ block: RawBlock, role: FrontMatterLine.Role) -> [Inline] {
    switch role {
    case .organization, .symbol, .organ, .distribution, .jobNumber, .session, .agendaItem:
      let text = block.logicalText(bytes, removedSpaces: removedSpaces)
      return [.text(TextRun(text.string(0..<text.bytes.count), span: block.span))]
    case .title:
      // The number before the title is the document's own, not a reference to another.
      return parser.parse(block.logicalText(bytes, removedSpaces: removedSpaces), footnotes: false, references: false)
    case .distributionDate, .adoption, .referral, .sourceDocument, .other:
      return inlines(block, footnotes: false)
    }
  }

  private mutating func inlines(_ block: RawBlock, footnotes: Bool) -> [Inline] {
    parser.parse(block.logicalText(bytes, removedSpaces: removedSpaces), footnotes: footnotes)
  }

  private func num(_ label: Label?) -> Num? {
    guard let label else { return nil }
    return Num(
      text: bytesText(label.range), value: label.value,
      span: SourceSpan(start: label.range.lowerBound, end: label.range.upperBound))
  }

  private mutating func headingBlock(_ block: RawBlock) -> Block? {
    block.hasText ? Block(content: inlines(block, footnotes: true), span: block.span) : nil
  }

  private func bytesText(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }
}
