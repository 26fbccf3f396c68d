/// Rewriting every source span in a tree, e.g. to compare trees read from different sources.
public protocol SpanMappable {
  /// A copy with every span (own and descendants') replaced by `transform(span)`.
  func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Self
}

extension SpanMappable {
  /// A copy with every span set to ``SourceSpan/none``.
  public func withoutSpans() -> Self { mappingSpans { _ in .none } }
}

extension Resolution: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Resolution {
    var copy = self
    copy.frontMatter = frontMatter.map { $0.mappingSpans(transform) }
    copy.preamble.formula = preamble.formula?.mappingSpans(transform)
    copy.preamble.paragraphs = preamble.paragraphs.map { $0.mappingSpans(transform) }
    copy.operative = operative.map { $0.mappingSpans(transform) }
    copy.conclusion.lines = conclusion.lines.map { $0.mappingSpans(transform) }
    copy.annexes = annexes.map { $0.mappingSpans(transform) }
    copy.footnotes = footnotes.map { $0.mappingSpans(transform) }
    return copy
  }
}

extension Inline: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Inline {
    switch self {
    case .text(var run):
      run.span = transform(run.span)
      return .text(run)
    case .footnoteRef(var ref):
      ref.span = transform(ref.span)
      return .footnoteRef(ref)
    case .documentRef(var ref):
      ref.span = transform(ref.span)
      return .documentRef(ref)
    case .date(var date):
      date.span = transform(date.span)
      return .date(date)
    }
  }
}

extension Inline {
  /// Maps the spans of a run of inlines. Adjacent text runs whose spans both map to nothing are
  /// merged: they were only kept apart to keep their spans honest.
  static func mapping(_ inlines: [Inline], _ transform: (SourceSpan) -> SourceSpan) -> [Inline] {
    var result: [Inline] = []
    for inline in inlines {
      let mapped = inline.mappingSpans(transform)
      if case .text(let run) = mapped, run.span.length == 0, case .text(let previous)? = result.last,
        previous.span.length == 0
      {
        result[result.count - 1] = .text(TextRun(previous.text + run.text, span: previous.span))
      } else {
        result.append(mapped)
      }
    }
    return result
  }
}

extension Block: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Block {
    Block(content: Inline.mapping(content, transform), span: transform(span))
  }
}

extension Num: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Num {
    Num(text: text, value: value, span: transform(span))
  }
}

extension Paragraph: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Paragraph {
    Paragraph(
      num: num?.mappingSpans(transform), content: Inline.mapping(content, transform),
      items: items.map { $0.mappingSpans(transform) }, span: transform(span))
  }
}

extension Section: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Section {
    Section(
      num: num?.mappingSpans(transform), heading: heading?.mappingSpans(transform),
      children: children.map { $0.mappingSpans(transform) }, span: transform(span))
  }
}

extension BodyNode: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> BodyNode {
    switch self {
    case .paragraph(let paragraph): .paragraph(paragraph.mappingSpans(transform))
    case .section(let section): .section(section.mappingSpans(transform))
    case .recital(let paragraph): .recital(paragraph.mappingSpans(transform))
    case .formula(let block): .formula(block.mappingSpans(transform))
    case .heading(let block): .heading(block.mappingSpans(transform))
    }
  }
}

extension FrontMatterLine: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> FrontMatterLine {
    FrontMatterLine(role: role, content: Inline.mapping(content, transform), span: transform(span))
  }
}

extension Conclusion.Line: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Conclusion.Line {
    Conclusion.Line(role: role, content: Inline.mapping(content, transform), span: transform(span))
  }
}

extension Annex: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Annex {
    Annex(
      label: label, heading: heading.mappingSpans(transform), title: title?.mappingSpans(transform),
      body: body.map { $0.mappingSpans(transform) }, span: transform(span))
  }
}

extension Footnote: SpanMappable {
  public func mappingSpans(_ transform: (SourceSpan) -> SourceSpan) -> Footnote {
    Footnote(num: num.mappingSpans(transform), content: Inline.mapping(content, transform), span: transform(span))
  }
}
