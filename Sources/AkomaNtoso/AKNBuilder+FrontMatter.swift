import ResolutionModel
import ResolutionReader
import XMLKit

/// The masthead in `<coverPage>` and the session, adoption and title lines in `<preface>`,
/// grouped in named containers (spec §4: masthead, footer; publicationHeading, adoption, title).
extension AKNBuilder {
  mutating func writeCoverPage(_ xml: XMLWriter) {
    writeGroups(ElementIds.coverPageGroups, element: "coverPage", xml)
  }

  mutating func writePreface(_ xml: XMLWriter) {
    writeGroups(ElementIds.prefaceGroups, element: "preface", xml)
  }

  private mutating func writeGroups(
    _ groups: [(name: String, roles: Set<FrontMatterLine.Role>)], element name: String, _ xml: XMLWriter
  ) {
    let present = groups.filter { group in resolution.frontMatter.contains { group.roles.contains($0.role) } }
    guard !present.isEmpty else { return }
    xml.element(name) {
      for group in present {
        xml.element("container", [("name", group.name), ("eId", ids.frontMatter[group.name] ?? group.name)]) {
          for line in resolution.frontMatter where group.roles.contains(line.role) {
            xml.mixedElement("p") { writeLine(line, xml) }
          }
        }
      }
    }
  }

  /// The content of one line's `<p>`.
  private mutating func writeLine(_ line: FrontMatterLine, _ xml: XMLWriter) {
    switch line.role {
    case .organization:
      xml.element("docAuthority", [("refersTo", registry.use(TLC.unitedNations))], text: line.text)
    case .symbol:
      xml.element("docNumber", [("refersTo", registry.use(TLC.symbol))], text: line.text)
    case .organ:
      xml.element("docAuthority", [("refersTo", organReference())], text: line.text)
    case .distribution:
      let kind = metadata.distribution ?? "General"
      xml.element("inline", [("name", "distribution"), ("refersTo", registry.use(TLC.distribution(line.text, kind: kind)))], text: line.text)
    case .distributionDate:
      let reference = registry.use(TLC.publication(symbol: metadata.symbol ?? identity.numberShown))
      inlines.write(line.content, xml, dates: .docDate(refersTo: reference))
    case .jobNumber:
      xml.element("docNumber", [("refersTo", registry.use(TLC.jobNumber))], text: line.text)
    case .session:
      if let session = metadata.session {
        let reference = registry.use(TLC.session(session, printed: line.text, organ: metadata.organ, actor: identity.actor))
        xml.element("session", [("value", String(session)), ("refersTo", reference)], text: line.text)
      } else {
        xml.element("inline", [("name", "session")], text: line.text)
      }
    case .agendaItem:
      xml.element("inline", [("name", "agendaItem")], text: line.text)
    case .adoption:
      let organ = organReference()
      var marks = OrganNames.names(of: metadata.organ).map {
        PhraseMark(phrase: $0, element: "docAuthority", attributes: [("refersTo", organ)])
      }
      for word in ["Resolution", "Résolution", "Resolución", "Decision", "Décision", "Decisión"] {
        marks.append(PhraseMark(phrase: word, element: "docType", attributes: [("refersTo", registry.use(TLC.resolution))], atStart: true))
      }
      let date = registry.use(TLC.adoptionDate)
      inlines.write(line.content, xml, dates: .docDate(refersTo: date), marks: marks)
    case .referral:
      var marks: [PhraseMark] = []
      if let committee = metadata.referral?.committee {
        let reference = registry.use(TLC.committee(committee, organ: metadata.organ))
        marks.append(PhraseMark(phrase: committee, element: "docProponent", attributes: [("refersTo", reference)]))
      }
      inlines.write(line.content, xml, marks: marks)
    case .title:
      var marks: [PhraseMark] = []
      if let number = metadata.number { marks.append(PhraseMark(phrase: number, element: "docNumber", attributes: [])) }
      if let title = metadata.title { marks.append(PhraseMark(phrase: title, element: "docTitle", attributes: [])) }
      let date = registry.use(TLC.adoptionDate)
      inlines.write(line.content, xml, dates: .docDate(refersTo: date), marks: marks)
    case .sourceDocument, .other:
      inlines.write(line.content, xml)
    }
  }
}
