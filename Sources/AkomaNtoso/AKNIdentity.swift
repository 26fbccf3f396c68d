import ResolutionModel

/// The FRBR identity of a resolution in AKN4UN terms: actor, date, number, language and IRIs.
///
/// Pattern (AKN4UN): `/akn/un/statement/deliberation/{actor}/{date}/{number}`, with the expression
/// `…/{lang}@{date}` and the manifestation `….xml`; component `!main`.
struct AKNIdentity {
  /// "un-ga", "un-sc" …
  let actor: String
  /// The work date: the adoption date (see ``workDate(_:)`` for what stands in when it is unknown).
  let date: ISODate
  /// What the date is: "adoption", or the stand-in used.
  let dateName: String
  /// The number as an IRI component: "61/215" → "61-215", "68/247 B" → "68-247_B".
  let number: String
  /// The number as printed: "61/215".
  let numberShown: String
  /// ISO 639-2 language code: "eng".
  let language: String

  init(_ metadata: Metadata) {
    actor = Self.actor(metadata.organ)
    (date, dateName) = Self.workDate(metadata)
    numberShown = Self.printedNumber(metadata)
    number = Self.iriNumber(numberShown)
    language = Self.languageCode(metadata.language)
  }

  var work: String { "/akn/un/statement/deliberation/\(actor)/\(date)/\(number)" }
  var expression: String { "\(work)/\(language)@\(date)" }
  var manifestation: String { "\(expression).xml" }

  /// The IRI actor of an organ. [AKN4UN: un-ga; the other organs follow its body-sub-body pattern.]
  static func actor(_ organ: Organ?) -> String {
    switch organ {
    case .generalAssembly: "un-ga"
    case .securityCouncil: "un-sc"
    case .economicAndSocialCouncil: "un-ecosoc"
    case .humanRightsCouncil: "un-hrc"
    case .trusteeshipCouncil: "un-tc"
    case nil: "un"
    }
  }

  /// The date of the work. AKN IRIs need one; when the text gives no adoption date we use the
  /// distribution date, then 1 January of the year in a Security Council number "1454 (2002)",
  /// and name the FRBRdate accordingly. [ours: AKN4UN is silent]
  static func workDate(_ metadata: Metadata) -> (ISODate, String) {
    if let date = metadata.adoptionDate { return (date, "adoption") }
    if let date = metadata.distributionDate { return (date, "publication") }
    let candidates = [metadata.number, metadata.symbol].compactMap { $0 }
    for text in candidates {
      if let open = text.firstIndex(of: "("), let year = Int(text[text.index(after: open)...].prefix(4)),
        let date = ISODate(year: year, month: 1, day: 1)
      {
        return (date, "yearOfAdoption")
      }
    }
    return (ISODate(year: 1945, month: 10, day: 24)!, "unknown")
  }

  /// The resolution number as printed, or taken from the symbol ("A/RES/61/215" → "61/215").
  static func printedNumber(_ metadata: Metadata) -> String {
    if let number = metadata.number { return number }
    guard let symbol = metadata.symbol else { return "unnumbered" }
    for prefix in ["A/RES/", "S/RES/", "E/RES/", "A/HRC/RES/"] where symbol.hasPrefix(prefix) {
      return String(symbol.dropFirst(prefix.count))
    }
    return symbol
  }

  /// "61/215" → "61-215"; "68/247 B" → "68-247_B"; "1454 (2002)" → "1454-2002" (brackets dropped:
  /// [ours], AKN4UN gives no Security Council example).
  static func iriNumber(_ printed: String) -> String {
    var result = ""
    for character in printed {
      switch character {
      case "/": result.append("-")
      case " ": if !result.hasSuffix("-") { result.append("_") }
      case "(": if result.hasSuffix("_") { result.removeLast() }; result.append("-")
      case ")": break
      default:
        if character.isLetter || character.isNumber || character == "." || character == "-" {
          result.append(character)
        }
      }
    }
    return result.isEmpty ? "unnumbered" : result
  }

  /// ISO 639-1 to the ISO 639-2 codes AKN uses.
  static func languageCode(_ code: String) -> String {
    switch code {
    case "en": "eng"
    case "fr": "fra"
    case "es": "spa"
    case "ru": "rus"
    case "ar": "ara"
    case "zh": "zho"
    default: code.count == 3 ? code : "und"
    }
  }

  /// Where a reference to a document symbol points: a General Assembly resolution with its date
  /// gets its AKN work IRI (AKN4UN); anything else the UN symbol resolver. [ours: see spec §7]
  static func href(for reference: DocumentRef, resolver: String) -> String {
    if let date = reference.date {
      for (prefix, actor) in resolutionSeries where reference.symbol.hasPrefix(prefix) {
        let number = iriNumber(String(reference.symbol.dropFirst(prefix.count)))
        return "/akn/un/statement/deliberation/\(actor)/\(date)/\(number)"
      }
    }
    return resolver + DocumentSymbol.urlPath(reference.symbol)
  }

  /// Resolution symbol series and the IRI actor of the organ that adopts them.
  static let resolutionSeries: [(prefix: String, actor: String)] = [
    ("A/HRC/RES/", "un-hrc"), ("A/RES/", "un-ga"), ("S/RES/", "un-sc"), ("E/RES/", "un-ecosoc"),
  ]

  /// The inverse of ``iriNumber(_:)``: "61-215" → "61/215", "68-247_B" → "68/247 B",
  /// "1454-2002" → "1454 (2002)", "2453_A-XXIII" → "2453 A (XXIII)".
  static func printedNumber(fromIRI number: String) -> String {
    var parts = number.split(separator: "-", omittingEmptySubsequences: false).map { $0.replacingUnderscores() }
    var suffix = ""
    if parts.count >= 2, let last = parts.last,
      last.count == 4 && last.allSatisfy(\.isNumber) || !last.isEmpty && last.allSatisfy({ "IVXLC".contains($0) })
    {
      suffix = " (\(last))"
      parts.removeLast()
    }
    return parts.joined(separator: "/") + suffix
  }

  /// The inverse of ``DocumentSymbol/urlPath(_:)``.
  static func symbol(fromUndocs path: String) -> String {
    var bytes: [UInt8] = []
    var index = path.utf8.startIndex
    let utf8 = path.utf8
    while index < utf8.endIndex {
      if utf8[index] == UInt8(ascii: "%"), utf8.distance(from: index, to: utf8.endIndex) >= 3,
        let value = UInt8(String(decoding: utf8[utf8.index(after: index)..<utf8.index(index, offsetBy: 3)], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        index = utf8.index(index, offsetBy: 3)
      } else {
        bytes.append(utf8[index])
        index = utf8.index(after: index)
      }
    }
    let decoded = String(decoding: bytes, as: UTF8.self)
    return decoded.contains("/RES/") ? decoded.replacingOccurrences("(", " (") : decoded
  }

}

extension StringProtocol {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? " " : $0 })
  }

  fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
