/// The preamble: the enacting formula and the preambular paragraphs.
public struct Preamble: Hashable, Sendable, Codable {
  /// "The General Assembly," as printed.
  public var formula: Block?
  /// Preambular paragraphs ("Recalling …,"), in order.
  public var paragraphs: [Paragraph]

  /// Creates a preamble.
  public init(formula: Block? = nil, paragraphs: [Paragraph] = []) {
    self.formula = formula
    self.paragraphs = paragraphs
  }
}

/// The closing lines: meeting, date, vote.
public struct Conclusion: Hashable, Sendable, Codable {
  /// What a closing line says.
  public enum Role: String, Hashable, Sendable, Codable {
    /// "83rd plenary meeting".
    case meeting
    /// "20 December 2006".
    case date
    /// "Adopted unanimously at the 5th meeting." or "by 14 votes to none, with 1 abstention".
    case vote
  }

  /// One printed closing line.
  public struct Line: Hashable, Sendable, Codable {
    /// What the line says.
    public var role: Role
    /// Its content.
    public var content: [Inline]
    /// Source span.
    public var span: SourceSpan

    /// Creates a closing line.
    public init(role: Role, content: [Inline], span: SourceSpan) {
      self.role = role
      self.content = content
      self.span = span
    }
  }

  /// The closing lines in printed order.
  public var lines: [Line]

  /// Creates a conclusion.
  public init(lines: [Line] = []) {
    self.lines = lines
  }
}

/// An annex with its heading, title and body.
public struct Annex: Hashable, Sendable, Codable {
  /// The label of a numbered annex ("I", "A"), if any.
  public var label: String?
  /// The printed heading, e.g. "Annex" or "ANNEX I".
  public var heading: Block
  /// The title under the heading, if any.
  public var title: Block?
  /// The content.
  public var body: [BodyNode]
  /// Source span.
  public var span: SourceSpan

  /// Creates an annex.
  public init(label: String?, heading: Block, title: Block?, body: [BodyNode], span: SourceSpan) {
    self.label = label
    self.heading = heading
    self.title = title
    self.body = body
    self.span = span
  }
}

/// A footnote: its marker and its text.
public struct Footnote: Hashable, Sendable, Codable {
  /// The marker as printed at the foot of the page; its value matches ``FootnoteRef/label``.
  public var num: Num
  /// The note text.
  public var content: [Inline]
  /// Source span of the note (marker and text).
  public var span: SourceSpan

  /// Creates a footnote.
  public init(num: Num, content: [Inline], span: SourceSpan) {
    self.num = num
    self.content = content
    self.span = span
  }

  /// The label that ``FootnoteRef``s use, e.g. `"1"`.
  public var label: String { num.value }
}

/// A printed line of the masthead or preface (above the enacting formula).
public struct FrontMatterLine: Hashable, Sendable, Codable {
  /// What the line says. The cases are in reading order: the masthead, the job number, the
  /// session heading, the adoption lines, the title; ``Resolution/frontMatter`` is sorted so.
  public enum Role: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// "United Nations".
    case organization
    /// The document symbol, "A/RES/61/215".
    case symbol
    /// The organ, "General Assembly".
    case organ
    /// "Distr.: General".
    case distribution
    /// The distribution date under the symbol, "8 March 2007".
    case distributionDate
    /// The printed job number, "06-50727".
    case jobNumber
    /// "Sixty-first session".
    case session
    /// "Agenda item 57 (b)" (possibly with the item's title).
    case agendaItem
    /// "Resolution adopted by the General Assembly on 20 December 2006".
    case adoption
    /// "[on the report of the Second Committee (A/61/426/Add.2)]".
    case referral
    /// The document the text was circulated as, "[S/1511]".
    case sourceDocument
    /// The number and title, "61/215. Industrial development cooperation".
    case title
    /// A line above the formula that resconv could not classify (reported as a warning).
    case other

    public static func < (lhs: Role, rhs: Role) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// What the line says.
  public var role: Role
  /// Its content.
  public var content: [Inline]
  /// Source span.
  public var span: SourceSpan

  /// Creates a front-matter line.
  public init(role: Role, content: [Inline], span: SourceSpan) {
    self.role = role
    self.content = content
    self.span = span
  }

  /// The printed text.
  public var text: String { content.text }
}
