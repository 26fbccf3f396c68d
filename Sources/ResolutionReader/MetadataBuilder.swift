import ResolutionModel

/// Derives ``Metadata`` from the printed front matter, the formula and the closing lines, and,
/// where the text is silent, from front matter an extraction tool added.
package enum MetadataBuilder {
  /// The metadata of `resolution`, derived from its printed lines (the formula in its preamble
  /// gives language and organ); `extractor` stands in where the text is silent. It depends on
  /// the tree alone, so a tree read back from Akoma Ntoso gets the same metadata.
  package static func metadata(for resolution: Resolution, extractor: [String: String]) -> Metadata {
    let formula = resolution.preamble.formula.flatMap { block -> FormulaPhrases.Entry? in
      let bytes = Array(block.text.utf8)
      return FormulaPhrases.match(bytes, 0..<bytes.count)
    }
    var metadata = Metadata(language: formula?.language.rawValue ?? extractorLanguage(extractor) ?? "en")
    for line in resolution.frontMatter {
      let text = line.text
      switch line.role {
      case .symbol:
        metadata.symbol = metadata.symbol ?? text
      case .organ:
        metadata.organ = metadata.organ ?? OrganNames.match(Array(text.utf8), at: 0)?.organ
      case .distribution:
        metadata.distribution = distributionClass(text)
      case .distributionDate:
        metadata.distributionDate = metadata.distributionDate ?? firstDate(line.content)
      case .session:
        metadata.session = sessionNumber(text)
      case .agendaItem:
        metadata.agendaItems = agendaItems(text)
      case .jobNumber:
        metadata.jobNumber = metadata.jobNumber ?? String(text.prefix(8))
      case .adoption:
        metadata.adoptionDate = metadata.adoptionDate ?? firstDate(line.content)
        metadata.meeting = metadata.meeting ?? meetingNumber(text)
      case .referral:
        metadata.referral = referral(line)
      case .title:
        (metadata.number, metadata.title) = numberAndTitle(text)
        if metadata.adoptionDate == nil, metadata.title == nil { metadata.adoptionDate = firstDate(line.content) }
      case .sourceDocument, .organization, .other:
        break
      }
    }
    for line in resolution.conclusion.lines {
      switch line.role {
      case .meeting: metadata.meeting = metadata.meeting ?? meetingNumber(line.content.text)
      case .date: metadata.adoptionDate = metadata.adoptionDate ?? firstDate(line.content)
      case .vote:
        metadata.meeting = metadata.meeting ?? meetingNumber(line.content.text)
        metadata.vote = vote(line.content.text)
      }
    }
    metadata.symbol = metadata.symbol ?? extractor["symbol"]
    metadata.organ = metadata.organ ?? formula?.organ ?? organ(ofSymbol: metadata.symbol)
    if let symbol = metadata.symbol, symbol.contains("/L.") { metadata.kind = .draftResolution }
    return metadata
  }

  private static func firstDate(_ content: [Inline]) -> ISODate? {
    for inline in content { if case .date(let mention) = inline { return mention.date } }
    return nil
  }

  private static func organ(ofSymbol symbol: String?) -> Organ? {
    guard let symbol else { return nil }
    if symbol.hasPrefix("A/HRC/") { return .humanRightsCouncil }
    if symbol.hasPrefix("A/") { return .generalAssembly }
    if symbol.hasPrefix("S/") { return .securityCouncil }
    if symbol.hasPrefix("E/") { return .economicAndSocialCouncil }
    if symbol.hasPrefix("T/") { return .trusteeshipCouncil }
    return nil
  }

  /// The language an extraction tool named, when it is one of the six official languages of the
  /// United Nations (ISO 639-1); anything else is ignored.
  private static func extractorLanguage(_ extractor: [String: String]) -> String? {
    guard let language = extractor["language"]?.lowercased(), officialLanguages.contains(language) else { return nil }
    return language
  }

  private static let officialLanguages: Set<String> = ["ar", "en", "es", "fr", "ru", "zh"]

  /// "Distr.: General" → "General".
  private static func distributionClass(_ text: String) -> String? {
    let value = text.drop { $0 != " " && $0 != ":" }.drop { $0 == ":" || $0 == " " || $0 == "." }
    return value.isEmpty ? nil : String(value)
  }

  /// "Sixty-first session" → 61; "Soixante et unième session" → 61.
  static func sessionNumber(_ text: String) -> Int? {
    OrdinalWords.value(text)
  }

  /// "Agenda item 57 (b)" → ["57 (b)"]; "Agenda items 12 and 117" → ["12", "117"];
  /// "Point 57 b) de l'ordre du jour" → ["57 b)"].
  static func agendaItems(_ text: String) -> [String] {
    var items: [String] = []
    var words = text.split(separator: " ").drop { $0.first?.isNumber != true }
    while let word = words.first {
      if word.first?.isNumber == true {
        var item = String(word.trimmingTrailing(","))
        words = words.dropFirst()
        if let next = words.first, next.hasPrefix("(") || next.hasSuffix(")"), next.count <= 6 {
          item += " " + next.trimmingTrailing(",")
          words = words.dropFirst()
        }
        items.append(item)
      } else if ["and", "et", "y", ","].contains(word) {
        words = words.dropFirst()
      } else {
        break
      }
    }
    return items
  }

  /// "[on the report of the Second Committee (A/61/426/Add.2)]".
  private static func referral(_ line: FrontMatterLine) -> Referral {
    let text = line.text
    let kind: Referral.Kind =
      text.contains("without reference") || text.contains("sans renvoi") || text.contains("sin remisión")
      ? .withoutReference : .committeeReport
    var committee: String?
    if let range = text.firstRange(of: "Committee") ?? text.firstRange(of: "Commission") ?? text.firstRange(of: "Comisión") {
      let before = text[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
      let after = text[range.upperBound...].split(separator: " ").first.map(String.init) ?? ""
      if ["the", "a", "of", "la", "une", "una"].contains(before) {
        // French and Spanish put the ordinal after the noun: "la Commission principale", "la Segunda Comisión".
        committee = after.first?.isUppercase == true || after == "principale" ? text[range] + " " + after : String(text[range])
      } else {
        committee = before + " " + text[range]
      }
    }
    let documents = line.content.compactMap { inline -> String? in
      if case .documentRef(let ref) = inline { return ref.symbol }
      return nil
    }
    return Referral(kind: kind, committee: committee, documents: documents)
  }

  /// "61/215. Industrial development cooperation" → ("61/215", "Industrial …");
  /// "2 (1946). Resolution of 30 January 1946" → ("2 (1946)", nil); "Resolution 338 (1973)" → ("338 (1973)", nil).
  static func numberAndTitle(_ text: String) -> (String?, String?) {
    var rest = Substring(text)
    if rest.hasPrefix("Resolution ") { rest = rest.dropFirst("Resolution ".count) }
    guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == "/") }) ?? Optional(rest.endIndex) else {
      return (nil, nil)
    }
    var number = String(rest[..<end])
    rest = rest[end...]
    for suffix in [" A", " B", " C", " D"] where rest.hasPrefix(suffix + ".") || rest.hasPrefix(suffix + " (") {
      number += suffix
      rest = rest.dropFirst(suffix.count)
    }
    if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")") {
      number += String(rest[..<rest.index(after: close)])
      rest = rest[rest.index(after: close)...]
    }
    if rest.hasPrefix(".") { rest = rest.dropFirst() }
    let title = rest.trimmingCharacters(in: " \t")
    if title.isEmpty || title.hasPrefix("Resolution of") || title.hasPrefix("of ") { return (number, nil) }
    return (number, title)
  }

  /// "83rd plenary meeting" or "Adopted at the 868th meeting" → 83 / 868.
  static func meetingNumber(_ text: String) -> Int? {
    for word in text.split(separator: " ") {
      let digits = word.prefix { $0.isNumber }
      let suffix = word.dropFirst(digits.count)
      if !digits.isEmpty, !suffix.isEmpty, suffix.first?.isLetter == true || suffix.first == "ª" {
        return Int(digits)
      }
    }
    return nil
  }

  /// "Adopted unanimously …", "Adopted without a vote …", "by 8 votes to none, with 2
  /// abstentions"; also French ("par 14 voix contre zéro, avec une abstention") and Spanish
  /// ("por 14 votos contra ninguno y 1 abstención").
  static func vote(_ text: String) -> Vote? {
    let lower = text.lowercased()
    if ["unanimously", "unanimité", "unanimidad"].contains(where: lower.contains) { return Vote(kind: .unanimous) }
    if ["without a vote", "without vote", "sans vote", "sans mise aux voix", "sin votación", "sin someterla a votación"]
      .contains(where: lower.contains)
    {
      return Vote(kind: .withoutVote)
    }
    let words = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" })
    func number(_ word: Substring) -> Int? {
      if let value = Int(word) { return value }
      return ["none": 0, "zéro": 0, "ninguno": 0, "one": 1, "une": 1, "un": 1, "una": 1, "uno": 1][String(word)]
    }
    func count(before keywords: [String]) -> Int? {
      guard let index = words.firstIndex(where: { word in keywords.contains { word.hasPrefix($0) } }), index > 0 else {
        return nil
      }
      return number(words[index - 1])
    }
    guard let inFavour = count(before: ["vote", "voix", "voto"]) else { return nil }
    var against: Int?
    if let to = words.firstIndex(where: { ["to", "contre", "contra"].contains($0) }), to + 1 < words.count {
      against = number(words[to + 1])
    }
    return Vote(kind: .recorded, inFavour: inFavour, against: against, abstentions: count(before: ["abstention", "abstenci"]) ?? 0)
  }
}

