@preconcurrency internal import CLibXML2
internal import XMLShim

/// A message from libxml2 about a document or a schema.
public struct XMLIssue: Hashable, Sendable, CustomStringConvertible {
  /// How serious.
  public enum Level: Int, Sendable {
    case warning = 1, error = 2, fatal = 3
  }

  /// How serious.
  public var level: Level
  /// The line in the document (0 when unknown).
  public var line: Int
  /// The message, without a trailing newline.
  public var message: String

  /// Creates an issue.
  public init(level: Level, line: Int, message: String) {
    self.level = level
    self.line = line
    self.message = message
  }

  public var description: String { line > 0 ? "line \(line): \(message)" : message }

  /// Moves the collected C messages into Swift values and frees them.
  static func take(_ issues: inout resconv_xml_issues) -> [XMLIssue] {
    var result: [XMLIssue] = []
    for index in 0..<Int(issues.count) {
      let item = issues.items[index]
      var message = item.message.map { String(cString: $0) } ?? ""
      while message.last == "\n" { message.removeLast() }
      result.append(XMLIssue(level: Level(rawValue: Int(item.level)) ?? .error, line: Int(item.line), message: message))
    }
    resconv_issues_free(&issues)
    return result
  }
}

/// Issues that made an operation fail.
public struct XMLIssues: Error, Sendable, CustomStringConvertible {
  /// The issues, in the order libxml2 reported them.
  public var issues: [XMLIssue]

  /// Wraps issues.
  public init(_ issues: [XMLIssue]) {
    self.issues = issues
  }

  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
