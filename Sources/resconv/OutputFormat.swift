import ArgumentParser
import ResolutionEmitters
import ResolutionModel

/// The output formats resconv can write: the registry of emitters.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case json

  /// One line for `resconv formats` and `--help`.
  var summary: String {
    switch self {
    case .json: "the document tree as JSON (format version \(JSONEmitter.formatVersion))"
    }
  }

  /// File name extension of outputs in this format.
  var fileExtension: String {
    switch self {
    case .json: "json"
    }
  }

  /// The emitter, configured from the command line.
  func emitter(_ options: EmitterOptions) -> any Emitter {
    switch self {
    case .json: JSONEmitter()
    }
  }
}

/// Command-line settings that emitters take.
struct EmitterOptions {
  var standalone = false
}
