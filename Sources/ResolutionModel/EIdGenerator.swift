/// Makes eIds by the OASIS naming convention as AKN4UN applies it: `[prefix__]ref[_num]`, the
/// number taken from the printed `num` (punctuation and brackets dropped) or from the position
/// among siblings of the same kind; every eId is unique in the document.
public struct EIdGenerator: Sendable {
  private var used: Set<String> = []
  private var counters: [Scope: Int] = [:]
  /// The next "-N" suffix to try for a base that is already taken.
  private var nextSuffix: [String: Int] = [:]

  /// Creates a generator with no eIds used.
  public init() {}

  /// The eId for an element `ref` under `prefix`, numbered from `num` when it has one.
  public mutating func make(_ ref: String, under prefix: String?, num: String? = nil) -> String {
    let position = Self.increment(&counters[Scope(prefix: prefix, ref: ref), default: 0])
    let number = num.map(Self.numberPart) ?? String(position)
    return unique(Self.join(prefix, ref, number))
  }

  /// An eId used as is (e.g. `intro` under a list), kept unique.
  public mutating func fixed(_ ref: String, under prefix: String?) -> String {
    unique(Self.join(prefix, ref, ""))
  }

  /// Adds one to a counter in place (one dictionary lookup) and returns it.
  private static func increment(_ counter: inout Int) -> Int {
    counter &+= 1
    return counter
  }

  /// `prefix__ref_number`, built in one string.
  private static func join(_ prefix: String?, _ ref: String, _ number: String) -> String {
    var eId = ""
    eId.reserveCapacity((prefix?.utf8.count ?? 0) + ref.utf8.count + number.utf8.count + 3)
    if let prefix {
      eId += prefix
      eId += "__"
    }
    eId += ref
    if !number.isEmpty {
      eId += "_"
      eId += number
    }
    return eId
  }

  /// "1." → "1", "(a)" → "a", "(ii)" → "ii", "3 bis" → "3bis".
  public static func numberPart(_ num: String) -> String {
    func isKept(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x2D }
    // ASCII, nearly always, and usually clean already (a Num's value): kept as it is, or byte by byte.
    if num.utf8.allSatisfy(isKept) { return num }
    if num.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: num.utf8.filter(isKept), as: UTF8.self) }
    return String(num.filter { $0.isLetter || $0.isNumber || $0 == "-" })
  }

  /// The siblings an element is counted among: same kind under the same parent.
  private struct Scope: Hashable {
    var prefix: String?
    var ref: String
  }

  private mutating func unique(_ base: String) -> String {
    guard !used.insert(base).inserted else { return base }
    var suffix = nextSuffix[base] ?? 2
    var candidate = "\(base)-\(suffix)"
    while !used.insert(candidate).inserted {
      suffix += 1
      candidate = "\(base)-\(suffix)"
    }
    nextSuffix[base] = suffix + 1
    return candidate
  }
}
