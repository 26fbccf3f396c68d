/// What is known about a resolution as a document: identity, dates, provenance.
///
/// Values are derived from the printed front matter and closing lines (kept as text elsewhere in
/// the AST) or, for extracted text, from front matter that the extraction tool added.
public struct Metadata: Hashable, Sendable, Codable {
  /// The document symbol, e.g. `A/RES/61/215` or `S/RES/1454 (2002)`.
  public var symbol: String?
  /// The adopting organ.
  public var organ: Organ?
  /// Resolution, draft, or decision.
  public var kind: DocumentKind
  /// The session number, e.g. 61 for "Sixty-first session".
  public var session: Int?
  /// Agenda items as printed after "Agenda item", e.g. `["57 (b)"]`.
  public var agendaItems: [String]
  /// The distribution class, e.g. "General".
  public var distribution: String?
  /// The date under "Distr.".
  public var distributionDate: ISODate?
  /// The printed job number, e.g. `06-50727`.
  public var jobNumber: String?
  /// The date of adoption.
  public var adoptionDate: ISODate?
  /// How the text reached the plenary ("[on the report of the Second Committee (A/61/426/Add.2)]").
  public var referral: Referral?
  /// The resolution number as printed before the title, e.g. `61/215` or `1454 (2002)`.
  public var number: String?
  /// The title.
  public var title: String?
  /// ISO 639-1 language code of the text, e.g. `en`, `fr`, `es`.
  public var language: String
  /// The meeting at which the text was adopted, e.g. 83 for "83rd plenary meeting".
  public var meeting: Int?
  /// The vote, when the text records one.
  public var vote: Vote?

  /// Creates metadata; everything but the language is optional.
  public init(
    symbol: String? = nil, organ: Organ? = nil, kind: DocumentKind = .resolution,
    session: Int? = nil, agendaItems: [String] = [], distribution: String? = nil,
    distributionDate: ISODate? = nil, jobNumber: String? = nil, adoptionDate: ISODate? = nil,
    referral: Referral? = nil, number: String? = nil, title: String? = nil, language: String = "en",
    meeting: Int? = nil, vote: Vote? = nil
  ) {
    self.symbol = symbol
    self.organ = organ
    self.kind = kind
    self.session = session
    self.agendaItems = agendaItems
    self.distribution = distribution
    self.distributionDate = distributionDate
    self.jobNumber = jobNumber
    self.adoptionDate = adoptionDate
    self.referral = referral
    self.number = number
    self.title = title
    self.language = language
    self.meeting = meeting
    self.vote = vote
  }
}

/// A principal organ (or subsidiary body) of the United Nations that adopts resolutions.
public enum Organ: String, Hashable, Sendable, Codable, CaseIterable {
  /// General Assembly (symbols `A/…`).
  case generalAssembly
  /// Security Council (symbols `S/…`).
  case securityCouncil
  /// Economic and Social Council (symbols `E/…`).
  case economicAndSocialCouncil
  /// Human Rights Council (symbols `A/HRC/…`).
  case humanRightsCouncil
  /// Trusteeship Council (symbols `T/…`).
  case trusteeshipCouncil
}

/// The kind of document.
public enum DocumentKind: String, Hashable, Sendable, Codable {
  /// An adopted resolution.
  case resolution
  /// A draft resolution (symbols such as `A/61/L.5`).
  case draftResolution
  /// An adopted decision.
  case decision
}

/// How a General Assembly text reached the plenary.
public struct Referral: Hashable, Sendable, Codable {
  /// Whether the text came from a committee report.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// "[on the report of the Second Committee (A/61/426/Add.2)]".
    case committeeReport
    /// "[without reference to a Main Committee (A/61/L.45)]".
    case withoutReference
  }

  /// Report or direct.
  public var kind: Kind
  /// The committee named, e.g. "Second Committee" or "Main Committee".
  public var committee: String?
  /// Symbols of the documents named in brackets.
  public var documents: [String]

  /// Creates a referral.
  public init(kind: Kind, committee: String?, documents: [String]) {
    self.kind = kind
    self.committee = committee
    self.documents = documents
  }
}

/// The recorded outcome of a vote.
public struct Vote: Hashable, Sendable, Codable {
  /// How the text was adopted.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// By a recorded count.
    case recorded
    /// Unanimously.
    case unanimous
    /// Without a vote (by consensus).
    case withoutVote
  }

  /// How the text was adopted.
  public var kind: Kind
  /// Votes in favour.
  public var inFavour: Int?
  /// Votes against.
  public var against: Int?
  /// Abstentions.
  public var abstentions: Int?

  /// Creates a vote record.
  public init(kind: Kind, inFavour: Int? = nil, against: Int? = nil, abstentions: Int? = nil) {
    self.kind = kind
    self.inFavour = inFavour
    self.against = against
    self.abstentions = abstentions
  }
}
