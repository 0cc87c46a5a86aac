/// A hash map from integers to small integers, with open addressing and a multiplicative hash:
/// the merge's indexes (word postings by month, words and documents by cluster) are probed
/// millions of times, and a general-purpose dictionary's seeded hashing dominated that cost.
struct IntTable {
    private static let empty = Int.min
    private var keys: [Int]
    private var values: [Int32]
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = [Int](repeating: Self.empty, count: size)
        values = [Int32](repeating: 0, count: size)
    }

    @inline(__always) private func slot(_ key: Int) -> Int {
        let h = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 20) & (keys.count - 1)
    }

    /// The value of `key`, or -1 when it has none.
    @inline(__always) subscript(key: Int) -> Int32 {
        var s = slot(key)
        let mask = keys.count - 1
        while true {
            let k = keys[s]
            if k == key { return values[s] }
            if k == Self.empty { return -1 }
            s = (s + 1) & mask
        }
    }

    /// Gives `key` the value `value` unless it has one; true when it was added.
    @inline(__always) @discardableResult
    mutating func insert(_ key: Int, _ value: Int32) -> Bool {
        precondition(key != Self.empty)
        if (count + 1) * 2 > keys.count { grow() }
        var s = slot(key)
        let mask = keys.count - 1
        while true {
            let k = keys[s]
            if k == key { return false }
            if k == Self.empty { keys[s] = key; values[s] = value; count += 1; return true }
            s = (s + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [Int](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != Self.empty { insert(k, v) }
    }
}
