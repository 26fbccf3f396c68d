import ResolutionModel

/// Reads the footnotes that PDF text prints at the foot of each page, below a rule of underscores.
///
/// Extraction tools put them in three shapes: number and text on one line ("1 See A/80/348."),
/// the number on a line of its own before its text, or — pdftotext's reading order — numbers and
/// texts scrambled ("Resolution 70/1." "Resolution 69/283, annex II." "4" "See FCCC/…" "2" "3").
/// Numbers alone are paired in ascending order with the notes' texts in reading order; text with
/// no number continues the last note (a note carried over to the next page).
extension ReaderSession {
  /// An item of a footnote zone.
  private enum NoteItem {
    case label(Label)
    case labelled(Label, text: Range<Int>)
    case text(Range<Int>)
  }

  /// Finds the zones in lines `range` and turns them into footnote blocks.
  mutating func readFootnoteZones(_ range: Range<Int>, pageBoundaries: Set<Int>) {
    var lastNote: Int?
    var index = range.lowerBound
    while index < range.upperBound {
      guard kinds[index] == .debris(.rule), LineClassifier.isUnderscoreRule(bytes, lines[index].content) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < range.upperBound, !endsFootnoteZone(end, pageBoundaries: pageBoundaries) { end += 1 }
      readZone(index + 1..<end, lastNote: &lastNote)
      index = end
    }
  }

  /// A page break, a running header or a page number "2/5" ends the notes of a page.
  private func endsFootnoteZone(_ index: Int, pageBoundaries: Set<Int>) -> Bool {
    if lines[index].pageBreak || pageBoundaries.contains(index) { return true }
    switch kinds[index] {
    case .debris(.runningHeader), .debris(.rule): return true
    case .debris(.pageNumber): return bytes[lines[index].content].contains(UInt8(ascii: "/"))
    default: return false
    }
  }

  private mutating func readZone(_ range: Range<Int>, lastNote: inout Int?) {
    var items: [NoteItem] = []
    for index in range {
      let content = lines[index].content
      switch kinds[index] {
      case .debris(.pageNumber):
        // A number alone below the rule is a note number, not a page number.
        items.append(.label(Label(style: .arabic, range: content, value: text(content), textStart: content.upperBound)))
        kinds[index] = .consumed
      case .text:
        if let label = ClosingLines.noteLabel(bytes, content) {
                items.append(.labelled(label, text: label.textStart..<content.upperBound))
        } else {
          items.append(.text(content))
        }
        kinds[index] = .consumed
      default:
        break
      }
    }
    let labels = items.compactMap { if case .label(let label) = $0 { label } else { nil } }
    if labels.isEmpty {
      readSequentialNotes(items, lastNote: &lastNote)
    } else {
      readScrambledNotes(items, labels: labels, lastNote: &lastNote)
    }
  }

  /// Numbers with their text on one line; lines without a number continue the note before.
  private mutating func readSequentialNotes(_ items: [NoteItem], lastNote: inout Int?) {
    for item in items {
      switch item {
      case .labelled(let label, let text):
        blocks.append(RawBlock(role: .footnote, label: label, first: text))
        lastNote = blocks.count - 1
      case .text(let text):
        continueNote(text, lastNote: &lastNote)
      case .label:
        break
      }
    }
  }

  /// Numbers on lines of their own: numbers in ascending order, texts grouped into notes in reading
  /// order, paired one to one; text before the first note of the page continues the last note.
  private mutating func readScrambledNotes(_ items: [NoteItem], labels: [Label], lastNote: inout Int?) {
    var groups: [[Range<Int>]] = []
    for item in items {
      switch item {
      case .text(let text):
        if let last = groups.last?.last, !startsNewNote(after: last, text) {
          groups[groups.count - 1].append(text)
        } else {
          groups.append([text])
        }
      case .labelled(let label, let text):
        blocks.append(RawBlock(role: .footnote, label: label, first: text))
      case .label:
        break
      }
    }
    let sorted = labels.sorted { (Int($0.value) ?? 0) < (Int($1.value) ?? 0) }
    if groups.count > sorted.count, let first = groups.first {
      // More texts than numbers: the first continues the note carried over from the page before.
      for piece in first { continueNote(piece, lastNote: &lastNote) }
      groups.removeFirst()
    }
    for (index, label) in sorted.enumerated() {
      var block = RawBlock(role: .footnote, label: label)
      if index < groups.count {
        for piece in groups[index] { block.append(piece, join: .space) }
      } else {
        warn("reader.footnote-without-text", "footnote \(label.value) has no text below the rule", at: label.range)
      }
      blocks.append(block)
      lastNote = blocks.count - 1
    }
    if groups.count > sorted.count, let lastNote {
      for piece in groups[sorted.count...].joined() { blocks[lastNote].append(piece, join: .space) }
    }
  }

  /// A line of note text joins the last note; with no note yet it becomes an unnumbered one.
  private mutating func continueNote(_ text: Range<Int>, lastNote: inout Int?) {
    if let lastNote {
      blocks[lastNote].append(text, join: .space)
    } else {
      warn("reader.footnote-without-number", "text below a footnote rule has no note number; kept as a note", at: text)
      let label = Label(style: .arabic, range: text.lowerBound..<text.lowerBound, value: "", textStart: text.lowerBound)
      blocks.append(RawBlock(role: .footnote, label: label, first: text))
      lastNote = blocks.count - 1
    }
  }

  /// A line starts a new note when the one before ended a sentence and it starts with a capital
  /// letter or a symbol ("Resolution 70/1." / "See A/…").
  private func startsNewNote(after previous: Range<Int>, _ line: Range<Int>) -> Bool {
    guard let last = previous.last, let first = line.first else { return true }
    let ended = bytes[last] == UInt8(ascii: ".") || bytes[last] == UInt8(ascii: ")")
    return ended && !ParagraphCues.startsLowercase(bytes, line) && !Bytes.isDigit(bytes[first])
  }
}
