import XMLKit

/// Validation against the official OASIS Akoma Ntoso 3.0 schema, embedded in the binary (see
/// `Schema/`), compiled on first use and once per process.
public enum AkomaNtosoSchema {
  private static let compiled: Result<XMLSchema, XMLIssues> = {
    do throws(XMLIssues) {
      return .success(try XMLSchema(schema: EmbeddedSchema.akomaNtoso30, imports: [("xml.xsd", EmbeddedSchema.xmlNamespace)]))
    } catch {
      return .failure(error)
    }
  }()

  /// The compiled schema.
  public static func schema() throws -> XMLSchema {
    try compiled.get()
  }

  /// The problems that make `document` invalid (empty when it is valid).
  public static func validate(_ document: XMLDocument) throws -> [XMLIssue] {
    try schema().validate(document)
  }
}

/// Namespace for the embedded schema texts (generated files in `Schema/`).
enum EmbeddedSchema {}
