import ResolutionModel

/// Reads the lines above the enacting formula: masthead fields, adoption line, referral, number
/// and title.
extension ReaderSession {
  private static let adoptionOpeners: [[UInt8]] = [
    "Resolution adopted by", "Résolution adoptée par", "Resolución aprobada por",
    "Adopted by the", "Adopted at the", "Adopted unanimously by", "Adopted without a vote by",
    "Decision adopted by", "Décision adoptée par", "Adoptée par le", "Adoptée à l'unanimité par",
    "Aprobada por el", "Aprobada por unanimidad por",
  ].map { Array($0.utf8) }
  private static let resolutionWord: [UInt8] = Array("Resolution ".utf8)
  private static let ofWord: [UInt8] = Array("of ".utf8)

  /// Scans lines `range` (all above the formula) into front-matter blocks. Returns where it
  /// stopped: the end of `range`, or the first preambular paragraph printed before the formula
  /// (old texts: "Whereas …, The Security Council Resolves: …").
  mutating func scanFrontMatter(_ range: Range<Int>) -> Int {
    var index = range.lowerBound
    while index < range.upperBound {
      guard kinds[index] == .text else {
        index += 1
        continue
      }
      let content = lines[index].content
      if Self.adoptionOpeners.contains(where: { lineStarts(index, with: $0) }) {
        index = gather(.adoption, from: index, limit: range.upperBound) { session, block in
          !session.containsDate(block)
        }
      } else if bytes[content.lowerBound] == UInt8(ascii: "[") {
        index = gather(.sourceDocument, from: index, limit: range.upperBound) { session, block in
          !session.bytes[block.pieces.last!].contains(UInt8(ascii: "]"))
        }
        // "[on the report of …]" is a referral, wherever its words fall; "[S/1511]" a document.
        // Decided on the text as the tree will hold it (control characters left out), as the
        // Akoma Ntoso reader decides it.
        let logical = blocks[blocks.count - 1].logicalText(bytes)
        if FrontMatterWords.isReferral(logical.string(0..<logical.bytes.count)) {
          blocks[blocks.count - 1].role = .frontMatter(.referral)
        }
      } else if let titleStart = resolutionNumberEnd(content) {
        index = scanTitle(from: index, numberEnd: titleStart, limit: range.upperBound)
      } else if lineStarts(index, with: Self.ofWord), DateRecognizer.date(bytes, at: content.lowerBound + 3) != nil {
        blocks.append(RawBlock(role: .frontMatter(.adoption), first: content))
        index += 1
      } else if let fields = MastheadFields.split(bytes, content) {
        for field in fields {
          blocks.append(RawBlock(role: .frontMatter(field.role), first: field.range))
        }
        index += 1
        if fields.last?.role == .agendaItem {
          index = continueAgendaItem(from: index, limit: range.upperBound)
        }
      } else if ParagraphCues.isPreambleOpener(bytes, content),
        blocks.contains(where: { $0.role == .frontMatter(.title) || $0.role == .frontMatter(.adoption) })
      {
        return index
      } else {
        warn("reader.unclassified-front-matter", "line above the formula not recognised; kept as front matter", at: content)
        blocks.append(RawBlock(role: .frontMatter(.other), first: content))
        index += 1
      }
    }
    return range.upperBound
  }

  /// Starts a block of `role` at line `start` and appends following text lines while `more` says so.
  private mutating func gather(
    _ role: FrontMatterLine.Role, from start: Int, limit: Int,
    while more: (ReaderSession, RawBlock) -> Bool
  ) -> Int {
    var block = RawBlock(role: .frontMatter(role), first: lines[start].content)
    var index = start + 1
    var added = 0
    while index < limit, added < 3, more(self, block) {
      if kinds[index] == .text {
        block.append(lines[index].content, join: .space)
        added += 1
      } else if kinds[index] != .blank {
        break
      }
      index += 1
    }
    blocks.append(block)
    return index
  }

  /// The number and title: "61/215.⇥Industrial development cooperation", or "73/6." with the
  /// title on the following lines, or "2 (1946). Resolution of 30 January 1946".
  private mutating func scanTitle(from start: Int, numberEnd: Int, limit: Int) -> Int {
    var block = RawBlock(role: .frontMatter(.title), first: lines[start].content)
    var index = start + 1
    var sawTitleText = numberEnd < lines[start].contentEnd
    while index < limit {
      switch kinds[index] {
      case .blank:
        if sawTitleText { return finishTitle(block, at: index) }
      case .text:
        let content = lines[index].content
        if startsFrontMatterLine(index) { return finishTitle(block, at: index) }
        block.append(content, join: .space)
        sawTitleText = true
      case .debris, .consumed:
        break
      }
      index += 1
    }
    return finishTitle(block, at: index)
  }

  private mutating func finishTitle(_ block: RawBlock, at index: Int) -> Int {
    blocks.append(block)
    return index
  }

  /// Lines after "Agenda item 140" that continue the item's title, up to a blank line.
  private mutating func continueAgendaItem(from start: Int, limit: Int) -> Int {
    var index = start
    guard var block = blocks.popLast() else { return start }
    while index < limit, kinds[index] == .text, !startsFrontMatterLine(index) {
      block.append(lines[index].content, join: .space)
      index += 1
    }
    blocks.append(block)
    return index
  }

  /// Whether line `index` opens a front-matter element of its own.
  private func startsFrontMatterLine(_ index: Int) -> Bool {
    let content = lines[index].content
    return Self.adoptionOpeners.contains(where: { lineStarts(index, with: $0) })
      || bytes[content.lowerBound] == UInt8(ascii: "[")
      || resolutionNumberEnd(content) != nil
      || (MastheadFields.split(bytes, content)?.contains { $0.role != .distributionDate } ?? false)
  }

  /// If the line starts with a resolution number ("61/215.", "2 (1946).", "Resolution 338 (1973)"),
  /// the offset just past it.
  func resolutionNumberEnd(_ content: Range<Int>) -> Int? {
    var start = content.lowerBound
    if Bytes.hasPrefix(bytes, at: start, Self.resolutionWord) { start += Self.resolutionWord.count }
    var cursor = start
    guard DateRecognizer.digits(bytes, &cursor, maxCount: 4) != nil else { return nil }
    if cursor < content.upperBound, bytes[cursor] == UInt8(ascii: "/") {
      cursor += 1
      guard DateRecognizer.digits(bytes, &cursor, maxCount: 4) != nil else { return nil }
      if cursor + 1 < content.upperBound, bytes[cursor] == Bytes.space, Bytes.isUpper(bytes[cursor + 1]),
        cursor + 2 < content.upperBound, bytes[cursor + 2] == UInt8(ascii: ".")
      {
        cursor += 2  // "68/247 B."
      }
      guard cursor < content.upperBound, bytes[cursor] == UInt8(ascii: ".") else { return nil }
      return cursor + 1
    }
    // "2 (1946)." (Security Council) or "2758 (XXVI)." / "181 A (II)." (early General Assembly).
    if cursor + 2 < content.upperBound, bytes[cursor] == Bytes.space, Bytes.isUpper(bytes[cursor + 1]),
      bytes[cursor + 2] == Bytes.space
    {
      cursor += 2
    }
    if let year = SymbolRecognizer.bracketedYear(bytes, at: cursor) {
      cursor += year
    } else if let session = bracketedSession(content, at: cursor) {
      cursor = session
    } else {
      return nil
    }
    if cursor < content.upperBound, bytes[cursor] == UInt8(ascii: ".") { cursor += 1 }
    // "Resolution 338 (1973)" stands alone; "2 (1946)." needs its full stop.
    guard start > content.lowerBound || bytes[cursor - 1] == UInt8(ascii: ".") else { return nil }
    return cursor
  }

  /// The end of " (XXVI)" at `index`: a session in Roman numerals.
  private func bracketedSession(_ content: Range<Int>, at index: Int) -> Int? {
    var cursor = index
    if cursor < content.upperBound, bytes[cursor] == Bytes.space { cursor += 1 }
    guard cursor < content.upperBound, bytes[cursor] == UInt8(ascii: "(") else { return nil }
    var close = cursor + 1
    while close < content.upperBound, "IVXLC".utf8.contains(bytes[close]) { close += 1 }
    guard close > cursor + 1, close < content.upperBound, bytes[close] == UInt8(ascii: ")") else { return nil }
    return close + 1
  }

  /// Whether the block's text holds a complete date.
  func containsDate(_ block: RawBlock) -> Bool {
    block.pieces.contains { piece in
      piece.indices.contains { index in
        Bytes.isDigit(bytes[index]) && (index == piece.lowerBound || !Bytes.isWordByte(bytes[index - 1]))
          && DateRecognizer.date(bytes, at: index) != nil
      }
    }
  }
}

/// Words that make a bracketed line above the formula a referral ("[on the report of the …]",
/// "[without reference to a Main Committee …]") rather than a document number ("[S/1511]").
package enum FrontMatterWords {
  private static let referralPhrases = [
    "report of", "without reference", "rapport de", "sans renvoi", "informe de", "sin remisión",
  ]

  /// Whether `text` reads as a referral (case ignored).
  package static func isReferral(_ text: String) -> Bool {
    let lower = text.lowercased()
    return referralPhrases.contains { lower.contains($0) }
  }
}
