/// Decides which digits in running text are footnote markers, given the notes the document has.
///
/// A marker must name a note that exists. The first mention of each note comes in label order
/// (1, 2, 3 …), so a new marker must be the next expected label; a label already seen may recur
/// (the same note cited again). Markers are either glued to the preceding word or punctuation
/// ("Declaration,1", "Development2") or, in text extracted from PDF, set off by a space
/// ("Paris Agreement 4 requires"), which is accepted only where a number cannot be text.
struct FootnoteMarkers {
  /// Labels of the document's notes.
  let labels: Set<String>
  /// Whether markers may be separated from the preceding word by a space (PDF text).
  let allowSpaced: Bool
  /// Labels already referenced, in order of first mention.
  private(set) var seen: [String] = []
  private var seenSet: Set<String> = []

  init(labels: Set<String>, allowSpaced: Bool) {
    self.labels = labels
    self.allowSpaced = allowSpaced
  }

  /// The next label a first mention must carry, if the labels are numeric.
  private var nextExpected: Int? {
    guard let last = seen.last.flatMap({ Int($0) }) else {
      return labels.compactMap { Int($0) }.min()
    }
    return last + 1
  }

  /// Length of a marker at `index` in `text`, if there is one there; records it as seen.
  mutating func marker(in text: [UInt8], at index: Int) -> Int? {
    guard !labels.isEmpty, index > 0, Bytes.isDigit(text[index]),
      !Bytes.isDigit(text[index - 1])
    else { return nil }
    var end = index
    while end < text.count, Bytes.isDigit(text[end]), end - index < 4 { end += 1 }
    guard end - index <= 3, followsMarker(text, end) else { return nil }
    let label = String(decoding: text[index..<end], as: UTF8.self)
    guard labels.contains(label) else { return nil }
    let isNew = !seenSet.contains(label)
    if isNew, let expected = nextExpected, Int(label) != expected { return nil }
    if isGlued(text, index) {
      // Accepted as is.
    } else if allowSpaced, isSpacedMarker(text, index, end) {
      if !isNew && !isSpacedRepeatAllowed(text, end) { return nil }
    } else {
      return nil
    }
    if isNew {
      seen.append(label)
      seenSet.insert(label)
    }
    return end - index
  }

  /// What may follow a marker: end of text, a blank, or closing punctuation.
  private func followsMarker(_ text: [UInt8], _ end: Int) -> Bool {
    guard end < text.count else { return true }
    let byte = text[end]
    if Bytes.isBlank(byte) { return true }
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"):
      return true
    case UInt8(ascii: "."):
      return end + 1 == text.count || !Bytes.isDigit(text[end + 1])
    default:
      return byte == 0xC2 || byte == 0xE2  // no-break space, typographic quote or dash
    }
  }

  /// A marker glued to a word of two or more letters with a lower-case one, or to punctuation.
  private func isGlued(_ text: [UInt8], _ index: Int) -> Bool {
    let before = text[index - 1]
    switch before {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"),
      UInt8(ascii: "\""), UInt8(ascii: "'"):
      return true
    case UInt8(ascii: "."):
      // "Declaration.1" but not "Sales No. E.03.II.A.1" or "No.1".
      return index >= 2 && (Bytes.isLower(text[index - 2]) || text[index - 2] == UInt8(ascii: ")"))
        && !precededByAbbreviation(text, index - 1)
    default:
      break
    }
    if before >= 0x80 {
      // A closing quote (’ ” U+2019 U+201D) or an accented letter.
      return true
    }
    guard Bytes.isASCIILetter(before) else { return false }
    var start = index - 1
    var hasLower = false
    while start > 0, Bytes.isWordByte(text[start - 1]) { start -= 1 }
    for byte in text[start..<index] {
      if Bytes.isDigit(byte) { return false }
      if Bytes.isLower(byte) || byte >= 0x80 { hasLower = true }
    }
    return index - start >= 2 && hasLower
  }

  /// "No.", "para." and similar abbreviations that a number follows as text.
  private func precededByAbbreviation(_ text: [UInt8], _ dot: Int) -> Bool {
    var start = dot
    while start > 0, Bytes.isASCIILetter(text[start - 1]) { start -= 1 }
    let word = String(decoding: text[start..<dot], as: UTF8.self).lowercased()
    return FootnoteMarkers.numberingWords.contains(word)
  }

  /// " 4" after a word or punctuation, where the word before is not one that a number qualifies.
  private func isSpacedMarker(_ text: [UInt8], _ index: Int, _ end: Int) -> Bool {
    guard index >= 2, text[index - 1] == Bytes.space else { return false }
    let before = text[index - 2]
    guard Bytes.isWordByte(before) || before == UInt8(ascii: ",") || before == UInt8(ascii: ";")
      || before == UInt8(ascii: ")") || before == UInt8(ascii: ".") || before >= 0x80
    else { return false }
    // After a number only when it is a year ("Sendai Framework … 2015–2030 3 and").
    if Bytes.isDigit(before), !(index >= 6 && text[(index - 5)..<(index - 1)].allSatisfy(Bytes.isDigit)
      && (index < 7 || !Bytes.isDigit(text[index - 6])))
    {
      return false
    }
    // The word before: "resolution 4", "paragraph 4", "article 4", "rule 4" … are text.
    var start = index - 1
    while start > 0, text[start - 1] == Bytes.space { start -= 1 }
    var wordStart = start
    while wordStart > 0, Bytes.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
    let word = String(decoding: text[wordStart..<start], as: UTF8.self).lowercased()
    if FootnoteMarkers.numberingWords.contains(word) { return false }
    // What follows: not a month ("4 June"), a unit, or another number.
    var next = end
    while next < text.count, text[next] == Bytes.space { next += 1 }
    if next < text.count {
      if Bytes.isDigit(text[next]) { return false }
      if DateRecognizer.month(text, at: next) != nil { return false }
      var wordEnd = next
      while wordEnd < text.count, Bytes.isWordByte(text[wordEnd]) { wordEnd += 1 }
      let following = String(decoding: text[next..<wordEnd], as: UTF8.self).lowercased()
      if FootnoteMarkers.quantityWords.contains(following) { return false }
    }
    return true
  }

  /// A spaced repeat of a seen label is accepted only before lower-case text or at the end.
  private func isSpacedRepeatAllowed(_ text: [UInt8], _ end: Int) -> Bool {
    var next = end
    while next < text.count, text[next] == Bytes.space { next += 1 }
    return next >= text.count || Bytes.isLower(text[next]) || !Bytes.isWordByte(text[next])
  }

  /// Words after which a number is part of the text.
  static let numberingWords: Set<String> = [
    "resolution", "resolutions", "paragraph", "paragraphs", "para", "paras", "article", "articles",
    "rule", "rules", "chapter", "chapters", "section", "sections", "annex", "annexes", "item",
    "items", "no", "nos", "vol", "volume", "page", "pages", "p", "pp", "principle", "principles",
    "goal", "target", "decision", "decisions", "protocol", "part", "parts",
    "phase", "table", "figure", "session", "sessions", "sub-item", "step",
    "and", "to", "or", "of", "from", "between", "than", "by", "at", "in", "on", "for", "with",
    "the", "a", "an", "some", "about", "over", "under", "first", "last", "next", "every", "each",
    "per", "supplement", "level", "tier", "option", "recommendation", "recommendations",
    "résolution", "résolutions", "paragraphe", "paragraphes", "resolución", "resoluciones",
    "párrafo", "párrafos", "artículo", "artículos", "règle", "regla", "et", "y", "de", "du", "des",
    "la", "le", "les", "el", "los", "las",
  ]

  /// Words after a number that make it a quantity.
  static let quantityWords: Set<String> = [
    "per", "percent", "days", "day", "years", "year", "months", "month", "weeks", "week", "hours",
    "hour", "minutes", "members", "member", "states", "votes", "vote", "times", "million",
    "billion", "countries", "people", "persons", "mg", "km", "kg",
  ]
}
