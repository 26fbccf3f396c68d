import ResolutionModel

/// The languages whose formulas, numbering and dates the reader knows.
package enum Language: String, CaseIterable, Sendable {
  case english = "en"
  case french = "fr"
  case spanish = "es"
}

/// The phrases that open the enacting formula, by organ and language.
package enum FormulaPhrases {
  /// One formula: its words, the organ that speaks and the language.
  package struct Entry: Sendable {
    let phrase: [UInt8]
    package let organ: Organ
    package let language: Language
  }

  static let all: [Entry] = {
    let table: [(String, Organ, Language)] = [
      ("The General Assembly", .generalAssembly, .english),
      ("The Security Council", .securityCouncil, .english),
      ("The Economic and Social Council", .economicAndSocialCouncil, .english),
      ("The Human Rights Council", .humanRightsCouncil, .english),
      ("The Trusteeship Council", .trusteeshipCouncil, .english),
      ("L’Assemblée générale", .generalAssembly, .french),
      ("L'Assemblée générale", .generalAssembly, .french),
      ("Le Conseil de sécurité", .securityCouncil, .french),
      ("Le Conseil économique et social", .economicAndSocialCouncil, .french),
      ("Le Conseil des droits de l’homme", .humanRightsCouncil, .french),
      ("Le Conseil des droits de l'homme", .humanRightsCouncil, .french),
      ("La Asamblea General", .generalAssembly, .spanish),
      ("El Consejo de Seguridad", .securityCouncil, .spanish),
      ("El Consejo Económico y Social", .economicAndSocialCouncil, .spanish),
      ("El Consejo de Derechos Humanos", .humanRightsCouncil, .spanish),
    ]
    return table.map { Entry(phrase: Array($0.0.utf8), organ: $0.1, language: $0.2) }
  }()

  /// The formula that `bytes[range]` consists of (an optional final comma allowed), if any.
  package static func match(_ bytes: [UInt8], _ range: Range<Int>) -> Entry? {
    var end = range.upperBound
    while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: ",") || Bytes.isBlank(bytes[end - 1]) {
      end -= 1
    }
    for entry in all where end - range.lowerBound == entry.phrase.count {
      if Bytes.hasPrefix(bytes, at: range.lowerBound, entry.phrase, ignoringCase: true) { return entry }
    }
    return nil
  }
}

/// Organ names as printed in mastheads and adoption lines.
package enum OrganNames {
  static let all: [([UInt8], Organ)] = [
    ("General Assembly", Organ.generalAssembly), ("Security Council", .securityCouncil),
    ("Economic and Social Council", .economicAndSocialCouncil),
    ("Human Rights Council", .humanRightsCouncil), ("Trusteeship Council", .trusteeshipCouncil),
    ("Assemblée générale", .generalAssembly), ("Conseil de sécurité", .securityCouncil),
    ("Conseil économique et social", .economicAndSocialCouncil),
    ("Asamblea General", .generalAssembly), ("Consejo de Seguridad", .securityCouncil),
    ("Consejo Económico y Social", .economicAndSocialCouncil),
  ].map { (Array($0.0.utf8), $0.1) }

  /// The printed names of `organ` in every language the reader knows.
  package static func names(of organ: Organ?) -> [String] {
    all.filter { $0.1 == organ }.map { String(decoding: $0.0, as: UTF8.self) }
  }

  /// The organ whose name starts at `index`, with the name's length.
  static func match(_ bytes: [UInt8], at index: Int) -> (organ: Organ, length: Int)? {
    for (name, organ) in all where Bytes.hasPrefix(bytes, at: index, name, ignoringCase: true) {
      return (organ, name.count)
    }
    return nil
  }
}
