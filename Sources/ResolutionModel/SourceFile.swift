/// A decoded source text with its name and a line table for turning offsets into positions.
public struct SourceFile: Sendable {
  /// Name shown in diagnostics: a path, or `<stdin>`.
  public let name: String
  /// The text as UTF-8 bytes; every ``SourceSpan`` indexes into these.
  public let bytes: [UInt8]
  /// Offset of the first byte of each line (LF, CR LF and lone CR end a line).
  public let lineStarts: [Int]

  /// Builds the line table for `bytes`.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
    var starts = [0]
    bytes.withUnsafeBufferPointer { buffer in
      var index = ByteSearch.lineBreak(in: buffer, from: 0)
      while index < buffer.count {
        if buffer[index] == 0x0D, index + 1 < buffer.count, buffer[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
        index = ByteSearch.lineBreak(in: buffer, from: index + 1)
      }
    }
    self.lineStarts = starts
  }

  /// Creates a source from a Swift string.
  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// The 1-based line and 1-based UTF-8 byte column of `offset`.
  public func location(of offset: Int) -> SourceLocation {
    let clamped = min(max(offset, 0), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    return SourceLocation(line: low + 1, column: clamped - lineStarts[low] + 1)
  }

  /// The text covered by `span`, with invalid sequences repaired.
  public func text(_ span: SourceSpan) -> String {
    let start = min(max(span.start, 0), bytes.count)
    let end = min(max(span.end, start), bytes.count)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// A 1-based line and column; the column counts UTF-8 bytes, as compilers do.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column in UTF-8 bytes.
  public var column: Int

  /// Creates a location.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}
