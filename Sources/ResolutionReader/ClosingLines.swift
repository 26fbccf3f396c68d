import ResolutionModel

/// Recognises the lines that close a resolution and those that open annexes and footnotes.
package enum ClosingLines {
  private static let meetingPhrases: [[UInt8]] = [
    "plenary meeting", "séance plénière", "sesión plenaria",
  ].map { Array($0.utf8) }
  private static let adoptedOpeners: [[UInt8]] = [
    "Adopted unanimously", "Adopted without", "Adopted at the", "Adopted by ", "Adoptée ", "Adopté ",
    "Aprobada ",
  ].map { Array($0.utf8) }
  private static let annexWords: [[UInt8]] = ["Annexes", "Annex", "Annexe", "Anexo"].map { Array($0.utf8) }

  /// The end of a meeting phrase such as "83rd plenary meeting" starting at `range`'s start.
  static func meetingEnd(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
    var cursor = range.lowerBound
    guard DateRecognizer.digits(bytes, &cursor, maxCount: 5) != nil else { return nil }
    // Ordinal suffix: st, nd, rd, th, e, ème, ª, a, o.
    while cursor < range.upperBound, !Bytes.isBlank(bytes[cursor]), cursor - range.lowerBound < 10 {
      cursor += 1
    }
    guard cursor < range.upperBound, Bytes.isBlank(bytes[cursor]) else { return nil }
    cursor += 1
    for phrase in meetingPhrases where Bytes.hasPrefix(bytes, at: cursor, phrase, ignoringCase: true) {
      var end = cursor + phrase.count
      if end < range.upperBound, bytes[end] == UInt8(ascii: ".") { end += 1 }
      return end
    }
    return nil
  }

  /// Whether the line opens an adoption or vote record: "Adopted unanimously at the 5th meeting."
  static func isVoteLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    adoptedOpeners.contains { Bytes.hasPrefix(bytes, at: range.lowerBound, $0, ignoringCase: true) }
  }

  /// Whether the line is an annex heading ("Annex", "ANNEX", "Annex I", "Annex A", "Annexe II"):
  /// returns the label, or "" for an unnumbered annex.
  package static func annexLabel(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
    for word in annexWords where Bytes.hasPrefix(bytes, at: range.lowerBound, word, ignoringCase: true) {
      var cursor = range.lowerBound + word.count
      if cursor == range.upperBound { return "" }
      guard Bytes.isBlank(bytes[cursor]) else { continue }
      while cursor < range.upperBound, Bytes.isBlank(bytes[cursor]) { cursor += 1 }
      let label = bytes[cursor..<range.upperBound]
      guard label.count <= 5, label.allSatisfy({ Bytes.isUpper($0) || Bytes.isDigit($0) }) else {
        return nil
      }
      return String(decoding: label, as: UTF8.self)
    }
    return nil
  }

  /// A footnote at the foot of the text: a number, blanks, then the note ("1 See resolution 55/2.").
  static func noteLabel(_ bytes: [UInt8], _ range: Range<Int>) -> Label? {
    var cursor = range.lowerBound
    while cursor < range.upperBound, Bytes.isDigit(bytes[cursor]), cursor - range.lowerBound < 3 {
      cursor += 1
    }
    guard cursor > range.lowerBound, cursor < range.upperBound, Bytes.isBlank(bytes[cursor]) else {
      return nil
    }
    var textStart = cursor
    while textStart < range.upperBound, Bytes.isBlank(bytes[textStart]) { textStart += 1 }
    guard textStart < range.upperBound else { return nil }
    let value = String(decoding: bytes[range.lowerBound..<cursor], as: UTF8.self)
    return Label(style: .arabic, range: range.lowerBound..<cursor, value: value, textStart: textStart)
  }
}
