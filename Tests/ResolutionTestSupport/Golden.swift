import Foundation

/// Golden-file comparison: the expected output is a file in `Samples/`, reviewed by reading.
///
/// Set `RECORD_GOLDENS=1` to rewrite goldens from the current output; the comparison then
/// reports a failure anyway, so a recording run never passes by accident.
public enum Golden {
  /// Compares `actual` with the golden file `name` in `Samples/`; returns a failure message or nil.
  public static func compare(_ actual: String, with name: String) -> String? {
    let url = Repository.samplesDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
      do {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return "recorded \(name); review it with git diff and run again without RECORD_GOLDENS"
      } catch {
        return "could not record \(name): \(error)"
      }
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      return "golden \(name) is missing; run with RECORD_GOLDENS=1 to create it"
    }
    return expected == actual ? nil : "output differs from \(name):\n" + firstDifference(expected, actual)
  }

  /// The first differing line, with a few lines of context.
  public static func firstDifference(_ expected: String, _ actual: String) -> String {
    let lhs = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let rhs = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let index = zip(lhs, rhs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(lhs.count, rhs.count)
    let expectedLine = index < lhs.count ? String(lhs[index]) : "<end of file>"
    let actualLine = index < rhs.count ? String(rhs[index]) : "<end of file>"
    let context = lhs[max(0, index - 4)..<min(index, lhs.count)].joined(separator: "\n")
    return "line \(index + 1), after:\n\(context)\n  expected: \(expectedLine)\n  actual:   \(actualLine)"
  }
}
