import Foundation
import ResolutionModel
import ResolutionReader
import ResolutionTestSupport
import Testing

/// The development corpus (`../shared/corpus`): every file keeps all of its text and reads as a
/// person reading it found it (`Expected/`).
@Suite struct CorpusTests {
  static let files = Repository.corpusInputs()

  @Test func corpusIsPresent() {
    #expect(Self.files.count >= 21, "expected the corpus in \(Repository.shared.path)/corpus")
  }

  @Test(arguments: files)
  func keepsAllText(_ file: String) throws {
    let bytes = try Repository.corpusFile(file)
    let result = try ResolutionReader().read(bytes: bytes, name: file)
    let failure = TextConservation.check(result, source: SourceFile(name: file, bytes: bytes))
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test(arguments: files)
  func matchesExpectedStructure(_ file: String) throws {
    let result = try ResolutionReader().read(bytes: try Repository.corpusFile(file), name: file)
    let mismatches = StructureSummary(result.resolution).mismatches(against: try CorpusExpectation.load(for: file))
    #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
  }
}
