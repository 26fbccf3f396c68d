import ArgumentParser
import Foundation
import ResolutionModel
import ResolutionReader

/// `resconv convert`: reads resolutions and writes them in another format.
struct Convert: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Convert resolutions (the default command).",
    discussion: """
      Reads each INPUT (a file, or - for standard input; standard input when none is given), \
      and writes the conversion to standard output, to the file given with -o, or, with \
      --output-dir, to DIR/<input name>.<extension>. Warnings go to standard error as \
      file:line:column: warning: message [id].

      EXAMPLES
        resconv convert Samples/A_RES_61_215.ods.txt --to akn --validate
        resconv Samples/A_RES_61_215.ods.txt -t html --standalone -o A_RES_61_215.html
        resconv Samples/A_RES_61_215.ods.txt -t markdown -s -M title="Industrial development"
        resconv Samples/A_RES_61_215.ods.txt -t json -o A_RES_61_215.json
        cat resolution.txt | resconv -t json
        resconv *.txt --to json --output-dir out/
      """)

  @Argument(help: "Input files; '-' or none reads standard input.")
  var inputs: [String] = []

  @Option(name: [.customShort("t"), .customLong("to")], help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: OutputFormat

  @Option(name: [.customShort("f"), .customLong("from")], help: "Input format: auto, ods, pdf-text, ocr-text.")
  var inputFormat: InputFormatChoice = .auto

  @Option(name: [.customShort("o"), .customLong("output")], help: "Write the output to this file (one input only).")
  var output: String?

  @Option(name: .customLong("output-dir"), help: "Write one file per input into this directory.")
  var outputDirectory: String?

  @Flag(name: [.customShort("s"), .customLong("standalone")], help: "Write a complete document (HTML page, Markdown with front matter).")
  var standalone = false

  @Option(name: .customLong("template"), help: "Use this Mustache template for --standalone output.")
  var templateFile: String?

  @Option(name: .customLong("templates"), help: "Take standalone templates from this directory (resolution.html.mustache, resolution.md.mustache).")
  var templateDirectory: String?

  @Option(name: [.customShort("M"), .customLong("metadata")], help: "Set a template variable, KEY=VALUE (repeatable; cannot replace the body).")
  var metadata: [String] = []

  @Option(name: .customLong("resolver"), help: "Base URL for links to document symbols.")
  var resolver = "https://undocs.org/"

  @Flag(name: .customLong("validate"), help: "Validate Akoma Ntoso output against the AKN 3.0 schema; never write an invalid document.")
  var validatesOutput = false

  @Flag(name: .customLong("fail-on-warnings"), help: "Exit with status 3 if any warning was reported.")
  var failOnWarnings = false

  @Flag(name: [.customShort("q"), .customLong("quiet")], help: "Do not print warnings.")
  var quiet = false

  @Option(name: .customLong("max-input-size"), help: "Refuse inputs larger than this many megabytes.")
  var maxInputMegabytes: Int = 256

  func validate() throws {
    if output != nil, outputDirectory != nil {
      throw ValidationError("-o/--output and --output-dir cannot be used together.")
    }
    if output != nil, inputs.count > 1 {
      throw ValidationError("-o/--output takes one input; use --output-dir for several.")
    }
    if outputDirectory == nil, inputs.count > 1 {
      throw ValidationError("several inputs need --output-dir DIR (one output file per input).")
    }
    if outputDirectory != nil, inputs.isEmpty || inputs == ["-"] {
      throw ValidationError("--output-dir needs input files (standard input has no name to derive one from).")
    }
    if let bad = metadata.first(where: { !$0.contains("=") || $0.hasPrefix("=") }) {
      throw ValidationError("--metadata takes KEY=VALUE, not '\(bad)'.")
    }
    if metadata.contains(where: { $0.hasPrefix("body=") }) {
      throw ValidationError("--metadata cannot set 'body': the converted document goes there.")
    }
    if validatesOutput, format != .akn {
      throw ValidationError("--validate checks Akoma Ntoso output; use it with --to akn.")
    }
    if maxInputMegabytes <= 0 {
      throw ValidationError("--max-input-size must be a positive number of megabytes.")
    }
  }

  func run() throws {
    let reader = ResolutionReader(options: .init(format: inputFormat.format))
    var options = EmitterOptions(standalone: standalone, validate: validatesOutput, resolver: resolver)
    options.templateFile = templateFile
    options.templateDirectory = templateDirectory
    for pair in metadata {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      options.variables[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    let emitter = try format.emitter(options)
    let printer = DiagnosticPrinter(quiet: quiet)
    var failures = 0
    var warnings = 0
    for input in inputs.isEmpty ? ["-"] : inputs {
      do {
        let source = try InputSource.read(input, limit: maxInputMegabytes * 1_048_576)
        let result = try reader.read(bytes: source.bytes, name: source.name)
        printer.print(result.diagnostics, for: source)
        warnings += result.diagnostics.count { $0.severity == .warning }
        let text = try emitter.emit(result.resolution)
        try OutputWriter.write(text, to: destination(for: input))
      } catch {
        failures += 1
        printer.printError(error, input: input)
      }
    }
    if failures > 0 { throw ExitCode(1) }
    if failOnWarnings, warnings > 0 { throw ExitCode(3) }
  }

  /// Where the output for `input` goes.
  private func destination(for input: String) -> OutputWriter.Destination {
    if let output { return .file(output) }
    if let outputDirectory {
      let base = URL(fileURLWithPath: input).lastPathComponent
      let stem = base.hasSuffix(".txt") ? String(base.dropLast(4)) : base
      return .file(URL(fileURLWithPath: outputDirectory).appendingPathComponent("\(stem).\(format.fileExtension)").path)
    }
    return .standardOutput
  }
}

/// `--from` values.
enum InputFormatChoice: String, CaseIterable, ExpressibleByArgument {
  case auto, ods
  case pdfText = "pdf-text"
  case ocrText = "ocr-text"

  var format: InputFormat? {
    switch self {
    case .auto: nil
    case .ods: .ods
    case .pdfText: .pdfText
    case .ocrText: .ocrText
    }
  }
}
