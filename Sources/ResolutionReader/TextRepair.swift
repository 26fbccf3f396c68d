/// Repairs what PDF extraction does to words, judged by the document's own vocabulary:
///
/// - kerning splits inside a word ("Confere nce", "h umankind"): the space goes when the joined
///   word occurs elsewhere in the document and one part never occurs on its own;
/// - a space before or after a hyphen ("seventy -fifth", "Non- Proliferation"): it goes before a
///   hyphen always, after one when the hyphenated word occurs elsewhere;
/// - a hyphen at a line end ("avail-" / "able"): it goes when the joined word occurs elsewhere
///   and the hyphenated one does not, or when the rest is a word ending such as "able" or "ted";
///   real compounds ("post-" / "conflict", "seventy-" / "fourth") keep it.
///
/// Words are compared case-insensitively through 64-bit FNV-1a hashes of their bytes, so the scan
/// allocates no strings.
struct TextRepair {
  /// Offsets of spaces that split a word: text built from the source skips them.
  private(set) var removedSpaces: Set<Int> = []
  private var counts: [UInt64: Int32] = [:]

  /// Learns the vocabulary of `lines` (text lines of the body) and finds the spaces to remove.
  init(bytes: [UInt8], lines: [Range<Int>]) {
    var tokens: [[Range<Int>]] = []
    tokens.reserveCapacity(lines.count)
    for line in lines {
      let words = Self.words(bytes, line)
      for word in words { counts[Self.hash(bytes, word), default: 0] += 1 }
      tokens.append(words)
    }
    for line in lines {
      // "seventy -fifth", "UN -SPIDER": a space before a hyphen inside a word.
      var index = line.lowerBound + 1
      while index + 2 < line.upperBound {
        if bytes[index] == Bytes.space, bytes[index + 1] == UInt8(ascii: "-"), Self.isWordPart(bytes[index - 1]),
          Bytes.isASCIILetter(bytes[index + 2])
        {
          removedSpaces.insert(index)
        }
        index += 1
      }
    }
    var pairs: [UInt64: (count: Int32, first: UInt64, second: UInt64, spaces: [Int])] = [:]
    for words in tokens {
      for (first, second) in zip(words, words.dropFirst()) where second.lowerBound == first.upperBound + 1 {
        let space = first.upperBound
        let joined = Self.hash(bytes, second, continuing: Self.hash(bytes, first))
        if bytes[space - 1] == UInt8(ascii: "-") {
          // "Non- Proliferation" where "Non-Proliferation" is printed elsewhere.
          if counts[joined] != nil { removedSpaces.insert(space) }
          continue
        }
        guard counts[joined] != nil, Self.isCandidate(bytes, first, second) else { continue }
        var entry = pairs[joined] ?? (0, Self.hash(bytes, first), Self.hash(bytes, second), [])
        entry.count += 1
        entry.spaces.append(space)
        pairs[joined] = entry
      }
    }
    for (_, pair) in pairs where counts[pair.first] == pair.count || counts[pair.second] == pair.count {
      removedSpaces.formUnion(pair.spaces)
    }
  }

  /// Whether the hyphen ending a line is an artefact of hyphenation, given the word before it
  /// (`first`, without the hyphen) and the first word of the next line.
  func dropsHyphen(_ bytes: [UInt8], first: Range<Int>, hyphen: Int, second: Range<Int>) -> Bool {
    guard !first.isEmpty, !second.isEmpty, Bytes.isLower(bytes[second.lowerBound]) else { return false }
    let joined = Self.hash(bytes, second, continuing: Self.hash(bytes, first))
    let hyphenated = Self.hash(bytes, second, continuing: Self.hash(bytes, first.lowerBound..<hyphen + 1))
    if counts[hyphenated] != nil { return false }
    if counts[joined] != nil { return true }
    let ending = String(decoding: bytes[second], as: UTF8.self).lowercased()
    return Self.wordEndings.contains(ending)
  }

  /// Word endings that never stand alone after a line-end hyphen.
  private static let wordEndings: Set<String> = [
    "able", "ible", "ably", "ted", "tion", "tions", "sion", "sions", "ment", "ments", "ing", "ings",
    "ness", "ity", "ities", "ance", "ances", "ence", "ences", "ally", "ly", "ed", "ers", "ive", "ives",
    "ation", "ations", "ized", "ised", "ous", "ful", "ies", "ial", "ional", "tional", "ture", "tures",
  ]

  /// Short words that are words, never fragments: "a cross" is not "across".
  private static let commonWords: Set<UInt64> = Set(
    ["a", "an", "the", "in", "on", "at", "to", "of", "by", "as", "is", "it", "be", "or", "and", "for",
     "with", "no", "not", "up", "so", "we", "us", "he", "its", "all", "any", "may", "can", "has",
     "was", "are", "one", "two", "new", "our", "de", "la", "le", "les", "et", "en", "el", "los", "y", "un", "une"]
      .map { hash(Array($0.utf8), 0..<$0.utf8.count) })

  private static func isCandidate(_ bytes: [UInt8], _ first: Range<Int>, _ second: Range<Int>) -> Bool {
    first.count + second.count >= 4
      && bytes[first].allSatisfy { Bytes.isASCIILetter($0) || $0 >= 0x80 }
      && bytes[second].allSatisfy { Bytes.isASCIILetter($0) || $0 >= 0x80 }
      && !commonWords.contains(hash(bytes, first)) && !commonWords.contains(hash(bytes, second))
  }

  /// The words of a line: runs of letters, digits and inner hyphens, without surrounding punctuation.
  static func words(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
    var words: [Range<Int>] = []
    var index = line.lowerBound
    while index < line.upperBound {
      while index < line.upperBound, !isWordPart(bytes[index]) { index += 1 }
      let start = index
      while index < line.upperBound, isWordPart(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
      if index > start { words.append(start..<index) }
    }
    return words
  }

  private static func isWordPart(_ byte: UInt8) -> Bool { Bytes.isAlphanumeric(byte) || byte >= 0x80 }

  /// FNV-1a over the bytes, ASCII letters lower-cased.
  static func hash(_ bytes: [UInt8], _ range: Range<Int>, continuing seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
    var hash = seed
    for index in range {
      hash = (hash ^ UInt64(Bytes.lowercased(bytes[index]))) &* 0x0100_0000_01b3
    }
    return hash
  }
}
