import Foundation

/// An input's bytes and the name diagnostics show for it.
struct InputSource {
  var name: String
  var bytes: [UInt8]

  /// Reads a file, or standard input for "-"; refuses directories and inputs over `limit` bytes.
  /// Uses open(2)/fstat(2)/read(2) directly: Foundation's file attributes look up user and
  /// group names, which costs more than reading a resolution.
  static func read(_ path: String, limit: Int) throws -> InputSource {
    let name = path == "-" ? "<stdin>" : path
    let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw CLIError.cannotRead(path: name, reason: CLIError.systemReason()) }
    defer { if path != "-" { close(descriptor) } }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw CLIError.cannotRead(path: name, reason: CLIError.systemReason()) }
    if status.st_mode & S_IFMT == S_IFDIR { throw CLIError.cannotRead(path: name, reason: "is a directory") }
    let isRegular = status.st_mode & S_IFMT == S_IFREG
    if isRegular, Int(status.st_size) > limit { throw CLIError.tooLarge(path: name, size: Int(status.st_size), limit: limit) }
    let bytes = try readAll(descriptor, name: name, expected: isRegular ? Int(status.st_size) : 0, limit: limit)
    return InputSource(name: name, bytes: bytes)
  }

  /// Reads to the end of `descriptor`; stops with an error once more than `limit` bytes arrive.
  private static func readAll(_ descriptor: Int32, name: String, expected: Int, limit: Int) throws -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: max(expected + 1, 65_536))
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
      let received = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if received < 0, errno == EINTR { continue }
      guard received >= 0 else { throw CLIError.cannotRead(path: name, reason: CLIError.systemReason()) }
      if received == 0 { break }
      count += received
      if count > limit { throw CLIError.tooLarge(path: name, size: nil, limit: limit) }
    }
    bytes.removeSubrange(count...)
    return bytes
  }
}
