/// A paragraph of the preamble or the operative part, or a sub-paragraph of one, with its own sub-paragraphs.
///
/// An operative paragraph "8. Decides that: (a) …; (b) …" has `num` "8.", `content` "Decides that:"
/// and two `items`, each a `Paragraph` with `num` "(a)" and "(b)", nested to any depth.
public struct Paragraph: Hashable, Sendable, Codable {
  /// The printed number, if the paragraph has one.
  public var num: Num?
  /// The text before any sub-paragraphs (all of the text when there are none).
  public var content: [Inline]
  /// Sub-paragraphs, in order.
  public var items: [Paragraph]
  /// Source span of the whole paragraph including its sub-paragraphs.
  public var span: SourceSpan

  /// Creates a paragraph.
  public init(num: Num? = nil, content: [Inline], items: [Paragraph] = [], span: SourceSpan) {
    self.num = num
    self.content = content
    self.items = items
    self.span = span
  }

  /// Number of sub-paragraphs at every depth below this one.
  public var descendantCount: Int {
    items.reduce(items.count) { $0 + $1.descendantCount }
  }
}
