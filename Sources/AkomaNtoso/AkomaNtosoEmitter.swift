import ResolutionModel
import XMLKit

/// Writes a resolution as Akoma Ntoso 3.0 XML in the UN's AKN4UN profile: a `<statement>`
/// (`name="resolution"`, FRBR subtype `deliberation`) with FRBR metadata, cover page and preface
/// from the masthead, preamble, main body, conclusions and annexes as attachments.
///
/// The XML is written front to back with libxml2's text writer (through XMLKit), never by string
/// concatenation, and without building a tree in memory. The output is deterministic: it carries
/// no time of conversion, only dates from the document.
/// `shared/spec/akn4un-resolution.md` states the rules; comments mark choices where AKN4UN is silent.
public struct AkomaNtosoEmitter: Emitter {
  /// The AKN namespace.
  public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

  /// Base URL for document symbols that have no AKN IRI (`https://undocs.org/` + symbol).
  public var resolver: String
  /// Whether to validate each document against the AKN 3.0 schema and refuse invalid ones.
  public var validates: Bool

  /// Creates the emitter.
  public init(resolver: String = "https://undocs.org/", validates: Bool = false) {
    self.resolver = resolver
    self.validates = validates
  }

  /// The XML text; with ``validates``, throws ``AkomaNtosoError/invalid(_:)`` instead of
  /// returning a document that the schema rejects.
  public func emit(_ resolution: Resolution) throws -> String {
    let text = xml(resolution)
    if validates {
      let issues = try AkomaNtosoSchema.validate(try XMLDocument.parse(Array(text.utf8), name: "output"))
      if !issues.isEmpty { throw AkomaNtosoError.invalid(issues) }
    }
    return text
  }

  /// The AKN document parsed into a libxml2 tree, e.g. to validate it.
  public func document(_ resolution: Resolution) throws -> XMLDocument {
    try XMLDocument.parse(Array(xml(resolution).utf8), name: "output")
  }

  /// The AKN document, not validated.
  public func xml(_ resolution: Resolution) -> String {
    var builder = AKNBuilder(resolution: resolution, resolver: resolver)
    return builder.build()
  }
}

/// `@name` values that the emitter and the reader share.
enum AKNNames {
  /// The `hcontainer` standing in a `mainBody` that has no paragraphs.
  static let emptyBody = "noOperativePart"
}

/// Why an Akoma Ntoso document could not be produced.
public enum AkomaNtosoError: Error, CustomStringConvertible {
  /// The document does not validate against the AKN 3.0 schema.
  case invalid([XMLIssue])

  public var description: String {
    switch self {
    case .invalid(let issues):
      "the Akoma Ntoso output does not validate against the AKN 3.0 schema: "
        + issues.prefix(5).map(\.description).joined(separator: "; ")
    }
  }
}

/// The state of one emission.
struct AKNBuilder {
  let resolution: Resolution
  let metadata: Metadata
  let identity: AKNIdentity
  let inlines: InlineWriter
  let ids: ElementIds
  var registry = TLCRegistry()

  init(resolution: Resolution, resolver: String) {
    self.resolution = resolution
    self.metadata = resolution.metadata
    self.identity = AKNIdentity(resolution.metadata)
    self.ids = ElementIds(resolution)
    var notes: [String: Footnote] = [:]
    for footnote in resolution.footnotes where notes[footnote.label] == nil { notes[footnote.label] = footnote }
    self.inlines = InlineWriter(footnotes: notes, resolver: resolver)
  }

  /// Writes the document. `<meta>` comes first but is written last, so that its `<references>`
  /// hold exactly the TLCs the rest used: the parts after it go to a fragment first.
  mutating func build() -> String {
    let parts = XMLWriter(fragmentAtDepth: 2)
    writeCoverPage(parts)
    writePreface(parts)
    writePreamble(parts)
    parts.element("mainBody") { writeMainBody(resolution.operative, ids.body, parts) }
    writeConclusions(parts)
    writeAttachments(parts)
    let document = XMLWriter()
    document.element("akomaNtoso", [("xmlns", AkomaNtosoEmitter.namespace)]) {
      document.element("statement", [("name", documentName), ("contains", "originalVersion")]) {
        document.element("meta") { writeMeta(document, component: "main") }
        document.append(parts)
      }
    }
    return document.finish()
  }

  /// `statement/@name`: AKN4UN's names for resolutions, drafts and decisions.
  var documentName: String {
    switch metadata.kind {
    case .resolution: "resolution"
    case .draftResolution: "resolutionDraft"
    case .decision: "decision"
    }
  }

  /// The `#id` of the adopting organ's TLC.
  mutating func organReference() -> String {
    registry.use(TLC.organ(metadata.organ))
  }
}
