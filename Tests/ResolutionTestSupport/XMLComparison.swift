import XMLKit

/// Compares two XML trees node by node: element names, attributes (in any order) and text.
/// Comments are ignored, and so is whitespace-only text between elements (indentation).
public enum XMLComparison {
  /// The differences, each as "path: what differs".
  public static func differences(_ expected: XMLElement, _ actual: XMLElement, path: String = "") -> [String] {
    let here = path + "/" + expected.name
    var result: [String] = []
    if expected.name != actual.name {
      return ["\(here): element \(expected.name) became \(actual.name)"]
    }
    let expectedAttributes = Dictionary(expected.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    let actualAttributes = Dictionary(actual.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    for key in Set(expectedAttributes.keys).union(actualAttributes.keys).sorted()
    where expectedAttributes[key] != actualAttributes[key] {
      result.append("\(here)/@\(key): \(expectedAttributes[key] ?? "absent") became \(actualAttributes[key] ?? "absent")")
    }
    let lhs = significantChildren(expected)
    let rhs = significantChildren(actual)
    for index in 0..<max(lhs.count, rhs.count) {
      let position = "\(here)[\(index + 1)]"
      guard index < lhs.count, index < rhs.count else {
        result.append("\(position): \(index < lhs.count ? "missing" : "extra") \(describe(index < lhs.count ? lhs[index] : rhs[index]))")
        continue
      }
      switch (lhs[index], rhs[index]) {
      case (.element(let left), .element(let right)):
        result += differences(left, right, path: here)
      case (.text(let left), .text(let right)) where left == right:
        break
      default:
        result.append("\(position): \(describe(lhs[index])) became \(describe(rhs[index]))")
      }
    }
    return result
  }

  private static func significantChildren(_ element: XMLElement) -> [XMLNode] {
    let children = element.children.filter { if case .comment = $0 { false } else { true } }
    let hasElements = children.contains { if case .element = $0 { true } else { false } }
    let hasText = children.contains { if case .text(let text) = $0 { !isBlank(text) } else { false } }
    guard hasElements && !hasText else { return children.filter { if case .text(let text) = $0 { !text.isEmpty } else { true } } }
    return children.filter { if case .text = $0 { false } else { true } }
  }

  private static func isBlank(_ text: String) -> Bool {
    text.allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
  }

  private static func describe(_ node: XMLNode) -> String {
    switch node {
    case .element(let element): "<\(element.name)>"
    case .text(let text): "text \"\(text.prefix(60))\""
    case .comment: "comment"
    }
  }
}
