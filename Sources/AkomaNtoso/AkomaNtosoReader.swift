import ResolutionModel
import ResolutionReader
import XMLKit

/// Reads Akoma Ntoso written by ``AkomaNtosoEmitter`` back into a ``Resolution``.
///
/// It inverts the emitter element by element (spans are not recorded in AKN, so they come back as
/// ``SourceSpan/none``), and derives the metadata from the recovered lines exactly as the text
/// reader does, so that `read(emit(tree)) == tree.withoutSpans()`.
public enum AkomaNtosoReader {
  /// Why AKN could not be read.
  public enum ReadError: Error, CustomStringConvertible {
    case notAkomaNtoso(String)

    public var description: String {
      switch self {
      case .notAkomaNtoso(let reason): "not an Akoma Ntoso resolution: \(reason)"
      }
    }
  }

  /// Parses and reads AKN text.
  public static func read(_ bytes: [UInt8], name: String, resolver: String = "https://undocs.org/") throws -> Resolution {
    try read(XMLDocument.parse(bytes, name: name), resolver: resolver)
  }

  /// Reads a parsed AKN document.
  public static func read(_ document: XMLDocument, resolver: String = "https://undocs.org/") throws -> Resolution {
    guard document.root.name == "akomaNtoso", let statement = document.root.childElements.first else {
      throw ReadError.notAkomaNtoso("the root element is \(document.root.name), not akomaNtoso")
    }
    var reader = AKNTreeReader(resolver: resolver)
    return reader.read(statement)
  }
}

/// The state of one read: footnotes found so far, in order of first appearance.
struct AKNTreeReader {
  let resolver: String
  var footnotes: [Footnote] = []

  init(resolver: String) {
    self.resolver = resolver
  }

  mutating func read(_ statement: XMLElement) -> Resolution {
    var resolution = Resolution(metadata: Metadata())
    var extractor: [String: String] = [:]
    for part in statement.childElements {
      switch part.name {
      case "meta": extractor = Self.metadataHints(part)
      case "coverPage", "preface": resolution.frontMatter += frontMatter(part)
      case "preamble": resolution.preamble = preamble(part)
      case "mainBody": resolution.operative = bodyNodes(part)
      case "conclusions": resolution.conclusion = conclusion(part)
      case "attachments": resolution.annexes = part.childElements.compactMap { annex($0) }
      default: break
      }
    }
    resolution.footnotes = footnotes
    resolution.metadata = MetadataBuilder.metadata(for: resolution, extractor: extractor)
    return resolution
  }

  /// What the text reader took from an extraction tool's front matter: the symbol (kept in
  /// `publication/@number`) and the language.
  private static func metadataHints(_ meta: XMLElement) -> [String: String] {
    var hints: [String: String] = [:]
    if let number = meta.child("publication")?.attribute("number") { hints["symbol"] = number }
    let language = meta.child("identification")?.child("FRBRExpression")?.child("FRBRlanguage")?.attribute("language")
    switch language {
    case "eng": hints["language"] = "en"
    case "fra": hints["language"] = "fr"
    case "spa": hints["language"] = "es"
    case "rus": hints["language"] = "ru"
    case "ara": hints["language"] = "ar"
    case "zho": hints["language"] = "zh"
    default: break
    }
    return hints
  }

  // MARK: Front matter

  private mutating func frontMatter(_ part: XMLElement) -> [FrontMatterLine] {
    var lines: [FrontMatterLine] = []
    for container in part.childElements where container.name == "container" {
      for p in container.childElements where p.name == "p" {
        let content = inlines(p)
        lines.append(FrontMatterLine(role: Self.role(of: p, in: container.attribute("name") ?? "", content: content), content: content, span: .none))
      }
    }
    return lines
  }

  /// The role of a front-matter line, from its container and the element that marks it up.
  private static func role(of p: XMLElement, in container: String, content: [Inline]) -> FrontMatterLine.Role {
    let first = p.childElements.first
    let refersTo = first?.attribute("refersTo")
    switch container {
    case "masthead":
      switch (first?.name, refersTo) {
      case ("docAuthority", "#unitedNations"): return .organization
      case ("docAuthority", _): return .organ
      case ("docNumber", _): return .symbol
      case ("inline", _): return .distribution
      default: return .distributionDate
      }
    case "footer": return .jobNumber
    case "publicationHeading": return first?.attribute("name") == "agendaItem" ? .agendaItem : .session
    case "adoption":
      let text = content.text
      if p.childElements.contains(where: { $0.name == "docProponent" }) || text.hasPrefix("[") && FrontMatterWords.isReferral(text) {
        return .referral
      }
      return text.hasPrefix("[") ? .sourceDocument : .adoption
    case "title": return .title
    default: return .other
    }
  }

  // MARK: Preamble and body

  private mutating func preamble(_ element: XMLElement) -> Preamble {
    var preamble = Preamble()
    for child in element.childElements {
      if child.name == "formula", let p = child.child("p") {
        preamble.formula = Block(content: inlines(p), span: .none)
      } else if child.name == "container" {
        preamble.paragraphs.append(blockParagraph(child, num: nil))
      }
    }
    return preamble
  }

  /// A paragraph written in block context: `p` then an optional `blockList` of `item`s.
  private mutating func blockParagraph(_ element: XMLElement, num: Num?) -> Paragraph {
    var paragraph = Paragraph(num: num, content: [], span: .none)
    for child in element.childElements {
      switch child.name {
      case "p": paragraph.content = inlines(child)
      case "blockList":
        paragraph.items = child.childElements.filter { $0.name == "item" }.map { item in
          blockParagraph(item, num: item.child("num").map { Self.num($0) })
        }
      default: break
      }
    }
    return paragraph
  }

  private mutating func bodyNodes(_ element: XMLElement) -> [BodyNode] {
    element.childElements.compactMap { child in bodyNode(child) }
  }

  private mutating func bodyNode(_ element: XMLElement) -> BodyNode? {
    switch element.name {
    case "paragraph":
      return .paragraph(hierarchy(element))
    case "section":
      let heading = element.child("heading").map { Block(content: inlines($0), span: .none) }
      let children = element.childElements.filter { $0.name != "num" && $0.name != "heading" }.compactMap { bodyNode($0) }
      return .section(Section(num: element.child("num").map { Self.num($0) }, heading: heading, children: children, span: .none))
    case "crossHeading":
      let block = Block(content: inlines(element), span: .none)
      switch element.attribute("refersTo") {
      case "#enactingFormula": return .formula(block)
      default: return .heading(block)
      }
    case "hcontainer":
      if element.attribute("name") == AKNNames.emptyBody { return nil }
      if element.attribute("name") == "recital", let content = element.child("content") {
        return .recital(blockParagraph(content, num: nil))
      }
      let target = element.child("heading") ?? element.child("content")?.child("p")
      let content = target.map { inlines($0) } ?? []
      switch element.attribute("name") {
      case "formula": return .formula(Block(content: content, span: .none))
      default: return .heading(Block(content: content, span: .none))
      }
    default:
      return nil
    }
  }

  /// A `paragraph` or `point`: `num`, then `content/p`, or a `list` with `intro` and `point`s.
  private mutating func hierarchy(_ element: XMLElement) -> Paragraph {
    var paragraph = Paragraph(num: element.child("num").map { Self.num($0, eId: element.attribute("eId")) }, content: [], span: .none)
    if let p = element.child("content")?.child("p") {
      paragraph.content = inlines(p)
    } else if let list = element.child("list") {
      if let p = list.child("intro")?.child("p") { paragraph.content = inlines(p) }
      paragraph.items = list.childElements.filter { $0.name == "point" }.map { hierarchy($0) }
    }
    return paragraph
  }

  /// A printed number and its value without brackets or final full stop: "(a)" → "a", "a)" → "a", "1." → "1".
  /// Where the printed number was an OCR slip ("S." read as 5), the value comes from the eId,
  /// which the emitter numbered from the value.
  private static func num(_ element: XMLElement, eId: String? = nil) -> Num {
    let text = element.textContent
    var value = Substring(text)
    if value.hasSuffix(")") { value = value.dropLast() }
    if value.hasPrefix("(") { value = value.dropFirst() }
    if value.hasSuffix(".") { value = value.dropLast() }
    // The eId's number, without the "-2" that keeps a repeated number unique.
    if let eId, let last = eId.split(separator: "_").last, let suffix = last.split(separator: "-").first,
      EIdGenerator.numberPart(String(value)) != suffix
    {
      return Num(text: text, value: String(suffix), span: .none)
    }
    return Num(text: text, value: String(value), span: .none)
  }

  // MARK: Conclusions and annexes

  private mutating func conclusion(_ element: XMLElement) -> Conclusion {
    var conclusion = Conclusion()
    for container in element.childElements where container.name == "container" {
      for p in container.childElements where p.name == "p" {
        let first = p.childElements.first
        let content = inlines(p)
        // A paragraph of notes only: footnotes whose marker is not in the text, now collected.
        if content.allSatisfy({ if case .footnoteRef = $0 { true } else { false } }), !content.isEmpty { continue }
        let role: Conclusion.Role
        switch first?.name {
        case "event": role = .meeting
        case "inline": role = .vote
        default: role = .date
        }
        conclusion.lines.append(Conclusion.Line(role: role, content: content, span: .none))
      }
    }
    return conclusion
  }

  private mutating func annex(_ attachment: XMLElement) -> Annex? {
    guard let doc = attachment.child("doc") else { return nil }
    let paragraphs = doc.child("preface")?.childElements.filter { $0.name == "p" } ?? []
    let heading = Block(content: paragraphs.first.map { inlines($0) } ?? [], span: .none)
    let title = paragraphs.dropFirst().first.map { Block(content: inlines($0), span: .none) }
    let headingBytes = Array(heading.text.utf8)
    let label = ClosingLines.annexLabel(headingBytes, 0..<headingBytes.count)
    let body = doc.child("mainBody").map { bodyNodes($0) } ?? []
    return Annex(label: label?.isEmpty == false ? label : nil, heading: heading, title: title, body: body, span: .none)
  }

  // MARK: Inline content

  /// The inline content of a mixed-content element: text, references, dates and footnotes;
  /// semantic wrappers (docAuthority, docTitle, event …) are read through to their text.
  private mutating func inlines(_ element: XMLElement) -> [Inline] {
    var result: [Inline] = []
    append(element, to: &result)
    return result
  }

  private mutating func append(_ element: XMLElement, to result: inout [Inline]) {
    for node in element.children {
      switch node {
      case .text(let text):
        Self.appendText(text, to: &result)
      case .comment:
        break
      case .element(let child):
        switch child.name {
        case "ref":
          result.append(.documentRef(reference(child)))
        case "date", "docDate":
          if let date = child.attribute("date").flatMap(ISODate.init) {
            result.append(.date(DateMention(text: child.textContent, date: date, span: .none)))
          } else {
            Self.appendText(child.textContent, to: &result)
          }
        case "sup":
          result.append(.footnoteRef(footnoteReference(child)))
        default:
          append(child, to: &result)
        }
      }
    }
  }

  private static func appendText(_ text: String, to result: inout [Inline]) {
    guard !text.isEmpty else { return }
    if case .text(let run) = result.last {
      result[result.count - 1] = .text(TextRun(run.text + text, span: .none))
    } else {
      result.append(.text(TextRun(text, span: .none)))
    }
  }

  /// A footnote marker; its note is recorded the first time its label is seen.
  private mutating func footnoteReference(_ sup: XMLElement) -> FootnoteRef {
    guard let note = sup.child("authorialNote"), let label = note.attribute("marker") else {
      return FootnoteRef(label: sup.textContent, span: .none)
    }
    if !footnotes.contains(where: { $0.label == label }) {
      let content = note.child("p").map { inlines($0) } ?? []
      footnotes.append(Footnote(num: Num(text: label, value: label, span: .none), content: content, span: .none))
    }
    return FootnoteRef(label: label, span: .none)
  }

  /// A document reference from its `href`: an AKN work IRI of a resolution, or the resolver URL.
  private func reference(_ element: XMLElement) -> DocumentRef {
    let text = element.textContent
    let href = element.attribute("href") ?? ""
    let parts = href.split(separator: "/", omittingEmptySubsequences: true)
    if href.hasPrefix("/akn/un/statement/deliberation/"), parts.count == 7,
      let series = AKNIdentity.resolutionSeries.first(where: { $0.actor == parts[4] }),
      let date = ISODate(String(parts[5]))
    {
      return DocumentRef(text: text, symbol: series.prefix + AKNIdentity.printedNumber(fromIRI: String(parts[6])), date: date, span: .none)
    }
    let symbol = href.hasPrefix(resolver) ? AKNIdentity.symbol(fromUndocs: String(href.dropFirst(resolver.count))) : text
    return DocumentRef(text: text, symbol: symbol, span: .none)
  }
}
