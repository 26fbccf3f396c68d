import Foundation
import ResolutionTestSupport
import Testing

/// The `resconv` command line, run as a user runs it.
@Suite struct CLITests {
  let seed = Repository.samplesDirectory.appendingPathComponent("A_RES_61_215.ods.txt").path

  @Test func printsVersionAndHelp() throws {
    let version = try CommandRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    let help = try CommandRunner.run(["convert", "--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("EXAMPLES"))
    #expect(help.standardOutput.contains("--to"))
  }

  @Test func listsFormats() throws {
    let outcome = try CommandRunner.run(["formats"])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.contains("json"))
  }

  @Test func convertsToStandardOutputByDefault() throws {
    let outcome = try CommandRunner.run([seed, "--to", "json"])
    #expect(outcome.status == 0)
    #expect(outcome.standardError.isEmpty)
    let golden = try String(contentsOf: Repository.samplesDirectory.appendingPathComponent("A_RES_61_215.ods.json"), encoding: .utf8)
    #expect(outcome.standardOutput == golden)
    // `convert` is the default subcommand.
    #expect(try CommandRunner.run(["convert", seed, "-t", "json"]).standardOutput == golden)
  }

  @Test func readsStandardInput() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: seed))
    let dash = try CommandRunner.run(["-", "--to", "json"], input: bytes)
    let none = try CommandRunner.run(["--to", "json"], input: bytes)
    #expect(dash.status == 0)
    #expect(dash.standardOutput.contains("\"symbol\" : \"A/RES/61/215\""))
    #expect(none.standardOutput == dash.standardOutput)
  }

  @Test func writesOutputFileAndOutputDirectory() throws {
    let directory = try CommandRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("out.json").path
    #expect(try CommandRunner.run([seed, "-t", "json", "-o", file]).status == 0)
    #expect(FileManager.default.fileExists(atPath: file))
    let out = directory.appendingPathComponent("dir")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    #expect(try CommandRunner.run([seed, seed, "-t", "json", "--output-dir", out.path]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["A_RES_61_215.ods.json"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["dir", "out.json"])
  }

  @Test func failsClearlyOnUnusableInput() throws {
    let missing = try CommandRunner.run(["no-such-file.txt", "-t", "json"])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("no-such-file.txt"))
    let empty = try CommandRunner.run(["-t", "json"], input: Data())
    #expect(empty.status == 1)
    #expect(empty.standardError.contains("<stdin>:1:1: error: the input is empty"))
    let binary = try CommandRunner.run(["-t", "json"], input: Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]))
    #expect(binary.status == 1)
    #expect(binary.standardError.contains("not text"))
    #expect(binary.standardOutput.isEmpty)
  }

  @Test func leavesNoFileWhenItCannotWrite() throws {
    let outcome = try CommandRunner.run([seed, "-t", "json", "-o", "/nonexistent-dir/out.json"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("cannot write"))
  }

  @Test func usageErrorsExitWith64() throws {
    #expect(try CommandRunner.run([seed, "--to", "docx"]).status == 64)
    #expect(try CommandRunner.run([seed, seed, "--to", "json"]).status == 64)
    #expect(try CommandRunner.run([seed, "--to", "json", "-o", "a", "--output-dir", "b"]).status == 64)
  }

  @Test func reportsWarningsWithFileLineAndColumn() throws {
    let directory = try CommandRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("odd.txt")
    try "Some heading nobody expects\nThe General Assembly,\n1. Decides to remain seized of the matter.\n"
      .write(to: input, atomically: true, encoding: .utf8)
    let outcome = try CommandRunner.run(["odd.txt", "-t", "json"], in: directory)
    #expect(outcome.status == 0)
    #expect(outcome.standardError.hasPrefix("odd.txt:1:1: warning: "))
    #expect(outcome.standardError.contains("[reader.unclassified-front-matter]"))
    #expect(try CommandRunner.run(["odd.txt", "-t", "json", "--fail-on-warnings"], in: directory).status == 3)
    #expect(try CommandRunner.run(["odd.txt", "-t", "json", "--quiet"], in: directory).standardError.isEmpty)
  }
}

/// `resconv validate` and `convert --to akn --validate`.
@Suite struct ValidationCLITests {
  let seed = Repository.samplesDirectory.appendingPathComponent("A_RES_61_215.ods.txt").path

  @Test func convertsToValidAkomaNtoso() throws {
    let outcome = try CommandRunner.run([seed, "--to", "akn", "--validate"])
    #expect(outcome.status == 0)
    let golden = try String(contentsOf: Repository.samplesDirectory.appendingPathComponent("A_RES_61_215.ods.akn.xml"), encoding: .utf8)
    #expect(outcome.standardOutput == golden)
    #expect(try CommandRunner.run([seed, "--to", "json", "--validate"]).status == 64)
  }

  @Test func validatesFilesAndReportsLines() throws {
    let directory = try CommandRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let good = directory.appendingPathComponent("good.akn.xml")
    try Data(contentsOf: Repository.samplesDirectory.appendingPathComponent("A_RES_61_215.ods.akn.xml")).write(to: good)
    let invalid = directory.appendingPathComponent("invalid.xml")
    try "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<statement/>\n</akomaNtoso>\n"
      .write(to: invalid, atomically: true, encoding: .utf8)
    let broken = directory.appendingPathComponent("broken.xml")
    try "<a>\n<b></a>\n".write(to: broken, atomically: true, encoding: .utf8)

    let valid = try CommandRunner.run(["validate", good.path])
    #expect(valid.status == 0)
    #expect(valid.standardOutput == "\(good.path): valid\n")

    let outcome = try CommandRunner.run(["validate", good.path, invalid.path, broken.path])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("\(invalid.path):2: error:"))
    #expect(outcome.standardError.contains("\(broken.path):2: error: not well-formed"))
    #expect(try CommandRunner.run(["validate", directory.appendingPathComponent("missing.xml").path]).status == 1)
  }
}

/// HTML and Markdown from the command line, with templates and metadata.
@Suite struct PublishingCLITests {
  let seed = Repository.samplesDirectory.appendingPathComponent("A_RES_61_215.ods.txt").path

  @Test func writesHTMLAndMarkdown() throws {
    let html = try CommandRunner.run([seed, "--to", "html"])
    #expect(html.status == 0)
    #expect(html.standardOutput.hasPrefix("<article class=\"resolution\" lang=\"en\">"))
    let page = try CommandRunner.run([seed, "--to", "html", "--standalone", "-M", "title=Custom & title"])
    #expect(page.standardOutput.hasPrefix("<!DOCTYPE html>"))
    #expect(page.standardOutput.contains("<title>A/RES/61/215: Custom &amp; title</title>"))
    let markdown = try CommandRunner.run([seed, "-t", "markdown", "-s"])
    #expect(markdown.standardOutput.hasPrefix("---\nsymbol: \"A/RES/61/215\""))
  }

  @Test func usesUserTemplatesAndRefusesToReplaceTheBody() throws {
    let directory = try CommandRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let template = directory.appendingPathComponent("resolution.html.mustache")
    try "<!-- {{symbol}} {{organ}} -->{{{body}}}".write(to: template, atomically: true, encoding: .utf8)
    let viaFile = try CommandRunner.run([seed, "-t", "html", "-s", "--template", template.path])
    #expect(viaFile.standardOutput.hasPrefix("<!-- A/RES/61/215 General Assembly --><article"))
    let viaDirectory = try CommandRunner.run([seed, "-t", "html", "-s", "--templates", directory.path])
    #expect(viaDirectory.standardOutput == viaFile.standardOutput)
    #expect(try CommandRunner.run([seed, "-t", "html", "-s", "-M", "body=x"]).status == 64)
    let missing = try CommandRunner.run([seed, "-t", "markdown", "-s", "--templates", directory.path])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("resolution.md.mustache"))
  }
}
