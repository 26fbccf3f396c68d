@preconcurrency internal import CLibXML2
internal import XMLShim

/// Writes an XML document front to back with libxml2's `xmlTextWriter`, which checks nesting,
/// and libxml2's escaping of text and attribute values (skipped for strings with no character
/// that needs it); nothing is held in memory but the output.
///
/// Layout matches libxml2's indented serialisation: an element whose children are all elements
/// puts each on its own line, indented two spaces per level; an element with text (``text(_:)``
/// or ``mixedElement(_:_:_:)``) keeps everything inside it exactly as written, because
/// whitespace there would become part of the text. Text and attribute values have characters
/// that XML 1.0 forbids replaced by U+FFFD first, so the output is always well-formed.
public final class XMLWriter {
  private struct Frame {
    /// Whether children go on lines of their own.
    var indents: Bool
    var hasChildren = false
  }

  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr
  /// A document declared UTF-8, for libxml2's escaping functions (without one they would write
  /// every non-ASCII character as a character reference).
  private let encodingDocument: xmlDocPtr
  private let attributeBuffer: xmlBufferPtr
  private var frames: [Frame]
  private let isDocument: Bool
  private var indentation: [UInt8] = [0x0A]
  /// Fragments to place into the output, at byte offsets of this writer's output.
  private var splices: [(offset: Int32, fragment: XMLWriter)] = []

  /// A writer for a whole document: the XML declaration, then the root element written by
  /// the caller.
  public convenience init() {
    self.init(isDocument: true, depth: 0)
    // The declaration libxml2 writes for UTF-8, written directly: declaring the encoding to the
    // text writer would pass all output through a (UTF-8 to UTF-8) converter.
    xmlTextWriterWriteRaw(writer, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
  }

  /// A writer for a fragment to be placed with ``append(_:)`` inside an element of another
  /// writer, `depth` levels down (the fragment's top elements are indented for that depth).
  public convenience init(fragmentAtDepth depth: Int) {
    self.init(isDocument: false, depth: depth)
  }

  private init(isDocument: Bool, depth: Int) {
    XMLLibrary.initialize()
    self.isDocument = isDocument
    buffer = xmlBufferCreate()
    xmlBufferSetAllocationScheme(buffer, XML_BUFFER_ALLOC_DOUBLEIT)
    writer = xmlNewTextWriterMemory(buffer, 0)
    encodingDocument = xmlNewDoc("1.0")
    encodingDocument.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
    attributeBuffer = xmlBufferCreate()
    frames = Array(repeating: Frame(indents: true, hasChildren: true), count: depth)
    frames.append(Frame(indents: isDocument || depth > 0))
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
    xmlBufferFree(attributeBuffer)
    xmlFreeDoc(encodingDocument)
  }

  /// Writes an element whose children are elements, each on a line of its own; `content`
  /// writes them. An element with no children is written `<name/>`.
  public func element(_ name: String, _ attributes: [(String, String)] = [], _ content: () throws -> Void) rethrows {
    start(name, attributes, indents: true)
    try content()
    end()
  }

  /// Writes an empty element, `<name attribute="value"/>`.
  public func element(_ name: String, _ attributes: [(String, String)] = []) {
    start(name, attributes, indents: true)
    end()
  }

  /// Writes an element holding only `text` (an empty text gives `<name/>`).
  public func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
    start(name, attributes, indents: false)
    if !text.isEmpty { self.text(text) }
    end()
  }

  /// Writes an element with mixed content (text and inline elements, such as AKN's `<p>`):
  /// nothing is added inside it, and it is written `<name></name>` even when empty.
  public func mixedElement(_ name: String, _ attributes: [(String, String)] = [], _ content: () throws -> Void) rethrows {
    start(name, attributes, indents: false)
    xmlTextWriterWriteRaw(writer, "")  // Closes the start tag, so an empty element is not `<name/>`.
    try content()
    end()
  }

  /// Writes text, escaped as libxml2 escapes element content (`<`, `>`, `&`, carriage return).
  public func text(_ text: String) {
    guard !text.isEmpty else { return }
    write(text, escaping: .textEscaping) { clean in
      guard let escaped = xmlEncodeEntitiesReentrant(encodingDocument, clean) else { return }
      defer { resconv_xml_free(escaped) }
      xmlTextWriterWriteRaw(writer, escaped)
    }
  }

  /// Places a fragment written by another writer (made with ``init(fragmentAtDepth:)`` for the
  /// current depth) as children of the current element. The fragment is spliced in when the
  /// document is finished, so its bytes are copied once, into the result. (Only a document
  /// writer takes fragments.)
  public func append(_ fragment: XMLWriter) {
    precondition(isDocument && !fragment.isDocument, "fragments go into a document writer")
    frames[frames.count - 1].hasChildren = true
    xmlTextWriterWriteRaw(writer, "")  // Closes the current start tag before the fragment.
    xmlTextWriterFlush(writer)
    splices.append((xmlBufferLength(buffer), fragment))
  }

  /// Ends the document and returns it.
  public func finish() -> String {
    if isDocument { xmlTextWriterWriteRaw(writer, "\n") }  // Every element is closed; end the last line.
    xmlTextWriterFlush(writer)
    let own = bytes()
    let fragments = splices.map { $0.fragment.finishedFragment() }
    let total = own.count + fragments.reduce(0) { $0 + $1.count }
    return String(unsafeUninitializedCapacity: total) { output in
      var written = 0
      var copied = 0
      func copy(_ part: UnsafeBufferPointer<UInt8>) {
        guard let base = part.baseAddress, !part.isEmpty else { return }
        UnsafeMutableRawPointer(output.baseAddress! + written).copyMemory(from: base, byteCount: part.count)
        written += part.count
      }
      for (splice, fragment) in zip(splices, fragments) {
        copy(UnsafeBufferPointer(rebasing: own[copied..<Int(splice.offset)]))
        copied = Int(splice.offset)
        copy(fragment)
      }
      copy(UnsafeBufferPointer(rebasing: own[copied...]))
      return written
    }
  }

  /// A fragment's bytes, once it is complete; they stay owned by the writer.
  private func finishedFragment() -> UnsafeBufferPointer<UInt8> {
    xmlTextWriterFlush(writer)
    return bytes()
  }

  private func bytes() -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
  }

  private func start(_ name: String, _ attributes: [(String, String)], indents: Bool) {
    if frames[frames.count - 1].indents { newline(depth: frames.count - 1) }
    frames[frames.count - 1].hasChildren = true
    xmlTextWriterStartElement(writer, name)
    for (key, value) in attributes { attribute(key, value) }
    frames.append(Frame(indents: indents && frames[frames.count - 1].indents))
  }

  /// Writes an attribute, its value escaped as libxml2's serialiser escapes attribute values.
  private func attribute(_ name: String, _ value: String) {
    xmlTextWriterStartAttribute(writer, name)
    write(value, escaping: .attributeEscaping) { clean in
      xmlBufferEmpty(attributeBuffer)
      xmlAttrSerializeTxtContent(attributeBuffer, encodingDocument, nil, clean)
      xmlTextWriterWriteRawLen(writer, xmlBufferContent(attributeBuffer), xmlBufferLength(attributeBuffer))
    }
    xmlTextWriterEndAttribute(writer)
  }

  /// Writes `string`: as it is when it holds nothing to replace or escape (most strings, found in
  /// one pass over its bytes), otherwise sanitized and passed to `escape`.
  private func write(_ string: String, escaping: XMLText.Needs, _ escape: (String) -> Void) {
    var string = string
    let written = string.withUTF8 { bytes -> Bool in
      let needs = XMLText.needs(bytes)
      guard needs.isDisjoint(with: [.sanitizing, escaping]) else { return false }
      if let base = bytes.baseAddress { xmlTextWriterWriteRawLen(writer, base, Int32(bytes.count)) }
      return true
    }
    if !written { escape(XMLText.sanitized(string)) }
  }

  private func end() {
    let frame = frames.removeLast()
    if frame.indents, frame.hasChildren { newline(depth: frames.count - 1) }
    xmlTextWriterEndElement(writer)
  }

  /// A line break and two spaces per level, except before the root element.
  private func newline(depth: Int) {
    guard depth > 0 || !isDocument || frames[0].hasChildren else { return }
    let width = 1 + 2 * max(0, depth)
    while indentation.count < width { indentation.append(0x20) }
    indentation.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { _ = xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32(width)) }
    }
  }
}
