/// The word classes of `timex-lexicon.tsv`, held as a trie over tokens so that multi-word entries
/// ("a couple of", "p.m.") match in one step.
final class Lexicon {
    final class Node {
        var children: [String: Node] = [:]
        var entries: [(cls: String, value: String)] = []
    }
    let root = Node()
    private(set) var firstWords: [String: Set<String>] = [:]
    private(set) var single: [String: [String: String]] = [:]

    init(rows: [[String]]) {
        for row in rows where row.count >= 3 {
            add(cls: row[0], phrase: row[1], value: row[2])
        }
    }

    func add(cls: String, phrase: String, value: String) {
        let words = Tokenizer.tokenize(Array(phrase.utf8)).map(\.lower)
        guard let first = words.first else { return }
        var node = root
        for w in words {
            if let next = node.children[w] { node = next } else { let n = Node(); node.children[w] = n; node = n }
        }
        node.entries.append((cls, value))
        firstWords[cls, default: []].insert(first)
        if words.count == 1 { single[cls, default: [:]][first] = value }
    }

    /// Whether a single word belongs to a class, and its value.
    func value(of word: String, in cls: String) -> String? { single[cls]?[word] }

    /// Every entry of `cls` that starts at token `i`: its value and the index after it.
    func matches(_ tokens: [Token], at i: Int, cls: String) -> [(value: String, end: Int)] {
        var out: [(String, Int)] = []
        var node = root
        var j = i
        while j < tokens.count, let next = node.children[tokens[j].lower] {
            if j > i, tokens[j].spaceBefore, tokens[j].kind == .punct, tokens[j].lower != "-" { break }
            node = next
            j += 1
            for e in node.entries where e.cls == cls { out.append((e.value, j)) }
        }
        return out
    }
}


extension Lexicon {
    /// The longest single entry of a class at token `t`.
    func matches(_ tokens: [Token], _ t: Int, _ cls: String) -> (value: String, end: Int)? {
        matches(tokens, at: t, cls: cls).max(by: { $0.end < $1.end })
    }
}

/// The word classes of `timex-lexicon.tsv` as a trie over vocabulary ids, for the tagger's inner loop.
final class WordLexicon {
    struct Node {
        var children: [(word: Int32, node: Int32)] = []
        var entries: [(cls: Int, value: String)] = []
    }
    private var nodes: [Node] = [Node()]
    private var rootChildren: [Int32] = []
    private(set) var classNames: [String] = []
    private var classIndex: [String: Int] = [:]
    /// Words that can begin an entry of each class.
    private(set) var firstWords: [Set<Int32>] = []
    /// For each word id, the classes that hold it as a one-word entry, as a bit set.
    private var singleClasses: [UInt64] = []

    init(rows: [[String]], vocabulary: Vocabulary) {
        for row in rows where row.count >= 3 {
            add(cls: row[0], phrase: row[1], value: row[2], vocabulary: vocabulary)
        }
    }

    func cls(_ name: String) -> Int? { classIndex[name] }

    private func add(cls name: String, phrase: String, value: String, vocabulary: Vocabulary) {
        let words = Tokenizer.tokenize(Array(phrase.utf8)).map { vocabulary.intern($0.lower) }
        guard let first = words.first else { return }
        let cls: Int
        if let c = classIndex[name] { cls = c } else {
            cls = classNames.count
            precondition(cls < 64, "timex-lexicon.tsv holds more than 64 word classes")
            classIndex[name] = cls; classNames.append(name); firstWords.append([])
        }
        var node = 0
        for w in words {
            if let next = child(node, w) { node = next; continue }
            nodes.append(Node())
            let n = nodes.count - 1
            if node == 0 {
                if rootChildren.count <= Int(w) { rootChildren += Array(repeating: 0, count: Int(w) + 1 - rootChildren.count) }
                rootChildren[Int(w)] = Int32(n)
            } else {
                nodes[node].children.append((w, Int32(n)))
            }
            node = n
        }
        nodes[node].entries.append((cls, value))
        firstWords[cls].insert(first)
        if words.count == 1 {
            if singleClasses.count <= Int(first) { singleClasses += Array(repeating: 0, count: Int(first) + 1 - singleClasses.count) }
            singleClasses[Int(first)] |= 1 << UInt64(cls)
        }
    }

    @inline(__always) private func child(_ node: Int, _ word: Int32) -> Int? {
        if node == 0 {
            let w = Int(word)
            guard w > 0, w < rootChildren.count, rootChildren[w] != 0 else { return nil }
            return Int(rootChildren[w])
        }
        for c in nodes[node].children where c.word == word { return Int(c.node) }
        return nil
    }

    /// Whether a single word is a one-word entry of a class.
    @inline(__always) func has(_ word: Int32, _ cls: Int) -> Bool {
        let w = Int(word)
        return w > 0 && w < singleClasses.count && singleClasses[w] & (1 << UInt64(cls)) != 0
    }

    /// Calls `body` with the value and end index of every entry of `cls` that starts at token `i`,
    /// shortest first.
    @inline(__always)
    func forEachMatch(_ tokens: [WordToken], at i: Int, cls: Int, dash: Int32, _ body: (String, Int) -> Void) {
        var node = 0
        var j = i
        while j < tokens.count, tokens[j].kind != .number, let next = child(node, tokens[j].word) {
            if j > i, tokens[j].spaceBefore, tokens[j].kind == .punct, tokens[j].word != dash { break }
            node = next
            j += 1
            for e in nodes[node].entries where e.cls == cls { body(e.value, j) }
        }
    }

    /// The longest entry of a class at token `t`.
    func longest(_ tokens: [WordToken], _ t: Int, _ cls: Int, dash: Int32) -> (value: String, end: Int)? {
        var best: (String, Int)? = nil
        forEachMatch(tokens, at: t, cls: cls, dash: dash) { v, e in if e > (best?.1 ?? -1) { best = (v, e) } }
        return best
    }
}

/// One element of a pattern.
enum PatternElement {
    case literal([Int32])
    case lexical(cls: Int, bind: String)
    case number(NumberShape, bind: String)
}

/// The number shapes a pattern can ask for.
enum NumberShape: String {
    case year, yy, day, int, n, decade, iso, slash, clock
}

/// A temporal expression pattern: a token sequence and the rule that gives its value.
struct TemporalPattern {
    var type: String
    var elements: [(element: PatternElement, optional: Bool)]
    var rule: [String]
    var line: Int
}

/// Ids of the words and marks that the matcher's own rules test.
struct KnownWords {
    let dash, apostrophe, a, an, the, hundred: Int32
    let ordinalSuffixes, clockSuffixes: [Int32]
    let s: Int32

    init(_ v: Vocabulary) {
        dash = v.intern("-"); apostrophe = v.intern("'"); a = v.intern("a"); an = v.intern("an"); the = v.intern("the")
        hundred = v.intern("hundred"); s = v.intern("s")
        ordinalSuffixes = ["st", "nd", "rd", "th"].map { v.intern($0) }
        clockSuffixes = ["am", "pm"].map { v.intern($0) }
    }
}

/// The patterns of `timex-patterns.tsv`, indexed by the words a match can start with.
final class PatternSet {
    let lexicon: WordLexicon
    let vocabulary: Vocabulary
    let known: KnownWords
    let patterns: [TemporalPattern]
    private var wordIndex: [[Int]] = []
    private var numberIndex: [Int] = []
    private let numword: Int, ordinal: Int
    /// Classes whose words count only when capitalized ("May", not "may").
    private var capitalOnly: [Bool]

    init(patternLines: [(number: Int, text: String)], lexicon: WordLexicon, vocabulary: Vocabulary) throws {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        known = KnownWords(vocabulary)
        guard let numword = lexicon.cls("numword"), let ordinal = lexicon.cls("ordinal") else {
            throw ResourceError.malformed(file: "timex-lexicon.tsv", line: 1, reason: "the classes numword and ordinal are required")
        }
        self.numword = numword
        self.ordinal = ordinal
        capitalOnly = lexicon.classNames.map { ["month", "weekday", "holiday"].contains($0) }
        var parsed: [TemporalPattern] = []
        for (number, text) in patternLines {
            let fields = text.split(separator: "\t").map(String.init)
            guard fields.count == 3 else {
                throw ResourceError.malformed(file: "timex-patterns.tsv", line: number, reason: "expected TYPE, pattern and rule separated by tabs")
            }
            var elements: [(PatternElement, Bool)] = []
            for raw in fields[1].split(separator: " ") {
                var item = String(raw)
                var optional = false
                if item.count > 1, item.hasSuffix("?") { optional = true; item.removeLast() }
                if item.hasPrefix("@") {
                    let parts = item.dropFirst().split(separator: "=").map(String.init)
                    guard let cls = lexicon.cls(parts[0]) else {
                        throw ResourceError.malformed(file: "timex-patterns.tsv", line: number, reason: "unknown word class @\(parts[0])")
                    }
                    var bind = parts.count > 1 ? parts[1] : parts[0]
                    for suffix in ["plural", "abbr"] where parts.count == 1 && bind.hasSuffix(suffix) { bind.removeLast(suffix.count) }
                    elements.append((.lexical(cls: cls, bind: bind), optional))
                } else if item.hasPrefix("#"), item.count > 1 {
                    guard let shape = NumberShape(rawValue: String(item.dropFirst())) else {
                        throw ResourceError.malformed(file: "timex-patterns.tsv", line: number, reason: "unknown number shape \(item)")
                    }
                    elements.append((.number(shape, bind: shape.rawValue), optional))
                } else {
                    let words = item.lowercased().split(separator: "|").map { vocabulary.intern(String($0)) }
                    elements.append((.literal(words), optional))
                }
            }
            parsed.append(TemporalPattern(type: fields[0], elements: elements, rule: fields[2].split(separator: " ").map(String.init), line: number))
        }
        patterns = parsed
        for (p, pattern) in parsed.enumerated() {
            let (words, number) = firstKeys(pattern.elements)
            if number { numberIndex.append(p) }
            for w in words {
                if wordIndex.count <= Int(w) { wordIndex += Array(repeating: [], count: Int(w) + 1 - wordIndex.count) }
                wordIndex[Int(w)].append(p)
            }
        }
    }

    private func firstKeys(_ elements: [(element: PatternElement, optional: Bool)]) -> (words: Set<Int32>, number: Bool) {
        var keys: Set<Int32> = []
        var number = false
        for (element, optional) in elements {
            switch element {
            case .literal(let words): keys.formUnion(words)
            case .lexical(let cls, _):
                keys.formUnion(lexicon.firstWords[cls])
            case .number(let shape, _):
                number = true
                if shape == .n { keys.formUnion(lexicon.firstWords[numword]); keys.insert(known.a); keys.insert(known.an) }
                if shape == .day { keys.formUnion(lexicon.firstWords[ordinal]) }
                if shape == .yy || shape == .decade { keys.insert(known.apostrophe) }
            }
            if !optional { break }
        }
        return (keys, number)
    }

    @inline(__always) func candidates(for token: WordToken) -> [Int] {
        if token.kind == .number { return numberIndex }
        let w = Int(token.word)
        return w > 0 && w < wordIndex.count ? wordIndex[w] : []
    }
}

/// The text being tagged: its bytes and tokens.
struct TaggedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [WordToken]

    /// The number at token `t` as digits and separators.
    func digits(_ t: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[tokens[t].start..<tokens[t].numberEnd])
    }
}

/// A match of a pattern: the token range it covers and what it bound.
struct PatternMatch {
    var pattern: Int
    var start: Int
    var end: Int
    var bindings: [(String, String)]

    func bound(_ name: String) -> String? { bindings.last(where: { $0.0 == name })?.1 }
}

extension PatternSet {
    /// The longest match of any pattern starting at token `i`.
    func longestMatch(_ text: TaggedText, at i: Int) -> PatternMatch? {
        var best: PatternMatch? = nil
        for p in candidates(for: text.tokens[i]) {
            var bindings: [(String, String)] = []
            var bestEnd = -1
            var bestBindings: [(String, String)] = []
            match(patterns[p].elements, 0, text, i, i, &bindings, &bestEnd, &bestBindings)
            if bestEnd > i, bestEnd > (best?.end ?? -1) {
                best = PatternMatch(pattern: p, start: i, end: bestEnd, bindings: bestBindings)
            }
        }
        return best
    }

    private func match(_ elements: [(element: PatternElement, optional: Bool)], _ e: Int, _ text: TaggedText, _ start: Int, _ t0: Int,
                       _ bindings: inout [(String, String)], _ bestEnd: inout Int, _ bestBindings: inout [(String, String)]) {
        if e == elements.count {
            if t0 > bestEnd { bestEnd = t0; bestBindings = bindings }
            return
        }
        let tokens = text.tokens
        let (element, optional) = elements[e]
        if optional { match(elements, e + 1, text, start, t0, &bindings, &bestEnd, &bestBindings) }
        var t = t0
        if t > start, t + 1 < tokens.count, tokens[t].word == known.dash, !tokens[t].spaceBefore, !tokens[t + 1].spaceBefore {
            if case .literal(let words) = element, words.contains(known.dash) {} else { t += 1 }
        }
        guard t < tokens.count else { return }
        if t > start, tokens[t].lineBefore { return }
        switch element {
        case .literal(let words):
            if tokens[t].kind != .number, words.contains(tokens[t].word) {
                match(elements, e + 1, text, start, t + 1, &bindings, &bestEnd, &bestBindings)
            }
        case .lexical(let cls, let bind):
            if capitalOnly[cls] && !tokens[t].capitalized { return }
            lexicon.forEachMatch(tokens, at: t, cls: cls, dash: known.dash) { value, end in
                bindings.append((bind, value))
                match(elements, e + 1, text, start, end, &bindings, &bestEnd, &bestBindings)
                bindings.removeLast()
            }
        case .number(let shape, let bind):
            if let (value, end) = number(shape, text, t) {
                bindings.append((bind, value))
                match(elements, e + 1, text, start, end, &bindings, &bestEnd, &bestBindings)
                bindings.removeLast()
            }
        }
    }

    /// The reading of the tokens at `t` as a number of the given shape.
    func number(_ shape: NumberShape, _ text: TaggedText, _ t: Int) -> (String, Int)? {
        let tokens = text.tokens
        let tok = tokens[t]
        switch shape {
        case .n:
            if tok.kind == .number, !tok.hasSuffix, tok.integer >= 0 { return (String(tok.integer), t + 1) }
            return spelledNumber(tokens, t)
        case .int:
            if tok.kind == .number, tok.integer >= 0, !tok.hasSuffix || known.clockSuffixes.contains(tok.suffix) { return (String(tok.integer), t + 1) }
        case .year:
            if tok.kind == .number, !tok.hasSuffix, tok.digitCount == 4, (1000...2199).contains(tok.integer) {
                return (String(tok.integer), t + 1)
            }
        case .yy:
            if tok.word == known.apostrophe, t + 1 < tokens.count, !tokens[t + 1].spaceBefore, tokens[t + 1].kind == .number,
               tokens[t + 1].digitCount == 2, tokens[t + 1].integer >= 0, !tokens[t + 1].hasSuffix {
                let v = tokens[t + 1].integer
                return (String(v < 30 ? 2000 + v : 1900 + v), t + 2)
            }
        case .day:
            if tok.kind == .number, (1...31).contains(tok.integer), tok.digitCount <= 2,
               !tok.hasSuffix || known.ordinalSuffixes.contains(tok.suffix) {
                return (pad(tok.integer, 2), t + 1)
            }
            if tok.kind == .word, let v = lexicon.longest(tokens, t, ordinal, dash: known.dash), let d = Int(v.value), d > 0 { return (pad(d, 2), v.end) }
        case .decade:
            if tok.kind == .number, tok.suffix == known.s, tok.end - tok.numberEnd == 1, tok.integer >= 0 {
                let v = tok.integer
                if tok.digitCount == 4, v % 10 == 0, (1000...2190).contains(v) { return (String(v / 10), t + 1) }
                if tok.digitCount == 2, v % 10 == 0 { return (String(190 + v / 10), t + 1) }
            }
            if tok.word == known.apostrophe, t + 1 < tokens.count, tokens[t + 1].kind == .number, tokens[t + 1].suffix == known.s,
               tokens[t + 1].digitCount == 2, tokens[t + 1].integer >= 0, tokens[t + 1].integer % 10 == 0 {
                return (String(190 + tokens[t + 1].integer / 10), t + 2)
            }
        case .iso:
            if tok.kind == .number, !tok.hasSuffix, tok.digitCount == 10 {
                let d = text.digits(t)
                if let date = CalendarDate(iso: String(decoding: d, as: UTF8.self)) { return (date.description, t + 1) }
            }
        case .slash:
            if tok.kind == .number, !tok.hasSuffix, tok.digitCount >= 5 {
                let parts = text.digits(t).split(separator: 47)
                if parts.count == 3, let m = Self.integer(parts[0]), let d = Self.integer(parts[1]), var y = Self.integer(parts[2]),
                   parts[2].count == 4 || parts[2].count == 2 {
                    if parts[2].count == 2 { y += y < 30 ? 2000 : 1900 }
                    if let date = CalendarDate(year: y, month: m, day: d) { return (date.description, t + 1) }
                }
            }
        case .clock:
            if tok.kind == .number, !tok.hasSuffix || known.clockSuffixes.contains(tok.suffix), tok.digitCount >= 3 {
                let parts = text.digits(t).split(separator: 58)
                if parts.count == 2, let h = Self.integer(parts[0]), let m = Self.integer(parts[1]), h < 24, m < 60, parts[1].count == 2 {
                    let suffix = tok.hasSuffix ? "|" + vocabulary.words[Int(tok.suffix)] : ""
                    return ("\(pad(h, 2)):\(pad(m, 2))" + suffix, t + 1)
                }
            }
        }
        return nil
    }

    private static func integer(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var v = 0
        for d in digits { guard d &- 48 < 10 else { return nil }; v = v * 10 + Int(d - 48) }
        return v
    }

    /// "twenty-four", "a hundred", "a dozen": a number spelled in words.
    func spelledNumber(_ tokens: [WordToken], _ t: Int) -> (value: String, end: Int)? {
        guard let first = lexicon.longest(tokens, t, numword, dash: known.dash), let v0 = Int(first.value) else { return nil }
        var value = v0
        var end = first.end
        var k = end
        if k < tokens.count, tokens[k].word == known.dash, !tokens[k].spaceBefore { k += 1 }
        if value >= 20, value < 100, value % 10 == 0, k < tokens.count, let next = lexicon.longest(tokens, k, numword, dash: known.dash),
           let v1 = Int(next.value), v1 > 0, v1 < 10 {
            value += v1; end = next.end
        }
        if end < tokens.count, tokens[end].word == known.hundred, value < 100 { value *= 100; end += 1 }
        return (String(value), end)
    }
}
