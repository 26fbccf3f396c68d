@testable import ResolutionEmitters
import ResolutionModel
import ResolutionReader
import ResolutionTestSupport
import Testing

/// The JSON emitter: golden files, determinism, and decoding back into an equal AST.
@Suite struct JSONEmitterTests {
  @Test(arguments: Repository.sampleInputs())
  func matchesGolden(_ name: String) throws {
    let result = try ResolutionReader().read(bytes: try Repository.sample(name), name: name)
    let json = try JSONEmitter().emit(result.resolution)
    let failure = Golden.compare(json, with: Repository.goldenName(for: name, extension: "json"))
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test(arguments: Repository.sampleInputs() + Repository.corpusInputs())
  func roundTripsToAnEqualTree(_ name: String) throws {
    let bytes = Repository.sampleInputs().contains(name) ? try Repository.sample(name) : try Repository.corpusFile(name)
    let resolution = try ResolutionReader().read(bytes: bytes, name: name).resolution
    let json = try JSONEmitter().emit(resolution)
    #expect(json == (try JSONEmitter.encodedByFoundation(resolution)))
    #expect(try JSONEmitter.decode(json) == resolution)
    #expect(try JSONEmitter().emit(JSONEmitter.decode(json)) == json)
  }

  @Test func isDeterministicWithSortedKeysAndPlainSlashes() throws {
    let bytes = try Repository.sample("A_RES_61_215.ods.txt")
    let first = try JSONEmitter().emit(try ResolutionReader().read(bytes: bytes, name: "a").resolution)
    let second = try JSONEmitter().emit(try ResolutionReader().read(bytes: bytes, name: "b").resolution)
    #expect(first == second)
    #expect(first.contains("\"A/RES/61/215\""))
    #expect(!first.contains("\\/"))
    #expect(first.hasPrefix("{\n  \"formatVersion\" : 1,\n  \"resolution\" : {\n    \"annexes\""))
  }

  @Test func writesTheLayoutOfJSONEncoderForAnyText() throws {
    let odd = "quote \" backslash \\ slash / tab \t newline \n control \u{01}\u{1F} unicode é “” 𝄞"
    var resolution = Resolution(metadata: Metadata(symbol: odd, agendaItems: [], title: odd, vote: Vote(kind: .recorded, inFavour: 1)))
    resolution.frontMatter = [FrontMatterLine(role: .other, content: [.text(TextRun(odd, span: SourceSpan(start: 1, end: 2)))], span: .none)]
    resolution.operative = [.section(Section(num: nil, heading: nil, children: [.heading(Block(content: [], span: .none))], span: .none))]
    let json = try JSONEmitter().emit(resolution)
    #expect(json == (try JSONEmitter.encodedByFoundation(resolution)))
    #expect(try JSONEmitter.decode(json) == resolution)
  }

  @Test func rejectsAnotherFormatVersion() throws {
    let json = try JSONEmitter().emit(Resolution(metadata: Metadata()))
    let future = json.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 99")
    #expect(throws: (any Error).self) { try JSONEmitter.decode(future) }
  }
}
