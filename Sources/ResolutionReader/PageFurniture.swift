import ResolutionModel

/// Removes what PDF pages print around the text: running headers (the symbol, the title),
/// footers (job number, page "2/5", barcode, print date), however the extraction tool laid them
/// out — one per line, or several on one line of `pdftotext -layout`.
extension ReaderSession {
  /// One piece of page furniture on a line.
  struct FurnitureToken {
    enum Kind {
      case pageNumber, jobNumber, printCode, symbol
    }

    var kind: Kind
    var range: Range<Int>
  }

  /// Marks page furniture in lines `range` (below the formula) and returns the lines that mark a
  /// page boundary (a running symbol or a page number "2/5"). The first job number printed on a
  /// page, if the masthead had none, is kept as the front matter's job number.
  mutating func markPageFurniture(_ range: Range<Int>) -> Set<Int> {
    let symbol = documentSymbol()
    var hasJobNumber = blocks.contains { $0.role == .frontMatter(.jobNumber) }
    var boundaries: Set<Int> = []
    for index in range where kinds[index] == .text {
      guard let tokens = furnitureTokens(lines[index].content, symbol: symbol) else { continue }
      kinds[index] = .consumed
      if tokens.contains(where: { $0.kind == .symbol || $0.kind == .pageNumber }) { boundaries.insert(index) }
      for token in tokens {
        switch token.kind {
        case .jobNumber where !hasJobNumber:
          blocks.append(RawBlock(role: .frontMatter(.jobNumber), first: token.range))
          hasJobNumber = true
        case .jobNumber, .symbol: discard(token.range, as: .runningHeader)
        case .pageNumber: discard(token.range, as: .pageNumber)
        case .printCode: discard(token.range, as: .printCode)
        }
      }
    }
    markRepeatedTitles(range)
    return boundaries
  }

  /// The document's symbol as its masthead (or an extraction tool's front matter) gives it.
  func documentSymbol() -> [UInt8]? {
    if let block = blocks.first(where: { $0.role == .frontMatter(.symbol) }), let piece = block.pieces.first {
      return Array(bytes[piece])
    }
    return extractorMetadata["symbol"].map { Array($0.utf8) }
  }

  /// The line's furniture tokens, if the line holds nothing else.
  private func furnitureTokens(_ range: Range<Int>, symbol: [UInt8]?) -> [FurnitureToken]? {
    var tokens: [FurnitureToken] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if Bytes.isBlank(bytes[index]) {
        index += 1
        continue
      }
      var end = index
      while end < range.upperBound, !Bytes.isBlank(bytes[end]) { end += 1 }
      let word = index..<end
      if let symbol, Bytes.hasPrefix(bytes, at: index, symbol), isTokenEnd(index + symbol.count, range) {
        tokens.append(FurnitureToken(kind: .symbol, range: index..<index + symbol.count))
        index += symbol.count
      } else if let length = MastheadFields.jobNumberLength(bytes, at: index, end: range.upperBound) {
        tokens.append(FurnitureToken(kind: .jobNumber, range: index..<index + length))
        index += length
      } else if LineClassifier.isPageNumber(bytes, word), bytes[word].contains(UInt8(ascii: "/")) {
        tokens.append(FurnitureToken(kind: .pageNumber, range: word))
        index = end
      } else if LineClassifier.isPrintCode(bytes, word) {
        tokens.append(FurnitureToken(kind: .printCode, range: word))
        index = end
      } else {
        return nil
      }
    }
    return tokens.isEmpty ? nil : tokens
  }

  private func isTokenEnd(_ index: Int, _ range: Range<Int>) -> Bool {
    index == range.upperBound || Bytes.isBlank(bytes[index])
  }

  /// Lines that repeat (part of) the title or agenda-item title beside other page furniture:
  /// running headers such as "Building a peaceful and better world through sport and the".
  private mutating func markRepeatedTitles(_ range: Range<Int>) {
    let titles = blocks.filter { $0.role == .frontMatter(.title) || $0.role == .frontMatter(.agendaItem) }
      .map { Self.normalized(Array($0.pieces.map { Array(bytes[$0]) }.joined(separator: [Bytes.space]))) }
    guard !titles.isEmpty else { return }
    for index in range where kinds[index] == .text && lines[index].content.count >= 10 && isNearFurniture(index) {
      let text = Self.normalized(Array(bytes[lines[index].content]))
      guard titles.contains(where: { $0.contains(text) }) else { continue }
      discardLine(index, as: .runningHeader)
    }
  }

  /// Whether a page break or a furniture line stands within three printed lines of `index`.
  private func isNearFurniture(_ index: Int) -> Bool {
    if lines[index].pageBreak { return true }
    for direction in [-1, 1] {
      var cursor = index + direction
      var printed = 0
      while cursor >= 0, cursor < lines.count, printed < 3 {
        if lines[cursor].pageBreak { return true }
        switch kinds[cursor] {
        case .consumed, .debris(.runningHeader), .debris(.pageNumber), .debris(.printCode): return true
        case .blank: break
        default: printed += 1
        }
        cursor += direction
      }
    }
    return false
  }

  /// Text with blanks collapsed, for comparing a running header with the title.
  static func normalized(_ text: [UInt8]) -> String {
    String(decoding: text, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}
