// Prints, for every text file of a corpus, what resconv reads in it: its structure (against what
// a person read in it, where Tests/CorpusTests/Expected has the file), whether all of its text is
// kept, whether its Akoma Ntoso validates, and the warnings. Totals at the end.
//
//   swift run corpus-report [--details] [DIRECTORY]     (default: ../shared/corpus)
import AkomaNtoso
import Foundation
import ResolutionModel
import ResolutionReader
import ResolutionTestSupport

let arguments = CommandLine.arguments.dropFirst()
let details = arguments.contains("--details")
let directory = arguments.first { !$0.hasPrefix("--") }.map { URL(fileURLWithPath: $0) }
  ?? Repository.shared.appendingPathComponent("corpus")
let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
  .filter { $0.hasSuffix(".txt") }.sorted()
guard !files.isEmpty else {
  FileHandle.standardError.write(Data("corpus-report: no .txt files in \(directory.path)\n".utf8))
  exit(1)
}

func cell(_ want: Int?, _ got: Int) -> String { want == nil || want == got ? "\(got)" : "\(got)≠\(want!)" }
func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }

print(pad("file", 24), pad("format", 9), pad("pre", 7), pad("op", 7), pad("sub", 7), pad("sec", 5), pad("fn", 6),
  pad("annex", 6), pad("text", 5), pad("akn", 5), pad("warn", 5), "mismatches")
var totals = (fields: 0, mismatches: 0, matching: 0, expected: 0, kept: 0, valid: 0, warnings: 0)
for file in files {
  let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(file)))
  let result: ReadResult
  do {
    result = try ResolutionReader().read(bytes: bytes, name: file)
  } catch {
    print(pad(file, 24), "not read: \(error)")
    continue
  }
  let source = try InputDecoder.decode(bytes, name: file).file
  let conservation = TextConservation.check(result, source: source)
  let valid = (try? AkomaNtosoSchema.validate(try AkomaNtosoEmitter().document(result.resolution)).isEmpty) ?? false
  let expected = try? CorpusExpectation.load(for: file)
  let actual = StructureSummary(result.resolution)
  let mismatches = expected.map { actual.mismatches(against: $0) }
  let warnings = result.diagnostics.filter { $0.severity == .warning }
  if let expected, let mismatches {
    totals.expected += 1
    totals.fields += 15 + expected.operativeOpenings.count
    totals.mismatches += mismatches.count
    if mismatches.isEmpty { totals.matching += 1 }
  }
  if conservation == nil { totals.kept += 1 }
  if valid { totals.valid += 1 }
  totals.warnings += warnings.count
  print(
    pad(String(file.dropLast(4)), 24), pad(result.format.rawValue, 9),
    pad(cell(expected?.preambularParagraphs, actual.preambularParagraphs), 7),
    pad(cell(expected?.operativeParagraphs, actual.operativeParagraphs), 7),
    pad(cell(expected?.subparagraphs, actual.subparagraphs), 7), pad(cell(expected?.sections, actual.sections), 5),
    pad(cell(expected?.footnotes, actual.footnotes), 6), pad(cell(expected?.annexes, actual.annexes), 6),
    pad(conservation == nil ? "kept" : "LOST", 5), pad(valid ? "ok" : "BAD", 5), pad("\(warnings.count)", 5),
    mismatches.map { "\($0.count)" } ?? "-")
  if details {
    for mismatch in mismatches ?? [] { print("    - \(mismatch)") }
    if let conservation { print("    - text: \(conservation)") }
    for warning in warnings { print("    ! \(warning.formatted(in: source))") }
  }
}
print("files: \(files.count); text kept: \(totals.kept); valid Akoma Ntoso: \(totals.valid); warnings: \(totals.warnings)")
if totals.expected > 0 {
  print("matching their expected structure: \(totals.matching)/\(totals.expected) files, \(totals.fields - totals.mismatches)/\(totals.fields) fields")
}
