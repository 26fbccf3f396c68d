/// A run of text inside a paragraph, heading or line: plain text or a recognised mention.
///
/// Concatenating the ``text`` of a paragraph's inlines gives its printed text.
public enum Inline: Hashable, Sendable {
  /// Plain text.
  case text(TextRun)
  /// A footnote marker, standing exactly where the marker was printed.
  case footnoteRef(FootnoteRef)
  /// A UN document symbol or resolution number.
  case documentRef(DocumentRef)
  /// A complete calendar date.
  case date(DateMention)

  /// The printed text of this inline (a footnote reference prints its label).
  public var text: String {
    switch self {
    case .text(let run): run.text
    case .footnoteRef(let ref): ref.label
    case .documentRef(let ref): ref.text
    case .date(let date): date.text
    }
  }

  /// Where the inline was read from.
  public var span: SourceSpan {
    switch self {
    case .text(let run): run.span
    case .footnoteRef(let ref): ref.span
    case .documentRef(let ref): ref.span
    case .date(let date): date.span
    }
  }
}

/// Plain text. Line breaks of the source are already joined into single spaces.
public struct TextRun: Hashable, Sendable, Codable {
  /// The text.
  public var text: String
  /// Source span.
  public var span: SourceSpan

  /// Creates a text run.
  public init(_ text: String, span: SourceSpan) {
    self.text = text
    self.span = span
  }
}

/// A footnote marker in running text; the note itself is in ``Resolution/footnotes``.
public struct FootnoteRef: Hashable, Sendable, Codable {
  /// The marker as printed, e.g. `"1"`; matches ``Footnote/label``.
  public var label: String
  /// Source span of the marker.
  public var span: SourceSpan

  /// Creates a footnote reference.
  public init(label: String, span: SourceSpan) {
    self.label = label
    self.span = span
  }
}

/// A mention of a UN document: a symbol such as `A/61/426/Add.2` or a resolution number such as `46/151`.
public struct DocumentRef: Hashable, Sendable, Codable {
  /// The text as printed, e.g. `"46/151"`.
  public var text: String
  /// The full UN symbol it names, e.g. `"A/RES/46/151"`.
  public var symbol: String
  /// The adoption date the text gives for a cited resolution ("46/151 of 18 December 1991").
  public var date: ISODate?
  /// Source span.
  public var span: SourceSpan

  /// Creates a document reference.
  public init(text: String, symbol: String, date: ISODate? = nil, span: SourceSpan) {
    self.text = text
    self.symbol = symbol
    self.date = date
    self.span = span
  }
}

/// A complete date in running text, e.g. "18 December 1991".
public struct DateMention: Hashable, Sendable, Codable {
  /// The text as printed.
  public var text: String
  /// The date it names.
  public var date: ISODate
  /// Source span.
  public var span: SourceSpan

  /// Creates a date mention.
  public init(text: String, date: ISODate, span: SourceSpan) {
    self.text = text
    self.date = date
    self.span = span
  }
}

extension Inline: Codable {
  private enum Kind: String, Codable {
    case text, footnoteRef, documentRef, date
  }

  private enum CodingKeys: String, CodingKey {
    case type
  }

  // Encoded as the payload's fields plus a `"type"` discriminator, as pandoc's JSON does.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(Kind.self, forKey: .type) {
    case .text: self = .text(try TextRun(from: decoder))
    case .footnoteRef: self = .footnoteRef(try FootnoteRef(from: decoder))
    case .documentRef: self = .documentRef(try DocumentRef(from: decoder))
    case .date: self = .date(try DateMention(from: decoder))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .text(let run):
      try container.encode(Kind.text, forKey: .type)
      try run.encode(to: encoder)
    case .footnoteRef(let ref):
      try container.encode(Kind.footnoteRef, forKey: .type)
      try ref.encode(to: encoder)
    case .documentRef(let ref):
      try container.encode(Kind.documentRef, forKey: .type)
      try ref.encode(to: encoder)
    case .date(let date):
      try container.encode(Kind.date, forKey: .type)
      try date.encode(to: encoder)
    }
  }
}

extension Collection where Element == Inline {
  /// The printed text of a sequence of inlines.
  public var text: String { map(\.text).joined() }
}
