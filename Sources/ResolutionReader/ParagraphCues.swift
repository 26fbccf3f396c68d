/// Cues in the words of a line that say where paragraphs start and what kind they are.
enum ParagraphCues {
  /// The first `count` words of `bytes[range]` as printed (a stray leading quote mark is skipped).
  static func leadingWords(_ bytes: [UInt8], _ range: Range<Int>, count: Int) -> [String] {
    var words: [String] = []
    var index = range.lowerBound
    var skipped = 0
    while index < range.upperBound, !isLetterByte(bytes[index]), skipped < 3 {
      index += 1
      skipped += 1
    }
    while words.count < count, index < range.upperBound, isLetterByte(bytes[index]) {
      let start = index
      while index < range.upperBound,
        isLetterByte(bytes[index]) || Bytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-")
          || (bytes[index] & 0xC0 == 0x80)
      {
        index += 1
      }
      words.append(String(decoding: bytes[start..<index], as: UTF8.self))
      var next = index
      while next < range.upperBound, Bytes.isBlank(bytes[next]) { next += 1 }
      guard next > index else { break }
      index = next
    }
    return words
  }

  /// An ASCII letter or the lead byte of a Latin accented letter (U+00C0–U+017F).
  private static func isLetterByte(_ byte: UInt8) -> Bool {
    Bytes.isASCIILetter(byte) || (0xC3...0xC5).contains(byte)
  }

  /// Whether the line starts like a preambular paragraph: "Recalling", "Deeply concerned",
  /// "Mindful", "Rappelant", "Recordando" …
  static func isPreambleOpener(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    let words = leadingWords(bytes, range, count: 2)
    guard let first = words.first, let initial = first.unicodeScalars.first,
      initial.properties.isUppercase
    else { return false }
    let lower = first.lowercased()
    if preambleWords.contains(lower) { return true }
    if adverbs.contains(lower), words.count > 1 {
      return isParticiple(words[1].lowercased())
    }
    return isParticiple(lower)
  }

  /// Whether the line starts like an operative paragraph: "Decides", "Also requests",
  /// "Calls upon", "Décide", "Pide" … With `knownVerbsOnly`, only verbs from the list count (not
  /// any capitalised word in "-s", which "Games" or "States" would pass).
  static func isOperativeOpener(_ bytes: [UInt8], _ range: Range<Int>, knownVerbsOnly: Bool = false) -> Bool {
    let words = leadingWords(bytes, range, count: 2)
    guard let first = words.first, let initial = first.unicodeScalars.first,
      initial.properties.isUppercase
    else { return false }
    var verb = first.lowercased()
    if adverbs.contains(verb) || verb == "also" || verb == "further", words.count > 1 {
      verb = words[1].lowercased()
    }
    if operativeVerbs.contains(verb) { return true }
    return !knownVerbsOnly && verb.count > 4 && verb.hasSuffix("s") && !verb.hasSuffix("ss")
      && !notVerbs.contains(verb) && !isParticiple(verb)
  }

  private static func isParticiple(_ word: String) -> Bool {
    guard word.count > 4 else { return false }
    return word.hasSuffix("ing") || word.hasSuffix("ed") || word.hasSuffix("ant")
      || word.hasSuffix("ando") || word.hasSuffix("iendo") || word.hasSuffix("ée")
      || word.hasSuffix("ada") || word.hasSuffix("ida")
  }

  /// Whether the last printed character of `bytes[range]`, ignoring a trailing footnote marker and
  /// closing quotes or brackets, ends a clause: `,` `;` `:` `.`.
  static func endsClause(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var end = range.upperBound
    while end > range.lowerBound, Bytes.isDigit(bytes[end - 1]) || Bytes.isBlank(bytes[end - 1]) {
      end -= 1
      if end - range.lowerBound < 1 { return false }
    }
    // A number at the end may be text ("on 1 January 2000"): only strip a short marker after punctuation.
    if end < range.upperBound {
      let marker = range.upperBound - end
      if marker > 6 { end = range.upperBound }
    }
    while end > range.lowerBound {
      let byte = bytes[end - 1]
      if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        end -= 1
      } else if end - range.lowerBound >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
        bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99
      {
        end -= 3  // ” or ’
      } else {
        break
      }
    }
    guard end > range.lowerBound else { return false }
    switch bytes[end - 1] {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."): return true
    default: return false
    }
  }

  /// Whether the line starts with something a paragraph cannot start with: a lower-case letter, a
  /// digit (a year, a symbol carried over: labels are recognised before this is asked), a bracket
  /// or punctuation.
  static func startsAsContinuation(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard let first = range.first else { return false }
    let byte = bytes[first]
    if Bytes.isDigit(byte) { return true }
    switch byte {
    case UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."),
      UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "&"), UInt8(ascii: "-"):
      return true
    default:
      break
    }
    if byte == 0xE2, first + 2 < range.upperBound, bytes[first + 1] == 0x80 {
      // An opening quotation mark starts a continuation ("the “global public good”").
      return bytes[first + 2] == 0x9C || bytes[first + 2] == 0x98
    }
    return startsLowercase(bytes, range)
  }

  /// Whether the line starts with a lower-case letter (a continuation of the line before).
  static func startsLowercase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard let first = range.first else { return false }
    if Bytes.isLower(bytes[first]) { return true }
    if bytes[first] >= 0xC3, bytes[first] <= 0xC5 {
      let scalar = String(decoding: bytes[first..<min(first + 2, range.upperBound)], as: UTF8.self)
        .unicodeScalars.first
      return scalar?.properties.isLowercase ?? false
    }
    return false
  }

  /// Words that open preambular paragraphs without being participles.
  static let preambleWords: Set<String> = [
    "whereas", "mindful", "aware", "conscious", "cognizant", "desirous", "noting", "bearing",
    "having", "taking", "recalling", "reaffirming", "recognizing", "recognising", "emphasizing",
    "acknowledging", "welcoming", "convinced", "concerned", "alarmed", "determined", "guided",
    "considering", "believing", "affirming", "stressing", "underlining", "expressing",
    "reiterating", "deploring", "condemning", "acting", "appreciating", "regretting", "observing",
    "keen", "confident", "resolved", "committed", "grateful", "anxious", "fearful", "sure",
    "rappelant", "notant", "consciente", "convaincue", "préoccupée", "sachant", "considérant",
    "ayant", "tenant", "soulignant", "réaffirmant", "reconnaissant", "prenant", "accueillant",
    "recordando", "observando", "reconociendo", "consciente", "convencida", "preocupada",
    "teniendo", "reafirmando", "destacando", "acogiendo", "tomando", "habiendo", "considerando",
  ]

  /// Adverbs that may precede the participle of a preambular paragraph or the verb of an operative one.
  static let adverbs: Set<String> = [
    "deeply", "gravely", "seriously", "profoundly", "fully", "strongly", "firmly", "further",
    "also", "once", "again", "noting", "taking", "bearing", "recalling", "highly", "greatly",
    "sincerely", "particularly", "especially", "equally", "profondément", "vivement",
    "gravement", "profundamente", "gravemente", "sumamente", "hondamente",
  ]

  /// Operative verbs whose form the suffix rule misses (including French and Spanish).
  static let operativeVerbs: Set<String> = [
    "decides", "requests", "urges", "calls", "takes", "notes", "welcomes", "reaffirms", "invites",
    "encourages", "endorses", "demands", "condemns", "approves", "authorizes", "recommends",
    "declares", "appeals", "emphasizes", "stresses", "affirms", "recognizes", "acknowledges",
    "adopts", "proclaims", "commends", "appreciates", "underlines", "reiterates", "deplores",
    "expresses", "supports", "agrees", "directs", "determines", "instructs", "reminds", "resolves",
    "considers", "regrets", "reiterates", "insists", "confirms", "establishes", "extends", "renews",
    "décide", "prie", "demande", "engage", "invite", "réaffirme", "souligne", "prend", "exhorte",
    "encourage", "approuve", "recommande", "déclare", "condamne", "salue", "note", "accueille",
    "decide", "pide", "exhorta", "insta", "invita", "reafirma", "toma", "alienta", "aprueba",
    "recomienda", "declara", "condena", "acoge", "observa", "subraya", "solicita", "exige",
  ]

  /// Capitalised words ending in "s" that are not operative verbs.
  static let notVerbs: Set<String> = [
    "states", "nations", "members", "parties", "this", "thus", "those", "these", "its", "his",
    "as", "is", "was", "has", "does", "rules", "resolutions", "affairs", "forces", "rights",
    "as", "unless", "perhaps", "nevertheless", "whereas", "countries", "governments",
    "organizations", "progress", "princes", "chemicals", "items", "goods", "annexes", "ministers",
  ]
}
