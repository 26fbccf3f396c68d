// The fuzz target: every input goes through the reader and every emitter, and the invariants of
// `ConversionChecks` must hold. Built with `-sanitize=fuzzer` and `-D RESCONV_FUZZ` it is a
// libFuzzer binary (see docs/hardening.md); otherwise it replays files given as arguments, which is
// how a finding is reproduced in an ordinary build.
import Foundation
import ResolutionTestSupport

/// Runs the checks on one input; prints the failures.
func failures(of bytes: [UInt8], name: String) -> [String] {
  let failures = ConversionChecks.failures(converting: bytes, name: name)
  for failure in failures { FileHandle.standardError.write(Data("\(name): \(failure)\n".utf8)) }
  return failures
}

#if RESCONV_FUZZ
  import FuzzDriver

  /// libFuzzer's callback: a failed invariant aborts, so libFuzzer saves the input.
  func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if !failures(of: bytes, name: "fuzz-input").isEmpty { abort() }
    return 0
  }

  /// The program's entry point (SwiftPM links `main` to `<module>_main`): hands over to libFuzzer.
  @_cdecl("resconv_fuzz_main")
  func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { fuzzOneInput($0, $1) }
  }
#else
  /// Replays files (or the files in directories) through the checks; exits 1 if any fails.
  @main enum FuzzReplay {
    static func main() {
      let paths = CommandLine.arguments.dropFirst().flatMap(files)
      if paths.isEmpty {
        print("usage: resconv-fuzz FILE|DIR...   (replays inputs through the fuzz checks)")
        exit(64)
      }
      var failed = 0
      for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        if !failures(of: Array(data), name: path).isEmpty { failed += 1 }
      }
      print("\(paths.count) inputs replayed, \(failed) failed")
      exit(failed == 0 ? 0 : 1)
    }

    static func files(_ path: String) -> [String] {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [path] }
      return names.sorted().map { "\(path)/\($0)" }
    }
  }
#endif
