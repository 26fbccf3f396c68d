/// A single run of inline content with no structure of its own: a formula, a heading, a title line.
public struct Block: Hashable, Sendable, Codable {
  /// The content.
  public var content: [Inline]
  /// Source span.
  public var span: SourceSpan

  /// Creates a block.
  public init(content: [Inline], span: SourceSpan) {
    self.content = content
    self.span = span
  }

  /// The printed text.
  public var text: String { content.text }
}

/// A printed number or label such as `1.`, `(a)`, `(ii)`, `A` or `IV`.
public struct Num: Hashable, Sendable, Codable {
  /// As printed, with its punctuation: `"1."`, `"(a)"`.
  public var text: String
  /// Without punctuation or brackets: `"1"`, `"a"`, `"1 bis"`.
  public var value: String
  /// Source span of the printed number.
  public var span: SourceSpan

  /// Creates a number.
  public init(text: String, value: String, span: SourceSpan) {
    self.text = text
    self.value = value
    self.span = span
  }
}
