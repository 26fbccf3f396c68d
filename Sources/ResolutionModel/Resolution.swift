/// A UN resolution as read from its text: the root of the AST.
///
/// Every node carries the ``SourceSpan`` it was read from. The parts follow the printed order of a
/// resolution: front matter, preamble, operative part, closing lines, annexes; footnotes are kept
/// apart and referenced from the exact place of their markers.
public struct Resolution: Hashable, Sendable, Codable {
  /// Identity, dates and provenance derived from the text.
  public var metadata: Metadata
  /// The printed masthead and preface lines above the formula.
  public var frontMatter: [FrontMatterLine]
  /// Formula and preambular paragraphs.
  public var preamble: Preamble
  /// Operative paragraphs and sections.
  public var operative: [BodyNode]
  /// Closing lines: meeting, date, vote.
  public var conclusion: Conclusion
  /// Annexes, in order.
  public var annexes: [Annex]
  /// Footnotes, in order of their labels' first appearance in the source.
  public var footnotes: [Footnote]

  /// Creates a resolution.
  public init(
    metadata: Metadata, frontMatter: [FrontMatterLine] = [], preamble: Preamble = Preamble(),
    operative: [BodyNode] = [], conclusion: Conclusion = Conclusion(), annexes: [Annex] = [],
    footnotes: [Footnote] = []
  ) {
    self.metadata = metadata
    self.frontMatter = frontMatter
    self.preamble = preamble
    self.operative = operative
    self.conclusion = conclusion
    self.annexes = annexes
    self.footnotes = footnotes
  }

  /// The footnote with a given label, if there is one.
  public func footnote(labelled label: String) -> Footnote? {
    footnotes.first { $0.label == label }
  }
}
