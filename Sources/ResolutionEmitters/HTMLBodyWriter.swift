import ResolutionModel

/// Renders the `<article>` of a resolution.
struct HTMLBodyWriter {
  let resolution: Resolution
  let resolver: String
  let ids: ElementIds
  private var out = ""
  /// Footnote labels in note order, and the ids of the references to each (for back-links).
  private var noteOrder: [String] = []
  private var references: [String: [String]] = [:]

  init(resolution: Resolution, resolver: String) {
    self.resolution = resolution
    self.resolver = resolver
    self.ids = ElementIds(resolution)
    out.reserveCapacity(resolution.footnotes.count * 200 + 16_384)
    var seen: Set<String> = []
    noteOrder = resolution.footnotes.map(\.label).filter { seen.insert($0).inserted }
  }

  mutating func write() -> String {
    out += "<article class=\"resolution\" lang=\"\(HTMLText.escaped(resolution.metadata.language, attribute: true))\">\n"
    writeHeader()
    writePreamble()
    if !resolution.operative.isEmpty {
      out += "<section class=\"operative\">\n"
      writeNodes(resolution.operative, ids.body, level: 2)
      out += "</section>\n"
    }
    writeConclusion()
    writeAnnexes()
    writeNotes()
    out += "</article>\n"
    return out
  }

  // MARK: Front matter

  private mutating func writeHeader() {
    guard !resolution.frontMatter.isEmpty else { return }
    out += "<header>\n"
    for group in ElementIds.coverPageGroups + ElementIds.prefaceGroups {
      let lines = resolution.frontMatter.filter { group.roles.contains($0.role) }
      guard !lines.isEmpty else { continue }
      let id = ids.frontMatter[group.name].map { " id=\"\($0)\"" } ?? ""
      if group.name == "title" {
        for line in lines {
          out += "<h1\(id) class=\"title\">"
          writeInlines(line.content, notes: [])
          out += "</h1>\n"
        }
        continue
      }
      out += "<div class=\"\(Self.className(group.name))\"\(id)>\n"
      for line in lines {
        out += "<p class=\"\(Self.className(line.role.rawValue))\">"
        writeInlines(line.content, notes: [])
        out += "</p>\n"
      }
      out += "</div>\n"
    }
    out += "</header>\n"
  }

  /// "publicationHeading" → "publication-heading".
  static func className(_ name: String) -> String {
    var result = ""
    for character in name {
      if character.isUppercase {
        result += "-" + character.lowercased()
      } else {
        result.append(character)
      }
    }
    return result
  }

  // MARK: Preamble and body

  private mutating func writePreamble() {
    let preamble = resolution.preamble
    guard preamble.formula != nil || !preamble.paragraphs.isEmpty else { return }
    out += "<section class=\"preamble\">\n"
    if let formula = preamble.formula, let formulaIds = ids.formula {
      out += "<p class=\"formula\" id=\"\(formulaIds.id)\">"
      writeInlines(formula.content, notes: formulaIds.notes)
      out += "</p>\n"
    }
    for (paragraph, item) in zip(preamble.paragraphs, ids.preamble) {
      writeParagraph(paragraph, item, className: "preambular")
    }
    out += "</section>\n"
  }

  private mutating func writeNodes(_ nodes: [BodyNode], _ nodeIds: [ElementIds.Node], level: Int) {
    for (node, nodeIds) in zip(nodes, nodeIds) {
      switch (node, nodeIds) {
      case (.paragraph(let paragraph), .paragraph(let item)):
        writeParagraph(paragraph, item, className: "paragraph")
      case (.section(let section), .section(let id, let headingNotes, let children)):
        let tag = "h\(min(level, 6))"
        out += "<section class=\"section\" id=\"\(id)\">\n<\(tag)>"
        if let num = section.num { out += "<span class=\"num\">\(HTMLText.escaped(num.text))</span>" }
        if let heading = section.heading {
          if section.num != nil { out += " " }
          writeInlines(heading.content, notes: headingNotes)
        }
        out += "</\(tag)>\n"
        writeNodes(section.children, children, level: level + 1)
        out += "</section>\n"
      case (.recital(let paragraph), .recital(let item)):
        writeParagraph(paragraph, item, className: "recital")
      case (.formula(let block), .heading(let heading)):
        writeBlock("p", className: "formula", block.content, heading)
      case (.heading(let block), .heading(let heading)):
        writeBlock("h\(min(level + 1, 6))", className: "heading", block.content, heading)
      default:
        break  // ElementIds mirrors the tree, so kinds always agree.
      }
    }
  }

  private mutating func writeBlock(_ tag: String, className: String, _ content: [Inline], _ ids: ElementIds.Inlines) {
    out += "<\(tag) class=\"\(className)\" id=\"\(ids.id)\">"
    writeInlines(content, notes: ids.notes)
    out += "</\(tag)>\n"
  }

  /// A paragraph: one `<p>` with its printed number, or, with sub-paragraphs, a `<div>` holding
  /// the lead-in and an `<ol>` of items that carry their printed labels.
  private mutating func writeParagraph(_ paragraph: Paragraph, _ item: ElementIds.Item, className: String) {
    guard let list = item.list else {
      out += "<p class=\"\(className)\" id=\"\(item.id)\">"
      writeNum(paragraph.num)
      writeInlines(paragraph.content, notes: item.notes)
      out += "</p>\n"
      return
    }
    out += "<div class=\"\(className)\" id=\"\(item.id)\">\n"
    if paragraph.num != nil || !paragraph.content.isEmpty {
      let introId = item.intro.map { " id=\"\($0.id)\"" } ?? ""
      out += "<p class=\"lead-in\"\(introId)>"
      writeNum(paragraph.num)
      writeInlines(paragraph.content, notes: item.intro?.notes ?? item.notes)
      out += "</p>\n"
    }
    writeItems(paragraph.items, item.items, listId: list)
    out += "</div>\n"
  }

  private mutating func writeItems(_ items: [Paragraph], _ itemIds: [ElementIds.Item], listId: String) {
    out += "<ol class=\"items\" id=\"\(listId)\">\n"
    for (child, childIds) in zip(items, itemIds) {
      out += "<li id=\"\(childIds.id)\">"
      writeNum(child.num)
      writeInlines(child.content, notes: childIds.intro?.notes ?? childIds.notes)
      if let list = childIds.list {
        out += "\n"
        writeItems(child.items, childIds.items, listId: list)
      }
      out += "</li>\n"
    }
    out += "</ol>\n"
  }

  private mutating func writeNum(_ num: Num?) {
    guard let num else { return }
    out += "<span class=\"num\">\(HTMLText.escaped(num.text))</span> "
  }

  // MARK: Conclusion, annexes, notes

  private mutating func writeConclusion() {
    let lines = resolution.conclusion.lines
    guard !lines.isEmpty, let id = ids.conclusions else { return }
    out += "<footer class=\"conclusion\" id=\"\(id)\">\n"
    for (line, notes) in zip(lines, ids.conclusionNotes) {
      out += "<p class=\"\(line.role.rawValue)\">"
      writeInlines(line.content, notes: notes)
      out += "</p>\n"
    }
    out += "</footer>\n"
  }

  private mutating func writeAnnexes() {
    for (annex, annexIds) in zip(resolution.annexes, ids.annexes) {
      out += "<section class=\"annex\" id=\"\(annexIds.id)\">\n<h2 class=\"annex-heading\">"
      writeInlines(annex.heading.content, notes: annexIds.headingNotes)
      out += "</h2>\n"
      if let title = annex.title {
        out += "<h3 class=\"annex-title\">"
        writeInlines(title.content, notes: annexIds.titleNotes)
        out += "</h3>\n"
      }
      writeNodes(annex.body, annexIds.body, level: 3)
      out += "</section>\n"
    }
  }

  /// The notes, in order, each with back-links to the places that refer to it.
  private mutating func writeNotes() {
    guard !resolution.footnotes.isEmpty else { return }
    out += "<section class=\"footnotes\" aria-label=\"Notes\">\n<ol>\n"
    var written: Set<String> = []
    for footnote in resolution.footnotes where written.insert(footnote.label).inserted {
      out += "<li id=\"\(Self.noteId(footnote.label, order: noteOrder))\"><span class=\"num\">\(HTMLText.escaped(footnote.num.text))</span> "
      writeInlines(footnote.content, notes: [])
      for reference in references[footnote.label] ?? [] {
        out += " <a class=\"back-link\" href=\"#\(reference)\" aria-label=\"Back to the text\">↩</a>"
      }
      out += "</li>\n"
    }
    out += "</ol>\n</section>\n"
  }

  /// The id of a note's list item: "note-1"; an unnumbered note takes its position.
  static func noteId(_ label: String, order: [String]) -> String {
    let safe = label.filter { $0.isLetter || $0.isNumber }
    return safe.isEmpty ? "note-\((order.firstIndex(of: label) ?? 0) + 1)-unnumbered" : "note-\(safe)"
  }

  // MARK: Inline content

  private mutating func writeInlines(_ inlines: [Inline], notes: [String?]) {
    var noteIds = notes.makeIterator()
    for inline in inlines {
      switch inline {
      case .text(let run):
        out += HTMLText.escaped(run.text)
      case .documentRef(let reference):
        out += "<a class=\"document\" href=\"\(HTMLText.escaped(resolver + DocumentSymbol.urlPath(reference.symbol), attribute: true))\">\(HTMLText.escaped(reference.text))</a>"
      case .date(let mention):
        out += "<time datetime=\"\(mention.date)\">\(HTMLText.escaped(mention.text))</time>"
      case .footnoteRef(let reference):
        let id = noteIds.next() ?? nil
        guard let id, noteOrder.contains(reference.label) else {
          out += "<sup class=\"footnote-ref\">\(HTMLText.escaped(reference.label))</sup>"
          continue
        }
        references[reference.label, default: []].append(id)
        out += "<sup class=\"footnote-ref\"><a id=\"\(id)\" href=\"#\(Self.noteId(reference.label, order: noteOrder))\">\(HTMLText.escaped(reference.label))</a></sup>"
      }
    }
  }
}
