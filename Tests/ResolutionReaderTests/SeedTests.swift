import ResolutionModel
import ResolutionReader
import ResolutionTestSupport
import Testing

/// The seed, an ODS export of A/RES/61/215, read field by field against the printed text.
@Suite struct SeedTests {
  static let name = "A_RES_61_215.ods.txt"

  func read() throws -> (ReadResult, SourceFile) {
    let bytes = try Repository.sample(Self.name)
    let result = try ResolutionReader().read(bytes: bytes, name: Self.name)
    return (result, SourceFile(name: Self.name, bytes: bytes))
  }

  @Test func metadata() throws {
    let metadata = try read().0.resolution.metadata
    #expect(metadata.symbol == "A/RES/61/215")
    #expect(metadata.organ == .generalAssembly)
    #expect(metadata.session == 61)
    #expect(metadata.agendaItems == ["57 (b)"])
    #expect(metadata.distribution == "General")
    #expect(metadata.distributionDate == ISODate("2007-03-08"))
    #expect(metadata.jobNumber == "06-50727")
    #expect(metadata.adoptionDate == ISODate("2006-12-20"))
    #expect(metadata.referral == Referral(kind: .committeeReport, committee: "Second Committee", documents: ["A/61/426/Add.2"]))
    #expect(metadata.number == "61/215")
    #expect(metadata.title == "Industrial development cooperation")
    #expect(metadata.language == "en")
    #expect(metadata.meeting == 83)
  }

  @Test func structure() throws {
    let (result, _) = try read()
    let resolution = result.resolution
    #expect(result.format == .ods)
    #expect(resolution.preamble.formula?.text == "The General Assembly,")
    #expect(resolution.preamble.paragraphs.count == 10)
    #expect(resolution.operative.count == 21)
    let numbers = resolution.operative.compactMap { node -> String? in
      if case .paragraph(let paragraph) = node { return paragraph.num?.text }
      return nil
    }
    #expect(numbers == (1...21).map { "\($0)." })
    #expect(resolution.conclusion.lines.map(\.role) == [.meeting, .date])
    #expect(resolution.conclusion.lines.map { $0.content.text } == ["83rd plenary meeting", "20 December 2006"])
    #expect(resolution.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
    #expect(resolution.annexes.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func footnoteReferencesStandWhereTheirMarkersStand() throws {
    let resolution = try read().0.resolution
    let second = resolution.preamble.paragraphs[1].content
    let marker = try #require(second.firstIndex { if case .footnoteRef = $0 { true } else { false } })
    #expect(second[..<marker].text.hasSuffix("Millennium Declaration,"))
    #expect(second[marker].text == "1")
    var labels: [String] = []
    resolution.forEachTextPiece { piece in if case .footnoteRef(let ref) = piece { labels.append(ref.label) } }
    #expect(labels == ["1", "2", "3", "4", "5", "6"])
    // The footnote wrapped over two lines in the export is one note with a single space at the join.
    #expect(resolution.footnotes[1].content.text.contains("Mexico, 18-22 March 2002 (United Nations publication"))
  }

  @Test func noWrapperDebrisInAnyText() throws {
    let (result, _) = try read()
    var texts: [String] = []
    result.resolution.forEachTextPiece { texts.append($0.text) }
    for text in texts {
      #expect(!text.contains("[DU1]"))
      #expect(!text.contains("<<ODS"))
      #expect(!text.contains("\t"))
    }
    // The trailer's lone page numbers ("4", "3") are debris, not front matter.
    #expect(!result.resolution.frontMatter.contains { $0.text.allSatisfy(\.isNumber) })
    #expect(result.debris.contains { $0.kind == .odsWrapper })
    #expect(result.debris.contains { $0.kind == .pageNumber })
    #expect(result.debris.contains { $0.kind == .runningHeader })
  }

  @Test func textIsConserved() throws {
    let (result, source) = try read()
    #expect(TextConservation.check(result, source: source) == nil)
  }
}

/// What the reader says about text it cannot place.
@Suite struct UnplacedTextTests {
  @Test func twoResolutionsInOneFileGiveOneWarningPerRunAndSayWhy() throws {
    let seed = try Repository.sample(SeedTests.name)
    let bytes = seed + Array("\n".utf8) + seed
    let result = try ResolutionReader().read(bytes: bytes, name: "two.txt")
    let file = SourceFile(name: "two.txt", bytes: bytes)
    let second = result.diagnostics.filter { $0.id == "reader.second-resolution" }
    #expect(second.count == 1)
    // The warning points at the second copy's formula.
    let formulaLine = file.location(of: second[0].span.start).line
    #expect(String(decoding: file.bytes[file.lineStarts[formulaLine - 1]...].prefix(30), as: UTF8.self).contains("The General Assembly,"))
    // Unrecognised lines are reported per run, with their count, not one warning per line.
    let runs = result.diagnostics.filter { $0.id == "reader.unclassified-line" }
    #expect(!runs.isEmpty && runs.count < 15)
    #expect(runs.contains { $0.message.hasPrefix("36 lines after the closing lines") })
    // The first copy is still read whole.
    #expect(result.resolution.operative.count == 21)
  }
}

/// Sub-paragraph numbering that OCR garbled.
@Suite struct SubParagraphSlipTests {
  @Test func arabicOneForRomanOneIsKeptInTheListWithAWarning() throws {
    let text = """
      The General Assembly,

      1. Decides that:

      (a) States shall:

      (1) Report every year;

      (ii) Cooperate with the Committee;

      (b) The Committee shall meet.
      """
    let result = try ResolutionReader().read(bytes: Array(text.utf8), name: "slip.txt")
    guard case .paragraph(let paragraph) = result.resolution.operative.first else {
      Issue.record("no operative paragraph")
      return
    }
    #expect(paragraph.items.map { $0.num?.text } == ["(a)", "(b)"])
    #expect(paragraph.items.first?.items.map { $0.num?.text } == ["(1)", "(ii)"])
    let warnings = result.diagnostics.filter { $0.id == "reader.ocr-subparagraph" }
    #expect(warnings.count == 1)
    let file = SourceFile(name: "slip.txt", bytes: Array(text.utf8))
    #expect(warnings.first.map { file.text($0.span) } == "(ii)")
  }
}
