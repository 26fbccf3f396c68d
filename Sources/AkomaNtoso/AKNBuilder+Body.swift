import ResolutionModel
import XMLKit

/// Preamble, main body, conclusions and annexes.
extension AKNBuilder {
  // MARK: Preamble

  /// `<preamble>`: the formula and one container per preambular paragraph, named after its
  /// first word ("recalling", "noting"). [spec §5]
  mutating func writePreamble(into statement: XMLElement) {
    let preamble = resolution.preamble
    guard preamble.formula != nil || !preamble.paragraphs.isEmpty else { return }
    let element = statement.element("preamble")
    if let formula = preamble.formula {
      let eId = eIds.make("formula", under: "preamble")
      let container = element.element("formula", [("name", "enactingAuthority"), ("eId", eId)])
      inlines.write(formula.content, into: container.mixedElement("p"), owner: eId, eIds: &eIds)
    }
    for paragraph in preamble.paragraphs {
      let eId = eIds.make("container", under: "preamble")
      let container = element.element("container", [("name", Self.containerName(paragraph)), ("eId", eId)])
      writeBlockParagraph(paragraph, into: container, owner: eId)
    }
  }

  /// The first word of a preambular paragraph, lower-cased: "Recalling also …" → "recalling".
  static func containerName(_ paragraph: Paragraph) -> String {
    let word = paragraph.content.text.prefix { $0.isLetter }.lowercased()
    return word.isEmpty ? "preambularParagraph" : word
  }

  /// A paragraph in block context (preamble container, list item): its text in `<p>`, its
  /// sub-paragraphs in a `<blockList>` of `<item>`s.
  private mutating func writeBlockParagraph(_ paragraph: Paragraph, into parent: XMLElement, owner: String) {
    if !paragraph.content.isEmpty || paragraph.items.isEmpty {
      inlines.write(paragraph.content, into: parent.mixedElement("p"), owner: owner, eIds: &eIds)
    }
    guard !paragraph.items.isEmpty else { return }
    let listId = eIds.make("list", under: owner)
    let list = parent.element("blockList", [("eId", listId)])
    for item in paragraph.items {
      let itemId = eIds.make("item", under: listId, num: item.num?.value)
      let element = list.element("item", [("eId", itemId)])
      if let num = item.num { element.element("num", text: num.text) }
      writeBlockParagraph(item, into: element, owner: itemId)
    }
  }

  // MARK: Main body

  /// The operative part. Paragraph eIds take the section's prefix only where numbering restarts
  /// in each section (spec §6); annexes always prefix with their attachment's eId.
  mutating func writeMainBody(_ nodes: [BodyNode], into body: XMLElement, prefix: String?) {
    let prefixSections = Self.numberingRestarts(nodes)
    for node in nodes { writeNode(node, into: body, prefix: prefix, prefixSections: prefixSections, inSection: false) }
    if nodes.isEmpty {
      // The schema needs content here; an empty hcontainer marks a text with no operative part. [ours]
      body.element("hcontainer", [("name", AKNNames.emptyBody), ("eId", eIds.make("hcontainer", under: prefix))])
    }
  }

  /// Writes one node. Headings, recitals and repeated formulas become `crossHeading`s inside a
  /// section; `mainBody` does not allow those, so at the top they become `hcontainer`s. [ours]
  private mutating func writeNode(
    _ node: BodyNode, into parent: XMLElement, prefix: String?, prefixSections: Bool, inSection: Bool
  ) {
    switch node {
    case .paragraph(let paragraph):
      let eId = eIds.make("para", under: prefix, num: paragraph.num?.value)
      let element = parent.element("paragraph", [("eId", eId)])
      writeHierarchy(paragraph, into: element, eId: eId)
    case .section(let section):
      let eId = eIds.make("sec", under: prefix, num: section.num?.value)
      let element = parent.element("section", [("eId", eId)])
      if let num = section.num { element.element("num", text: num.text) }
      if let heading = section.heading {
        inlines.write(heading.content, into: element.mixedElement("heading"), owner: eId, eIds: &eIds)
      }
      for child in section.children {
        writeNode(child, into: element, prefix: prefixSections ? eId : prefix, prefixSections: prefixSections, inSection: true)
      }
    case .recital(let paragraph):
      writeHeadingLike(Self.flatten(paragraph), name: "recital", refersTo: registry.use(TLC.preamble), into: parent, prefix: prefix, inSection: inSection)
    case .formula(let block):
      writeHeadingLike(block.content, name: "formula", refersTo: registry.use(TLC.enactingFormula), into: parent, prefix: prefix, inSection: inSection)
    case .heading(let block):
      writeHeadingLike(block.content, name: "heading", refersTo: nil, into: parent, prefix: prefix, inSection: inSection)
    }
  }

  private mutating func writeHeadingLike(
    _ content: [Inline], name: String, refersTo: String?, into parent: XMLElement, prefix: String?, inSection: Bool
  ) {
    let reference = refersTo.map { [("refersTo", $0)] } ?? []
    if inSection {
      let eId = eIds.make("crossHeading", under: prefix)
      inlines.write(content, into: parent.mixedElement("crossHeading", reference + [("eId", eId)]), owner: eId, eIds: &eIds)
    } else {
      let eId = eIds.make("hcontainer", under: prefix)
      let container = parent.element("hcontainer", [("name", name)] + reference + [("eId", eId)])
      let target = name == "heading" ? container.mixedElement("heading") : container.element("content").mixedElement("p")
      inlines.write(content, into: target, owner: eId, eIds: &eIds)
    }
  }

  /// `num`, then `content/p` — or, with sub-paragraphs, a `list` with `intro` and `point`s nested
  /// to any depth (spec §6).
  private mutating func writeHierarchy(_ paragraph: Paragraph, into element: XMLElement, eId: String) {
    if let num = paragraph.num { element.element("num", text: num.text) }
    guard !paragraph.items.isEmpty else {
      inlines.write(paragraph.content, into: element.element("content").mixedElement("p"), owner: eId, eIds: &eIds)
      return
    }
    let listId = eIds.make("list", under: eId)
    let list = element.element("list", [("eId", listId)])
    if !paragraph.content.isEmpty {
      let introId = eIds.fixed("intro", under: listId)
      inlines.write(paragraph.content, into: list.element("intro", [("eId", introId)]).mixedElement("p"), owner: introId, eIds: &eIds)
    }
    for item in paragraph.items {
      let pointId = eIds.make("point", under: listId, num: item.num?.value)
      writeHierarchy(item, into: list.element("point", [("eId", pointId)]), eId: pointId)
    }
  }

  /// Whether paragraph numbers repeat across sections (each section restarts at 1).
  static func numberingRestarts(_ nodes: [BodyNode]) -> Bool {
    var seen: Set<String> = []
    for node in nodes {
      guard case .section(let section) = node else { continue }
      for child in section.children {
        if case .paragraph(let paragraph) = child, let value = paragraph.num?.value {
          if !seen.insert(value).inserted { return true }
        }
      }
    }
    return false
  }

  /// A recital's text with its sub-paragraphs run in, for a `crossHeading` (inline content only).
  static func flatten(_ paragraph: Paragraph) -> [Inline] {
    var result = paragraph.content
    for item in paragraph.items {
      let separator = Inline.text(TextRun(" ", span: .none))
      if let num = item.num { result += [separator, .text(TextRun(num.text, span: num.span))] }
      result += [separator] + flatten(item)
    }
    return result
  }

  // MARK: Conclusions and annexes

  /// `<conclusions>`: meeting (`event`), date (`docDate`) and vote lines, one `p` each. Footnotes
  /// whose marker the reader did not find in the text follow in a last `p`, so no note is lost. [ours]
  mutating func writeConclusions(into statement: XMLElement) {
    let lines = resolution.conclusion.lines
    let unreferenced = unreferencedFootnotes()
    guard !lines.isEmpty || !unreferenced.isEmpty else { return }
    let eId = eIds.make("container", under: "conclusions")
    let container = statement.element("conclusions").element("container", [("name", "conclusion"), ("eId", eId)])
    for line in lines {
      let p = container.mixedElement("p")
      switch line.role {
      case .meeting:
        let event = p.mixedElement("event", [("refersTo", meetingReference(line.content.text))])
        inlines.write(line.content, into: event, owner: eId, eIds: &eIds)
      case .date:
        let date = registry.use(TLC.adoptionDate)
        inlines.write(line.content, into: p, owner: eId, eIds: &eIds, dates: .docDate(refersTo: date))
      case .vote:
        let vote = p.mixedElement("inline", [("name", "vote"), ("refersTo", registry.use(TLC.vote))])
        inlines.write(line.content, into: vote, owner: eId, eIds: &eIds)
      }
    }
    if !unreferenced.isEmpty {
      let references = unreferenced.map { Inline.footnoteRef(FootnoteRef(label: $0.label, span: .none)) }
      inlines.write(references, into: container.mixedElement("p"), owner: eId, eIds: &eIds)
    }
  }

  /// Footnotes that no marker in the text refers to.
  private func unreferencedFootnotes() -> [Footnote] {
    var referenced: Set<String> = []
    resolution.forEachTextPiece { piece in
      if case .footnoteRef(let reference) = piece { referenced.insert(reference.label) }
    }
    var seen: Set<String> = []
    return resolution.footnotes.filter { !referenced.contains($0.label) && seen.insert($0.label).inserted }
  }

  private mutating func meetingReference(_ printed: String) -> String {
    guard let number = metadata.meeting else { return registry.use(TLC.adoption(identity)) }
    return registry.use(TLC.meeting(number, printed: printed, organ: metadata.organ, session: metadata.session, actor: identity.actor))
  }

  /// `<attachments>`: each annex a `<doc name="annex">` with its own FRBR identification
  /// (component `!annex_N`), its heading and title in a preface, and prefixed eIds (spec §8).
  mutating func writeAttachments(into statement: XMLElement) {
    guard !resolution.annexes.isEmpty else { return }
    let attachments = statement.element("attachments")
    for (index, annex) in resolution.annexes.enumerated() {
      let eId = eIds.make("att", under: nil)
      let doc = attachments.element("attachment", [("eId", eId)]).element("doc", [("name", "annex")])
      writeIdentification(into: doc.element("meta"), component: "annex_\(index + 1)")
      let preface = doc.element("preface")
      let heading = preface.mixedElement("p").mixedElement("docType")
      inlines.write(annex.heading.content, into: heading, owner: eId, eIds: &eIds)
      if let title = annex.title {
        inlines.write(title.content, into: preface.mixedElement("p").mixedElement("docTitle"), owner: eId, eIds: &eIds)
      }
      writeMainBody(annex.body, into: doc.element("mainBody"), prefix: eId)
    }
  }
}
