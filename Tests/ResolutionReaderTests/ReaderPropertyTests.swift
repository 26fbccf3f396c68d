import PropertyBased
import ResolutionTestSupport
import Testing

/// No input crashes the reader, and every read keeps all of the input's text in order.
@Suite struct ReaderPropertyTests {
  /// Fragments that random inputs are assembled from: resolution furniture, traps and junk.
  static let fragments: [[UInt8]] = [
    "\n", "\n\n", "\t", " ", "  ", "\r\n", "\r", "\u{0C}", "1.", "2.", "21.", "(a)", "(b)", "(i)", "(ii)",
    "(h)", "(iv)", "The General Assembly,", "The Security Council,", "Recalling its resolution 46/151 of 18 December 1991,",
    "Noting", "Decides", "Requests the Secretary-General", "Declaration,1", "Development2 and", "),3",
    "83rd plenary meeting", "20 December 2006", "Adopted unanimously at the 5th meeting.", "by 7 votes to 1",
    "Annex", "ANNEX I", "1 See resolution 55/2.", "2 Report of the", "[DU1]", "<<ODS JOB NO>>N0650727E<<ODS JOB NO>>",
    "_______________", "----", "4", "2/5", "*1817962*", "021118", "18-17962 (E)", "A/RES/61/215",
    "United NationsA/RES/61/215General AssemblyDistr.: General", "8 March 2007Sixty-first session",
    "Agenda item 57 (b)", "Resolution adopted by the General Assembly on", "[on the report of the Second Committee (A/61/426/Add.2)]",
    "61/215.\tIndustrial development cooperation", "---", "symbol: A/RES/1/1", "S/RES/1325 (2000)", "é", "’", "\u{00A0}",
    "capacity-", "building", "résolution", "La Asamblea General,", "de 12 de septiembre de 2025", "198259",
    "\u{FEFF}", "x", "Z", "0", "9999", "(", ")", "[", "]", "/", "-", ".", ",", ";", ":",
  ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x00], [0x01], [0xFE, 0xFF]]

  static let assembled = Gen<Int>.int(in: 0...(fragments.count - 1)).array(of: 0...120)
    .map { $0.flatMap { fragments[$0] } }

  @Test func assembledInputsKeepTheirText() async {
    await propertyCheck(count: 400, input: Self.assembled) { bytes in
      let failures = ReadChecks.failures(reading: bytes)
      #expect(failures.isEmpty, "\(failures) for input \(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }

  @Test func randomBytesNeverCrash() async {
    await propertyCheck(count: 200, input: Gen<UInt8>.value(in: 0...255).array(of: 0...300)) { bytes in
      #expect(ReadChecks.failures(reading: bytes).isEmpty)
    }
  }

  /// A mutation of the seed: delete, duplicate or replace a stretch, or insert a fragment.
  static let mutations = zip(
    Gen<Int>.int(in: 0...3), Gen<Int>.int(in: 0...10_524), Gen<Int>.int(in: 0...400),
    Gen<Int>.int(in: 0...(fragments.count - 1))
  ).array(of: 1...6)

  @Test func mutatedSeedsKeepTheirText() async throws {
    let seed = try Repository.sample("A_RES_61_215.ods.txt")
    await propertyCheck(count: 150, input: Self.mutations) { edits in
      var bytes = seed
      for (kind, position, length, fragmentIndex) in edits {
        let fragment = Self.fragments[fragmentIndex]
        let start = min(position, bytes.count)
        let end = min(start + length, bytes.count)
        switch kind {
        case 0: bytes.removeSubrange(start..<end)
        case 1: bytes.insert(contentsOf: bytes[start..<end], at: end)
        case 2: bytes.replaceSubrange(start..<end, with: fragment)
        default: bytes.insert(contentsOf: fragment, at: start)
        }
      }
      let failures = ReadChecks.failures(reading: bytes)
      #expect(failures.isEmpty, "\(failures) after edits \(edits.map { ($0.0, $0.1, $0.2) })")
    }
  }

  @Test func everyTruncationOfTheSeedKeepsItsText() throws {
    let seed = try Repository.sample("A_RES_61_215.ods.txt")
    for length in stride(from: 0, through: seed.count, by: 97) {
      let failures = ReadChecks.failures(reading: Array(seed[..<length]))
      #expect(failures.isEmpty, "\(failures) at length \(length)")
    }
  }
}
