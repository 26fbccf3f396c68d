import Foundation

/// Paths of the repository and of the shared material beside it, found from this file's location.
public enum Repository {
  /// The package root.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Samples/`.
  public static var samplesDirectory: URL { root.appendingPathComponent("Samples") }

  /// `../shared` beside the checkout (read-only development material).
  public static var shared: URL { root.deletingLastPathComponent().appendingPathComponent("shared") }

  /// Names of the sample inputs (`Samples/*.txt`), sorted.
  public static func sampleInputs() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }

  /// Names of the corpus files in `../shared/corpus`, sorted; empty if the corpus is absent.
  public static func corpusInputs() -> [String] {
    let directory = shared.appendingPathComponent("corpus").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }

  /// The bytes of a sample input.
  public static func sample(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: samplesDirectory.appendingPathComponent(name)))
  }

  /// The bytes of a corpus file.
  public static func corpusFile(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: shared.appendingPathComponent("corpus").appendingPathComponent(name)))
  }

  /// The file name of a sample's expected output: `A_RES_61_215.ods.txt` + `json` → `A_RES_61_215.ods.json`.
  public static func goldenName(for input: String, extension ext: String) -> String {
    (input.hasSuffix(".txt") ? String(input.dropLast(4)) : input) + "." + ext
  }
}
