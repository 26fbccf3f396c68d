extension StringProtocol {
  /// The string without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    let trimmed = drop { set.contains($0) }
    var end = trimmed.endIndex
    while end > trimmed.startIndex, set.contains(trimmed[trimmed.index(before: end)]) {
      end = trimmed.index(before: end)
    }
    return String(trimmed[trimmed.startIndex..<end])
  }

  /// The string without trailing occurrences of `character`.
  func trimmingTrailing(_ character: Character) -> SubSequence {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == character { end = index(before: end) }
    return self[startIndex..<end]
  }
}
