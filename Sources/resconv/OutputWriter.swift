import Foundation

/// Writes outputs so that a failed write never leaves a partial file: the text goes to a
/// temporary file beside the destination, which is then renamed over it.
enum OutputWriter {
  enum Destination {
    case standardOutput
    case file(String)
  }

  static func write(_ text: String, to destination: Destination) throws {
    switch destination {
    case .standardOutput:
      FileHandle.standardOutput.write(Data(text.utf8))
    case .file(let path):
      try writeAtomically(Data(text.utf8), to: path)
    }
  }

  private static func writeAtomically(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CLIError.cannotWrite(path: path, reason: "directory \(directory.path) does not exist")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UInt32.random(in: .min ... .max)).tmp")
    do {
      try data.write(to: temporary, options: [.withoutOverwriting])
      // rename(2) replaces the destination atomically: readers see the old file or the new one.
      guard rename(temporary.path, path) == 0 else {
        throw CLIError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
    } catch let error as CLIError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CLIError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
    }
  }
}
