/// An element of the operative part or of an annex body.
public enum BodyNode: Hashable, Sendable {
  /// A numbered or unnumbered paragraph.
  case paragraph(Paragraph)
  /// A headed division ("A", "I. Questions of …") holding its own nodes.
  case section(Section)
  /// A preambular paragraph that stands inside the operative part, e.g. at the head of a section.
  case recital(Paragraph)
  /// An enacting formula repeated inside a section ("The Security Council,").
  case formula(Block)
  /// A heading that does not open a section of its own, e.g. "Rule 41" in an annex.
  case heading(Block)

  /// Source span.
  public var span: SourceSpan {
    switch self {
    case .paragraph(let paragraph), .recital(let paragraph): paragraph.span
    case .section(let section): section.span
    case .formula(let block), .heading(let block): block.span
    }
  }
}

/// A headed division of the operative part or of an annex.
public struct Section: Hashable, Sendable, Codable {
  /// The printed number or letter, e.g. `I` or `A`.
  public var num: Num?
  /// The heading text after the number, if any.
  public var heading: Block?
  /// The content of the section.
  public var children: [BodyNode]
  /// Source span.
  public var span: SourceSpan

  /// Creates a section.
  public init(num: Num?, heading: Block?, children: [BodyNode], span: SourceSpan) {
    self.num = num
    self.heading = heading
    self.children = children
    self.span = span
  }
}

extension BodyNode: Codable {
  private enum Kind: String, Codable {
    case paragraph, section, recital, formula, heading
  }

  private enum CodingKeys: String, CodingKey {
    case type
  }

  // Encoded as the payload's fields plus a `"type"` discriminator.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(Kind.self, forKey: .type) {
    case .paragraph: self = .paragraph(try Paragraph(from: decoder))
    case .section: self = .section(try Section(from: decoder))
    case .recital: self = .recital(try Paragraph(from: decoder))
    case .formula: self = .formula(try Block(from: decoder))
    case .heading: self = .heading(try Block(from: decoder))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .paragraph(let paragraph):
      try container.encode(Kind.paragraph, forKey: .type)
      try paragraph.encode(to: encoder)
    case .section(let section):
      try container.encode(Kind.section, forKey: .type)
      try section.encode(to: encoder)
    case .recital(let paragraph):
      try container.encode(Kind.recital, forKey: .type)
      try paragraph.encode(to: encoder)
    case .formula(let block):
      try container.encode(Kind.formula, forKey: .type)
      try block.encode(to: encoder)
    case .heading(let block):
      try container.encode(Kind.heading, forKey: .type)
      try block.encode(to: encoder)
    }
  }
}
