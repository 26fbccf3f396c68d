import Dispatch
import Foundation
import ResolutionModel
import ResolutionReader
import Synchronization

/// One input and where each of its outputs goes, in the order of the converter's emitters.
struct ConversionJob: Sendable {
  var input: ConversionInput
  var destinations: [OutputWriter.Destination]
}

/// What a run did, for the summary and the exit code.
struct ConversionTally: Sendable {
  var converted = 0
  var failed = 0
  var warnings = 0
  var inputsWithWarnings = 0
  var bytesRead = 0
  var filesWritten = 0
}

/// Converts inputs on several threads: each worker takes the next job, reads it, renders every
/// format in memory and only then writes the files (each atomically), so an input that fails
/// leaves none of its outputs behind and does not stop the others.
struct BatchConverter: Sendable {
  var reader: ResolutionReader
  /// The emitters, one per output format of every job.
  var emitters: [any Emitter]
  var console: Console
  var quiet: Bool
  /// Inputs larger than this many bytes are refused.
  var sizeLimit: Int

  /// Runs `jobs` on `workers` threads and returns the tally.
  func run(_ jobs: [ConversionJob], workers: Int) -> ConversionTally {
    let next = Atomic(0)
    let tally = Mutex(ConversionTally())
    console.progress(done: 0, total: jobs.count, failed: 0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, jobs.count))) { _ in
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < jobs.count else { return }
        let outcome = convert(jobs[index])
        let (done, failed) = tally.withLock { tally in
          tally.bytesRead += outcome.bytes
          tally.warnings += outcome.warnings
          if outcome.warnings > 0 { tally.inputsWithWarnings += 1 }
          if outcome.succeeded {
            tally.converted += 1
            tally.filesWritten += jobs[index].destinations.count { if case .file = $0 { true } else { false } }
          } else {
            tally.failed += 1
          }
          return (tally.converted + tally.failed, tally.failed)
        }
        console.progress(done: done, total: jobs.count, failed: failed)
      }
    }
    console.endProgress()
    return tally.withLock { $0 }
  }

  private struct Outcome {
    var succeeded: Bool
    var bytes = 0
    var warnings = 0
  }

  private func convert(_ job: ConversionJob) -> Outcome {
    var outcome = Outcome(succeeded: false)
    var messages = ""
    defer { console.write(messages) }
    do {
      let source = try InputSource.read(job.input.path, limit: sizeLimit)
      outcome.bytes = source.bytes.count
      let result = try reader.read(bytes: source.bytes, name: source.name)
      outcome.warnings = result.diagnostics.count { $0.severity == .warning }
      if !quiet { messages += DiagnosticFormatter.format(result.diagnostics, for: source) }
      let texts = try emitters.map { try $0.emit(result.resolution) }
      for (destination, text) in zip(job.destinations, texts) {
        try OutputWriter.write(text, to: destination)
      }
      outcome.succeeded = true
    } catch {
      messages += DiagnosticFormatter.format(error, input: job.input.path)
    }
    return outcome
  }
}
