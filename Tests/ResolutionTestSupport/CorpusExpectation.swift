import Foundation
import ResolutionModel

/// What a corpus file must read as, written by reading the text (`Tests/CorpusTests/Expected/`).
public struct CorpusExpectation: Decodable, Sendable {
  public var file: String
  public var symbol: String?
  public var organ: String?
  public var language: String
  public var adoptionDate: String?
  public var resolutionNumber: String?
  public var title: String?
  public var formula: String?
  public var preambularParagraphs: Int
  public var operativeParagraphs: Int
  public var subparagraphs: Int
  public var sections: Int
  public var footnotes: Int
  public var annexes: Int
  public var meeting: String?
  public var vote: String?
  public var operativeOpenings: [String]

  /// The directory of expectation files.
  public static var directory: URL { Repository.root.appendingPathComponent("Tests/CorpusTests/Expected") }

  /// The expectation for a corpus file name such as `A_RES_73_6.txt`.
  public static func load(for file: String) throws -> CorpusExpectation {
    let url = directory.appendingPathComponent(String(file.dropLast(4)) + ".json")
    return try JSONDecoder().decode(CorpusExpectation.self, from: Data(contentsOf: url))
  }
}

/// The same measures taken from a tree the reader produced.
public struct StructureSummary: Sendable {
  public var symbol: String?
  public var organ: String?
  public var language: String
  public var adoptionDate: String?
  public var resolutionNumber: String?
  public var title: String?
  public var formula: String?
  public var preambularParagraphs: Int
  public var operativeParagraphs: Int
  public var subparagraphs: Int
  public var sections: Int
  public var footnotes: Int
  public var annexes: Int
  public var meeting: String?
  public var vote: String?
  public var operativeOpenings: [String]

  public init(_ resolution: Resolution) {
    let metadata = resolution.metadata
    symbol = metadata.symbol
    organ = metadata.organ?.rawValue
    language = metadata.language
    adoptionDate = metadata.adoptionDate?.description
    resolutionNumber = metadata.number
    title = metadata.title
    formula = resolution.preamble.formula?.text
    preambularParagraphs = resolution.preamble.paragraphs.count
    var operative: [Paragraph] = []
    var sectionCount = 0
    func visit(_ node: BodyNode) {
      switch node {
      case .paragraph(let paragraph): operative.append(paragraph)
      case .section(let section):
        sectionCount += 1
        section.children.forEach(visit)
      case .recital, .formula, .heading: break
      }
    }
    resolution.operative.forEach(visit)
    operativeParagraphs = operative.count
    sections = sectionCount
    subparagraphs = (resolution.preamble.paragraphs + operative).reduce(0) { $0 + $1.descendantCount }
    footnotes = Set(resolution.footnotes.map(\.label)).count
    annexes = resolution.annexes.count
    meeting = resolution.conclusion.lines.first { $0.role == .meeting }.map { Self.withoutMarkers($0.content) }
    let votes = resolution.conclusion.lines.filter { $0.role == .vote }.map { Self.withoutMarkers($0.content) }
    let adoptedLine = resolution.frontMatter.first { $0.role == .adoption && $0.text.hasPrefix("Adopted") }
    vote = votes.isEmpty ? adoptedLine.map { Self.withoutMarkers($0.content) } : votes.joined(separator: " ")
    operativeOpenings = operative.map { paragraph in
      let words = paragraph.content.text.split(separator: " ").prefix(3).joined(separator: " ")
      guard let num = paragraph.num else { return words }
      return (num.text.hasPrefix("(") ? num.text : num.value + ".") + " " + words
    }
  }

  private static func withoutMarkers(_ content: [Inline]) -> String {
    let text = content.filter { if case .footnoteRef = $0 { false } else { true } }.text
    return text.split(separator: " ").joined(separator: " ")
  }

  /// The fields that differ from `expected`, as "field: expected … got …".
  public func mismatches(against expected: CorpusExpectation) -> [String] {
    var result: [String] = []
    func check<T: Equatable>(_ name: String, _ want: T, _ got: T) {
      if want != got { result.append("\(name): expected \(want) got \(got)") }
    }
    check("symbol", expected.symbol, symbol)
    check("organ", expected.organ, organ)
    check("language", expected.language, language)
    check("adoptionDate", expected.adoptionDate, adoptionDate)
    check("resolutionNumber", expected.resolutionNumber, resolutionNumber)
    check("title", expected.title, title)
    check("formula", expected.formula, formula)
    check("preambularParagraphs", expected.preambularParagraphs, preambularParagraphs)
    check("operativeParagraphs", expected.operativeParagraphs, operativeParagraphs)
    check("subparagraphs", expected.subparagraphs, subparagraphs)
    check("sections", expected.sections, sections)
    check("footnotes", expected.footnotes, footnotes)
    check("annexes", expected.annexes, annexes)
    check("meeting", expected.meeting, meeting)
    check("vote", expected.vote, vote)
    for (index, (want, got)) in zip(expected.operativeOpenings, operativeOpenings).enumerated() where want != got {
      result.append("operative opening \(index + 1): expected \"\(want)\" got \"\(got)\"")
    }
    return result
  }
}
