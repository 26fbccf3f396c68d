import ResolutionModel

/// What an Akoma Ntoso round trip must preserve of a tree.
public enum RoundTrip {
  /// `resolution` without what AKN does not record: source spans, and the order of the footnote
  /// list (AKN keeps each note at its marker; see docs/akoma-ntoso.md). Footnotes are put in
  /// label order, stably.
  public static func akomaNtosoComparable(_ resolution: Resolution) -> Resolution {
    var comparable = resolution.withoutSpans()
    comparable.footnotes = comparable.footnotes.enumerated()
      .sorted { ($0.element.label, $0.offset) < ($1.element.label, $1.offset) }
      .map(\.element)
    return comparable
  }
}
