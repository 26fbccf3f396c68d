@preconcurrency internal import CLibXML2
internal import XMLShim
import Synchronization

/// A compiled XML Schema. Compile once and share: validation makes its own context per call, so
/// one schema can validate documents on several threads at once.
public final class XMLSchema: @unchecked Sendable {
  private let pointer: xmlSchemaPtr

  /// Compiles `schema` (the text of an .xsd). `imports` serves documents it imports by file
  /// name (e.g. `xml.xsd`) from memory, so nothing is fetched from disk or network.
  public init(schema: String, imports: [(name: String, text: String)] = []) throws(XMLIssues) {
    XMLLibrary.initialize()
    XMLSchema.embedOnce(imports)
    var issues = resconv_xml_issues()
    let compiled: xmlSchemaPtr? = schema.withCString { text in
      guard let parser = xmlSchemaNewMemParserCtxt(text, Int32(schema.utf8.count)) else { return nil }
      defer { xmlSchemaFreeParserCtxt(parser) }
      resconv_schema_parser_collect(parser, &issues)
      return xmlSchemaParse(parser)
    }
    let collected = XMLIssue.take(&issues)
    guard let compiled else {
      throw XMLIssues(collected.isEmpty ? [XMLIssue(level: .fatal, line: 0, message: "the schema did not compile")] : collected)
    }
    pointer = compiled
  }

  deinit { xmlSchemaFree(pointer) }

  /// Validates `document`; returns the problems found (empty when it is valid).
  public func validate(_ document: XMLDocument) -> [XMLIssue] {
    guard let context = xmlSchemaNewValidCtxt(pointer) else {
      return [XMLIssue(level: .fatal, line: 0, message: "cannot create a validation context")]
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    var issues = resconv_xml_issues()
    resconv_schema_validator_collect(context, &issues)
    let status = xmlSchemaValidateDoc(context, document.pointer)
    var collected = XMLIssue.take(&issues)
    if status != 0, collected.isEmpty {
      collected.append(XMLIssue(level: .error, line: 0, message: "the document is not valid (libxml2 status \(status))"))
    }
    return collected
  }

  private static let embedded = Mutex<Set<String>>([])

  private static func embedOnce(_ imports: [(name: String, text: String)]) {
    embedded.withLock { names in
      for (name, text) in imports where !names.contains(name) {
        resconv_embed_document(name, text)
        names.insert(name)
      }
    }
  }
}
