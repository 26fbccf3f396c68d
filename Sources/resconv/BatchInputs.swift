import Foundation

/// One input of a conversion run and the name its outputs take.
struct ConversionInput: Sendable {
  /// The path as given or found ("-" for standard input).
  var path: String
  /// The output name without format extension, relative to the output directory:
  /// the input's path below the directory it was found in (or its file name), minus `.txt`.
  var outputStem: String
}

/// Expands the command line's inputs: files as given, directories walked for files matching a
/// pattern. Repeats of one path are dropped; directories are listed in byte order of path so
/// that runs are reproducible.
enum BatchInputs {
  /// Collects inputs from `arguments`; directories contribute their files whose names match
  /// `pattern` (an fnmatch(3) glob such as `*.txt`), in every subdirectory, hidden files excepted.
  static func collect(_ arguments: [String], pattern: String) throws -> [ConversionInput] {
    var inputs: [ConversionInput] = []
    var seen = Set<String>()
    func add(_ path: String, stem: String) {
      let key = URL(fileURLWithPath: path, isDirectory: false).standardizedFileURL.path
      if path == "-" || seen.insert(key).inserted { inputs.append(ConversionInput(path: path, outputStem: stem)) }
    }
    for argument in arguments {
      var isDirectory: ObjCBool = false
      if argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
        for relative in try files(in: argument, matching: pattern) {
          add(URL(fileURLWithPath: argument, isDirectory: true).appendingPathComponent(relative, isDirectory: false).relativePath, stem: stem(of: relative))
        }
      } else {
        // Files, and paths that do not exist: those fail with a clear message when read.
        add(argument, stem: stem(of: URL(fileURLWithPath: argument, isDirectory: false).lastPathComponent))
      }
    }
    return inputs
  }

  /// The output stem for a file name or relative path: without a final `.txt`.
  static func stem(of name: String) -> String {
    name.lowercased().hasSuffix(".txt") && name.count > 4 ? String(name.dropLast(4)) : name
  }

  /// Relative paths of the regular files below `directory` whose names match `pattern`.
  private static func files(in directory: String, matching pattern: String) throws -> [String] {
    let root = URL(fileURLWithPath: directory)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { throw CLIError.cannotRead(path: directory, reason: "cannot list the directory") }
    let rootPath = root.standardizedFileURL.path
    var found: [String] = []
    for case let url as URL in walker {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
        fnmatch(pattern, url.lastPathComponent, 0) == 0
      else { continue }
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(rootPath + "/") else { continue }
      found.append(String(path.dropFirst(rootPath.count + 1)))
    }
    return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
