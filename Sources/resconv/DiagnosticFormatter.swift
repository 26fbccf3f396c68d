import AkomaNtoso
import Foundation
import ResolutionModel
import ResolutionReader

/// Formats diagnostics and errors for standard error: `file:line:column: severity: message [id]`.
enum DiagnosticFormatter {
  /// The reader's diagnostics for `source`, one per line.
  static func format(_ diagnostics: [Diagnostic], for source: InputSource) -> String {
    guard !diagnostics.isEmpty else { return "" }
    let file = SourceFile(name: source.name, bytes: source.bytes)
    return diagnostics.map { $0.formatted(in: file) }.joined(separator: "\n") + "\n"
  }

  /// The line reporting that `input` could not be converted.
  static func format(_ error: any Error, input: String) -> String {
    let name = input == "-" ? "<stdin>" : input
    let message: String
    switch error {
    case let error as InputError: message = "\(name):1:1: error: \(error.description)"
    case let error as CLIError: message = "error: \(error.description)"
    case let error as AkomaNtosoError: message = "error: \(name): \(error.description); nothing written"
    default: message = "error: \(name): \(error)"
    }
    return "resconv: \(message)\n"
  }
}
