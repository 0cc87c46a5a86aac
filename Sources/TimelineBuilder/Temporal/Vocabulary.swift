/// The words the temporal rules know, each given a small integer, so that matching compares
/// integers instead of hashing strings. Every other word is id 0.
final class Vocabulary {
    private(set) var words: [String] = [""]
    private var slots: [Int32] = Array(repeating: 0, count: 4096)
    private var hashes: [UInt64] = [0]
    private var bytes: [[UInt8]] = [[]]

    var count: Int { words.count }

    @inline(__always) private static func hash(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in a..<b {
            var c = p[i]
            if c &- 65 < 26 { c |= 0x20 }
            h = (h ^ UInt64(c)) &* 0x100000001b3
        }
        return h
    }

    /// The id of a lower-case word, adding it when new.
    @discardableResult
    func intern(_ word: String) -> Int32 {
        let u = Array(word.lowercased().utf8)
        let found = u.withUnsafeBufferPointer { lookup($0, 0, u.count) }
        if found != 0 || u.isEmpty { return found }
        let id = Int32(words.count)
        words.append(String(decoding: u, as: UTF8.self))
        bytes.append(u)
        hashes.append(u.withUnsafeBufferPointer { Vocabulary.hash($0, 0, u.count) })
        if words.count * 2 > slots.count { rehash(slots.count * 2) } else { place(id) }
        return id
    }

    /// The id of a word already known, or 0.
    func id(_ word: String) -> Int32 {
        let u = Array(word.utf8)
        return u.withUnsafeBufferPointer { lookup($0, 0, u.count) }
    }

    private func place(_ id: Int32) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = id
    }

    private func rehash(_ size: Int) {
        slots = Array(repeating: 0, count: size)
        for id in 1..<words.count { place(Int32(id)) }
    }

    /// The id of the bytes `a..<b`, read case-insensitively for ASCII letters, or 0.
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int32 {
        let h = Vocabulary.hash(p, a, b)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[s]
            if id == 0 { return 0 }
            if hashes[Int(id)] == h, equal(Int(id), p, a, b) { return id }
            s = (s + 1) & mask
        }
    }

    /// An immutable copy for lookups in the inner loop, free of the checks a mutable class needs.
    func frozen() -> FrozenVocabulary { FrozenVocabulary(slots: slots, hashes: hashes, bytes: bytes, dash: id("-"), quote: id("'")) }

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
}

/// The vocabulary once every word is in: lookups only.
struct FrozenVocabulary {
    let slots: [Int32]
    let hashes: [UInt64]
    let bytes: [[UInt8]]
    let dash: Int32, quote: Int32

    /// The id of the bytes `a..<b`, read case-insensitively for ASCII letters, or 0.
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int32 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in a..<b {
            var c = p[i]
            if c &- 65 < 26 { c |= 0x20 }
            h = (h ^ UInt64(c)) &* 0x100000001b3
        }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[s]
            if id == 0 { return 0 }
            if hashes[Int(id)] == h {
                let w = bytes[Int(id)]
                if w.count == b - a {
                    var same = true
                    for k in 0..<w.count {
                        var c = p[a + k]
                        if c &- 65 < 26 { c |= 0x20 }
                        if c != w[k] { same = false; break }
                    }
                    if same { return id }
                }
            }
            s = (s + 1) & mask
        }
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

    static func make(_ p: UnsafeBufferPointer<UInt8>, vocabulary: FrozenVocabulary) -> [WordToken] {
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
