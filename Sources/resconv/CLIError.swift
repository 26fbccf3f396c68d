import Foundation

/// Failures of the command line around a conversion: files that cannot be read or written.
enum CLIError: Error, CustomStringConvertible {
  case cannotRead(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  /// An input over the size limit; `size` is nil for a stream cut off at the limit.
  case tooLarge(path: String, size: Int?, limit: Int)

  var description: String {
    switch self {
    case .cannotRead(let path, let reason): "\(path): cannot read: \(reason)"
    case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
    case .tooLarge(let path, let size, let limit):
      "\(path): the input is \(size.map { "\($0) bytes, " } ?? "")over the limit of \(limit) bytes (see --max-input-size)"
    }
  }

  /// The system's message for the current `errno`, e.g. "No such file or directory".
  static func systemReason() -> String { String(cString: strerror(errno)) }
}
