import AkomaNtoso
import Foundation
import ResolutionModel
import ResolutionReader

/// Prints diagnostics and errors to standard error in the `file:line:column: severity: message [id]` form.
struct DiagnosticPrinter {
  var quiet: Bool

  func print(_ diagnostics: [Diagnostic], for source: InputSource) {
    guard !quiet, !diagnostics.isEmpty else { return }
    let file = SourceFile(name: source.name, bytes: source.bytes)
    let text = diagnostics.map { $0.formatted(in: file) }.joined(separator: "\n") + "\n"
    FileHandle.standardError.write(Data(text.utf8))
  }

  func printError(_ error: any Error, input: String) {
    let name = input == "-" ? "<stdin>" : input
    let message: String
    switch error {
    case let error as InputError: message = "\(name):1:1: error: \(error.description)"
    case let error as CLIError: message = "error: \(error.description)"
    case let error as AkomaNtosoError: message = "error: \(name): \(error.description); nothing written"
    default: message = "error: \(name): \(error)"
    }
    FileHandle.standardError.write(Data("resconv: \(message)\n".utf8))
  }
}
