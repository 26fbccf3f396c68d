import AkomaNtoso
import ArgumentParser
import Foundation
import ResolutionEmitters
import ResolutionModel

/// The output formats resconv can write: the registry of emitters.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case akn
  case html
  case markdown
  case json

  /// One line for `resconv formats` and `--help`.
  var summary: String {
    switch self {
    case .akn: "Akoma Ntoso 3.0 XML, AKN4UN profile"
    case .html: "HTML5: the article, or a whole page with --standalone"
    case .markdown: "CommonMark with GitHub footnotes; YAML front matter with --standalone"
    case .json: "the document tree as JSON (format version \(JSONEmitter.formatVersion))"
    }
  }

  /// Other names accepted on the command line (pandoc's and common file extensions).
  static let aliases: [String: OutputFormat] = ["xml": .akn, "akomantoso": .akn, "md": .markdown, "commonmark": .markdown, "gfm": .markdown]

  /// File name extension of outputs in this format.
  var fileExtension: String {
    switch self {
    case .akn: "akn.xml"
    case .html: "html"
    case .markdown: "md"
    case .json: "json"
    }
  }

  /// The emitter, configured from the command line.
  func emitter(_ options: EmitterOptions) throws -> any Emitter {
    switch self {
    case .akn: return AkomaNtosoEmitter(resolver: options.resolver, validates: options.validate)
    case .html:
      let template = try options.template(named: "resolution.html.mustache", default: .html)
      return HTMLEmitter(options: .init(standalone: options.standalone, resolver: options.resolver, template: template))
    case .markdown:
      let template = try options.template(named: "resolution.md.mustache", default: .markdown)
      return MarkdownEmitter(options: .init(standalone: options.standalone, resolver: options.resolver, template: template))
    case .json: return JSONEmitter()
    }
  }
}

/// Command-line settings that emitters take.
struct EmitterOptions {
  var standalone = false
  var validate = false
  var resolver = "https://undocs.org/"
  /// A template file that replaces the built-in one (`--template`).
  var templateFile: String?
  /// A directory holding templates by their built-in names (`--templates`).
  var templateDirectory: String?
  /// Template variables (`--metadata KEY=VALUE`).
  var variables: [String: String] = [:]

  /// The template to use: `--template`, else `--templates DIR/name`, else the built-in one.
  func template(named name: String, default builtIn: StandaloneTemplate) throws -> StandaloneTemplate {
    var template = builtIn
    let path = templateFile ?? templateDirectory.map { URL(fileURLWithPath: $0).appendingPathComponent(name).path }
    if let path {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError.cannotRead(path: path, reason: "no such template")
      }
      template.text = String(decoding: data, as: UTF8.self)
    }
    template.variables = variables
    return template
  }
}

/// The value of `--to`: one format, a comma-separated list (`akn,html`), or `all`.
struct OutputFormatList: ExpressibleByArgument {
  /// The formats, in the order given, without repeats.
  var formats: [OutputFormat]

  init(_ formats: [OutputFormat]) { self.formats = formats }

  init?(argument: String) {
    var formats: [OutputFormat] = []
    for name in argument.split(separator: ",", omittingEmptySubsequences: false) {
      let name = name.trimmingCharacters(in: .whitespaces).lowercased()
      let named: [OutputFormat]
      if name == "all" {
        named = OutputFormat.allCases
      } else if let format = OutputFormat(rawValue: name) ?? OutputFormat.aliases[name] {
        named = [format]
      } else {
        return nil
      }
      for format in named where !formats.contains(format) { formats.append(format) }
    }
    self.formats = formats
  }

  static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) + ["all"] }
  var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
}
