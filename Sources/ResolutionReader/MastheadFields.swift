import ResolutionModel

/// Splits a masthead line into its fields, including fields glued together by the ODS export:
/// "United NationsA/RES/61/215General AssemblyDistr.: General", "8 March 2007Sixty-first session".
enum MastheadFields {
  /// One field found in a line.
  struct Field {
    var role: FrontMatterLine.Role
    var range: Range<Int>
  }

  private static let organizationNames: [[UInt8]] = ["United Nations", "Nations Unies", "Naciones Unidas"]
    .map { Array($0.utf8) }
  private static let distributionPrefix: [UInt8] = Array("Distr.".utf8)
  private static let agendaPrefixes: [[UInt8]] = ["Agenda item", "Point", "Tema"].map { Array($0.utf8) }
  private static let sessionWords: [[UInt8]] = ["session", "período de sesiones"].map { Array($0.utf8) }

  /// The fields of `bytes[range]`, or nil if any printed text in it is not a masthead field.
  static func split(_ bytes: [UInt8], _ range: Range<Int>) -> [Field]? {
    var fields: [Field] = []
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let width = Bytes.blankWidth(bytes, index)
      if width > 0 {
        index += width
        continue
      }
      guard let field = field(bytes, at: index, end: end) else { return nil }
      fields.append(field)
      index = field.range.upperBound
    }
    return fields.isEmpty ? nil : fields
  }

  private static func field(_ bytes: [UInt8], at index: Int, end: Int) -> Field? {
    func make(_ role: FrontMatterLine.Role, _ length: Int) -> Field {
      Field(role: role, range: index..<min(index + length, end))
    }
    for name in organizationNames where Bytes.hasPrefix(bytes, at: index, name) {
      return make(.organization, name.count)
    }
    if let (_, length) = OrganNames.match(bytes, at: index) { return make(.organ, length) }
    if Bytes.hasPrefix(bytes, at: index, distributionPrefix) {
      return make(.distribution, distributionLength(bytes, at: index, end: end))
    }
    for prefix in agendaPrefixes where Bytes.hasPrefix(bytes, at: index, prefix) {
      if prefix.count > 5 || isFrenchOrSpanishAgenda(bytes, index, end) {
        return make(.agendaItem, end - index)  // The item's title may follow on the same line.
      }
    }
    if let length = SymbolRecognizer.symbol(bytes, at: index, glued: true) { return make(.symbol, length) }
    if let length = jobNumberLength(bytes, at: index, end: end) { return make(.jobNumber, length) }
    if let (_, length) = DateRecognizer.date(bytes, at: index) { return make(.distributionDate, length) }
    if let length = sessionLength(bytes, at: index, end: end) { return make(.session, length) }
    return nil
  }

  /// "Distr.: General" (also "Distr. GENERAL", "Distr.: Limited").
  private static func distributionLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int {
    var cursor = index + distributionPrefix.count
    if cursor < end, bytes[cursor] == UInt8(ascii: ":") { cursor += 1 }
    while cursor < end, Bytes.isBlank(bytes[cursor]) { cursor += 1 }
    // The class is one word ("General", "générale", "GENERAL"); a capital letter glued after a
    // lower-case one starts the next field ("Distr.: General8 March" cannot happen, but
    // "GeneralSixty-first" can).
    let wordStart = cursor
    while cursor < end {
      let byte = bytes[cursor]
      let isLetter = Bytes.isASCIILetter(byte) || byte >= 0x80
      guard isLetter else { break }
      if cursor > wordStart, Bytes.isUpper(byte), Bytes.isLower(bytes[cursor - 1]) { break }
      cursor += 1
    }
    return cursor - index
  }

  /// A job number "06-50727" or "18-17962 (E)".
  static func jobNumberLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
    guard index + 8 <= end, bytes[index..<index + 2].allSatisfy(Bytes.isDigit),
      bytes[index + 2] == UInt8(ascii: "-"), bytes[(index + 3)..<(index + 8)].allSatisfy(Bytes.isDigit)
    else { return nil }
    var cursor = index + 8
    if cursor < end, Bytes.isDigit(bytes[cursor]) { return nil }
    if cursor + 4 <= end, bytes[cursor] == Bytes.space, bytes[cursor + 1] == UInt8(ascii: "("),
      Bytes.isUpper(bytes[cursor + 2]), bytes[cursor + 3] == UInt8(ascii: ")")
    {
      cursor += 4
    }
    return cursor - index
  }

  /// "Sixty-first session", "Tenth emergency special session", "Eightieth session".
  private static func sessionLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
    guard Bytes.isUpper(bytes[index]) else { return nil }
    var cursor = index
    while cursor < end, cursor - index < 60 {
      for word in sessionWords where Bytes.hasPrefix(bytes, at: cursor, word) {
        let after = cursor + word.count
        if after == end || !Bytes.isLower(bytes[after]) { return after - index }
      }
      let byte = bytes[cursor]
      guard Bytes.isASCIILetter(byte) || byte == UInt8(ascii: "-") || Bytes.isBlank(byte) || byte >= 0x80
      else { return nil }
      cursor += 1
    }
    return nil
  }

  /// "Point 57 b) de l'ordre du jour", "Tema 57 b) del programa": a number follows the word.
  private static func isFrenchOrSpanishAgenda(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Bool {
    var cursor = index
    while cursor < end, Bytes.isASCIILetter(bytes[cursor]) { cursor += 1 }
    return cursor + 1 < end && bytes[cursor] == Bytes.space && Bytes.isDigit(bytes[cursor + 1])
  }
}
