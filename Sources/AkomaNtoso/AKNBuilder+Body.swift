import ResolutionModel
import XMLKit

/// Preamble, main body, conclusions and annexes, each element with its eId from ``ElementIds``.
extension AKNBuilder {
  // MARK: Preamble

  /// `<preamble>`: the formula and one container per preambular paragraph, named after its
  /// first word ("recalling", "noting"). [spec §5]
  mutating func writePreamble(_ xml: XMLWriter) {
    let preamble = resolution.preamble
    guard preamble.formula != nil || !preamble.paragraphs.isEmpty else { return }
    xml.element("preamble") {
      if let formula = preamble.formula, let formulaIds = ids.formula {
        xml.element("formula", [("name", "enactingAuthority"), ("eId", formulaIds.id)]) {
          xml.mixedElement("p") { inlines.write(formula.content, xml, notes: formulaIds.notes) }
        }
      }
      for (paragraph, item) in zip(preamble.paragraphs, ids.preamble) {
        xml.element("container", [("name", Self.containerName(paragraph)), ("eId", item.id)]) {
          writeBlockParagraph(paragraph, item, xml)
        }
      }
    }
  }

  /// The first word of a preambular paragraph, lower-cased: "Recalling also …" → "recalling".
  static func containerName(_ paragraph: Paragraph) -> String {
    let word = paragraph.content.text.prefix { $0.isLetter }.lowercased()
    return word.isEmpty ? "preambularParagraph" : word
  }

  /// The content of a paragraph in block context (preamble container, list item): its text in
  /// `<p>`, its sub-paragraphs in a `<blockList>` of `<item>`s.
  private func writeBlockParagraph(_ paragraph: Paragraph, _ item: ElementIds.Item, _ xml: XMLWriter) {
    if !paragraph.content.isEmpty || paragraph.items.isEmpty {
      xml.mixedElement("p") { inlines.write(paragraph.content, xml, notes: item.notes) }
    }
    guard let listId = item.list else { return }
    xml.element("blockList", [("eId", listId)]) {
      for (child, childIds) in zip(paragraph.items, item.items) {
        xml.element("item", [("eId", childIds.id)]) {
          if let num = child.num { xml.element("num", text: num.text) }
          writeBlockParagraph(child, childIds, xml)
        }
      }
    }
  }

  // MARK: Main body

  /// The content of the operative part (or of an annex body).
  mutating func writeMainBody(_ nodes: [BodyNode], _ nodeIds: [ElementIds.Node], _ xml: XMLWriter) {
    for (node, nodeIds) in zip(nodes, nodeIds) { writeNode(node, nodeIds, xml, inSection: false) }
    for case .empty(let id) in nodeIds {
      // The schema needs content here; an empty hcontainer marks a text with no operative part. [ours]
      xml.element("hcontainer", [("name", AKNNames.emptyBody), ("eId", id)])
    }
  }

  /// Writes one node. Headings and repeated formulas become `crossHeading`s inside a section;
  /// `mainBody` does not allow those, so at the top they become `hcontainer`s; recitals are
  /// `hcontainer`s everywhere, since they may have sub-paragraphs. [ours]
  private mutating func writeNode(_ node: BodyNode, _ nodeIds: ElementIds.Node, _ xml: XMLWriter, inSection: Bool) {
    switch (node, nodeIds) {
    case (.paragraph(let paragraph), .paragraph(let item)):
      xml.element("paragraph", [("eId", item.id)]) { writeHierarchy(paragraph, item, xml) }
    case (.section(let section), .section(let id, let headingNotes, let children)):
      xml.element("section", [("eId", id)]) {
        if let num = section.num { xml.element("num", text: num.text) }
        if let heading = section.heading {
          xml.mixedElement("heading") { inlines.write(heading.content, xml, notes: headingNotes) }
        }
        for (child, childIds) in zip(section.children, children) { writeNode(child, childIds, xml, inSection: true) }
      }
    case (.recital(let paragraph), .recital(let item)):
      // As a preambular paragraph is written, sub-paragraphs included. [ours]
      xml.element("hcontainer", [("name", "recital"), ("refersTo", registry.use(TLC.preamble)), ("eId", item.id)]) {
        xml.element("content") { writeBlockParagraph(paragraph, item, xml) }
      }
    case (.formula(let block), .heading(let heading)):
      writeHeadingLike(block.content, heading, name: "formula", refersTo: registry.use(TLC.enactingFormula), xml, inSection: inSection)
    case (.heading(let block), .heading(let heading)):
      writeHeadingLike(block.content, heading, name: "heading", refersTo: nil, xml, inSection: inSection)
    default:
      break  // ElementIds mirrors the tree, so kinds always agree.
    }
  }

  private func writeHeadingLike(
    _ content: [Inline], _ ids: ElementIds.Inlines, name: String, refersTo: String?, _ xml: XMLWriter, inSection: Bool
  ) {
    let reference = refersTo.map { [("refersTo", $0)] } ?? []
    if inSection {
      xml.mixedElement("crossHeading", reference + [("eId", ids.id)]) { inlines.write(content, xml, notes: ids.notes) }
    } else {
      xml.element("hcontainer", [("name", name)] + reference + [("eId", ids.id)]) {
        if name == "heading" {
          xml.mixedElement("heading") { inlines.write(content, xml, notes: ids.notes) }
        } else {
          xml.element("content") { xml.mixedElement("p") { inlines.write(content, xml, notes: ids.notes) } }
        }
      }
    }
  }

  /// The content of a paragraph or point: `num`, then `content/p` — or, with sub-paragraphs, a
  /// `list` with `intro` and `point`s nested to any depth (spec §6).
  private func writeHierarchy(_ paragraph: Paragraph, _ item: ElementIds.Item, _ xml: XMLWriter) {
    if let num = paragraph.num { xml.element("num", text: num.text) }
    guard let listId = item.list else {
      xml.element("content") { xml.mixedElement("p") { inlines.write(paragraph.content, xml, notes: item.notes) } }
      return
    }
    xml.element("list", [("eId", listId)]) {
      if let intro = item.intro {
        xml.element("intro", [("eId", intro.id)]) {
          xml.mixedElement("p") { inlines.write(paragraph.content, xml, notes: intro.notes) }
        }
      }
      for (child, childIds) in zip(paragraph.items, item.items) {
        xml.element("point", [("eId", childIds.id)]) { writeHierarchy(child, childIds, xml) }
      }
    }
  }

  // MARK: Conclusions and annexes

  /// `<conclusions>`: meeting (`event`), date (`docDate`) and vote lines, one `p` each. Footnotes
  /// whose marker the reader did not find in the text follow in a last `p`, so no note is lost. [ours]
  mutating func writeConclusions(_ xml: XMLWriter) {
    guard let eId = ids.conclusions else { return }
    xml.element("conclusions") {
      xml.element("container", [("name", "conclusion"), ("eId", eId)]) {
        for (line, notes) in zip(resolution.conclusion.lines, ids.conclusionNotes) {
          xml.mixedElement("p") { writeConclusionLine(line, notes: notes, xml) }
        }
        if !ids.unreferencedNotes.isEmpty {
          let references = ids.unreferencedNotes.map { Inline.footnoteRef(FootnoteRef(label: $0.label, span: .none)) }
          xml.mixedElement("p") { inlines.write(references, xml, notes: ids.unreferencedNotes.map(\.id)) }
        }
      }
    }
  }

  private mutating func writeConclusionLine(_ line: Conclusion.Line, notes: [String?], _ xml: XMLWriter) {
    switch line.role {
    case .meeting:
      xml.mixedElement("event", [("refersTo", meetingReference(line.content.text))]) {
        inlines.write(line.content, xml, notes: notes)
      }
    case .date:
      inlines.write(line.content, xml, notes: notes, dates: .docDate(refersTo: registry.use(TLC.adoptionDate)))
    case .vote:
      xml.mixedElement("inline", [("name", "vote"), ("refersTo", registry.use(TLC.vote))]) {
        inlines.write(line.content, xml, notes: notes)
      }
    }
  }

  private mutating func meetingReference(_ printed: String) -> String {
    guard let number = metadata.meeting else { return registry.use(TLC.adoption(identity)) }
    return registry.use(TLC.meeting(number, printed: printed, organ: metadata.organ, session: metadata.session, actor: identity.actor))
  }

  /// `<attachments>`: each annex a `<doc name="annex">` with its own FRBR identification
  /// (component `!annex_N`), its heading and title in a preface, and prefixed eIds (spec §8).
  mutating func writeAttachments(_ xml: XMLWriter) {
    guard !resolution.annexes.isEmpty else { return }
    xml.element("attachments") {
      for (index, (annex, annexIds)) in zip(resolution.annexes, ids.annexes).enumerated() {
        xml.element("attachment", [("eId", annexIds.id)]) {
          xml.element("doc", [("name", "annex")]) {
            xml.element("meta") { writeIdentification(xml, component: "annex_\(index + 1)") }
            xml.element("preface") {
              xml.mixedElement("p") {
                xml.mixedElement("docType") { inlines.write(annex.heading.content, xml, notes: annexIds.headingNotes) }
              }
              if let title = annex.title {
                xml.mixedElement("p") {
                  xml.mixedElement("docTitle") { inlines.write(title.content, xml, notes: annexIds.titleNotes) }
                }
              }
            }
            xml.element("mainBody") { writeMainBody(annex.body, annexIds.body, xml) }
          }
        }
      }
    }
  }
}
