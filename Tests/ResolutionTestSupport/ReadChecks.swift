import ResolutionModel
import ResolutionReader

/// Invariants every read must satisfy, whatever the input.
public enum ReadChecks {
  /// Reads `bytes`; returns the failures of the invariants (empty when all hold). An input the
  /// reader rejects as unusable is not a failure.
  public static func failures(reading bytes: [UInt8], name: String = "input") -> [String] {
    guard let result = try? ResolutionReader().read(bytes: bytes, name: name) else { return [] }
    return failures(of: result, reading: bytes, name: name)
  }

  /// The failures of the invariants for `result`, read from `bytes`.
  public static func failures(of result: ReadResult, reading bytes: [UInt8], name: String = "input") -> [String] {
    // Transcoded inputs (UTF-16, Windows-1252) have spans into the transcoding; check against it.
    let source: SourceFile
    if InputDecoderProbe.isPlainUTF8(bytes) {
      source = SourceFile(name: name, bytes: bytes)
    } else if let decoded = try? InputDecoder.decode(bytes, name: name).file {
      source = decoded
    } else {
      return ["the reader accepted input the decoder rejects"]
    }
    var failures: [String] = []
    result.resolution.forEachTextPiece { piece in
      if piece.span.start < 0 || piece.span.end > source.bytes.count {
        failures.append("span \(piece.span) of \"\(piece.text)\" is outside the input (\(source.bytes.count) bytes)")
      }
    }
    for diagnostic in result.diagnostics where diagnostic.span.end > source.bytes.count {
      failures.append("diagnostic span \(diagnostic.span) is outside the input")
    }
    if let difference = TextConservation.check(result, source: source) { failures.append(difference) }
    return failures
  }
}

/// Whether bytes are valid UTF-8 without a UTF-16 byte-order mark (so the reader keeps them as they are).
enum InputDecoderProbe {
  static func isPlainUTF8(_ bytes: [UInt8]) -> Bool {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      return false
    }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}
