import AkomaNtoso
import ArgumentParser
import ResolutionEmitters
import ResolutionModel

/// The output formats resconv can write: the registry of emitters.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case akn
  case json

  /// One line for `resconv formats` and `--help`.
  var summary: String {
    switch self {
    case .akn: "Akoma Ntoso 3.0 XML, AKN4UN profile"
    case .json: "the document tree as JSON (format version \(JSONEmitter.formatVersion))"
    }
  }

  /// File name extension of outputs in this format.
  var fileExtension: String {
    switch self {
    case .akn: "akn.xml"
    case .json: "json"
    }
  }

  /// The emitter, configured from the command line.
  func emitter(_ options: EmitterOptions) -> any Emitter {
    switch self {
    case .akn: AkomaNtosoEmitter(validates: options.validate)
    case .json: JSONEmitter()
    }
  }
}

/// Command-line settings that emitters take.
struct EmitterOptions {
  var standalone = false
  var validate = false
}
