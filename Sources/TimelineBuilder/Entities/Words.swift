/// Small word tools shared by the stages: a crude English lemma and the word lists.
enum Words {
    static let stopwords = Resources.wordSet("stopwords.txt")
    static let generic = Resources.wordSet("generic-words.txt")
    /// Words that never carry a report's content: the stop words and the generic words.
    static let nonContent = stopwords.union(generic)

    /// Derivational suffixes, longest first, from `derivations.tsv`.
    static let derivations: [(suffix: [UInt8], replacement: [UInt8], shortest: Int)] = Resources.rows("derivations.tsv")
        .filter { $0.count >= 1 }
        .map { (Array($0[0].utf8), Array(($0.count > 1 ? $0[1] : "").utf8), $0.count > 2 ? Int($0[2]) ?? 5 : 5) }
        .sorted { $0.suffix.count > $1.suffix.count }

    /// The stem a lemma is compared as across parts of speech: "diversion" and "diverted" are
    /// both "divert", "evacuation" and "evacuate" both "evacu".
    static func stem(_ lemma: String) -> String {
        var u = Array(lemma.utf8)
        for rule in derivations where u.count > rule.suffix.count && u.suffix(rule.suffix.count).elementsEqual(rule.suffix) {
            if rule.suffix == rule.replacement { break }
            let stem = u.dropLast(rule.suffix.count) + rule.replacement
            if stem.count >= rule.shortest { u = Array(stem); break }
        }
        if u.count >= 4, u.last == 101 { u.removeLast() }
        if u.count >= 6, u[u.count - 2] == 97, u[u.count - 1] == 116 { u.removeLast(2) }
        return String(decoding: u, as: UTF8.self)
    }

    /// The stem each synonym is compared as: the stem of the first word of its group in `synonyms.txt`.
    static let synonymHeads: [String: String] = {
        var heads: [String: String] = [:]
        for line in Resources.lines("synonyms.txt") {
            let group = line.text.split(separator: " ").map { String($0).lowercased() }
            let head = stem(group[0])
            for w in group.dropFirst() {
                if heads[w] == nil { heads[w] = head }
                if heads[stem(w)] == nil, stem(w) != head { heads[stem(w)] = head }
            }
        }
        return heads
    }()

    /// The words a lemma is compared as: its stem, and the stem of its synonym group's first word.
    static func comparable(_ lemma: String) -> [String] {
        let s = stem(lemma)
        if let head = synonymHeads[lemma] ?? synonymHeads[s], head != s { return [s, head] }
        return [s]
    }

    /// A lemma good enough to match "tariffs" with "tariff" and "meeting" with "meet".
    static func lemma(_ word: String) -> String {
        var w = word.utf8.contains(where: { $0 &- 65 < 26 }) ? word.lowercased() : word
        if w.utf8.last == 115, w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
        let u = Array(w.utf8)
        let n = u.allSatisfy({ $0 < 0x80 }) ? u.count : w.count
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard u.count >= k else { return false }
            return suffix.withUTF8Buffer { s in (0..<k).allSatisfy { u[u.count - k + $0] == s[$0] } }
        }
        func drop(_ k: Int, _ add: String = "") -> String { String(decoding: u[..<(u.count - k)], as: UTF8.self) + add }
        if n > 4, ends("ies") { return drop(3, "y") }
        if n > 4, ends("sses") { return drop(2) }
        if n > 4, ends("ches") || ends("shes") || ends("xes") { return drop(2) }
        if n > 5, ends("ing") { return drop(3) }
        if n > 4, ends("ied") { return drop(3, "y") }
        if n > 4, ends("ed") { return drop(ends("eed") ? 1 : 2) }
        if n > 3, ends("s"), !ends("ss"), !ends("us"), !ends("is") { return drop(1) }
        return w
    }

    /// Whether a lower-case word can carry the content of a report.
    static func isContent(_ lower: String) -> Bool {
        lower.utf8.count >= 3 && !nonContent.contains(lower)
    }

    /// Whether a lower-case word ends with an ASCII suffix.
    @inline(__always) static func ends(_ word: String, _ a: UInt8, _ b: UInt8) -> Bool {
        let u = word.utf8
        guard u.count >= 2 else { return false }
        return u[u.index(u.endIndex, offsetBy: -2)] == a && u[u.index(before: u.endIndex)] == b
    }
}
