/// A half-open range of UTF-8 byte offsets into the source text a node was read from.
///
/// Offsets count bytes of the decoded UTF-8 source (for UTF-8 input: bytes of the file itself).
/// Line and column are derived on demand through ``SourceFile/location(of:)``.
public struct SourceSpan: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// Offset of the first byte.
  public var start: Int
  /// Offset one past the last byte.
  public var end: Int

  /// Creates a span; `end` is clamped so that it is never before `start`.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The empty span used for synthesised nodes that have no source text.
  public static let none = SourceSpan(start: 0, end: 0)

  /// Number of bytes covered.
  public var length: Int { end - start }

  /// The smallest span covering both spans.
  public func union(_ other: SourceSpan) -> SourceSpan {
    if length == 0 { return other }
    if other.length == 0 { return self }
    return SourceSpan(start: min(start, other.start), end: max(end, other.end))
  }

  public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)..<\(end)" }

  // Encoded compactly as `[start, end]`.
  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    let start = try container.decode(Int.self)
    let end = try container.decode(Int.self)
    guard start >= 0, end >= start else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "span [\(start), \(end)] is not a valid range")
    }
    self.init(start: start, end: end)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(start)
    try container.encode(end)
  }
}
