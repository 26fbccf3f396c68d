/// Pieces of resolution text, traps and junk that property tests assemble random inputs from.
public enum InputFragments {
  /// Fragments that random inputs are assembled from: resolution furniture, traps and junk.
  public static let all: [[UInt8]] = [
    "\n", "\n\n", "\t", " ", "  ", "\r\n", "\r", "\u{0C}", "1.", "2.", "21.", "(a)", "(b)", "(i)", "(ii)",
    "(h)", "(iv)", "The General Assembly,", "The Security Council,", "Recalling its resolution 46/151 of 18 December 1991,",
    "Noting", "Decides", "Requests the Secretary-General", "Declaration,1", "Development2 and", "),3",
    "83rd plenary meeting", "20 December 2006", "Adopted unanimously at the 5th meeting.", "by 7 votes to 1",
    "Annex", "ANNEX I", "1 See resolution 55/2.", "2 Report of the", "[DU1]", "<<ODS JOB NO>>N0650727E<<ODS JOB NO>>",
    "_______________", "----", "4", "2/5", "*1817962*", "021118", "18-17962 (E)", "A/RES/61/215",
    "United NationsA/RES/61/215General AssemblyDistr.: General", "8 March 2007Sixty-first session",
    "Agenda item 57 (b)", "Resolution adopted by the General Assembly on", "[on the report of the Second Committee (A/61/426/Add.2)]",
    "61/215.\tIndustrial development cooperation", "---", "symbol: A/RES/1/1", "S/RES/1325 (2000)", "é", "’", "\u{00A0}",
    "capacity-", "building", "résolution", "La Asamblea General,", "de 12 de septiembre de 2025", "198259",
    "\u{FEFF}", "x", "Z", "0", "9999", "(", ")", "[", "]", "/", "-", ".", ",", ";", ":",
  ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x00], [0x01], [0xFE, 0xFF]]
}
