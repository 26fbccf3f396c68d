import ArgumentParser
import Foundation
import ResolutionModel
import ResolutionReader

/// `resconv convert`: reads resolutions and writes them in other formats.
struct Convert: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Convert resolutions (the default command).",
    discussion: """
      Reads each INPUT (a file, a directory, or - for standard input; standard input when none \
      is given) and writes the conversion to standard output, to the file given with -o, or, \
      with --output-dir, to DIR/<name>.<extension> for each format in --to. Warnings go to \
      standard error as file:line:column: warning: message [id].

      BATCH CONVERSION
        Directories are searched, subdirectories included, for files matching --glob \
      (default *.txt). Outputs are named after the input without .txt, keeping the path below \
      the directory: DIR/sub/A_RES_1.txt becomes OUT/sub/A_RES_1.akn.xml. When two inputs \
      would write the same name, the later one (in the order given; directories in path \
      order) gets the first free suffix -2, -3, ... and a warning says so; an input file is \
      never overwritten. Inputs are converted on all cores (--jobs). Every file is written \
      whole or not at all (temporary file, then rename), and an input that fails writes \
      nothing, is reported, and does not stop the others; the exit status is then 1. A \
      progress bar is shown when standard error is a terminal (--progress forces it, \
      --no-progress hides it), and a summary at the end.

      EXAMPLES
        resconv convert Samples/A_RES_61_215.ods.txt --to akn --validate
        resconv Samples/A_RES_61_215.ods.txt -t html --standalone -o A_RES_61_215.html
        resconv Samples/A_RES_61_215.ods.txt -t markdown -s -M title="Industrial development"
        cat resolution.txt | resconv -t json
        resconv archive/ --to akn,html,markdown,json --validate --output-dir out/
        resconv *.txt --to all -s --output-dir out/
      """)

  @Argument(help: "Input files or directories; '-' or none reads standard input.")
  var inputs: [String] = []

  @Option(
    name: [.customShort("t"), .customLong("to")],
    help: "Output formats, comma-separated: \(OutputFormatList.allValueStrings.joined(separator: ", ")).")
  var formatList: OutputFormatList

  @Option(name: [.customShort("f"), .customLong("from")], help: "Input format: auto, ods, pdf-text, ocr-text.")
  var inputFormat: InputFormatChoice = .auto

  @Option(name: [.customShort("o"), .customLong("output")], help: "Write the output to this file (one input, one format).")
  var output: String?

  @Option(name: .customLong("output-dir"), help: "Write one file per input and format into this directory (made if missing).")
  var outputDirectory: String?

  @Option(name: .customLong("glob"), help: "Files to take from input directories (an fnmatch pattern).")
  var pattern = "*.txt"

  @Option(name: [.customShort("j"), .customLong("jobs")], help: "Inputs converted at once; the default is the number of cores.")
  var jobs = ProcessInfo.processInfo.activeProcessorCount

  @Flag(inversion: .prefixedNo, help: "Show a progress bar on standard error (default: when it is a terminal and there are several inputs).")
  var progress: Bool?

  @Flag(name: [.customShort("s"), .customLong("standalone")], help: "Write a complete document (HTML page, Markdown with front matter).")
  var standalone = false

  @Option(name: .customLong("template"), help: "Use this Mustache template for --standalone output (one of html, markdown).")
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

  @Flag(name: [.customShort("q"), .customLong("quiet")], help: "Print only errors: no warnings, no summary.")
  var quiet = false

  @Option(name: .customLong("max-input-size"), help: "Refuse inputs larger than this many megabytes.")
  var maxInputMegabytes: Int = 256

  private var formats: [OutputFormat] { formatList.formats }

  func validate() throws {
    if output != nil, outputDirectory != nil {
      throw ValidationError("-o/--output and --output-dir cannot be used together.")
    }
    if outputDirectory == nil, formats.count > 1 {
      throw ValidationError("several formats need --output-dir DIR (one output file per input and format).")
    }
    if outputDirectory == nil, let directory = inputs.first(where: Self.isDirectory) {
      throw ValidationError("'\(directory)' is a directory: converting its files needs --output-dir DIR.")
    }
    if outputDirectory == nil, inputs.count > 1 {
      throw ValidationError(
        output == nil
          ? "several inputs need --output-dir DIR (one output file per input)."
          : "-o/--output takes one input; use --output-dir for several.")
    }
    if outputDirectory != nil, inputs.isEmpty || inputs.contains("-") {
      throw ValidationError("--output-dir needs input files (standard input has no name to derive one from).")
    }
    if let bad = metadata.first(where: { !$0.contains("=") || $0.hasPrefix("=") }) {
      throw ValidationError("--metadata takes KEY=VALUE, not '\(bad)'.")
    }
    if metadata.contains(where: { $0.hasPrefix("body=") }) {
      throw ValidationError("--metadata cannot set 'body': the converted document goes there.")
    }
    if validatesOutput, !formats.contains(.akn) {
      throw ValidationError("--validate checks Akoma Ntoso output; use it with --to akn.")
    }
    if templateFile != nil, formats.contains(.html), formats.contains(.markdown) {
      throw ValidationError("--template serves one format; for HTML and Markdown together use --templates DIR.")
    }
    if maxInputMegabytes <= 0 {
      throw ValidationError("--max-input-size must be a positive number of megabytes.")
    }
    if jobs <= 0 {
      throw ValidationError("--jobs must be a positive number.")
    }
  }

  func run() throws {
    // Past a file size limit (ulimit -f), let write(2) fail with EFBIG rather than being killed,
    // so the temporary file is removed and the error reported.
    signal(SIGXFSZ, SIG_IGN)
    let emitters = try formats.map { try $0.emitter(emitterOptions) }
    let collected = try BatchInputs.collect(inputs.isEmpty ? ["-"] : inputs, pattern: pattern)
    let console = Console(showsProgress: progress ?? (Console.standardErrorIsTerminal && collected.count > 1))
    let plannedJobs = jobs(for: collected, console: console)
    let converter = BatchConverter(
      reader: ResolutionReader(options: .init(format: inputFormat.format)), emitters: emitters, console: console,
      quiet: quiet, sizeLimit: maxInputMegabytes * 1_048_576)
    let tally = converter.run(plannedJobs, workers: jobs)
    if !quiet, outputDirectory != nil || collected.count > 1 {
      console.write(summary(tally, inputs: collected.count, seconds: console.elapsed))
    }
    if collected.isEmpty {
      console.write("resconv: error: no input files matching '\(pattern)' in \(inputs.joined(separator: ", "))\n")
      throw ExitCode(1)
    }
    if tally.failed > 0 { throw ExitCode(1) }
    if failOnWarnings, tally.warnings > 0 { throw ExitCode(3) }
  }

  /// The emitter settings given on the command line.
  private var emitterOptions: EmitterOptions {
    var options = EmitterOptions(standalone: standalone, validate: validatesOutput, resolver: resolver)
    options.templateFile = templateFile
    options.templateDirectory = templateDirectory
    for pair in metadata {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      options.variables[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    return options
  }

  /// Where each input's outputs go; reports names changed by the collision rule.
  private func jobs(for inputs: [ConversionInput], console: Console) -> [ConversionJob] {
    guard let outputDirectory else {
      let destination: OutputWriter.Destination = output.map { .file($0) } ?? .standardOutput
      return inputs.map { ConversionJob(input: $0, destinations: [destination]) }
    }
    var naming = OutputNaming(directory: outputDirectory, formats: formats, inputs: inputs)
    return inputs.map { input in
      let (paths, renamed) = naming.paths(for: input)
      if renamed, !quiet {
        console.write("resconv: warning: \(input.path): output name taken by another input; writing \(paths[0])\n")
      }
      return ConversionJob(input: input, destinations: paths.map { .file($0, createsDirectory: true) })
    }
  }

  /// The closing line of a batch run.
  private func summary(_ tally: ConversionTally, inputs: Int, seconds: Double) -> String {
    let rate = seconds > 0 ? Double(tally.converted + tally.failed) / seconds : 0
    let megabytes = Double(tally.bytesRead) / 1_048_576
    var line = "resconv: converted \(tally.converted) of \(inputs) input\(inputs == 1 ? "" : "s")"
    line += " to \(formats.map(\.rawValue).joined(separator: ", ")) (\(tally.filesWritten) files)"
    line += String(format: " in %.2f s (%.0f inputs/s, %.1f MB/s)", seconds, rate, seconds > 0 ? megabytes / seconds : 0)
    if tally.failed > 0 { line += "; \(tally.failed) failed" }
    if tally.warnings > 0 {
      line += "; \(tally.warnings) warning\(tally.warnings == 1 ? "" : "s") in \(tally.inputsWithWarnings) input\(tally.inputsWithWarnings == 1 ? "" : "s")"
    }
    return line + "\n"
  }

  private static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
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
