import ResolutionModel

/// Writes a resolution as CommonMark with GitHub footnotes (`[^1]`).
///
/// Numbers stay exactly as printed ("1." is written `1\.`, so no renderer renumbers it; "1 bis"
/// and gaps survive); sub-paragraphs are indented under their paragraph as lists whose items
/// carry their printed labels; text is escaped so that the rendered text equals the source.
/// With ``Options/standalone`` the `resolution.md` template adds YAML front matter.
public struct MarkdownEmitter: Emitter {
  /// Settings.
  public struct Options: Sendable {
    /// Add the template's YAML front matter.
    public var standalone: Bool
    /// Base URL that a document symbol is appended to, e.g. `https://undocs.org/`.
    public var resolver: String
    /// The template and extra template variables.
    public var template: StandaloneTemplate

    /// Creates options.
    public init(standalone: Bool = false, resolver: String = "https://undocs.org/", template: StandaloneTemplate = .markdown) {
      self.standalone = standalone
      self.resolver = resolver
      self.template = template
    }
  }

  /// The settings.
  public var options: Options

  /// Creates the emitter.
  public init(options: Options = Options()) {
    self.options = options
  }

  public func emit(_ resolution: Resolution) throws -> String {
    var writer = MarkdownBodyWriter(resolution: resolution, resolver: options.resolver)
    let body = writer.write()
    guard options.standalone else { return body }
    return try options.template.render(body: body, resolution: resolution)
  }
}

/// Renders the Markdown of a resolution: one block per paragraph, separated by blank lines.
struct MarkdownBodyWriter {
  let resolution: Resolution
  let resolver: String
  private var blocks: [String] = []
  private let labels: [String: String]

  init(resolution: Resolution, resolver: String) {
    self.resolution = resolution
    self.resolver = resolver
    var labels: [String: String] = [:]
    for (index, footnote) in resolution.footnotes.enumerated() where labels[footnote.label] == nil {
      let safe = footnote.label.filter { $0.isLetter || $0.isNumber }
      labels[footnote.label] = safe.isEmpty ? "note-\(index + 1)" : safe
    }
    self.labels = labels
  }

  mutating func write() -> String {
    for line in resolution.frontMatter {
      blocks.append((line.role == .title ? "# " : "") + inlines(line.content, atLineStart: line.role != .title))
    }
    if let formula = resolution.preamble.formula { blocks.append(inlines(formula.content)) }
    for paragraph in resolution.preamble.paragraphs { writeParagraph(paragraph) }
    writeNodes(resolution.operative, level: 2)
    for line in resolution.conclusion.lines { blocks.append(inlines(line.content)) }
    for annex in resolution.annexes {
      blocks.append("## " + inlines(annex.heading.content, atLineStart: false))
      if let title = annex.title { blocks.append("### " + inlines(title.content, atLineStart: false)) }
      writeNodes(annex.body, level: 3)
    }
    // GFM drops a footnote that nothing refers to, so such a note is written as a paragraph.
    var referenced: Set<String> = []
    resolution.forEachTextPiece { if case .footnoteRef(let reference) = $0 { referenced.insert(reference.label) } }
    var written: Set<String> = []
    for footnote in resolution.footnotes where written.insert(footnote.label).inserted {
      if referenced.contains(footnote.label) {
        blocks.append("[^\(labels[footnote.label]!)]: " + inlines(footnote.content, atLineStart: false))
      } else {
        blocks.append(MarkdownText.escaped(footnote.num.text, atLineStart: true) + " " + inlines(footnote.content, atLineStart: false))
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private mutating func writeNodes(_ nodes: [BodyNode], level: Int) {
    for node in nodes {
      switch node {
      case .paragraph(let paragraph), .recital(let paragraph):
        writeParagraph(paragraph)
      case .section(let section):
        var heading = String(repeating: "#", count: min(level, 6)) + " "
        if let num = section.num { heading += MarkdownText.escaped(num.text, atLineStart: false) }
        if let title = section.heading {
          heading += (section.num == nil ? "" : " ") + inlines(title.content, atLineStart: false)
        }
        blocks.append(heading)
        writeNodes(section.children, level: level + 1)
      case .formula(let block):
        blocks.append(inlines(block.content))
      case .heading(let block):
        blocks.append(String(repeating: "#", count: min(level + 1, 6)) + " " + inlines(block.content, atLineStart: false))
      }
    }
  }

  /// A paragraph with its printed number, then its sub-paragraphs as a list.
  private mutating func writeParagraph(_ paragraph: Paragraph) {
    if paragraph.num != nil || !paragraph.content.isEmpty {
      blocks.append(numbered(paragraph, atLineStart: true))
    }
    if !paragraph.items.isEmpty {
      var lines: [String] = []
      listItems(paragraph.items, indent: "", into: &lines)
      blocks.append(lines.joined(separator: "\n"))
    }
  }

  private func listItems(_ items: [Paragraph], indent: String, into lines: inout [String]) {
    for item in items {
      lines.append(indent + "- " + numbered(item, atLineStart: true))
      listItems(item.items, indent: indent + "  ", into: &lines)
    }
  }

  private func numbered(_ paragraph: Paragraph, atLineStart: Bool) -> String {
    guard let num = paragraph.num else { return inlines(paragraph.content, atLineStart: atLineStart) }
    let text = inlines(paragraph.content, atLineStart: false)
    return MarkdownText.escaped(num.text, atLineStart: atLineStart) + (text.isEmpty ? "" : " " + text)
  }

  private func inlines(_ content: [Inline], atLineStart: Bool = true) -> String {
    var result = ""
    for (index, inline) in content.enumerated() {
      let start = atLineStart && index == 0
      switch inline {
      case .text(let run):
        result += MarkdownText.escaped(run.text, atLineStart: start)
      case .date(let mention):
        result += MarkdownText.escaped(mention.text, atLineStart: start)
      case .documentRef(let reference):
        result += "[\(MarkdownText.escaped(reference.text, atLineStart: false))](\(resolver + DocumentSymbol.urlPath(reference.symbol)))"
      case .footnoteRef(let reference):
        if let label = labels[reference.label] {
          result += "[^\(label)]"
        } else {
          result += MarkdownText.escaped(reference.label, atLineStart: start)
        }
      }
    }
    return result
  }
}
