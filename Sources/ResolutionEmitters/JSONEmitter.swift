#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import ResolutionModel

/// Writes the AST as JSON: deterministic (sorted keys, no escaped slashes, two-space indentation),
/// wrapped in an envelope that carries the format version. `docs/json-format.md` describes every field.
public struct JSONEmitter: Emitter {
  /// Version of the JSON layout; raised whenever a field changes meaning or shape.
  public static let formatVersion = 1

  /// Creates the emitter.
  public init() {}

  public func emit(_ resolution: Resolution) throws -> String {
    var writer = JSONWriter(capacity: 4096)
    writer.resolution(resolution, formatVersion: Self.formatVersion)
    return String(decoding: writer.out, as: UTF8.self) + "\n"
  }

  /// Reads JSON written by ``emit(_:)`` back into a resolution.
  public static func decode(_ text: String) throws -> Resolution {
    let envelope = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
    guard envelope.formatVersion == formatVersion else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: [], debugDescription: "JSON format version \(envelope.formatVersion) is not \(formatVersion)"))
    }
    return envelope.resolution
  }

  /// The document as `JSONEncoder` writes it (the reference for ``JSONWriter``'s layout).
  static func encodedByFoundation(_ resolution: Resolution) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(Envelope(formatVersion: formatVersion, resolution: resolution))
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private struct Envelope: Codable {
    var formatVersion: Int
    var resolution: Resolution
  }
}
