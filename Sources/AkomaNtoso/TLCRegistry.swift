import ResolutionModel
import XMLKit

/// The Top Level Classes a document refers to. Every `#id` the emitter writes in `refersTo`,
/// `href`, `as`, `by` or `source` goes through here, so each one resolves to a TLC in
/// `<references>`. AKN4UN publishes no UN ontology IRIs, so hrefs follow the OASIS shape
/// `/akn/ontology/{class}/…`. [ours]
struct TLCRegistry {
  enum Kind: Int, Comparable {
    case organization, role, event, concept
    static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

    var element: String {
      switch self {
      case .organization: "TLCOrganization"
      case .role: "TLCRole"
      case .event: "TLCEvent"
      case .concept: "TLCConcept"
      }
    }
  }

  struct Entry {
    let kind: Kind
    /// Order within its kind in `<references>`.
    let rank: Int
    let id: String
    let href: String
    let showAs: String
  }

  private var entries: [String: Entry] = [:]

  /// Registers `entry` (once) and returns the `#id` that refers to it.
  @discardableResult
  mutating func use(_ entry: Entry) -> String {
    if entries[entry.id] == nil { entries[entry.id] = entry }
    return "#" + entry.id
  }

  /// Writes the TLCs in a fixed order: by kind, then rank, then id.
  func write(_ xml: XMLWriter) {
    let sorted = entries.values.sorted { ($0.kind, $0.rank, $0.id) < ($1.kind, $1.rank, $1.id) }
    for entry in sorted {
      xml.element(entry.kind.element, [("eId", entry.id), ("href", entry.href), ("showAs", entry.showAs)])
    }
  }
}

/// The TLCs resconv uses.
enum TLC {
  static let unitedNations = TLCRegistry.Entry(
    kind: .organization, rank: 0, id: "unitedNations", href: "/akn/ontology/organization/un", showAs: "United Nations")

  static func organ(_ organ: Organ?) -> TLCRegistry.Entry {
    let (id, name) = names(organ)
    return TLCRegistry.Entry(
      kind: .organization, rank: 1, id: id, href: "/akn/ontology/organization/un/\(AKNIdentity.actor(organ))",
      showAs: name)
  }

  /// The TLC id and name of an organ.
  static func names(_ organ: Organ?) -> (id: String, name: String) {
    switch organ {
    case .generalAssembly: ("generalAssembly", "General Assembly")
    case .securityCouncil: ("securityCouncil", "Security Council")
    case .economicAndSocialCouncil: ("economicAndSocialCouncil", "Economic and Social Council")
    case .humanRightsCouncil: ("humanRightsCouncil", "Human Rights Council")
    case .trusteeshipCouncil: ("trusteeshipCouncil", "Trusteeship Council")
    case nil: ("unitedNationsOrgan", "United Nations")
    }
  }

  /// A committee named in the referral line: "Second Committee" → `un-ga-c2`.
  static func committee(_ name: String, organ: Organ?) -> TLCRegistry.Entry {
    let ordinals = [
      ["First", "Première", "Primera"], ["Second", "Deuxième", "Segunda"], ["Third", "Troisième", "Tercera"],
      ["Fourth", "Quatrième", "Cuarta"], ["Fifth", "Cinquième", "Quinta"], ["Sixth", "Sixième", "Sexta"],
    ]
    let actor = AKNIdentity.actor(organ)
    let words = name.split(separator: " ").map(String.init)
    let slug: String
    if let index = ordinals.firstIndex(where: { forms in forms.contains { words.contains($0) } }) {
      slug = "\(actor)-c\(index + 1)"
    } else {
      slug = actor + "-" + name.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: "-")
    }
    return TLCRegistry.Entry(kind: .organization, rank: 2, id: camelCase(name), href: "/akn/ontology/organization/un/\(slug)", showAs: name)
  }

  static let converter = TLCRegistry.Entry(
    kind: .organization, rank: 3, id: "converter", href: "/akn/ontology/organization/un/ods-akn-converter",
    showAs: "ODS plain-text to AKN converter")

  static let author = TLCRegistry.Entry(
    kind: .role, rank: 0, id: "author", href: "/akn/ontology/role/author", showAs: "Author")

  static func adoption(_ identity: AKNIdentity) -> TLCRegistry.Entry {
    TLCRegistry.Entry(
      kind: .event, rank: 0, id: "adoption",
      href: "/akn/ontology/event/un/\(identity.actor)/\(identity.date)/adoption-\(identity.number)",
      showAs: "Adoption of resolution \(identity.numberShown)")
  }

  static func session(_ number: Int, printed: String, organ: Organ?, actor: String) -> TLCRegistry.Entry {
    TLCRegistry.Entry(
      kind: .event, rank: 1, id: "\(sessionPrefix(organ))Session\(number)", href: "/akn/ontology/event/un/\(actor)/session-\(number)",
      showAs: "\(printed) of the \(names(organ).name)")
  }

  static func meeting(_ number: Int, printed: String, organ: Organ?, session: Int?, actor: String) -> TLCRegistry.Entry {
    let plenary = printed.lowercased().contains("plenary")
    let id = (plenary ? "plenaryMeeting" : "meeting") + String(number)
    let path = (session.map { "session-\($0)/" } ?? "") + (plenary ? "plenary-" : "meeting-") + String(number)
    return TLCRegistry.Entry(kind: .event, rank: 2, id: id, href: "/akn/ontology/event/un/\(actor)/\(path)", showAs: printed)
  }

  static func publication(symbol: String) -> TLCRegistry.Entry {
    let slug = symbol.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    return TLCRegistry.Entry(
      kind: .event, rank: 3, id: "publicationEvent", href: "/akn/ontology/event/un/publication/\(slug)",
      showAs: "Publication of \(symbol)")
  }

  static func concept(_ id: String, _ path: String, _ showAs: String, rank: Int) -> TLCRegistry.Entry {
    TLCRegistry.Entry(kind: .concept, rank: rank, id: id, href: "/akn/ontology/concept/un/\(path)", showAs: showAs)
  }

  static let resolution = concept("resolution", "resolution", "Resolution", rank: 0)
  static let adoptionDate = concept("adoptionDate", "adoptionDate", "Adoption date", rank: 1)
  static let symbol = concept("symbol", "documentSymbol", "Document symbol", rank: 2)
  static let jobNumber = concept("jobNumber", "jobNumber", "Job number", rank: 3)
  static let preamble = concept("preamble", "preamble", "Preamble", rank: 5)
  static let vote = concept("vote", "vote", "Vote", rank: 6)
  static let enactingFormula = concept("enactingFormula", "enactingFormula", "Enacting formula", rank: 7)

  static func distribution(_ printed: String, kind: String) -> TLCRegistry.Entry {
    let slug = kind.lowercased()
    return concept("distribution" + kind.capitalizedFirst, "distribution/\(slug)", printed, rank: 4)
  }

  private static func sessionPrefix(_ organ: Organ?) -> String {
    switch organ {
    case .generalAssembly: "ga"
    case .securityCouncil: "sc"
    case .economicAndSocialCouncil: "ecosoc"
    case .humanRightsCouncil: "hrc"
    case .trusteeshipCouncil: "tc"
    case nil: "un"
    }
  }

  /// "Second Committee" → "secondCommittee".
  static func camelCase(_ name: String) -> String {
    let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard let first = words.first else { return "committee" }
    return first.lowercased() + words.dropFirst().map { String($0).capitalizedFirst }.joined()
  }
}

extension String {
  /// The string with its first character upper-cased and the rest lower-cased.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst().lowercased() }
}
