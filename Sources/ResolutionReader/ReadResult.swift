import ResolutionModel

/// What the reader produced from one input: the AST, its diagnostics, and what it set aside.
public struct ReadResult: Sendable {
  /// The resolution.
  public var resolution: Resolution
  /// Warnings (and notes) about the input, in source order.
  public var diagnostics: [Diagnostic]
  /// Source text that is not part of the document (wrapper lines, page furniture), with the reason.
  public var debris: [Debris]
  /// Stretches of the source whose text stands in the tree as other characters: character
  /// references in Markdown input ("&#91;" read as "[").
  public var substitutions: [Substitution] = []
  /// The input format the reader used.
  public var format: InputFormat
}

/// Source text that the tree holds as other text.
public struct Substitution: Hashable, Sendable {
  /// The source text replaced.
  public var span: SourceSpan
  /// What stands for it in the tree.
  public var text: String

  /// Creates a substitution.
  public init(span: SourceSpan, text: String) {
    self.span = span
    self.text = text
  }
}

/// A stretch of the source set aside as not belonging to the document's text.
public struct Debris: Hashable, Sendable {
  /// Why the text was set aside.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// ODS export wrapper: `[DU1]`, `<<ODS JOB NO>>…`.
    case odsWrapper
    /// A rule of dashes or underscores.
    case rule
    /// A page number: "4", "2/5".
    case pageNumber
    /// The document symbol or job number repeated as a running header or footer.
    case runningHeader
    /// A barcode ("*1817962*") or print-date code ("021118").
    case printCode
    /// "Please recycle" and similar printer's notices.
    case printerNotice
    /// Front matter added by an extraction tool (a YAML block); its values feed the metadata.
    case extractorFrontMatter
    /// Markdown syntax added by an extraction tool (`[^1]:`, `1\.`, `---`).
    case markdownSyntax
    /// A hyphen that only split a word at a line end.
    case hyphenation
    /// A byte-order mark.
    case byteOrderMark
    /// A control character (U+0001–U+0008, U+000E–U+001F, U+007F–U+009F) or a noncharacter
    /// (U+FFFE, U+FFFF): not printable, and not allowed in XML or HTML.
    case controlCharacter
  }

  /// The source text set aside.
  public var span: SourceSpan
  /// Why.
  public var kind: Kind

  /// Creates a debris record.
  public init(span: SourceSpan, kind: Kind) {
    self.span = span
    self.kind = kind
  }
}

/// The kinds of plain-text input the reader understands.
public enum InputFormat: String, Hashable, Sendable, CaseIterable {
  /// The Official Document System's text export (`[DU1]`, `<<ODS …>>` wrapper, masthead at the end).
  case ods
  /// Text extracted from a PDF (hard line wraps, page headers and footers, footnotes per page).
  case pdfText = "pdf-text"
  /// OCR or transcription of a printed text (hard wraps, blank lines between paragraphs).
  case ocrText = "ocr-text"
}
