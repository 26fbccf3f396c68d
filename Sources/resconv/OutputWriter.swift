import Foundation

/// Writes outputs so that a failed write never leaves a partial file: the text goes to a
/// temporary file beside the destination, which is then renamed over it. Plain POSIX calls:
/// Foundation's `Data.write` adds an fsync and extended-attribute copies per file, which
/// dominated batch runs (measured with `strace -c`).
enum OutputWriter {
  enum Destination: Sendable {
    case standardOutput
    /// A file; with `createsDirectory`, its directory is made when missing (`--output-dir`).
    case file(String, createsDirectory: Bool = false)
  }

  static func write(_ text: String, to destination: Destination) throws {
    var text = text
    switch destination {
    case .standardOutput:
      try text.withUTF8 { try writeAll($0, to: STDOUT_FILENO, path: "<stdout>") }
    case .file(let path, let createsDirectory):
      try text.withUTF8 { try writeAtomically($0, to: path, createsDirectory: createsDirectory) }
    }
  }

  private static func writeAtomically(_ bytes: UnsafeBufferPointer<UInt8>, to path: String, createsDirectory: Bool) throws {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary = "\(directory)/.\(name).\(UInt32.random(in: .min ... .max)).tmp"
    var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if descriptor < 0, errno == ENOENT, createsDirectory {
      try makeDirectory(directory, for: path)
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    }
    guard descriptor >= 0 else {
      let reason = CLIError.systemReason()
      let missing = errno == ENOENT && access(directory, F_OK) != 0
      throw CLIError.cannotWrite(path: path, reason: missing ? "directory \(directory) does not exist" : reason)
    }
    do {
      try writeAll(bytes, to: descriptor, path: path)
      // close(2) can report a deferred write error (NFS, quota); then the file is not whole.
      let closed = close(descriptor)
      descriptor = -1
      guard closed == 0 else { throw CLIError.cannotWrite(path: path, reason: CLIError.systemReason()) }
      // rename(2) replaces the destination atomically: readers see the old file or the new one.
      guard rename(temporary, path) == 0 else { throw CLIError.cannotWrite(path: path, reason: CLIError.systemReason()) }
    } catch {
      if descriptor >= 0 { close(descriptor) }
      unlink(temporary)
      throw error
    }
  }

  private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, path: String) throws {
    var offset = 0
    while offset < bytes.count {
      let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { throw CLIError.cannotWrite(path: path, reason: CLIError.systemReason()) }
      offset += written
    }
  }

  private static func makeDirectory(_ directory: String, for path: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw CLIError.cannotWrite(path: path, reason: "cannot create directory \(directory)")
    }
  }
}
