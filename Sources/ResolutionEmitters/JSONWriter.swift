import ResolutionModel

/// Writes the AST as JSON byte by byte, in exactly the layout `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indentation, `" : "`,
/// keys in sorted order, absent optionals left out), about ten times faster than the encoder.
/// `JSONEmitter.decode` reads it back through the types' `Codable` conformances; the tests keep
/// the two in step.
struct JSONWriter {
  private(set) var out: [UInt8] = []
  private var depth = 0
  /// Whether the current container has had a member yet.
  private var first: [Bool] = []
  /// Spaces to copy indentation from.
  private var spaces: [UInt8] = Array(repeating: 0x20, count: 32)

  init(capacity: Int) {
    out.reserveCapacity(capacity)
  }

  // MARK: Layout

  private mutating func newline() {
    out.append(0x0A)
    while spaces.count < 2 * depth { spaces += spaces }
    out.append(contentsOf: spaces[..<(2 * depth)])
  }

  private mutating func open(_ bracket: UInt8) {
    out.append(bracket)
    depth += 1
    first.append(true)
  }

  private mutating func close(_ bracket: UInt8) {
    let wasEmpty = first.removeLast()
    depth -= 1
    if wasEmpty { out.append(0x0A) }
    newline()
    out.append(bracket)
  }

  /// Starts the next member of the current container.
  private mutating func member() {
    if first[first.count - 1] {
      first[first.count - 1] = false
    } else {
      out.append(UInt8(ascii: ","))
    }
    newline()
  }

  private mutating func key(_ name: StaticString) {
    member()
    out.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { out.append(contentsOf: $0) }
    out.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
  }

  mutating func object(_ body: (inout JSONWriter) -> Void) {
    open(UInt8(ascii: "{"))
    body(&self)
    close(UInt8(ascii: "}"))
  }

  mutating func array<S: Sequence>(_ elements: S, _ body: (inout JSONWriter, S.Element) -> Void) {
    open(UInt8(ascii: "["))
    for element in elements {
      member()
      body(&self, element)
    }
    close(UInt8(ascii: "]"))
  }

  // MARK: Values

  mutating func string(_ text: String) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Runs of bytes that need no escaping (nearly all) are copied in bulk.
      var start = 0
      for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        escape(byte)
        start = index + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Writes the escape for a quote, a backslash or a control character, as JSONEncoder does.
  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
    case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
    case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
    case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
    case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
    case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
    case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
    default:
      let hex = Array("0123456789abcdef".utf8)
      out.append(contentsOf: Array("\\u00".utf8))
      out.append(hex[Int(byte >> 4)])
      out.append(hex[Int(byte & 0x0F)])
    }
  }

  mutating func number(_ value: Int) {
    out.append(contentsOf: Array(String(value).utf8))
  }

  mutating func field(_ name: StaticString, _ text: String) {
    key(name)
    string(text)
  }

  mutating func field(_ name: StaticString, _ text: String?) {
    if let text { field(name, text) }
  }

  mutating func field(_ name: StaticString, _ value: Int?) {
    guard let value else { return }
    key(name)
    number(value)
  }

  mutating func field(_ name: StaticString, _ date: ISODate?) {
    if let date { field(name, date.description) }
  }

  mutating func field(_ name: StaticString, _ span: SourceSpan) {
    key(name)
    array([span.start, span.end]) { writer, offset in writer.number(offset) }
  }

  mutating func field(_ name: StaticString, _ write: (inout JSONWriter) -> Void) {
    key(name)
    write(&self)
  }
}

// MARK: The AST

extension JSONWriter {
  mutating func resolution(_ resolution: Resolution, formatVersion: Int) {
    object { writer in
      writer.field("formatVersion", formatVersion)
      writer.field("resolution") { writer in
        writer.object { writer in
          writer.field("annexes") { $0.array(resolution.annexes) { $0.annex($1) } }
          writer.field("conclusion") { writer in
            writer.object { writer in
              writer.field("lines") {
                $0.array(resolution.conclusion.lines) { writer, line in
                  writer.object { writer in
                    writer.field("content") { $0.inlines(line.content) }
                    writer.field("role", line.role.rawValue)
                    writer.field("span", line.span)
                  }
                }
              }
            }
          }
          writer.field("footnotes") {
            $0.array(resolution.footnotes) { writer, footnote in
              writer.object { writer in
                writer.field("content") { $0.inlines(footnote.content) }
                writer.field("num") { $0.num(footnote.num) }
                writer.field("span", footnote.span)
              }
            }
          }
          writer.field("frontMatter") {
            $0.array(resolution.frontMatter) { writer, line in
              writer.object { writer in
                writer.field("content") { $0.inlines(line.content) }
                writer.field("role", line.role.rawValue)
                writer.field("span", line.span)
              }
            }
          }
          writer.field("metadata") { $0.metadata(resolution.metadata) }
          writer.field("operative") { $0.nodes(resolution.operative) }
          writer.field("preamble") { writer in
            writer.object { writer in
              if let formula = resolution.preamble.formula { writer.field("formula") { $0.block(formula) } }
              writer.field("paragraphs") { $0.array(resolution.preamble.paragraphs) { $0.paragraph($1, type: nil) } }
            }
          }
        }
      }
    }
  }

  mutating func metadata(_ metadata: Metadata) {
    object { writer in
      writer.field("adoptionDate", metadata.adoptionDate)
      writer.field("agendaItems") { $0.array(metadata.agendaItems) { $0.string($1) } }
      writer.field("distribution", metadata.distribution)
      writer.field("distributionDate", metadata.distributionDate)
      writer.field("jobNumber", metadata.jobNumber)
      writer.field("kind", metadata.kind.rawValue)
      writer.field("language", metadata.language)
      writer.field("meeting", metadata.meeting)
      writer.field("number", metadata.number)
      writer.field("organ", metadata.organ?.rawValue)
      if let referral = metadata.referral {
        writer.field("referral") { writer in
          writer.object { writer in
            writer.field("committee", referral.committee)
            writer.field("documents") { $0.array(referral.documents) { $0.string($1) } }
            writer.field("kind", referral.kind.rawValue)
          }
        }
      }
      writer.field("session", metadata.session)
      writer.field("symbol", metadata.symbol)
      writer.field("title", metadata.title)
      if let vote = metadata.vote {
        writer.field("vote") { writer in
          writer.object { writer in
            writer.field("abstentions", vote.abstentions)
            writer.field("against", vote.against)
            writer.field("inFavour", vote.inFavour)
            writer.field("kind", vote.kind.rawValue)
          }
        }
      }
    }
  }

  mutating func annex(_ annex: Annex) {
    object { writer in
      writer.field("body") { $0.nodes(annex.body) }
      writer.field("heading") { $0.block(annex.heading) }
      writer.field("label", annex.label)
      writer.field("span", annex.span)
      if let title = annex.title { writer.field("title") { $0.block(title) } }
    }
  }

  mutating func nodes(_ nodes: [BodyNode]) {
    array(nodes) { writer, node in
      switch node {
      case .paragraph(let paragraph): writer.paragraph(paragraph, type: "paragraph")
      case .recital(let paragraph): writer.paragraph(paragraph, type: "recital")
      case .formula(let block): writer.block(block, type: "formula")
      case .heading(let block): writer.block(block, type: "heading")
      case .section(let section):
        writer.object { writer in
          writer.field("children") { $0.nodes(section.children) }
          if let heading = section.heading { writer.field("heading") { $0.block(heading) } }
          if let num = section.num { writer.field("num") { $0.num(num) } }
          writer.field("span", section.span)
          writer.field("type", "section")
        }
      }
    }
  }

  mutating func paragraph(_ paragraph: Paragraph, type: String?) {
    object { writer in
      writer.field("content") { $0.inlines(paragraph.content) }
      writer.field("items") { $0.array(paragraph.items) { $0.paragraph($1, type: nil) } }
      if let num = paragraph.num { writer.field("num") { $0.num(num) } }
      writer.field("span", paragraph.span)
      writer.field("type", type)
    }
  }

  mutating func block(_ block: Block, type: String? = nil) {
    object { writer in
      writer.field("content") { $0.inlines(block.content) }
      writer.field("span", block.span)
      writer.field("type", type)
    }
  }

  mutating func num(_ num: Num) {
    object { writer in
      writer.field("span", num.span)
      writer.field("text", num.text)
      writer.field("value", num.value)
    }
  }

  mutating func inlines(_ inlines: [Inline]) {
    array(inlines) { writer, inline in
      writer.object { writer in
        switch inline {
        case .text(let run):
          writer.field("span", run.span)
          writer.field("text", run.text)
          writer.field("type", "text")
        case .footnoteRef(let reference):
          writer.field("label", reference.label)
          writer.field("span", reference.span)
          writer.field("type", "footnoteRef")
        case .documentRef(let reference):
          writer.field("date", reference.date)
          writer.field("span", reference.span)
          writer.field("symbol", reference.symbol)
          writer.field("text", reference.text)
          writer.field("type", "documentRef")
        case .date(let mention):
          writer.field("date", mention.date.description)
          writer.field("span", mention.span)
          writer.field("text", mention.text)
          writer.field("type", "date")
        }
      }
    }
  }
}
