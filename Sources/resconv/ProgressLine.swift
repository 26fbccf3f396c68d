/// The one-line progress display of a batch run:
/// `[#########---------------]  412/1022  40%  523/s  ETA 0:02  1 failed`.
struct ProgressLine {
  var done: Int
  var total: Int
  var failed: Int
  /// Seconds since the run started.
  var elapsed: Double

  /// The line, `width` characters of bar wide.
  func rendered(width: Int = 24) -> String {
    let fraction = total > 0 ? Double(done) / Double(total) : 1
    let filled = min(width, Int(fraction * Double(width)))
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    let count = String(done).leftPadded(to: String(total).count)
    var line = "[\(bar)] \(count)/\(total) \(String(Int(fraction * 100)).leftPadded(to: 3))%"
    if elapsed > 0, done > 0 {
      let rate = Double(done) / elapsed
      line += "  \(Self.rate(rate))/s  ETA \(Self.clock(Double(total - done) / rate))"
    }
    if failed > 0 { line += "  \(failed) failed" }
    return line
  }

  /// A rate with sensible precision: 0.4, 12, 1234.
  static func rate(_ value: Double) -> String {
    value < 10 ? String(Double(Int(value * 10)) / 10) : String(Int(value.rounded()))
  }

  /// Seconds as m:ss, or h:mm:ss past an hour.
  static func clock(_ seconds: Double) -> String {
    let total = seconds.isFinite ? max(0, Int(seconds.rounded(.up))) : 0
    let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
    let mmss = "\(String(minutes).leftPadded(to: hours > 0 ? 2 : 1, with: "0")):\(String(secs).leftPadded(to: 2, with: "0"))"
    return hours > 0 ? "\(hours):\(mmss)" : mmss
  }
}

extension String {
  fileprivate func leftPadded(to width: Int, with pad: Character = " ") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
