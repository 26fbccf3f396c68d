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

  /// Writes `inlines` into `parent`; `notes` are the eIds of the footnote references in them, in
  /// order (see ``ElementIds``).
  func write(
    _ inlines: [Inline], into parent: XMLElement, notes: [String?] = [], dates: DateStyle = .date,
    marks: [PhraseMark] = []
  ) {
    var pendingMarks = marks
    var isFirst = true
    var noteIds = notes.makeIterator()
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
        writeFootnote(reference, into: parent, eId: noteIds.next() ?? nil)
      }
      isFirst = false
    }
  }

  private func writeFootnote(_ reference: FootnoteRef, into parent: XMLElement, eId: String?) {
    let sup = parent.element("sup", [("class", "footnote")])
    guard let note = footnotes[reference.label], let eId else {
      sup.append(reference.label)  // A marker whose note is missing stays visible as printed.
      return
    }
    let element = sup.element("authorialNote", [("marker", reference.label), ("placement", "bottom"), ("eId", eId)])
    write(note.content, into: element.mixedElement("p"))
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
