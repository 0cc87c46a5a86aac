/// The hash table behind `Vocabulary`: lower-case words by FNV-1a hash, with open addressing.
struct WordTable {
    fileprivate(set) var slots: [Int32] = Array(repeating: 0, count: 4096)
    fileprivate(set) var hashes: [UInt64] = [0]
    fileprivate(set) var bytes: [[UInt8]] = [[]]
    var dash: Int32 = 0, quote: Int32 = 0

    @inline(__always) static func hash(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in a..<b {
            var c = p[i]
            if c &- 65 < 26 { c |= 0x20 }
            h = (h ^ UInt64(c)) &* 0x100000001b3
        }
        return h
    }

    /// The id of the bytes `a..<b`, read case-insensitively for ASCII letters, or 0.
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int32 {
        let h = WordTable.hash(p, a, b)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[s]
            if id == 0 { return 0 }
            if hashes[Int(id)] == h, equal(Int(id), p, a, b) { return id }
            s = (s + 1) & mask
        }
    }

    @inline(__always) private func equal(_ id: Int, _ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        let w = bytes[id]
        guard w.count == b - a else { return false }
        for k in 0..<w.count {
            var c = p[a + k]
            if c &- 65 < 26 { c |= 0x20 }
            if c != w[k] { return false }
        }
        return true
    }

    fileprivate mutating func add(_ u: [UInt8]) -> Int32 {
        let id = Int32(bytes.count)
        bytes.append(u)
        hashes.append(u.withUnsafeBufferPointer { WordTable.hash($0, 0, u.count) })
        if bytes.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for k in 1..<bytes.count { place(Int32(k)) }
        } else {
            place(id)
        }
        return id
    }

    private mutating func place(_ id: Int32) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = id
    }
}

/// The words the temporal rules know, each given a small integer, so that matching compares
/// integers instead of hashing strings. Every other word is id 0.
final class Vocabulary {
    private(set) var words: [String] = [""]
    private var table = WordTable()

    var count: Int { words.count }

    /// The id of a lower-case word, adding it when new.
    @discardableResult
    func intern(_ word: String) -> Int32 {
        let u = Array(word.lowercased().utf8)
        let found = u.withUnsafeBufferPointer { table.lookup($0, 0, u.count) }
        if found != 0 || u.isEmpty { return found }
        words.append(String(decoding: u, as: UTF8.self))
        return table.add(u)
    }

    /// The id of a word already known, or 0.
    func id(_ word: String) -> Int32 {
        let u = Array(word.utf8)
        return u.withUnsafeBufferPointer { table.lookup($0, 0, u.count) }
    }

    /// An immutable copy for lookups in the inner loop, free of the checks a mutable class needs.
    func frozen() -> WordTable {
        var copy = table
        copy.dash = id("-"); copy.quote = id("'")
        return copy
    }
}

/// A token as the temporal tagger sees it: its word as a vocabulary id, and for a number its
/// digits and value.
struct WordToken {
    var start: Int
    var end: Int
    /// End of a number's digits, where a glued suffix ("th", "s", "pm") begins.
    var numberEnd: Int
    /// Vocabulary id of the lower-case word or mark (0 when unknown, and for numbers).
    var word: Int32
    /// For numbers, the vocabulary id of a glued suffix (0 when unknown or absent).
    var suffix: Int32
    var kind: Token.Kind
    var capitalized: Bool
    var spaceBefore: Bool
    var lineBefore: Bool
    /// Value of a plain number, or -1.
    var integer: Int

    var digitCount: Int { numberEnd - start }
    var hasSuffix: Bool { end > numberEnd }

    static func make(_ p: UnsafeBufferPointer<UInt8>, vocabulary: WordTable) -> [WordToken] {
        var out: [WordToken] = []
        out.reserveCapacity(p.count / 5)
        let dash = vocabulary.dash, quote = vocabulary.quote
        Tokenizer.scan(p) { r in
            var word: Int32 = 0, suffix: Int32 = 0
            switch r.kind {
            case .punct: word = r.mark == 45 ? dash : (r.mark == 39 ? quote : vocabulary.lookup(p, r.start, r.end))
            case .number: if r.end > r.numberEnd { suffix = vocabulary.lookup(p, r.numberEnd, r.end) }
            case .word: word = vocabulary.lookup(p, r.start, r.end)
            }
            out.append(WordToken(start: r.start, end: r.end, numberEnd: r.numberEnd, word: word, suffix: suffix, kind: r.kind, capitalized: r.capitalized,
                                 spaceBefore: r.spaceBefore, lineBefore: r.lineBefore, integer: r.integer))
        }
        return out
    }
}
