/// An output format: turns a ``Resolution`` into text.
///
/// Emitters are plain values holding their options; each switches over the AST's closed enums,
/// so a new node kind fails to compile until every emitter handles it.
public protocol Emitter: Sendable {
  /// Renders `resolution`. Throws only for failures outside the document (a template, the XML library).
  func emit(_ resolution: Resolution) throws -> String
}
