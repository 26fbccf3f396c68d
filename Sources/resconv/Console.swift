import Foundation
import Synchronization

/// Standard error, shared by the threads of a run: messages are written whole, and the progress
/// line (when shown) is cleared before a message and redrawn after it.
final class Console: Sendable {
  private struct State {
    var line: ProgressLine?
    var lastDraw: ContinuousClock.Instant?
  }

  /// Whether the progress line is drawn.
  let showsProgress: Bool
  private let state = Mutex(State())
  private let started = ContinuousClock.now

  init(showsProgress: Bool) { self.showsProgress = showsProgress }

  /// Whether standard error is a terminal (where progress is shown unless asked otherwise).
  static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Seconds since the console was made.
  var elapsed: Double {
    let duration = ContinuousClock.now - started
    return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  /// Writes `text` (one or more whole lines).
  func write(_ text: String) {
    guard !text.isEmpty else { return }
    state.withLock { state in
      Self.put((state.line != nil && showsProgress ? Self.clear : "") + text + (showsProgress ? state.line.map { $0.rendered() } ?? "" : ""))
    }
  }

  /// Updates the progress line; redraws at most ten times a second, and always at the end.
  func progress(done: Int, total: Int, failed: Int) {
    guard showsProgress else { return }
    let now = ContinuousClock.now
    let elapsed = self.elapsed
    state.withLock { state in
      let line = ProgressLine(done: done, total: total, failed: failed, elapsed: elapsed)
      state.line = line
      if let last = state.lastDraw, now - last < .milliseconds(100), done < total { return }
      state.lastDraw = now
      Self.put(Self.clear + line.rendered())
    }
  }

  /// Removes the progress line, leaving the cursor at the start of an empty line.
  func endProgress() {
    state.withLock { state in
      if showsProgress, state.line != nil { Self.put(Self.clear) }
      state.line = nil
    }
  }

  /// Carriage return and "erase line".
  private static let clear = "\r\u{1B}[2K"

  private static func put(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
