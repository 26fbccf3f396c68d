/// Session numbers written as ordinal words in English, French and Spanish:
/// "Sixty-first" → 61, "Eightieth" → 80, "Soixante et unième" → 61, "Quatre-vingtième" → 80,
/// "Sexagésimo primer" → 61, "Octogésimo" → 80.
enum OrdinalWords {
  private static let englishUnits: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
  ]
  private static let englishTens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
  ]
  /// French cardinals (the ordinal adds "-ième": "unième", "deuxième", "quatre-vingtième").
  private static let frenchNumbers: [String: Int] = [
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100,
  ]
  private static let frenchOrdinals: [String: Int] = [
    "premier": 1, "première": 1, "unième": 1, "deuxième": 2, "second": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
    "dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
    "quinzième": 15, "seizième": 16, "vingtième": 20, "trentième": 30, "quarantième": 40,
    "cinquantième": 50, "soixantième": 60, "centième": 100,
  ]
  private static let spanishOrdinals: [String: Int] = [
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
    "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
    "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10,
    "décima": 10, "undécimo": 11, "duodécimo": 12, "vigésimo": 20, "trigésimo": 30,
    "cuadragésimo": 40, "quincuagésimo": 50, "sexagésimo": 60, "septuagésimo": 70,
    "octogésimo": 80, "nonagésimo": 90, "centésimo": 100,
  ]

  /// The value of the ordinal words that open a session line ("Sixty-first session",
  /// "Soixante et unième session", "Sexagésimo primer período de sesiones"), or nil.
  static func value(_ phrase: String) -> Int? {
    let words = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
      .filter { $0 != "et" }
    var total = 0
    var sawOrdinal = false
    for word in words {
      if let value = spanishOrdinals[word] {
        // Spanish compounds put ordinals together: "nonagésimo noveno".
        total += value
        sawOrdinal = true
        continue
      }
      if let value = englishUnits[word] ?? frenchOrdinals[word] {
        total += value
        sawOrdinal = true
        break
      }
      if let value = englishTens[word] ?? frenchNumbers[word] {
        // French "quatre-vingt": four twenties.
        total = word.hasPrefix("vingt") && total == 4 ? 80 : total + value
        continue
      }
      if word.hasSuffix("ième"), let value = frenchNumbers[String(word.dropLast(4))] ?? frenchNumbers[String(word.dropLast(4)) + "e"] {
        total = word.hasPrefix("vingt") && total == 4 ? 80 : total + value
        sawOrdinal = true
        break
      }
      if ["session", "período", "periodo", "de", "sesiones"].contains(word) { break }
      return nil
    }
    return sawOrdinal && total > 0 ? total : nil
  }
}
