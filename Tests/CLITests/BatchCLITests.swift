import Foundation
import ResolutionTestSupport
import Testing

@testable import resconv

/// `resconv convert DIR|FILES... --output-dir OUT --to f1,f2,...`: many inputs in one process.
@Suite struct BatchCLITests {
  let seed = Repository.samplesDirectory.appendingPathComponent("A_RES_61_215.ods.txt")

  /// A directory `in/` with two resolutions (one in a subdirectory), a colliding name, a file
  /// that is not text, and a file the pattern leaves out.
  private func makeArchive() throws -> URL {
    let root = try CommandRunner.temporaryDirectory()
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let seedBytes = try Data(contentsOf: seed)
    try seedBytes.write(to: input.appendingPathComponent("one.txt"))
    try seedBytes.write(to: input.appendingPathComponent("sub/two.txt"))
    try seedBytes.write(to: input.appendingPathComponent("one.TXT.txt"))
    try Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0]).write(to: input.appendingPathComponent("broken.txt"))
    try Data("notes".utf8).write(to: input.appendingPathComponent("notes.md"))
    return root
  }

  @Test func convertsADirectoryToEveryFormatAndSkipsBadInputs() throws {
    let root = try makeArchive()
    defer { try? FileManager.default.removeItem(at: root) }
    let outcome = try CommandRunner.run(["in", "--to", "akn,html,markdown,json", "--validate", "--output-dir", "out"], in: root)
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("in/broken.txt:1:1: error:"))
    #expect(outcome.standardError.contains("converted 3 of 4 inputs to akn, html, markdown, json (12 files)"))
    #expect(outcome.standardError.contains("; 1 failed"))
    // No progress bar on a pipe unless asked.
    #expect(!outcome.standardError.contains("\r"))
    let written = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("out").path).sorted()
    let expected = ["one", "one.TXT", "sub/two"].flatMap { stem in
      ["akn.xml", "html", "json", "md"].map { "\(stem).\($0)" }
    } + ["sub"]
    #expect(written == expected.sorted())
    let golden = try String(contentsOf: Repository.samplesDirectory.appendingPathComponent("A_RES_61_215.ods.json"), encoding: .utf8)
    #expect(try String(contentsOf: root.appendingPathComponent("out/sub/two.json"), encoding: .utf8) == golden)
  }

  @Test func givesCollidingNamesASuffix() throws {
    let root = try makeArchive()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root.appendingPathComponent("other"), withIntermediateDirectories: true)
    try Data(contentsOf: seed).write(to: root.appendingPathComponent("other/one.txt"))
    let outcome = try CommandRunner.run(
      ["in/one.txt", "other/one.txt", "in/one.txt", "--to", "json,html", "--output-dir", "out"], in: root)
    #expect(outcome.status == 0)
    #expect(outcome.standardError.contains("other/one.txt: output name taken by another input; writing out/one-2.json"))
    #expect(outcome.standardError.contains("converted 2 of 2 inputs"))
    let written = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path).sorted()
    #expect(written == ["one-2.html", "one-2.json", "one.html", "one.json"])
  }

  @Test func takesFilesMatchingTheGlob() throws {
    let root = try makeArchive()
    defer { try? FileManager.default.removeItem(at: root) }
    let outcome = try CommandRunner.run(["in", "--to", "json", "--glob", "*.md", "--output-dir", "out"], in: root)
    // notes.md is not a resolution but is still converted, with warnings.
    #expect(outcome.standardError.contains("converted 1 of 1 input"))
    let none = try CommandRunner.run(["in", "--to", "json", "--glob", "*.xml", "--output-dir", "out"], in: root)
    #expect(none.status == 1)
    #expect(none.standardError.contains("no input files matching '*.xml'"))
  }

  @Test func sameOutputWithOneWorkerOrMany() throws {
    let root = try makeArchive()
    defer { try? FileManager.default.removeItem(at: root) }
    for jobs in ["1", "4"] {
      _ = try CommandRunner.run(["in", "--to", "all", "-s", "--output-dir", "out\(jobs)", "-j", jobs], in: root)
    }
    let one = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("out1").path).sorted()
    let four = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("out4").path).sorted()
    #expect(one == four)
    #expect(one.count == 13)
    for path in one where path != "sub" {
      #expect(
        try Data(contentsOf: root.appendingPathComponent("out1/\(path)"))
          == Data(contentsOf: root.appendingPathComponent("out4/\(path)")))
    }
  }

  @Test func showsProgressWhenAsked() throws {
    let root = try makeArchive()
    defer { try? FileManager.default.removeItem(at: root) }
    let outcome = try CommandRunner.run(["in", "--to", "json", "--output-dir", "out", "--progress"], in: root)
    #expect(outcome.standardError.contains("\r\u{1B}[2K[########################] 4/4 100%"))
    let quiet = try CommandRunner.run(["in", "--to", "json", "--output-dir", "out", "-q"], in: root)
    #expect(!quiet.standardError.contains("converted"))
  }

  @Test func refusesAmbiguousCommandLines() throws {
    let root = try makeArchive()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(try CommandRunner.run(["in/one.txt", "--to", "akn,json"], in: root).status == 64)
    #expect(try CommandRunner.run(["in", "--to", "json"], in: root).status == 64)
    #expect(try CommandRunner.run(["in/one.txt", "--to", "json,pdf", "--output-dir", "out"], in: root).status == 64)
    #expect(try CommandRunner.run(["in/one.txt", "--to", "json", "--validate", "--output-dir", "out"], in: root).status == 64)
    #expect(try CommandRunner.run(["in/one.txt", "--to", "json", "-j", "0", "--output-dir", "out"], in: root).status == 64)
  }
}

/// The parts of batch mode that are plain values.
@Suite struct BatchPartsTests {
  @Test func progressLineShowsCountRateAndETA() {
    let line = ProgressLine(done: 250, total: 1000, failed: 2, elapsed: 2).rendered(width: 8)
    #expect(line == "[##------]  250/1000  25%  125/s  ETA 0:06  2 failed")
    #expect(ProgressLine(done: 0, total: 3, failed: 0, elapsed: 0).rendered(width: 4) == "[----] 0/3   0%")
    #expect(ProgressLine.clock(3725) == "1:02:05")
    #expect(ProgressLine.rate(2.46) == "2.4")
  }

  @Test func parsesFormatLists() {
    #expect(OutputFormatList(argument: "akn,html")?.formats == [.akn, .html])
    #expect(OutputFormatList(argument: "all")?.formats == [.akn, .html, .markdown, .json])
    #expect(OutputFormatList(argument: "md, json,md")?.formats == [.markdown, .json])
    #expect(OutputFormatList(argument: "akn,") == nil)
    #expect(OutputFormatList(argument: "docx") == nil)
  }

  @Test func namingNeverOverwritesAnInput() {
    let inputs = [ConversionInput(path: "out/a.json", outputStem: "a.json"), ConversionInput(path: "x/a.txt", outputStem: "a")]
    var naming = OutputNaming(directory: "out", formats: [.json], inputs: inputs)
    #expect(naming.paths(for: inputs[1]).paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a-2.json"])
    #expect(naming.paths(for: inputs[1]).paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a-3.json"])
  }
}
