import Foundation

/// Runs the built `resconv` executable and captures what it does.
public enum CommandRunner {
  /// The outcome of one run.
  public struct Outcome: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
  }

  /// The `resconv` binary built beside the test bundle.
  public static var executable: URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("resconv")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return Repository.root.appendingPathComponent(".build/debug/resconv")
  }

  /// Runs `resconv arguments…` in `directory`, feeding `input` on standard input.
  public static func run(_ arguments: [String], input: Data = Data(), in directory: URL? = nil) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Drain standard error on another thread, so that neither pipe fills and blocks the child.
    let stderrData = Box()
    let errorReader = Thread { stderrData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
    errorReader.start()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let error = stderrData.wait()
    return Outcome(
      status: process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
      standardError: String(decoding: error, as: UTF8.self))
  }

  /// Data handed from a reading thread to the caller.
  private final class Box: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
      condition.lock()
      data = value
      condition.signal()
      condition.unlock()
    }

    func wait() -> Data {
      condition.lock()
      defer { condition.unlock() }
      while data == nil { condition.wait() }
      return data ?? Data()
    }
  }

  /// A new empty temporary directory.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("resconv-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
