import ResolutionModel
import XMLKit

extension AKNBuilder {
  /// The content of `<meta>`: FRBR identification, publication, lifecycle, workflow and
  /// references. Written last, so that `<references>` holds exactly the TLCs the document used.
  mutating func writeMeta(_ xml: XMLWriter, component: String) {
    writeIdentification(xml, component: component)
    let converter = registry.use(TLC.converter)
    let adoption = registry.use(TLC.adoption(identity))
    let organ = organReference()
    let publicationDate = metadata.distributionDate ?? identity.date
    if let symbol = metadata.symbol {
      xml.element(
        "publication",
        [("date", publicationDate.description), ("name", "unDocument"),
         ("showAs", "United Nations document \(symbol)"), ("number", symbol)])
    }
    xml.element("lifecycle", [("source", converter)]) {
      xml.element(
        "eventRef",
        [("eId", "eref_1"), ("date", identity.date.description), ("source", "#original"), ("type", "generation"),
         ("refersTo", adoption)])
    }
    xml.element("workflow", [("source", converter)]) {
      xml.element("step", [("eId", "step_1"), ("date", identity.date.description), ("by", organ), ("refersTo", adoption)])
    }
    xml.element("references", [("source", converter)]) {
      xml.element(
        "original",
        [("eId", "original"), ("href", identity.expression),
         ("showAs", metadata.title ?? metadata.symbol ?? "Resolution \(identity.numberShown)")])
      registry.write(xml)
    }
  }

  /// `<identification>` with the FRBR Work, Expression and Manifestation of `component`
  /// ("main", or "annex_1" for an attachment).
  mutating func writeIdentification(_ xml: XMLWriter, component: String) {
    let converter = registry.use(TLC.converter)
    let organ = organReference()
    let author = registry.use(TLC.author)
    let date = identity.date.description
    xml.element("identification", [("source", converter)]) {
      xml.element("FRBRWork") {
        xml.element("FRBRthis", [("value", "\(identity.work)/!\(component)")])
        xml.element("FRBRuri", [("value", identity.work)])
        xml.element("FRBRdate", [("date", date), ("name", identity.dateName)])
        xml.element("FRBRauthor", [("href", organ), ("as", author)])
        xml.element("FRBRcountry", [("value", "un")])
        xml.element("FRBRsubtype", [("value", "deliberation")])
        xml.element("FRBRnumber", [("value", identity.number), ("showAs", identity.numberShown)])
        if let title = metadata.title { xml.element("FRBRname", [("value", title)]) }
      }
      xml.element("FRBRExpression") {
        xml.element("FRBRthis", [("value", "\(identity.expression)/!\(component)")])
        xml.element("FRBRuri", [("value", identity.expression)])
        xml.element("FRBRdate", [("date", date), ("name", identity.dateName)])
        xml.element("FRBRauthor", [("href", organ), ("as", author)])
        xml.element("FRBRlanguage", [("language", identity.language)])
      }
      // The manifestation date is the publication (Distr.) date, never the time of conversion. [ours]
      xml.element("FRBRManifestation") {
        xml.element("FRBRthis", [("value", "\(identity.expression)/!\(component).xml")])
        xml.element("FRBRuri", [("value", identity.manifestation)])
        xml.element("FRBRdate", [("date", (metadata.distributionDate ?? identity.date).description), ("name", "publication")])
        xml.element("FRBRauthor", [("href", converter)])
        xml.element("FRBRformat", [("value", "xml")])
      }
    }
  }
}
