import ResolutionModel
import XMLKit

/// A phrase in a line of front matter to wrap in a semantic element, e.g. "General Assembly" in
/// `<docAuthority refersTo="#generalAssembly">`.
struct PhraseMark {
  var phrase: String
  var element: String
  var attributes: [(String, String)]
  /// Whether the phrase must start the line ("Resolution" in the adoption line).
  var atStart = false
}

/// How dates are written: `<date>` in body text, `<docDate refersTo=…>` in front matter and conclusions.
enum DateStyle {
  case date
  case docDate(refersTo: String)
}

/// Writes inline content into an AKN element: text, `<ref>` for document references, `<date>`,
/// and footnotes as `<sup class="footnote"><authorialNote …>` at the marker's position.
struct InlineWriter {
  let footnotes: [String: Footnote]
  let resolver: String

  /// Writes `inlines` into `parent`. `owner` is the eId of the nearest element with one; footnotes
  /// take their eIds under it.
  func write(
    _ inlines: [Inline], into parent: XMLElement, owner: String?, eIds: inout EIdGenerator,
    dates: DateStyle = .date, marks: [PhraseMark] = []
  ) {
    var pendingMarks = marks
    var isFirst = true
    for inline in inlines {
      switch inline {
      case .text(let run):
        writeText(run.text, into: parent, marks: &pendingMarks, atLineStart: isFirst)
      case .documentRef(let reference):
        parent.element("ref", [("href", AKNIdentity.href(for: reference, resolver: resolver))], text: reference.text)
      case .date(let mention):
        switch dates {
        case .date:
          parent.element("date", [("date", mention.date.description)], text: mention.text)
        case .docDate(let refersTo):
          parent.element("docDate", [("date", mention.date.description), ("refersTo", refersTo)], text: mention.text)
        }
      case .footnoteRef(let reference):
        writeFootnote(reference, into: parent, owner: owner, eIds: &eIds)
      }
      isFirst = false
    }
  }

  private func writeFootnote(_ reference: FootnoteRef, into parent: XMLElement, owner: String?, eIds: inout EIdGenerator) {
    let sup = parent.element("sup", [("class", "footnote")])
    guard let note = footnotes[reference.label] else {
      sup.append(reference.label)  // A marker whose note is missing stays visible as printed.
      return
    }
    let eId = eIds.make("authorialNote", under: owner, num: reference.label)
    let element = sup.element("authorialNote", [("marker", reference.label), ("placement", "bottom"), ("eId", eId)])
    let paragraph = element.mixedElement("p")
    write(note.content, into: paragraph, owner: eId, eIds: &eIds)
  }

  /// Writes text, wrapping the first occurrence of each pending phrase in its element.
  private func writeText(_ text: String, into parent: XMLElement, marks: inout [PhraseMark], atLineStart: Bool) {
    var rest = Substring(text)
    var atStart = atLineStart
    while !rest.isEmpty {
      let found = marks.indices.compactMap { index -> (Int, Range<Substring.Index>)? in
        guard let range = rest.firstRange(of: marks[index].phrase) else { return nil }
        if marks[index].atStart && !(atStart && range.lowerBound == rest.startIndex) { return nil }
        return (index, range)
      }.min { $0.1.lowerBound < $1.1.lowerBound }
      guard let (index, range) = found else { break }
      parent.append(String(rest[..<range.lowerBound]))
      parent.element(marks[index].element, marks[index].attributes, text: String(rest[range]))
      marks.remove(at: index)
      rest = rest[range.upperBound...]
      atStart = false
    }
    parent.append(String(rest))
  }
}
