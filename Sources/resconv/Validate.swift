import AkomaNtoso
import ArgumentParser
import Foundation
import XMLKit

/// `resconv validate`: checks Akoma Ntoso files against the AKN 3.0 schema built into resconv.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Validate Akoma Ntoso files against the OASIS AKN 3.0 schema.",
    discussion: """
      Prints FILE:LINE: error: MESSAGE for each problem and FILE: valid for each valid file. \
      Exits with status 1 if any file is invalid or unreadable. The schema is built into \
      resconv; nothing is fetched from the network.

      EXAMPLE
        resconv validate out/*.akn.xml
      """)

  @Argument(help: "Akoma Ntoso XML files.")
  var files: [String]

  @Flag(name: [.customShort("q"), .customLong("quiet")], help: "Print only problems.")
  var quiet = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("give one or more files to validate.") }
  }

  func run() throws {
    var failed = false
    for path in files {
      let report: [String]
      do {
        let source = try InputSource.read(path, limit: Int.max)
        let document = try XMLDocument.parse(source.bytes, name: path)
        report = try AkomaNtosoSchema.validate(document).map { "\(path):\($0.line): error: \($0.message)" }
      } catch let issues as XMLIssues {
        report = issues.issues.map { "\(path):\($0.line): error: not well-formed: \($0.message)" }
      } catch {
        report = ["\(path): error: \(error)"]
      }
      if report.isEmpty {
        if !quiet { print("\(path): valid") }
      } else {
        failed = true
        FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8))
      }
    }
    if failed { throw ExitCode(1) }
  }
}
