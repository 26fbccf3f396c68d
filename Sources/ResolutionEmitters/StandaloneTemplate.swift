import Mustache
import ResolutionModel

/// A Mustache template that wraps a converted body into a whole document, with its variables.
public struct StandaloneTemplate: Sendable {
  /// How values other than the body are prepared for the template.
  public enum ValueStyle: Sendable {
    /// As they are: the template's `{{value}}` escapes them for HTML.
    case html
    /// Escaped for a double-quoted YAML string (the Markdown template's front matter).
    case yaml
  }

  /// The template text.
  public var text: String {
    didSet { compiled = try? MustacheTemplate(string: text) }
  }
  /// `text` parsed once, not at every document (nil when it does not parse: `render` reports why).
  private var compiled: MustacheTemplate?
  /// How values are prepared.
  public var style: ValueStyle
  /// Extra variables (from `--metadata`); they may replace the document's, never `body`.
  public var variables: [String: String]

  /// Creates a template.
  public init(text: String, style: ValueStyle, variables: [String: String] = [:]) {
    self.text = text
    self.style = style
    self.variables = variables
    self.compiled = try? MustacheTemplate(string: text)
  }

  /// The built-in page template (`Templates/resolution.html.mustache`).
  public static let html = StandaloneTemplate(text: String(decoding: PackageResources.resolution_html_mustache, as: UTF8.self), style: .html)
  /// The built-in Markdown template (`Templates/resolution.md.mustache`).
  public static let markdown = StandaloneTemplate(text: String(decoding: PackageResources.resolution_md_mustache, as: UTF8.self), style: .yaml)

  /// Renders the template around `body`.
  public func render(body: String, resolution: Resolution) throws -> String {
    let template = try compiled ?? MustacheTemplate(string: text)
    var context: [String: Any] = [:]
    for (key, value) in Self.documentVariables(resolution).merging(variables, uniquingKeysWith: { $1 }) {
      context[key] = prepared(value)
    }
    context["body"] = body
    return template.render(context)
  }

  /// The variables a document provides (empty values are left out, so sections hide).
  public static func documentVariables(_ resolution: Resolution) -> [String: String] {
    let metadata = resolution.metadata
    var values: [String: String] = ["language": metadata.language]
    values["symbol"] = metadata.symbol
    values["number"] = metadata.number
    values["title"] = metadata.title ?? metadata.symbol ?? resolution.frontMatter.first { $0.role == .title }?.text ?? "Resolution"
    values["organ"] = metadata.organ.map(Self.organName)
    values["adoptionDate"] = metadata.adoptionDate?.description
    return values
  }

  private func prepared(_ value: String) -> String {
    switch style {
    case .html: value
    case .yaml:
      value.unicodeScalars.reduce(into: "") { result, scalar in
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        default: result.unicodeScalars.append(scalar)
        }
      }
    }
  }

  static func organName(_ organ: Organ) -> String {
    switch organ {
    case .generalAssembly: "General Assembly"
    case .securityCouncil: "Security Council"
    case .economicAndSocialCouncil: "Economic and Social Council"
    case .humanRightsCouncil: "Human Rights Council"
    case .trusteeshipCouncil: "Trusteeship Council"
    }
  }
}
