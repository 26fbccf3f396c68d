// Prints, for every file of ../shared/corpus, what resconv reads against what a person read in it
// (Tests/CorpusTests/Expected), and totals. Run: swift run corpus-report [--details]
import Foundation
import ResolutionModel
import ResolutionReader
import ResolutionTestSupport

let details = CommandLine.arguments.contains("--details")
let files = Repository.corpusInputs()
guard !files.isEmpty else {
  FileHandle.standardError.write(Data("corpus-report: no corpus at \(Repository.shared.path)/corpus\n".utf8))
  exit(1)
}

func cell(_ want: Int, _ got: Int) -> String { want == got ? "\(got)" : "\(got)≠\(want)" }
func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }

print(pad("file", 20), pad("format", 9), pad("pre", 7), pad("op", 7), pad("sub", 7), pad("sec", 5), pad("fn", 6), pad("annex", 6), pad("warn", 5), "mismatches")
var totalFields = 0
var totalMismatches = 0
var perfectFiles = 0
var totalWarnings = 0
for file in files {
  let bytes = try Repository.corpusFile(file)
  let result = try ResolutionReader().read(bytes: bytes, name: file)
  let expected = try CorpusExpectation.load(for: file)
  let actual = StructureSummary(result.resolution)
  let mismatches = actual.mismatches(against: expected)
  let warnings = result.diagnostics.count { $0.severity == .warning }
  totalFields += 15 + expected.operativeOpenings.count
  totalMismatches += mismatches.count
  totalWarnings += warnings
  if mismatches.isEmpty { perfectFiles += 1 }
  print(
    pad(String(file.dropLast(4)), 20), pad(result.format.rawValue, 9),
    pad(cell(expected.preambularParagraphs, actual.preambularParagraphs), 7),
    pad(cell(expected.operativeParagraphs, actual.operativeParagraphs), 7),
    pad(cell(expected.subparagraphs, actual.subparagraphs), 7), pad(cell(expected.sections, actual.sections), 5),
    pad(cell(expected.footnotes, actual.footnotes), 6), pad(cell(expected.annexes, actual.annexes), 6),
    pad("\(warnings)", 5), mismatches.count)
  if details { for mismatch in mismatches { print("    - \(mismatch)") } }
}
print("files matching their expected structure: \(perfectFiles)/\(files.count)")
print("fields matching: \(totalFields - totalMismatches)/\(totalFields); warnings: \(totalWarnings)")
