/// Escaping for CommonMark/GFM text, so that the rendered text equals the source text.
enum MarkdownText {
  /// Characters that can start Markdown syntax anywhere in a line.
  private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "!", "|", "~", "&", "$"]

  /// `text` with Markdown syntax characters backslash-escaped. With `atLineStart`, also what a
  /// line may not begin with: "#", "-", "+", "=", and "1." or "1)" (which would become a list
  /// and be renumbered).
  static func escaped(_ text: String, atLineStart: Bool) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if special.contains(scalar) {
        result += "\\"
      } else if atLineStart, index == 0, ["#", "-", "+", "="].contains(scalar) {
        result += "\\"
      } else if atLineStart, scalar == "." || scalar == ")", index > 0,
        scalars[..<index].allSatisfy({ ("0"..."9").contains($0) })
      {
        result += "\\"
      }
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
