import PropertyBased
import ResolutionTestSupport
import Testing

/// No input crashes the reader, and every read keeps all of the input's text in order.
@Suite struct ReaderPropertyTests {
  static let fragments = InputFragments.all

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
