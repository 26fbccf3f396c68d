import Foundation

/// An input's bytes and the name diagnostics show for it.
struct InputSource {
  var name: String
  var bytes: [UInt8]

  /// Reads a file, or standard input for "-"; refuses directories and inputs over `limit` bytes.
  static func read(_ path: String, limit: Int) throws -> InputSource {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      guard data.count <= limit else { throw CLIError.tooLarge(path: "<stdin>", size: data.count, limit: limit) }
      return InputSource(name: "<stdin>", bytes: Array(data))
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError.cannotRead(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw CLIError.cannotRead(path: path, reason: "is a directory") }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = attributes?[.size] as? Int, size > limit {
      throw CLIError.tooLarge(path: path, size: size, limit: limit)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError.cannotRead(path: path, reason: "permission denied or unreadable")
    }
    return InputSource(name: path, bytes: Array(data))
  }
}
