import ResolutionModel
import Testing

@testable import ResolutionReader

/// The inline recognisers on their own, including the traps of the seed.
@Suite struct RecognizerTests {
  private func symbol(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    return SymbolRecognizer.symbol(bytes, at: 0).map { String(decoding: bytes[0..<$0], as: UTF8.self) }
  }

  @Test(arguments: [
    "A/61/426/Add.2", "A/RES/55/2", "A/57/304", "S/RES/1325 (2000)", "E/2006/15/Add.1",
    "A/C.2/61/L.5/Rev.1", "A/AC.105/1137", "FCCC/CP/2015/10/Add.1", "A/ES-10/L.21", "S/PRST/2013/2",
  ])
  func symbolsAreRecognisedWhole(_ text: String) {
    #expect(symbol(text) == text)
  }

  @Test func symbolStopsBeforeSentencePunctuation() {
    #expect(symbol("A/61/305.") == "A/61/305")
    #expect(symbol("A/61/426/Add.2)]") == "A/61/426/Add.2")
    #expect(symbol("A/57/304, annex.") == "A/57/304")
    #expect(symbol("S/RES/1325 (2000) and") == "S/RES/1325 (2000)")
    #expect(symbol("A/57/304 (2002)") == "A/57/304")  // only Security Council symbols carry a year
  }

  @Test func notSymbols() {
    #expect(symbol("E.02.II.A.7") == nil)  // a sales number
    #expect(symbol("A/B") == nil)  // no digit
    #expect(symbol("UNISPACE+50") == nil)
    #expect(symbol("and/or") == nil)
  }

  @Test func gluedMastheadSymbolStopsAtTheOrganName() {
    let bytes = Array("NationsA/RES/61/215General".utf8)
    #expect(SymbolRecognizer.symbol(bytes, at: 7, glued: true) == 12)
    #expect(SymbolRecognizer.symbol(bytes, at: 7) == nil)
  }

  /// The symbol a bare number stands for and its printed length, as "symbol/length".
  private func number(_ text: String) -> String? {
    ResolutionNumberRecognizer.number(Array(text.utf8), at: 0).map { "\($0.symbol) #\($0.length)" }
  }

  @Test func bareResolutionNumbers() {
    #expect(number("46/151 of 18 December 1991") == "A/RES/46/151 #6")
    #expect(number("35/142 B of 12 December 1980") == "A/RES/35/142 B #8")
    #expect(number("2453 A (XXIII) of 20 December 1968") == "A/RES/2453 A (XXIII) #14")
    #expect(number("242 (1967) in all") == "S/RES/242 (1967) #10")
    #expect(number("1, annex") == nil)
    #expect(number("2017/18;") == nil)  // a session has at most three digits
  }

  private func date(_ text: String) -> String? {
    DateRecognizer.date(Array(text.utf8), at: 0).map { $0.date.description }
  }

  @Test func dates() {
    #expect(date("18 December 1991") == "1991-12-18")
    #expect(date("1 April 1982,") == "1982-04-01")
    #expect(date("1er janvier 2000") == "2000-01-01")
    #expect(date("12 de septiembre de 2025") == "2025-09-12")
    #expect(date("8 March 2007Sixty-first") == "2007-03-08")  // glued ODS masthead
    #expect(date("31 February 2000") == nil)
    #expect(date("18-22 March 2002") == nil)
    #expect(date("21 June") == nil)
    #expect(date("198259") == nil)
  }

  /// Inline parsing with the document's footnote labels, as the reader runs it.
  private func inlines(_ text: String, labels: Set<String> = ["1", "2", "3"], spaced: Bool = false) -> [Inline] {
    var logical = LogicalText()
    let bytes = Array(text.utf8)
    logical.append(bytes, 0..<bytes.count)
    var parser = InlineParser(markers: FootnoteMarkers(labels: labels, allowSpaced: spaced))
    return parser.parse(logical)
  }

  private func markers(_ inlines: [Inline]) -> [String] {
    inlines.compactMap { if case .footnoteRef(let ref) = $0 { ref.label } else { nil } }
  }

  private func references(_ inlines: [Inline]) -> [String] {
    inlines.compactMap { if case .documentRef(let ref) = $0 { ref.symbol } else { nil } }
  }

  @Test func gluedFootnoteMarkers() {
    let parsed = inlines(
      "the Millennium Declaration,1 the Monterrey Consensus on Financing for Development2 and the Plan (\"Johannesburg Plan of Implementation\"),3")
    #expect(markers(parsed) == ["1", "2", "3"])
    #expect(parsed.text.hasPrefix("the Millennium Declaration,1 the"))
  }

  @Test func numbersThatAreTextAreNotMarkers() {
    #expect(markers(inlines("Recalling its resolution 60/265 of 30 June 2006")) == [])
    #expect(markers(inlines("the 2005 World Summit Outcome and the Millennium Development Goals")) == [])
    #expect(markers(inlines("Sales No. E.03.II.A.1 and corrigendum")) == [])
    #expect(markers(inlines("UNISPACE+50 and G77 and CO2")) == [])
    #expect(markers(inlines("2. Reaffirms")) == [])
  }

  @Test func firstMentionsComeInLabelOrder() {
    // "3" cannot be a first mention before "1" and "2".
    #expect(markers(inlines("Outcome,3 and then Declaration,1")) == ["1"])
  }

  @Test func spacedMarkersOnlyInPDFText() {
    let text = "the Committee on outer space activities, 1 at a time when the Paris Agreement 2 requires"
    #expect(markers(inlines(text)) == [])
    #expect(markers(inlines(text, spaced: true)) == ["1", "2"])
    #expect(markers(inlines("in resolution 1 and paragraph 2 of 3 June 2018", spaced: true)) == [])
  }

  @Test func referencesCarryTheDateThatFollowsThem() {
    let parsed = inlines("Recalling its resolutions 46/151 of 18 December 1991 and 49/108 of 19 December 1994,")
    let refs = parsed.compactMap { if case .documentRef(let ref) = $0 { ref } else { nil } }
    #expect(refs.map(\.symbol) == ["A/RES/46/151", "A/RES/49/108"])
    #expect(refs.map { $0.date?.description } == ["1991-12-18", "1994-12-19"])
    #expect(parsed.compactMap { if case .date(let date) = $0 { date.date.description } else { nil } } == ["1991-12-18", "1994-12-19"])
  }

  @Test func resolutionNumbersNeedAResolutionList() {
    #expect(references(inlines("the report for 2017/18 and the report 46/151")) == [])
    #expect(references(inlines("See resolution 55/2.")) == ["A/RES/55/2"])
    #expect(references(inlines("Security Council resolution 242 (1967) in all of its parts")) == ["S/RES/242 (1967)"])
    #expect(references(inlines("chap. I, resolution 1, annex.")) == [])
  }

  @Test func dateRangesStayText() {
    let parsed = inlines("Monterrey, Mexico, 18-22 March 2002 (United Nations), 26 August-4 September 2002")
    #expect(parsed.allSatisfy { if case .text = $0 { true } else { false } })
  }

  @Test func spansPointBackIntoTheSource() {
    let text = "See A/61/305 of 1 June 2006."
    for inline in inlines(text) {
      let bytes = Array(text.utf8)
      #expect(String(decoding: bytes[inline.span.start..<inline.span.end], as: UTF8.self) == inline.text)
    }
  }
}
