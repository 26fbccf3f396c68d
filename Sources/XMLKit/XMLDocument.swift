@preconcurrency internal import CLibXML2
internal import XMLShim

/// An XML document parsed by libxml2, to read or to validate. (Documents are written with
/// ``XMLWriter``.) This module is the only Swift code that calls libxml2. Distinct documents
/// are independent, so different threads may parse and read their own.
public final class XMLDocument: @unchecked Sendable {
  let pointer: xmlDocPtr

  private init(parsed: xmlDocPtr) {
    pointer = parsed
  }

  deinit { xmlFreeDoc(pointer) }

  /// The root element.
  public var root: XMLElement { XMLElement(node: xmlDocGetRootElement(pointer)!, document: self) }

  /// Parses `bytes` without network access or entity expansion; `name` is used in messages.
  public static func parse(_ bytes: [UInt8], name: String) throws(XMLIssues) -> XMLDocument {
    XMLLibrary.initialize()
    var issues = resconv_xml_issues()
    resconv_collect_errors(&issues)
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters in
        xmlReadMemory(characters.baseAddress, Int32(clamping: characters.count), name, nil, options)
      }
    }
    resconv_collect_errors(nil)
    let collected = XMLIssue.take(&issues)
    guard let parsed else {
      throw XMLIssues(collected.isEmpty ? [XMLIssue(level: .fatal, line: 0, message: "not well-formed XML")] : collected)
    }
    return XMLDocument(parsed: parsed)
  }
}

/// An element of an ``XMLDocument``; it keeps its document alive.
public struct XMLElement: @unchecked Sendable {
  let node: xmlNodePtr
  let document: XMLDocument

  /// The element's local name.
  public var name: String { String(cString: node.pointee.name) }

  /// The line the element starts on, for parsed documents.
  public var line: Int { Int(xmlGetLineNo(node)) }

  /// The value of an attribute, if present.
  public func attribute(_ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { resconv_xml_free(value) }
    return String(cString: value)
  }

  /// The attributes in document order.
  public var attributes: [(name: String, value: String)] {
    var result: [(String, String)] = []
    var property = node.pointee.properties
    while let current = property {
      let name = String(cString: current.pointee.name)
      result.append((name, attribute(name) ?? ""))
      property = current.pointee.next
    }
    return result
  }

  /// The child nodes in order.
  public var children: [XMLNode] {
    var result: [XMLNode] = []
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE: result.append(.element(XMLElement(node: current, document: document)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: result.append(.text(XMLText.content(of: current)))
      case XML_COMMENT_NODE: result.append(.comment(XMLText.content(of: current)))
      default: break
      }
      child = current.pointee.next
    }
    return result
  }

  /// The child elements in order.
  public var childElements: [XMLElement] {
    children.compactMap { if case .element(let element) = $0 { element } else { nil } }
  }

  /// The first child element named `name`.
  public func child(_ name: String) -> XMLElement? {
    childElements.first { $0.name == name }
  }

  /// All text inside the element, concatenated.
  public var textContent: String { XMLText.content(of: node) }
}

/// A node of a parsed document.
public enum XMLNode: Sendable {
  case element(XMLElement)
  case text(String)
  case comment(String)
}

/// Process-wide libxml2 set-up, done once before any concurrent use.
enum XMLLibrary {
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  static func initialize() { _ = initialized }
}
