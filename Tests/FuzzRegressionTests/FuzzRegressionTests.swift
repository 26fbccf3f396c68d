import Foundation
import ResolutionTestSupport
import Testing

/// Inputs the fuzzer found (docs/hardening.md), each named for what it broke: every invariant the
/// fuzzer checks must hold for them.
@Suite struct FuzzRegressionTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs")

  static func inputs() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  @Test(arguments: try inputs())
  func invariantsHold(_ name: String) throws {
    let bytes = Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
    let failures = ConversionChecks.failures(converting: bytes, name: name)
    #expect(failures.isEmpty, "\(failures)")
  }
}
