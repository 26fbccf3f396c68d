extension Resolution {
  /// Calls `body` with every piece of printed text in the tree: every inline, and every printed
  /// number as a text run. Pieces come part by part (front matter, preamble, operative, conclusion,
  /// annexes, footnotes); sort by span for source order.
  public func forEachTextPiece(_ body: (Inline) -> Void) {
    for line in frontMatter { line.content.forEach(body) }
    preamble.formula?.content.forEach(body)
    for paragraph in preamble.paragraphs { paragraph.forEachTextPiece(body) }
    for node in operative { node.forEachTextPiece(body) }
    for line in conclusion.lines { line.content.forEach(body) }
    for annex in annexes {
      annex.heading.content.forEach(body)
      annex.title?.content.forEach(body)
      for node in annex.body { node.forEachTextPiece(body) }
    }
    for footnote in footnotes {
      body(.text(TextRun(footnote.num.text, span: footnote.num.span)))
      footnote.content.forEach(body)
    }
  }

  /// All printed text pieces in source order.
  public var textPiecesInSourceOrder: [Inline] {
    var pieces: [Inline] = []
    forEachTextPiece { pieces.append($0) }
    return pieces.enumerated().sorted { ($0.element.span, $0.offset) < ($1.element.span, $1.offset) }
      .map(\.element)
  }

  /// Calls `body` with every paragraph at every depth (preamble, operative, annexes).
  public func forEachParagraph(_ body: (Paragraph) -> Void) {
    func visit(_ paragraph: Paragraph) {
      body(paragraph)
      paragraph.items.forEach(visit)
    }
    func visit(_ node: BodyNode) {
      switch node {
      case .paragraph(let paragraph), .recital(let paragraph): visit(paragraph)
      case .section(let section): section.children.forEach(visit)
      case .formula, .heading: break
      }
    }
    preamble.paragraphs.forEach(visit)
    operative.forEach(visit)
    for annex in annexes { annex.body.forEach(visit) }
  }
}

extension Paragraph {
  /// Calls `body` with the number (as text), the content and the sub-paragraphs' pieces, in order.
  public func forEachTextPiece(_ body: (Inline) -> Void) {
    if let num { body(.text(TextRun(num.text, span: num.span))) }
    content.forEach(body)
    for item in items { item.forEachTextPiece(body) }
  }
}

extension BodyNode {
  /// Calls `body` with every piece of printed text in this node, in order.
  public func forEachTextPiece(_ body: (Inline) -> Void) {
    switch self {
    case .paragraph(let paragraph), .recital(let paragraph):
      paragraph.forEachTextPiece(body)
    case .section(let section):
      if let num = section.num { body(.text(TextRun(num.text, span: num.span))) }
      section.heading?.content.forEach(body)
      for child in section.children { child.forEachTextPiece(body) }
    case .formula(let block), .heading(let block):
      block.content.forEach(body)
    }
  }
}
