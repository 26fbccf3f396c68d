import AkomaNtoso
import ResolutionEmitters
import ResolutionModel
import ResolutionReader
import XMLKit

/// Invariants of a whole conversion, for any input: the read keeps the text (``ReadChecks``);
/// Akoma Ntoso output is valid against the schema and reads back to the same tree; JSON decodes
/// back to the same tree; HTML is well-formed; Markdown and standalone pages render.
/// Used by the fuzzer (`Sources/resconv-fuzz`) and by the regression tests of its findings.
public enum ConversionChecks {
  /// Converts `bytes` to every format; returns the invariants that failed (empty when all hold).
  /// An input the reader rejects as unusable (empty, binary) is not a failure.
  public static func failures(converting bytes: [UInt8], name: String = "input") -> [String] {
    guard let result = try? ResolutionReader().read(bytes: bytes, name: name) else { return [] }
    var failures = ReadChecks.failures(of: result, reading: bytes, name: name)
    let resolution = result.resolution
    do {
      failures += try akomaNtosoFailures(resolution)
      let json = try JSONEmitter().emit(resolution)
      let decoded = try JSONEmitter.decode(json)
      if decoded != resolution {
        failures.append("JSON does not decode to the same tree: \(Golden.firstDifference(json, try JSONEmitter().emit(decoded)))")
      }
      let html = try HTMLEmitter().emit(resolution)
      do {
        _ = try XMLDocument.parse(Array(html.utf8), name: "html")
      } catch {
        failures.append("HTML is not well-formed: \(error.issues.first?.message ?? "")")
      }
      _ = try HTMLEmitter(options: .init(standalone: true)).emit(resolution)
      _ = try MarkdownEmitter(options: .init(standalone: true)).emit(resolution)
    } catch {
      failures.append("an emitter failed: \(error)")
    }
    return failures
  }

  private static func akomaNtosoFailures(_ resolution: Resolution) throws -> [String] {
    let xml = Array(AkomaNtosoEmitter().xml(resolution).utf8)
    let document: XMLDocument
    do {
      document = try XMLDocument.parse(xml, name: "akn")
    } catch {
      return ["AKN is not well-formed: \(error.issues.first?.message ?? "")"]
    }
    var failures = try AkomaNtosoSchema.validate(document).prefix(3).map { "AKN invalid: line \($0.line): \($0.message)" }
    let back = RoundTrip.akomaNtosoComparable(try AkomaNtosoReader.read(xml, name: "akn"))
    let expected = RoundTrip.akomaNtosoComparable(resolution)
    if back != expected {
      let difference = Golden.firstDifference(try JSONEmitter().emit(expected), try JSONEmitter().emit(back))
      failures.append("AKN does not read back to the same tree (JSON of written vs read back): \(difference)")
    }
    return failures
  }
}
