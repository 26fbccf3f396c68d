import ArgumentParser

/// `resconv formats`: lists the output formats.
struct Formats: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the output formats.")

  func run() {
    let width = OutputFormat.allCases.map(\.rawValue.count).max() ?? 0
    for format in OutputFormat.allCases {
      let name = format.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
      print("\(name)  \(format.summary) (.\(format.fileExtension))")
    }
  }
}
