import ResolutionModel

/// Recognises complete dates as UN texts print them: "18 December 1991", "1er janvier 2000",
/// "12 de septiembre de 2025".
enum DateRecognizer {
  private static let months: [([UInt8], Int)] = {
    let names: [[String]] = [
      ["January", "janvier", "enero"], ["February", "février", "febrero"],
      ["March", "mars", "marzo"], ["April", "avril", "abril"], ["May", "mai", "mayo"],
      ["June", "juin", "junio"], ["July", "juillet", "julio"], ["August", "août", "agosto"],
      ["September", "septembre", "septiembre", "setiembre"], ["October", "octobre", "octubre"],
      ["November", "novembre", "noviembre"], ["December", "décembre", "diciembre"],
    ]
    return names.enumerated().flatMap { index, forms in forms.map { (Array($0.utf8), index + 1) } }
  }()

  /// The month whose name starts at `index` and ends at a word boundary.
  static func month(_ bytes: [UInt8], at index: Int) -> (month: Int, length: Int)? {
    for (name, month) in months where Bytes.hasPrefix(bytes, at: index, name, ignoringCase: true) {
      let end = index + name.count
      if end == bytes.count || !Bytes.isWordByte(bytes[end]) { return (month, name.count) }
    }
    return nil
  }

  /// A date starting at `index` (which must be the start of a word): its value and byte length.
  static func date(_ bytes: [UInt8], at index: Int) -> (date: ISODate, length: Int)? {
    guard let (day, month, yearStart) = dayAndMonth(bytes, at: index) else { return nil }
    var cursor = yearStart
    guard let year = digits(bytes, &cursor, maxCount: 4), cursor - yearStart == 4 else { return nil }
    // A capital letter may follow directly where the ODS export glued two fields ("2007Sixty-first").
    if cursor < bytes.count, Bytes.isDigit(bytes[cursor]) || Bytes.isLower(bytes[cursor]) { return nil }
    guard let date = ISODate(year: year, month: month, day: day) else { return nil }
    return (date, cursor - index)
  }

  /// A date whose year has a footnote number glued to it, as OCR of printed volumes gives
  /// ("1 April 198259" is 1 April 1982 and footnote 59): the date's length and the marker's.
  static func dateWithGluedMarker(_ bytes: [UInt8], at index: Int) -> (date: ISODate, length: Int, marker: Int)? {
    guard let (day, month, yearStart) = dayAndMonth(bytes, at: index) else { return nil }
    var end = yearStart
    while end < bytes.count, Bytes.isDigit(bytes[end]) { end += 1 }
    let marker = end - yearStart - 4
    guard (1...3).contains(marker), end == bytes.count || !Bytes.isAlphanumeric(bytes[end]) else { return nil }
    let year = bytes[yearStart..<yearStart + 4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    guard (1900...2100).contains(year), let date = ISODate(year: year, month: month, day: day) else { return nil }
    return (date, yearStart + 4 - index, marker)
  }

  /// The day and month of a date at `index`, and where its year starts.
  private static func dayAndMonth(_ bytes: [UInt8], at index: Int) -> (day: Int, month: Int, yearStart: Int)? {
    var cursor = index
    guard let day = digits(bytes, &cursor, maxCount: 2) else { return nil }
    if Bytes.hasPrefix(bytes, at: cursor, Self.firstSuffix) { cursor += 2 }  // "1er"
    guard skipBlank(bytes, &cursor) else { return nil }
    skipSpanishDe(bytes, &cursor)
    guard let (month, length) = month(bytes, at: cursor) else { return nil }
    cursor += length
    guard skipBlank(bytes, &cursor) else { return nil }
    skipSpanishDe(bytes, &cursor)
    return (day, month, cursor)
  }

  /// A date that fills all of `bytes[range]` (trailing full stop allowed).
  static func wholeDate(_ bytes: [UInt8], _ range: Range<Int>) -> ISODate? {
    guard let (date, length) = date(bytes, at: range.lowerBound) else { return nil }
    var end = range.lowerBound + length
    if end < range.upperBound, bytes[end] == UInt8(ascii: ".") { end += 1 }
    return end == range.upperBound ? date : nil
  }

  private static let firstSuffix: [UInt8] = Array("er".utf8)
  private static let spanishDe: [UInt8] = Array("de ".utf8)

  private static func skipSpanishDe(_ bytes: [UInt8], _ cursor: inout Int) {
    if Bytes.hasPrefix(bytes, at: cursor, spanishDe) {
      cursor += 3
      while cursor < bytes.count, bytes[cursor] == Bytes.space { cursor += 1 }
    }
  }

  /// Skips one or more blanks (including a no-break space); false if there is none.
  static func skipBlank(_ bytes: [UInt8], _ cursor: inout Int) -> Bool {
    let start = cursor
    while cursor < bytes.count {
      let width = Bytes.blankWidth(bytes, cursor)
      if width == 0 { break }
      cursor += width
    }
    return cursor > start
  }

  /// Reads up to `maxCount` ASCII digits as a number.
  static func digits(_ bytes: [UInt8], _ cursor: inout Int, maxCount: Int) -> Int? {
    var value = 0
    let start = cursor
    while cursor < bytes.count, cursor - start < maxCount, Bytes.isDigit(bytes[cursor]) {
      value = value * 10 + Int(bytes[cursor] - 0x30)
      cursor += 1
    }
    if cursor == start || (cursor < bytes.count && Bytes.isDigit(bytes[cursor])) {
      cursor = start
      return nil
    }
    return value
  }
}
