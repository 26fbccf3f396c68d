/// A message about the input, tied to the place in the source it concerns.
public struct Diagnostic: Hashable, Sendable, Codable {
  /// How serious the message is.
  public enum Severity: String, Hashable, Sendable, Codable {
    /// Nothing useful could be produced.
    case error
    /// Something was kept but not classified, or was classified by a guess.
    case warning
    /// Extra information attached to another diagnostic.
    case note
  }

  /// Severity.
  public var severity: Severity
  /// Stable, namespaced identifier such as `reader.unclassified-line`.
  public var id: String
  /// Human-readable message, one sentence, no trailing full stop.
  public var message: String
  /// Where in the source the message applies.
  public var span: SourceSpan

  /// Creates a diagnostic.
  public init(_ severity: Severity, id: String, _ message: String, at span: SourceSpan) {
    self.severity = severity
    self.id = id
    self.message = message
    self.span = span
  }

  /// Formats as `file:line:column: severity: message [id]`, the form compilers print.
  public func formatted(in file: SourceFile) -> String {
    let location = file.location(of: span.start)
    return "\(file.name):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(id)]"
  }
}
