import ResolutionModel
import XMLKit

/// Preamble, main body, conclusions and annexes, each element with its eId from ``ElementIds``.
extension AKNBuilder {
  // MARK: Preamble

  /// `<preamble>`: the formula and one container per preambular paragraph, named after its
  /// first word ("recalling", "noting"). [spec §5]
  mutating func writePreamble(into statement: XMLElement) {
    let preamble = resolution.preamble
    guard preamble.formula != nil || !preamble.paragraphs.isEmpty else { return }
    let element = statement.element("preamble")
    if let formula = preamble.formula, let formulaIds = ids.formula {
      let container = element.element("formula", [("name", "enactingAuthority"), ("eId", formulaIds.id)])
      inlines.write(formula.content, into: container.mixedElement("p"), notes: formulaIds.notes)
    }
    for (paragraph, item) in zip(preamble.paragraphs, ids.preamble) {
      let container = element.element("container", [("name", Self.containerName(paragraph)), ("eId", item.id)])
      writeBlockParagraph(paragraph, item, into: container)
    }
  }

  /// The first word of a preambular paragraph, lower-cased: "Recalling also …" → "recalling".
  static func containerName(_ paragraph: Paragraph) -> String {
    let word = paragraph.content.text.prefix { $0.isLetter }.lowercased()
    return word.isEmpty ? "preambularParagraph" : word
  }

  /// A paragraph in block context (preamble container, list item): its text in `<p>`, its
  /// sub-paragraphs in a `<blockList>` of `<item>`s.
  private func writeBlockParagraph(_ paragraph: Paragraph, _ item: ElementIds.Item, into parent: XMLElement) {
    if !paragraph.content.isEmpty || paragraph.items.isEmpty {
      inlines.write(paragraph.content, into: parent.mixedElement("p"), notes: item.notes)
    }
    guard let listId = item.list else { return }
    let list = parent.element("blockList", [("eId", listId)])
    for (child, childIds) in zip(paragraph.items, item.items) {
      let element = list.element("item", [("eId", childIds.id)])
      if let num = child.num { element.element("num", text: num.text) }
      writeBlockParagraph(child, childIds, into: element)
    }
  }

  // MARK: Main body

  /// The operative part (or an annex body).
  mutating func writeMainBody(_ nodes: [BodyNode], _ nodeIds: [ElementIds.Node], into body: XMLElement) {
    for (node, nodeIds) in zip(nodes, nodeIds) { writeNode(node, nodeIds, into: body, inSection: false) }
    for case .empty(let id) in nodeIds {
      // The schema needs content here; an empty hcontainer marks a text with no operative part. [ours]
      body.element("hcontainer", [("name", AKNNames.emptyBody), ("eId", id)])
    }
  }

  /// Writes one node. Headings, recitals and repeated formulas become `crossHeading`s inside a
  /// section; `mainBody` does not allow those, so at the top they become `hcontainer`s. [ours]
  private mutating func writeNode(_ node: BodyNode, _ nodeIds: ElementIds.Node, into parent: XMLElement, inSection: Bool) {
    switch (node, nodeIds) {
    case (.paragraph(let paragraph), .paragraph(let item)):
      writeHierarchy(paragraph, item, into: parent.element("paragraph", [("eId", item.id)]))
    case (.section(let section), .section(let id, let headingNotes, let children)):
      let element = parent.element("section", [("eId", id)])
      if let num = section.num { element.element("num", text: num.text) }
      if let heading = section.heading {
        inlines.write(heading.content, into: element.mixedElement("heading"), notes: headingNotes)
      }
      for (child, childIds) in zip(section.children, children) { writeNode(child, childIds, into: element, inSection: true) }
    case (.recital(let paragraph), .heading(let heading)):
      writeHeadingLike(ElementIds.flattened(paragraph), heading, name: "recital", refersTo: registry.use(TLC.preamble), into: parent, inSection: inSection)
    case (.formula(let block), .heading(let heading)):
      writeHeadingLike(block.content, heading, name: "formula", refersTo: registry.use(TLC.enactingFormula), into: parent, inSection: inSection)
    case (.heading(let block), .heading(let heading)):
      writeHeadingLike(block.content, heading, name: "heading", refersTo: nil, into: parent, inSection: inSection)
    default:
      break  // ElementIds mirrors the tree, so kinds always agree.
    }
  }

  private func writeHeadingLike(
    _ content: [Inline], _ ids: ElementIds.Inlines, name: String, refersTo: String?, into parent: XMLElement, inSection: Bool
  ) {
    let reference = refersTo.map { [("refersTo", $0)] } ?? []
    if inSection {
      inlines.write(content, into: parent.mixedElement("crossHeading", reference + [("eId", ids.id)]), notes: ids.notes)
    } else {
      let container = parent.element("hcontainer", [("name", name)] + reference + [("eId", ids.id)])
      let target = name == "heading" ? container.mixedElement("heading") : container.element("content").mixedElement("p")
      inlines.write(content, into: target, notes: ids.notes)
    }
  }

  /// `num`, then `content/p` — or, with sub-paragraphs, a `list` with `intro` and `point`s nested
  /// to any depth (spec §6).
  private func writeHierarchy(_ paragraph: Paragraph, _ item: ElementIds.Item, into element: XMLElement) {
    if let num = paragraph.num { element.element("num", text: num.text) }
    guard let listId = item.list else {
      inlines.write(paragraph.content, into: element.element("content").mixedElement("p"), notes: item.notes)
      return
    }
    let list = element.element("list", [("eId", listId)])
    if let intro = item.intro {
      inlines.write(paragraph.content, into: list.element("intro", [("eId", intro.id)]).mixedElement("p"), notes: intro.notes)
    }
    for (child, childIds) in zip(paragraph.items, item.items) {
      writeHierarchy(child, childIds, into: list.element("point", [("eId", childIds.id)]))
    }
  }

  // MARK: Conclusions and annexes

  /// `<conclusions>`: meeting (`event`), date (`docDate`) and vote lines, one `p` each. Footnotes
  /// whose marker the reader did not find in the text follow in a last `p`, so no note is lost. [ours]
  mutating func writeConclusions(into statement: XMLElement) {
    guard let eId = ids.conclusions else { return }
    let container = statement.element("conclusions").element("container", [("name", "conclusion"), ("eId", eId)])
    for (line, notes) in zip(resolution.conclusion.lines, ids.conclusionNotes) {
      let p = container.mixedElement("p")
      switch line.role {
      case .meeting:
        let event = p.mixedElement("event", [("refersTo", meetingReference(line.content.text))])
        inlines.write(line.content, into: event, notes: notes)
      case .date:
        inlines.write(line.content, into: p, notes: notes, dates: .docDate(refersTo: registry.use(TLC.adoptionDate)))
      case .vote:
        let vote = p.mixedElement("inline", [("name", "vote"), ("refersTo", registry.use(TLC.vote))])
        inlines.write(line.content, into: vote, notes: notes)
      }
    }
    if !ids.unreferencedNotes.isEmpty {
      let references = ids.unreferencedNotes.map { Inline.footnoteRef(FootnoteRef(label: $0.label, span: .none)) }
      inlines.write(references, into: container.mixedElement("p"), notes: ids.unreferencedNotes.map(\.id))
    }
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
    for (index, (annex, annexIds)) in zip(resolution.annexes, ids.annexes).enumerated() {
      let doc = attachments.element("attachment", [("eId", annexIds.id)]).element("doc", [("name", "annex")])
      writeIdentification(into: doc.element("meta"), component: "annex_\(index + 1)")
      let preface = doc.element("preface")
      inlines.write(annex.heading.content, into: preface.mixedElement("p").mixedElement("docType"), notes: annexIds.headingNotes)
      if let title = annex.title {
        inlines.write(title.content, into: preface.mixedElement("p").mixedElement("docTitle"), notes: annexIds.titleNotes)
      }
      writeMainBody(annex.body, annexIds.body, into: doc.element("mainBody"))
    }
  }
}
