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

/// Writes inline content inside an AKN element: text, `<ref>` for document references, `<date>`,
/// and footnotes as `<sup class="footnote"><authorialNote …>` at the marker's position.
struct InlineWriter {
  let footnotes: [String: Footnote]
  let resolver: String

  /// Writes `inlines` as the content of the current element; `notes` are the eIds of the
  /// footnote references in them, in order (see ``ElementIds``).
  func write(
    _ inlines: [Inline], _ xml: XMLWriter, notes: [String?] = [], dates: DateStyle = .date,
    marks: [PhraseMark] = []
  ) {
    var pendingMarks = marks
    var isFirst = true
    var noteIds = notes.makeIterator()
    for inline in inlines {
      switch inline {
      case .text(let run):
        writeText(run.text, xml, marks: &pendingMarks, atLineStart: isFirst)
      case .documentRef(let reference):
        xml.element("ref", [("href", AKNIdentity.href(for: reference, resolver: resolver))], text: reference.text)
      case .date(let mention):
        switch dates {
        case .date:
          xml.element("date", [("date", mention.date.description)], text: mention.text)
        case .docDate(let refersTo):
          xml.element("docDate", [("date", mention.date.description), ("refersTo", refersTo)], text: mention.text)
        }
      case .footnoteRef(let reference):
        writeFootnote(reference, xml, eId: noteIds.next() ?? nil)
      }
      isFirst = false
    }
  }

  private func writeFootnote(_ reference: FootnoteRef, _ xml: XMLWriter, eId: String?) {
    guard let note = footnotes[reference.label], let eId else {
      // A marker whose note is missing stays visible as printed.
      return xml.element("sup", [("class", "footnote")], text: reference.label)
    }
    xml.mixedElement("sup", [("class", "footnote")]) {
      xml.mixedElement("authorialNote", [("marker", reference.label), ("placement", "bottom"), ("eId", eId)]) {
        xml.mixedElement("p") { write(note.content, xml) }
      }
    }
  }

  /// Writes text, wrapping the first occurrence of each pending phrase in its element.
  private func writeText(_ text: String, _ xml: XMLWriter, marks: inout [PhraseMark], atLineStart: Bool) {
    guard !marks.isEmpty else { return xml.text(text) }
    let bytes = Array(text.utf8)
    var cursor = 0
    var atStart = atLineStart
    while cursor < bytes.count {
      var best: (mark: Int, range: Range<Int>)?
      for (index, mark) in marks.enumerated() {
        guard let range = Self.firstOccurrence(of: Array(mark.phrase.utf8), in: bytes, from: cursor) else { continue }
        if mark.atStart && !(atStart && range.lowerBound == cursor) { continue }
        if best == nil || range.lowerBound < best!.range.lowerBound { best = (index, range) }
      }
      guard let (index, range) = best else { break }
      xml.text(String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self))
      xml.element(marks[index].element, marks[index].attributes, text: String(decoding: bytes[range], as: UTF8.self))
      marks.remove(at: index)
      cursor = range.upperBound
      atStart = false
    }
    xml.text(String(decoding: bytes[cursor...], as: UTF8.self))
  }

  /// The first place `needle` occurs in `haystack` at or after `start` (bytes compared exactly).
  static func firstOccurrence(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
    guard let first = needle.first, haystack.count - start >= needle.count else { return nil }
    var index = start
    while index + needle.count <= haystack.count {
      if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
        return index..<index + needle.count
      }
      index += 1
    }
    return nil
  }
}
