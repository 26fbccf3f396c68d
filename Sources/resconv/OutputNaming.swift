import Foundation

/// Names the output files of a run with `--output-dir`.
///
/// Each input's outputs are `DIR/<stem>.<extension>` for every format, where the stem is the
/// input's path below the directory it was found in (or its file name) without `.txt`.
/// **Collision rule:** when a name is already taken in this run, by an earlier input (in the
/// order inputs were given, directories in path order) or by an input file itself, the later
/// input gets the first free suffix `-2`, `-3`, … on its stem, the same for all its formats.
/// Names are compared case-insensitively, so runs behave alike on case-insensitive disks.
struct OutputNaming {
  /// The output directory as given, without a trailing slash.
  var directory: String
  /// The formats every input is written in.
  var formats: [OutputFormat]
  private var taken: Set<String>

  init(directory: String, formats: [OutputFormat], inputs: [ConversionInput]) {
    self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    self.formats = formats
    taken = Set(inputs.map { Self.key($0.path) })
  }

  /// The output paths for `input`, one per format in `formats`' order, and whether they had to be renamed.
  mutating func paths(for input: ConversionInput) -> (paths: [String], renamed: Bool) {
    var suffix = 1
    while true {
      let stem = suffix == 1 ? input.outputStem : "\(input.outputStem)-\(suffix)"
      let paths = formats.map { "\(directory)/\(stem).\($0.fileExtension)" }
      if paths.allSatisfy({ !taken.contains(Self.key($0)) }) {
        for path in paths { taken.insert(Self.key(path)) }
        return (paths, suffix > 1)
      }
      suffix += 1
    }
  }

  private static func key(_ path: String) -> String {
    URL(fileURLWithPath: path, isDirectory: false).standardizedFileURL.path.lowercased()
  }
}
