import ResolutionModel

/// A block of the document as the scanners find it: its role, its label and the source ranges of
/// its text, before inline parsing and nesting.
struct RawBlock {
  /// What the block is.
  enum Role: Equatable {
    case frontMatter(FrontMatterLine.Role)
    case formula
    case preambular
    /// A preambular paragraph inside the operative part (after a section heading or a repeated formula).
    case recital
    /// A top-level paragraph of the operative part or of an annex, numbered or not.
    case paragraph
    /// A sub-paragraph: "(a) …", "(i) …".
    case item
    case sectionHeading
    case conclusion(Conclusion.Role)
    case annexHeading
    case annexTitle
    /// A free-standing heading inside an annex ("Rule 41").
    case heading
    case footnote
  }

  var role: Role
  /// The printed number, when the block starts with one.
  var label: Label?
  /// Source ranges of the text, one per physical line (after the label on the first line).
  var pieces: [Range<Int>] = []
  /// How each piece joins the one before it (`joins[i]` precedes `pieces[i + 1]`).
  var joins: [LogicalText.Join] = []

  init(role: Role, label: Label? = nil, first: Range<Int>? = nil) {
    self.role = role
    self.label = label
    if let first, !first.isEmpty { pieces.append(first) }
  }

  /// Adds the next line's text.
  mutating func append(_ range: Range<Int>, join: LogicalText.Join) {
    guard !range.isEmpty else { return }
    if !pieces.isEmpty { joins.append(join) }
    pieces.append(range)
  }

  /// The source span of label and text.
  var span: SourceSpan {
    let start = label?.range.lowerBound ?? pieces.first?.lowerBound ?? 0
    let end = pieces.last?.upperBound ?? label?.range.upperBound ?? start
    return SourceSpan(start: start, end: end)
  }

  /// Whether the block has text beyond its label.
  var hasText: Bool { !pieces.isEmpty }

  /// The joined text, without the spaces `removedSpaces` lists. Wherever something printed lies
  /// between two pieces (a footnote zone, a page's furniture, text of another block), the text is
  /// marked interrupted there, so that each side keeps its own place in the source.
  func logicalText(_ bytes: [UInt8], removedSpaces: Set<Int> = []) -> LogicalText {
    var text = LogicalText()
    for (index, piece) in pieces.enumerated() {
      if index > 0 {
        text.join(joins[index - 1], interrupted: Self.printedBetween(bytes, pieces[index - 1], piece))
      }
      text.append(bytes, piece, removedSpaces: removedSpaces)
    }
    return text
  }

  /// Whether anything but blanks, line ends and a hyphen lies between two pieces (or they are out of order).
  private static func printedBetween(_ bytes: [UInt8], _ first: Range<Int>, _ second: Range<Int>) -> Bool {
    guard first.upperBound <= second.lowerBound else { return true }
    return bytes[first.upperBound..<second.lowerBound].contains {
      !Bytes.isBlank($0) && $0 != Bytes.newline && $0 != Bytes.carriageReturn && $0 != UInt8(ascii: "-")
    }
  }

  /// The last piece's range (for punctuation checks), if any.
  var lastPiece: Range<Int>? { pieces.last }
}
