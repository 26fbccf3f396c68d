/// Recognises binary document formats by their first bytes, so that a PDF or Word file given by
/// mistake is named as such instead of being read as text.
enum BinarySignature {
  private static let signatures: [(prefix: [UInt8], kind: String)] = [
    (Array("%PDF-".utf8), "a PDF file"),
    ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (Word .docx, OpenDocument or similar)"),
    ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a Microsoft Office (.doc) file"),
    ([0x1F, 0x8B], "a gzip-compressed file"),
    ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF) file"),
    ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"),
  ]

  /// What kind of binary file `bytes` is, if its start is a known signature.
  static func kind(of bytes: [UInt8]) -> String? {
    signatures.first { bytes.starts(with: $0.prefix) }?.kind
  }
}
