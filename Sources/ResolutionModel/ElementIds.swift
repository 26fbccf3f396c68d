/// The eIds of a resolution's elements (OASIS naming convention, as AKN4UN applies it), computed
/// once and shared by the emitters, so that an HTML element carries the same id as the Akoma
/// Ntoso element it corresponds to and the two outputs can be cross-linked.
///
/// The structure mirrors the AST: walk it beside the resolution. Footnote references get the
/// eId of the `authorialNote` AKN writes at their position (nil when the note is missing).
public struct ElementIds: Sendable, Hashable {
  /// Front-matter groups in `coverPage` and `preface`, by group name ("masthead", "adoption" …).
  public var frontMatter: [String: String] = [:]
  /// The formula's eId and its notes.
  public var formula: Inlines?
  /// One entry per preambular paragraph.
  public var preamble: [Item] = []
  /// One entry per operative node.
  public var body: [Node] = []
  /// The conclusions container, the notes of each closing line, and the notes whose marker the
  /// text lacks (written at the end of the conclusions).
  public var conclusions: String?
  public var conclusionNotes: [[String?]] = []
  public var unreferencedNotes: [UnreferencedNote] = []

  /// A note no marker refers to: its label and the eId of the `authorialNote` that keeps it.
  public struct UnreferencedNote: Sendable, Hashable {
    public var label: String
    public var id: String
  }
  /// One entry per annex.
  public var annexes: [Annex] = []

  /// An element with inline content: its eId and the eIds of the notes in it, in order.
  public struct Inlines: Sendable, Hashable {
    public var id: String
    public var notes: [String?]
  }

  /// A paragraph (or sub-paragraph): its eId, its content's notes, and its list of items.
  public struct Item: Sendable, Hashable {
    public var id: String
    public var notes: [String?]
    /// The `list`/`blockList` holding the sub-paragraphs, if any.
    public var list: String?
    /// The `intro` of that list (operative paragraphs with a lead-in).
    public var intro: Inlines?
    public var items: [Item]
  }

  /// An operative or annex node.
  public indirect enum Node: Sendable, Hashable {
    case paragraph(Item)
    case section(id: String, heading: [String?], children: [Node])
    /// A heading or formula written as `crossHeading` (in a section) or `hcontainer`.
    case heading(Inlines)
    /// A recital (a preambular paragraph among operative ones), written as an `hcontainer`
    /// holding its text and sub-paragraphs as a preambular paragraph's.
    case recital(Item)
    /// The placeholder of an empty operative part.
    case empty(String)
  }

  /// An annex: the attachment's eId, the notes of its heading and title, and its body.
  public struct Annex: Sendable, Hashable {
    public var id: String
    public var headingNotes: [String?]
    public var titleNotes: [String?]
    public var body: [Node]
  }

  /// The front-matter groups in reading order, with the roles each holds (AKN4UN containers).
  public static let coverPageGroups: [(name: String, roles: Set<FrontMatterLine.Role>)] = [
    ("masthead", [.organization, .symbol, .organ, .distribution, .distributionDate]),
    ("footer", [.jobNumber]),
  ]
  public static let prefaceGroups: [(name: String, roles: Set<FrontMatterLine.Role>)] = [
    ("publicationHeading", [.session, .agendaItem]),
    ("adoption", [.adoption, .referral, .sourceDocument]),
    ("title", [.title]),
    ("unclassified", [.other]),
  ]

  /// Assigns the eIds of `resolution`.
  public init(_ resolution: Resolution) {
    var assigner = Assigner(resolution: resolution)
    self = assigner.assign()
  }

  init() {}
}

/// The walk that numbers the elements, in the order the Akoma Ntoso emitter writes them.
private struct Assigner {
  let resolution: Resolution
  let notes: Set<String>
  var generator = EIdGenerator()

  init(resolution: Resolution) {
    self.resolution = resolution
    self.notes = Set(resolution.footnotes.map(\.label))
  }

  mutating func assign() -> ElementIds {
    var ids = ElementIds()
    for (part, groups) in [("coverPage", ElementIds.coverPageGroups), ("preface", ElementIds.prefaceGroups)] {
      for group in groups where resolution.frontMatter.contains(where: { group.roles.contains($0.role) }) {
        ids.frontMatter[group.name] = generator.make("container", under: part)
      }
    }
    if let formula = resolution.preamble.formula {
      let id = generator.make("formula", under: "preamble")
      ids.formula = ElementIds.Inlines(id: id, notes: notes(in: formula.content, owner: id))
    }
    for paragraph in resolution.preamble.paragraphs {
      ids.preamble.append(blockItem(paragraph, id: generator.make("container", under: "preamble")))
    }
    ids.body = body(resolution.operative, prefix: nil)
    let unreferenced = unreferencedNotes()
    if !resolution.conclusion.lines.isEmpty || !unreferenced.isEmpty {
      let id = generator.make("container", under: "conclusions")
      ids.conclusions = id
      ids.conclusionNotes = resolution.conclusion.lines.map { notes(in: $0.content, owner: id) }
      ids.unreferencedNotes = unreferenced.map {
        ElementIds.UnreferencedNote(label: $0, id: generator.make("authorialNote", under: id, num: $0))
      }
    }
    for annex in resolution.annexes {
      let id = generator.make("att", under: nil)
      ids.annexes.append(
        ElementIds.Annex(
          id: id, headingNotes: notes(in: annex.heading.content, owner: id),
          titleNotes: annex.title.map { notes(in: $0.content, owner: id) } ?? [],
          body: body(annex.body, prefix: id)))
    }
    return ids
  }

  /// The eIds of the notes referenced in `content`, under `owner`.
  private mutating func notes(in content: [Inline], owner: String) -> [String?] {
    content.compactMap { inline -> String?? in
      guard case .footnoteRef(let reference) = inline else { return nil }
      return notes.contains(reference.label) ? generator.make("authorialNote", under: owner, num: reference.label) : .some(nil)
    }
  }

  /// A paragraph in block context (preamble container, blockList item).
  private mutating func blockItem(_ paragraph: Paragraph, id: String) -> ElementIds.Item {
    var item = ElementIds.Item(id: id, notes: [], list: nil, intro: nil, items: [])
    if !paragraph.content.isEmpty || paragraph.items.isEmpty { item.notes = notes(in: paragraph.content, owner: id) }
    guard !paragraph.items.isEmpty else { return item }
    let list = generator.make("list", under: id)
    item.list = list
    for child in paragraph.items {
      item.items.append(blockItem(child, id: generator.make("item", under: list, num: child.num?.value)))
    }
    return item
  }

  /// Operative or annex nodes. Paragraph eIds take the section's prefix only where numbering
  /// restarts in each section.
  private mutating func body(_ nodes: [BodyNode], prefix: String?) -> [ElementIds.Node] {
    let prefixSections = ElementIds.numberingRestarts(nodes)
    var result = nodes.map { node(for: $0, prefix: prefix, prefixSections: prefixSections, inSection: false) }
    if nodes.isEmpty { result.append(.empty(generator.make("hcontainer", under: prefix))) }
    return result
  }

  private mutating func node(for node: BodyNode, prefix: String?, prefixSections: Bool, inSection: Bool) -> ElementIds.Node {
    switch node {
    case .paragraph(let paragraph):
      return .paragraph(hierarchyItem(paragraph, id: generator.make("para", under: prefix, num: paragraph.num?.value)))
    case .section(let section):
      let id = generator.make("sec", under: prefix, num: section.num?.value)
      let heading = section.heading.map { notes(in: $0.content, owner: id) } ?? []
      let children = section.children.map {
        self.node(for: $0, prefix: prefixSections ? id : prefix, prefixSections: prefixSections, inSection: true)
      }
      return .section(id: id, heading: heading, children: children)
    case .recital(let paragraph):
      return .recital(blockItem(paragraph, id: generator.make("hcontainer", under: prefix)))
    case .formula(let block), .heading(let block):
      return heading(block.content, prefix: prefix, inSection: inSection)
    }
  }

  private mutating func heading(_ content: [Inline], prefix: String?, inSection: Bool) -> ElementIds.Node {
    let id = generator.make(inSection ? "crossHeading" : "hcontainer", under: prefix)
    return .heading(ElementIds.Inlines(id: id, notes: notes(in: content, owner: id)))
  }

  /// An operative paragraph or point: content, or a list with an intro and points.
  private mutating func hierarchyItem(_ paragraph: Paragraph, id: String) -> ElementIds.Item {
    var item = ElementIds.Item(id: id, notes: [], list: nil, intro: nil, items: [])
    guard !paragraph.items.isEmpty else {
      item.notes = notes(in: paragraph.content, owner: id)
      return item
    }
    let list = generator.make("list", under: id)
    item.list = list
    if !paragraph.content.isEmpty {
      let intro = generator.fixed("intro", under: list)
      item.intro = ElementIds.Inlines(id: intro, notes: notes(in: paragraph.content, owner: intro))
    }
    for child in paragraph.items {
      item.items.append(hierarchyItem(child, id: generator.make("point", under: list, num: child.num?.value)))
    }
    return item
  }

  /// Labels of notes that no marker refers to, once each.
  private func unreferencedNotes() -> [String] {
    var referenced: Set<String> = []
    resolution.forEachTextPiece { piece in
      if case .footnoteRef(let reference) = piece { referenced.insert(reference.label) }
    }
    var seen: Set<String> = []
    return resolution.footnotes.map(\.label).filter { !referenced.contains($0) && seen.insert($0).inserted }
  }
}

extension ElementIds {
  /// Whether paragraph numbers repeat across sections (each section restarts at 1).
  public static func numberingRestarts(_ nodes: [BodyNode]) -> Bool {
    var seen: Set<String> = []
    for node in nodes {
      guard case .section(let section) = node else { continue }
      for child in section.children {
        if case .paragraph(let paragraph) = child, let value = paragraph.num?.value {
          if !seen.insert(value).inserted { return true }
        }
      }
    }
    return false
  }
}
