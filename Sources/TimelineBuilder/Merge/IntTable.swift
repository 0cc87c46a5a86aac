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

    /// Fibonacci hashing: the top bits of the product, which every bit of the key reaches
    /// (keys such as `a << 32` have no low bits to tell them apart).
    @inline(__always) private func slot(_ key: Int) -> Int {
        let h = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> UInt64(64 - keys.count.trailingZeroBitCount))
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

/// A hash map from strings to small integers, hashing their UTF-8 bytes with FNV-1a: cheaper
/// than a dictionary's seeded hash of Unicode scalars, for the merge's millions of word look-ups.
struct StringTable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private(set) var keys: [String] = []

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
    }

    @inline(__always) private static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// The id of `key`, or -1 when it has none.
    func id(_ key: String) -> Int32 {
        let h = Self.hash(key)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[s]
            if id < 0 { return -1 }
            if hashes[Int(id)] == h, keys[Int(id)] == key { return id }
            s = (s + 1) & mask
        }
    }

    /// The id of `key`, given the next id when it is new.
    mutating func intern(_ key: String) -> Int32 {
        let h = Self.hash(key)
        var mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[s]
            if id < 0 { break }
            if hashes[Int(id)] == h, keys[Int(id)] == key { return id }
            s = (s + 1) & mask
        }
        let id = Int32(keys.count)
        keys.append(key)
        hashes.append(h)
        if keys.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            mask = slots.count - 1
            for k in 0..<keys.count {
                var t = Int(truncatingIfNeeded: hashes[k]) & mask
                while slots[t] >= 0 { t = (t + 1) & mask }
                slots[t] = Int32(k)
            }
        } else {
            slots[s] = id
        }
        return id
    }
}
