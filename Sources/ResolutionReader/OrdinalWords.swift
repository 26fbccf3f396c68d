/// Session numbers written as English ordinals: "Sixty-first" → 61, "Eightieth" → 80.
enum OrdinalWords {
  private static let units: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
  ]
  private static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
  ]

  /// The value of an ordinal such as "sixty-first" (any case), or nil.
  static func value(_ word: String) -> Int? {
    let lower = word.lowercased()
    if let value = units[lower] { return value }
    let parts = lower.split(separator: "-", maxSplits: 1).map(String.init)
    guard parts.count == 2, let ten = tens[parts[0]], let unit = units[parts[1]], unit < 10 else {
      return nil
    }
    return ten + unit
  }
}
