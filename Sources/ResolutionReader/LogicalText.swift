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
    var index = range.lowerBound
    var runOpen = false
    while index < range.upperBound {
      let control = Bytes.controlWidth(source, index)
      if control > 0 {
        // Set aside by the reader as debris; the next byte starts a new run.
        index += control
        runOpen = false
        continue
      }
      let width = Bytes.blankWidth(source, index)
      if width == 0 {
        if !runOpen {
          startRun(at: index)
          runOpen = true
        }
        bytes.append(source[index])
        index += 1
        continue
      }
      var end = index + width
      while end < range.upperBound {
        let next = Bytes.blankWidth(source, end)
        if next == 0 { break }
        end += next
      }
      if end == index + 1, removedSpaces.contains(index) {
        index = end
        runOpen = false
        continue
      }
      startRun(at: index)
      if end - index == width, width > 1 {
        bytes.append(contentsOf: source[index..<end])
      } else {
        bytes.append(Bytes.space)
      }
      runOpen = false
      index = end
    }
    sourceEnd = range.upperBound
  }

  /// Adds the join between the text so far and the next physical line; `interrupted` when other
  /// text (a footnote, page furniture) stands between them in the source.
  mutating func join(_ join: Join, interrupted: Bool = false) {
    defer { if interrupted { interruptions.append(bytes.count) } }
    switch join {
    case .space:
      startRun(at: sourceEnd)
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

  private mutating func startRun(at source: Int) {
    runs.append((bytes.count, source))
  }
}
