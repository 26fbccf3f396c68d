import ResolutionModel

/// The text of one block with line breaks joined and blank runs collapsed, mapped back to the source.
///
/// Recognisers scan ``bytes``; ``span(_:)`` turns a range of them back into a ``SourceSpan`` of
/// the original file, so every inline keeps its true position.
struct LogicalText {
  /// How two physical lines are joined.
  enum Join {
    /// With one space (an ordinary line wrap).
    case space
    /// Directly, keeping the hyphen that ends the first line ("capacity-" + "building").
    case direct
    /// Directly, dropping the hyphen that ends the first line: a hyphenation artefact.
    case dropHyphen
  }

  private(set) var bytes: [UInt8] = []
  /// Logical offsets where text that belongs elsewhere interrupts this block in the source; a
  /// text run must not span one.
  private(set) var interruptions: [Int] = []
  /// Runs of 1:1 mapping: logical offset where a run starts, and its source offset.
  private var runs: [(logical: Int, source: Int)] = []
  /// Source offset just past the last appended byte.
  private var sourceEnd = 0

  /// Appends source bytes `range`, collapsing every run of blanks into one space (a single
  /// Unicode space such as a no-break space is kept as printed), and leaving out the spaces in
  /// `removedSpaces` (spaces that split a word, see ``TextRepair``).
  mutating func append(_ source: [UInt8], _ range: Range<Int>, removedSpaces: Set<Int> = []) {
    source.withUnsafeBufferPointer { source in
      Bytes.mayBeSpecial.withUnsafeBufferPointer { special in
        var index = range.lowerBound
        var chunk = index
        continueRun(at: index)
        while index < range.upperBound {
          let byte = source[index]
          // Ordinary text, and a single space between words, are copied as they are.
          if !special[Int(byte)]
            || byte == Bytes.space && (index + 1 == range.upperBound || !Bytes.isBlank(source[index + 1]))
              && (removedSpaces.isEmpty || !removedSpaces.contains(index))
          {
            index += 1
            continue
          }
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunk..<index]))
          index = handleSpecial(source, at: index, end: range.upperBound, removedSpaces: removedSpaces)
          chunk = index
          continueRun(at: index)
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunk..<index]))
      }
    }
    sourceEnd = range.upperBound
  }

  /// Handles the byte at `index` that may be special: a control character (left out), a run of
  /// blanks (one space, or a lone Unicode space as printed), a removed space, or an ordinary
  /// non-ASCII character. Returns where to go on.
  private mutating func handleSpecial(
    _ source: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, removedSpaces: Set<Int>
  ) -> Int {
    let control = Bytes.controlWidth(source, index)
    if control > 0 { return index + control }  // Set aside by the reader as debris.
    let width = Bytes.blankWidth(source, index)
    guard width > 0 else {
      continueRun(at: index)
      bytes.append(source[index])  // A non-ASCII character that is not a space.
      return index + 1
    }
    var runEnd = index + width
    while runEnd < end {
      let next = Bytes.blankWidth(source, runEnd)
      if next == 0 { break }
      runEnd += next
    }
    if runEnd == index + 1, !removedSpaces.isEmpty, removedSpaces.contains(index) { return runEnd }
    continueRun(at: index)
    if runEnd - index == width, width > 1 {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<runEnd]))
    } else {
      bytes.append(Bytes.space)
    }
    return runEnd
  }

  /// Starts a new run unless the next logical byte already maps to `source`.
  private mutating func continueRun(at source: Int) {
    if let last = runs.last, last.source + (bytes.count - last.logical) == source { return }
    runs.append((bytes.count, source))
  }

  /// Adds the join between the text so far and the next physical line; `interrupted` when other
  /// text (a footnote, page furniture) stands between them in the source.
  mutating func join(_ join: Join, interrupted: Bool = false) {
    defer { if interrupted { interruptions.append(bytes.count) } }
    switch join {
    case .space:
      continueRun(at: sourceEnd)
      bytes.append(Bytes.space)
    case .direct:
      break
    case .dropHyphen:
      if bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
    }
  }

  /// The source span of logical `range`.
  func span(_ range: Range<Int>) -> SourceSpan {
    guard !range.isEmpty else {
      let offset = source(of: range.lowerBound)
      return SourceSpan(start: offset, end: offset)
    }
    return SourceSpan(start: source(of: range.lowerBound), end: source(of: range.upperBound - 1) + 1)
  }

  /// The source offset of the logical byte at `offset`.
  func source(of offset: Int) -> Int {
    guard !runs.isEmpty else { return sourceEnd }
    var low = 0
    var high = runs.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if runs[mid].logical <= offset { low = mid } else { high = mid - 1 }
    }
    return runs[low].source + (offset - runs[low].logical)
  }

  /// The text of logical `range`.
  func string(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

}
