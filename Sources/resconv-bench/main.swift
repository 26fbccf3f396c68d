// Benchmarks of reading and of every emitter, in µs per document and MB/s, on the sample
// resolution and on 1 MB and 10 MB resolutions made by repeating its paragraphs; with --scale,
// whole-process cost and peak memory from 1 MB to 100 MB.
//
//   swift run -c release resconv-bench [--quick] [--scale]
//
// Figures are wall-clock medians on this machine; run on an idle machine and compare in one run.
import AkomaNtoso
import Foundation
import ResolutionEmitters
import ResolutionModel
import ResolutionReader
import XMLKit

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seed = Array(try Data(contentsOf: root.appendingPathComponent("Samples/A_RES_61_215.ods.txt")))

/// A resolution of about `bytes` bytes: the sample with its operative paragraphs repeated and
/// renumbered (real text, real markers and references), keeping its footnotes and trailer.
func scaled(to bytes: Int) -> [UInt8] {
  let text = String(decoding: seed, as: UTF8.self)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let operative = lines.filter { $0.hasPrefix("\t") && $0.dropFirst().first?.isNumber == true }
  guard let last = lines.lastIndex(where: { $0.hasPrefix("\t") && $0.dropFirst().first?.isNumber == true }) else { return seed }
  var body = lines[...last].joined(separator: "\n")
  let trailer = lines[(last + 1)...].joined(separator: "\n")
  var number = operative.count
  var size = body.utf8.count + trailer.utf8.count
  var parts = [body]
  while size < bytes {
    for line in operative {
      number = number % 9999 + 1  // Four digits at most, as printed numbers have.
      let sentence = line.drop { $0 != "\t" }.dropFirst().drop { $0 != "\t" }.dropFirst()
      let paragraph = "\n\t\(number).\t" + sentence
      parts.append(paragraph)
      size += paragraph.utf8.count
    }
  }
  body = parts.joined()
  return Array((body + "\n" + trailer).utf8)
}

/// Runs `body` repeatedly for about `budget` seconds (at least 3 times) and returns the median in seconds.
func measure(_ budget: Double, _ body: () throws -> Void) rethrows -> Double {
  var samples: [Double] = []
  let start = DispatchTime.now().uptimeNanoseconds
  repeat {
    let before = DispatchTime.now().uptimeNanoseconds
    try body()
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - before) / 1e9)
  } while samples.count < 3 || (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < budget && samples.count < 10_000)
  samples.sort()
  return samples[samples.count / 2]
}

func row(_ name: String, _ seconds: Double, _ bytes: Int) -> String {
  let micros = seconds * 1e6
  let rate = Double(bytes) / 1_048_576 / seconds
  return name.padding(toLength: 26, withPad: " ", startingAt: 0)
    + String(format: "%12.1f µs %10.1f MB/s", micros, rate)
}

func inProcess() throws {
  let budget = quick ? 0.3 : 1.5
  let inputs: [(String, [UInt8])] = [("sample (10 KB)", seed), ("1 MB", scaled(to: 1_048_576)), ("10 MB", scaled(to: 10_485_760))]
  for (label, bytes) in inputs {
    print("\n## \(label): \(bytes.count) bytes")
    let reader = ResolutionReader()
    let resolution = try reader.read(bytes: bytes, name: label).resolution
    let akn = AkomaNtosoEmitter()
    let emitters: [(String, any Emitter)] = [
      ("emit akn", akn), ("emit html", HTMLEmitter()), ("emit markdown", MarkdownEmitter()), ("emit json", JSONEmitter()),
    ]
    print(row("read", try measure(budget) { _ = try reader.read(bytes: bytes, name: label) }, bytes.count))
    print(row("element ids", measure(budget) { _ = ElementIds(resolution) }, bytes.count))
    for (name, emitter) in emitters {
      print(row(name, try measure(budget) { _ = try emitter.emit(resolution) }, bytes.count))
    }
    _ = try AkomaNtosoSchema.schema()  // compiled once per process, outside the loop
    let xml = Array(akn.xml(resolution).utf8)
    print(row("parse + validate akn", try measure(budget) {
      _ = try AkomaNtosoSchema.validate(try XMLDocument.parse(xml, name: "output"))
    }, bytes.count))
    print(row("read + akn", try measure(budget) { _ = try akn.emit(try reader.read(bytes: bytes, name: label).resolution) }, bytes.count))
    print(row("read + all four formats", try measure(budget) {
      let tree = try reader.read(bytes: bytes, name: label).resolution
      for (_, emitter) in emitters { _ = try emitter.emit(tree) }
    }, bytes.count))
  }
}

/// Converts a `megabytes` MB input to AKN with the `resconv` executable built beside this one,
/// as a user would (`resconv FILE --to akn -o OUT`); prints wall time and the process's peak memory.
func scalePoint(_ megabytes: Int, in directory: URL) throws {
  let input = directory.appendingPathComponent("scale-\(megabytes).txt")
  let bytes = scaled(to: megabytes * 1_048_576)
  try Data(bytes).write(to: input)
  let resconv = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("resconv").path
  let output = directory.appendingPathComponent("scale-\(megabytes).akn.xml").path
  let arguments = [resconv, input.path, "--to", "akn", "-q", "-o", output]
  var pid: pid_t = 0
  let argv = arguments.map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  let start = DispatchTime.now().uptimeNanoseconds
  guard posix_spawn(&pid, resconv, nil, nil, argv, environ) == 0 else { throw CocoaError(.executableNotLoadable) }
  var status: Int32 = 0
  var usage = rusage()
  wait4(pid, &status, 0, &usage)
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let peak = Double(usage.ru_maxrss) * 1024
  let written = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
  print(String(format: "%4d MB  %8.2f s  %7.1f MB/s  peak %7.0f MB (%.1f× input)  output %d bytes  exit %d",
    megabytes, seconds, Double(bytes.count) / 1_048_576 / seconds, peak / 1_048_576, peak / Double(bytes.count),
    written, status))
  try? FileManager.default.removeItem(at: input)
  try? FileManager.default.removeItem(atPath: output)
}

if let index = arguments.firstIndex(of: "--profile-read"), index + 1 < arguments.count, let megabytes = Int(arguments[index + 1]) {
  // For profilers: read one input of the given size a few times.
  let bytes = scaled(to: megabytes * 1_048_576)
  for _ in 0..<3 { _ = try ResolutionReader().read(bytes: bytes, name: "profile") }
} else if let index = arguments.firstIndex(of: "--profile-emit"), index + 2 < arguments.count, let megabytes = Int(arguments[index + 2]) {
  // For profilers: emit one format for an input of the given size a few times.
  let resolution = try ResolutionReader().read(bytes: scaled(to: megabytes * 1_048_576), name: "profile").resolution
  let emitter: any Emitter =
    switch arguments[index + 1] {
    case "html": HTMLEmitter()
    case "markdown": MarkdownEmitter()
    case "json": JSONEmitter()
    default: AkomaNtosoEmitter()
    }
  for _ in 0..<(megabytes == 0 ? 2000 : 3) { _ = try emitter.emit(resolution) }
} else if arguments.contains("--scale") {
  print("# Cost against size: whole process `resconv FILE --to akn -o OUT`, one run per size")
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("resconv-scale-\(getpid())")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  for megabytes in quick ? [1, 10] : [1, 3, 10, 30, 100] { try scalePoint(megabytes, in: directory) }
} else {
  print("# resconv in-process benchmarks (median of repeated runs)")
  try inProcess()
}
