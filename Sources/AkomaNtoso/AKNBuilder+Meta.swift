import ResolutionModel
import XMLKit

extension AKNBuilder {
  /// `<meta>`: FRBR identification, publication, lifecycle, workflow and references. Written last,
  /// so that `<references>` holds exactly the TLCs the document used.
  mutating func writeMeta(into meta: XMLElement, component: String) {
    writeIdentification(into: meta, component: component)
    let converter = registry.use(TLC.converter)
    let adoption = registry.use(TLC.adoption(identity))
    let organ = organReference()
    let publicationDate = metadata.distributionDate ?? identity.date
    if let symbol = metadata.symbol {
      meta.element(
        "publication",
        [("date", publicationDate.description), ("name", "unDocument"),
         ("showAs", "United Nations document \(symbol)"), ("number", symbol)])
    }
    meta.element("lifecycle", [("source", converter)]).element(
      "eventRef",
      [("eId", "eref_1"), ("date", identity.date.description), ("source", "#original"), ("type", "generation"),
       ("refersTo", adoption)])
    meta.element("workflow", [("source", converter)]).element(
      "step", [("eId", "step_1"), ("date", identity.date.description), ("by", organ), ("refersTo", adoption)])
    let references = meta.element("references", [("source", converter)])
    references.element(
      "original",
      [("eId", "original"), ("href", identity.expression), ("showAs", metadata.title ?? metadata.symbol ?? "Resolution \(identity.numberShown)")])
    registry.write(into: references)
  }

  /// `<identification>` with the FRBR Work, Expression and Manifestation of `component`
  /// ("main", or "annex_1" for an attachment).
  mutating func writeIdentification(into meta: XMLElement, component: String) {
    let converter = registry.use(TLC.converter)
    let organ = organReference()
    let author = registry.use(TLC.author)
    let identification = meta.element("identification", [("source", converter)])
    let date = identity.date.description

    let work = identification.element("FRBRWork")
    work.element("FRBRthis", [("value", "\(identity.work)/!\(component)")])
    work.element("FRBRuri", [("value", identity.work)])
    work.element("FRBRdate", [("date", date), ("name", identity.dateName)])
    work.element("FRBRauthor", [("href", organ), ("as", author)])
    work.element("FRBRcountry", [("value", "un")])
    work.element("FRBRsubtype", [("value", "deliberation")])
    work.element("FRBRnumber", [("value", identity.number), ("showAs", identity.numberShown)])
    if let title = metadata.title { work.element("FRBRname", [("value", title)]) }

    let expression = identification.element("FRBRExpression")
    expression.element("FRBRthis", [("value", "\(identity.expression)/!\(component)")])
    expression.element("FRBRuri", [("value", identity.expression)])
    expression.element("FRBRdate", [("date", date), ("name", identity.dateName)])
    expression.element("FRBRauthor", [("href", organ), ("as", author)])
    expression.element("FRBRlanguage", [("language", identity.language)])

    // The manifestation date is the publication (Distr.) date, never the time of conversion. [ours]
    let manifestation = identification.element("FRBRManifestation")
    manifestation.element("FRBRthis", [("value", "\(identity.expression)/!\(component).xml")])
    manifestation.element("FRBRuri", [("value", identity.manifestation)])
    manifestation.element("FRBRdate", [("date", (metadata.distributionDate ?? identity.date).description), ("name", "publication")])
    manifestation.element("FRBRauthor", [("href", converter)])
    manifestation.element("FRBRformat", [("value", "xml")])
  }
}
