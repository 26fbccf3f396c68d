import Foundation
import ResolutionEmitters
import ResolutionModel
import ResolutionReader
import ResolutionTestSupport
import Testing

/// HTML and Markdown output: goldens, validity under the Nu HTML Checker, agreement between the
/// Markdown (rendered by cmark-gfm) and the HTML, and that neither loses text.
@Suite struct HTMLMarkdownTests {
  static func inputs() -> [String] { Repository.sampleInputs() + Repository.corpusInputs() }

  static func read(_ name: String) throws -> Resolution {
    let bytes = Repository.sampleInputs().contains(name) ? try Repository.sample(name) : try Repository.corpusFile(name)
    return try ResolutionReader().read(bytes: bytes, name: name).resolution
  }

  /// The tree's text in reading order, as the HTML emitter prints it.
  static func treeText(_ resolution: Resolution) -> String {
    var text = ""
    resolution.forEachTextPiece { text += $0.text }
    return squeezed(text)
  }

  /// The text rendered Markdown shows before its footnote section: markers with a note are
  /// GFM's (numbered by GFM), notes nothing refers to are printed at the end as paragraphs.
  static func markdownBodyText(_ resolution: Resolution) -> String {
    let labels = Set(resolution.footnotes.map(\.label))
    var referenced: Set<String> = []
    var text = ""
    var body = resolution
    body.footnotes = []
    body.forEachTextPiece { piece in
      if case .footnoteRef(let reference) = piece, labels.contains(reference.label) {
        referenced.insert(reference.label)
        return
      }
      text += piece.text
    }
    var written: Set<String> = []
    for footnote in resolution.footnotes where !referenced.contains(footnote.label) && written.insert(footnote.label).inserted {
      text += footnote.num.text + footnote.content.text
    }
    return squeezed(text)
  }

  static func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
  }

  @Test(arguments: Repository.sampleInputs())
  func htmlMatchesGolden(_ name: String) throws {
    let html = try HTMLEmitter().emit(try Self.read(name))
    let failure = Golden.compare(html, with: Repository.goldenName(for: name, extension: "html"))
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test(arguments: Repository.sampleInputs())
  func markdownMatchesGolden(_ name: String) throws {
    let markdown = try MarkdownEmitter().emit(try Self.read(name))
    let failure = Golden.compare(markdown, with: Repository.goldenName(for: name, extension: "md"))
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test(arguments: inputs())
  func htmlKeepsTheText(_ name: String) throws {
    let resolution = try Self.read(name)
    let visible = Self.squeezed(HTMLVisibleText.text(try HTMLEmitter().emit(resolution)))
    #expect(visible == Self.treeText(resolution), "HTML text differs: \(Golden.firstDifference(Self.treeText(resolution), visible))")
  }

  @Test(arguments: inputs())
  func renderedMarkdownKeepsTheTextAndAgreesWithTheHTML(_ name: String) throws {
    let resolution = try Self.read(name)
    let rendered = try ExternalTools.cmarkGFM(try MarkdownEmitter().emit(resolution))
    let html = try HTMLEmitter().emit(resolution)
    // Text: the body equal; the notes GFM collects (in its own order and numbering) equal as a set.
    let parts = rendered.components(separatedBy: "<section class=\"footnotes\"")
    let bodyText = Self.squeezed(HTMLVisibleText.text(Self.withoutFootnoteReferences(parts[0])))
    let expected = Self.markdownBodyText(resolution)
    #expect(bodyText == expected, "rendered Markdown text differs: \(Golden.firstDifference(expected, bodyText))")
    let notes = parts.count > 1 ? parts[1].components(separatedBy: "<li id=\"fn-").dropFirst().map {
      Self.squeezed(HTMLVisibleText.text(Self.withoutFootnoteReferences("<" + $0)))
    } : []
    var referenced: Set<String> = []
    resolution.forEachTextPiece { if case .footnoteRef(let reference) = $0 { referenced.insert(reference.label) } }
    var seen: Set<String> = []
    let expectedNotes = resolution.footnotes.filter { referenced.contains($0.label) && seen.insert($0.label).inserted }
      .map { Self.squeezed($0.content.text) }
    #expect(Set(notes) == Set(expectedNotes))
    // Structure: the same printed numbers, the same number of footnotes.
    #expect(Self.printedNumbers(rendered) == Self.printedNumbers(html))
    #expect(Self.count("data-footnote-ref>", in: rendered) == Self.count("class=\"footnote-ref\"><a ", in: html))
  }

  @Test func standalonePagesAreValidHTML() throws {
    let directory = try CommandRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in Self.inputs() {
      let page = try HTMLEmitter(options: .init(standalone: true)).emit(try Self.read(name))
      try page.write(to: directory.appendingPathComponent(name + ".html"), atomically: true, encoding: .utf8)
    }
    let check = try ExternalTools.nuHTMLChecker(directory: directory)
    #expect(check.status == 0, "\(check.output.prefix(3000))")
  }

  @Test func standaloneOutputUsesTheTemplates() throws {
    let resolution = try Self.read("A_RES_61_215.ods.txt")
    let page = try HTMLEmitter(options: .init(standalone: true)).emit(resolution)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(page.contains("<title>A/RES/61/215: Industrial development cooperation</title>"))
    #expect(!page.contains("http://") && !page.contains("<link") && !page.contains("<script"))
    let markdown = try MarkdownEmitter(options: .init(standalone: true)).emit(resolution)
    #expect(markdown.hasPrefix("---\nsymbol: \"A/RES/61/215\"\ntitle: \"Industrial development cooperation\"\norgan: \"General Assembly\"\nadopted: 2006-12-20\nlanguage: en\n---\n\n"))
  }

  @Test func metadataCannotReplaceTheBodyAndIsEscaped() throws {
    let resolution = try Self.read("A_RES_61_215.ods.txt")
    var template = StandaloneTemplate(text: "{{title}}|{{{body}}}", style: .html, variables: ["title": "<b>x</b>", "body": "REPLACED"])
    let page = try HTMLEmitter(options: .init(standalone: true, template: template)).emit(resolution)
    #expect(page.hasPrefix("&lt;b&gt;x&lt;/b&gt;|<article"))
    #expect(!page.contains("REPLACED"))
    template = StandaloneTemplate(text: "{{% CONTENT_TYPE: TEXT}}title: \"{{title}}\"", style: .yaml, variables: ["title": "a \"quoted\" \\ title"])
    #expect(try MarkdownEmitter(options: .init(standalone: true, template: template)).emit(resolution) == "title: \"a \\\"quoted\\\" \\\\ title\"")
  }

  @Test func markdownEscapesSyntaxSoTheRenderedTextIsTheSource() throws {
    let text = "The General Assembly,\n1. Decides that *stars*, _under_ [brackets] <tags> & 5. at # and `ticks` | ~tilde~ stay text;\n2. Requests.\n"
    let resolution = try ResolutionReader().read(bytes: Array(text.utf8), name: "x").resolution
    let rendered = try ExternalTools.cmarkGFM(try MarkdownEmitter().emit(resolution))
    #expect(rendered.contains("<p>1. Decides that *stars*, _under_ [brackets] &lt;tags&gt; &amp; 5. at # and `ticks` | ~tilde~ stay text;</p>"))
    #expect(!rendered.contains("<ol"))
  }

  static func withoutFootnoteReferences(_ html: String) -> String {
    var result = html
    while let start = result.range(of: "<sup class=\"footnote-ref\">"), let end = result[start.upperBound...].range(of: "</sup>") {
      result.removeSubrange(start.lowerBound..<end.upperBound)
    }
    return result
  }

  /// The printed numbers at the start of paragraphs and items ("1.", "(a)"), in order.
  static func printedNumbers(_ html: String) -> [String] {
    let text = withoutFootnoteReferences(html).replacingOccurrences(of: "<span class=\"num\">", with: "")
      .replacingOccurrences(of: "</span>", with: "")
    var numbers: [String] = []
    for opener in text.split(separator: "<").dropFirst() where opener.hasPrefix("p") || opener.hasPrefix("li") {
      guard let close = opener.firstIndex(of: ">") else { continue }
      let content = opener[opener.index(after: close)...].trimmingCharacters(in: .whitespaces)
      let word = content.prefix { !$0.isWhitespace }
      if word.range(of: #"^(\d+( bis| ter)?\.|\([a-z0-9]+\))$"#, options: .regularExpression) != nil { numbers.append(String(word)) }
    }
    return numbers
  }

  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }
}
