/// Phrases with a class and a value, held as a trie over lower-case tokens so that multi-word
/// entries ("Treasury Secretary", "New York") match in one step: the gazetteer's names and titles.
final class Lexicon {
    final class Node {
        var children: [String: Node] = [:]
        var entries: [(cls: String, value: String)] = []
    }
    let root = Node()

    init(rows: [[String]]) {
        for row in rows where row.count >= 3 {
            add(cls: row[0], phrase: row[1], value: row[2])
        }
    }

    func add(cls: String, phrase: String, value: String) {
        let words = Tokenizer.tokenize(Array(phrase.utf8)).map(\.lower)
        guard !words.isEmpty else { return }
        var node = root
        for w in words {
            if let next = node.children[w] { node = next } else { let n = Node(); node.children[w] = n; node = n }
        }
        node.entries.append((cls, value))
    }

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
    /// The longest single entry of a class at token `t` (the first of that length).
    func matches(_ tokens: [Token], _ t: Int, _ cls: String) -> (value: String, end: Int)? {
        guard t < tokens.count else { return nil }
        return matches(from: root.children[tokens[t].lower], tokens, t, cls)
    }

    /// `matches`, given the node that token `t` leads to from the root (as a `WordBook` knows it).
    func matches(from first: Node?, _ tokens: [Token], _ t: Int, _ cls: String) -> (value: String, end: Int)? {
        guard t < tokens.count, var node = first else { return nil }
        var best: (value: String, end: Int)? = nil
        var j = t + 1
        while true {
            if let e = node.entries.first(where: { $0.cls == cls }) { best = (e.value, j) }
            guard j < tokens.count, let next = node.children[tokens[j].lower] else { break }
            if tokens[j].spaceBefore, tokens[j].kind == .punct, tokens[j].lower != "-" { break }
            node = next
            j += 1
        }
        return best
    }
}

/// The word classes of `timex-lexicon.tsv` as a trie over vocabulary ids, for the tagger's inner loop.
final class WordLexicon {
    struct Node {
        var children: [(word: Int32, node: Int32)] = []
        var entries: [(cls: Int32, value: Int32)] = []
    }
    private let nodes: [Node]
    private let rootChildren: [Int32]
    let classNames: [String]
    private let classIndex: [String: Int]
    /// Entry values, referred to by index.
    let values: [String]
    /// Words that can begin an entry of each class.
    let firstWords: [Set<Int32>]
    /// For each word id, the classes that hold it as a one-word entry, as a bit set.
    private let singleClasses: [UInt64]
    /// The most words an entry of each class has.
    let longestEntry: [Int]

    init(rows: [[String]], vocabulary: Vocabulary) {
        var nodes = [Node()]
        var rootChildren: [Int32] = []
        var classNames: [String] = []
        var classIndex: [String: Int] = [:]
        var values: [String] = []
        var firstWords: [Set<Int32>] = []
        var singleClasses: [UInt64] = []
        var longestEntry: [Int] = []
        func child(_ node: Int, _ w: Int32) -> Int? {
            if node == 0 { return Int(w) < rootChildren.count && rootChildren[Int(w)] != 0 ? Int(rootChildren[Int(w)]) : nil }
            return nodes[node].children.first(where: { $0.word == w }).map { Int($0.node) }
        }
        for row in rows where row.count >= 3 {
            let words = Tokenizer.tokenize(Array(row[1].utf8)).map { vocabulary.intern($0.lower) }
            guard let first = words.first else { continue }
            let cls: Int
            if let c = classIndex[row[0]] { cls = c } else {
                cls = classNames.count
                precondition(cls < 64, "timex-lexicon.tsv holds more than 64 word classes")
                classIndex[row[0]] = cls; classNames.append(row[0]); firstWords.append([]); longestEntry.append(0)
            }
            longestEntry[cls] = max(longestEntry[cls], words.count)
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
            values.append(row[2])
            nodes[node].entries.append((Int32(cls), Int32(values.count - 1)))
            firstWords[cls].insert(first)
            if words.count == 1 {
                if singleClasses.count <= Int(first) { singleClasses += Array(repeating: 0, count: Int(first) + 1 - singleClasses.count) }
                singleClasses[Int(first)] |= 1 << UInt64(cls)
            }
        }
        self.nodes = nodes
        self.rootChildren = rootChildren
        self.classNames = classNames
        self.classIndex = classIndex
        self.values = values
        self.firstWords = firstWords
        self.singleClasses = singleClasses
        self.longestEntry = longestEntry
    }

    func cls(_ name: String) -> Int? { classIndex[name] }

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

    /// Calls `body` with the value index and end token of every entry of `cls` that starts at
    /// token `i`, shortest first.
    @inline(__always)
    func forEachMatch(_ tokens: UnsafeBufferPointer<WordToken>, at i: Int, cls: Int, dash: Int32, _ body: (Int32, Int) -> Void) {
        guard i < tokens.count, tokens[i].kind != .number, var node = child(0, tokens[i].word) else { return }
        var j = i + 1
        while true {
            for e in nodes[node].entries where Int(e.cls) == cls { body(e.value, j) }
            guard j < tokens.count, tokens[j].kind != .number, let next = child(node, tokens[j].word) else { return }
            if tokens[j].spaceBefore, tokens[j].kind == .punct, tokens[j].word != dash { return }
            node = next
            j += 1
        }
    }

    /// The longest entry of a class at token `t`.
    func longest(_ tokens: UnsafeBufferPointer<WordToken>, _ t: Int, _ cls: Int, dash: Int32) -> (value: String, end: Int)? {
        var best: (Int32, Int)? = nil
        forEachMatch(tokens, at: t, cls: cls, dash: dash) { v, e in if e > (best?.1 ?? -1) { best = (v, e) } }
        return best.map { (values[Int($0.0)], $0.1) }
    }

    /// Whether some entry of a class starts at token `t`.
    func startsEntry(_ tokens: UnsafeBufferPointer<WordToken>, _ t: Int, _ cls: Int, dash: Int32) -> Bool {
        var found = false
        forEachMatch(tokens, at: t, cls: cls, dash: dash) { _, _ in found = true }
        return found
    }
}

/// The number shapes a pattern can ask for.
enum NumberShape: String, CaseIterable {
    case year, yy, day, dom, int, n, decade, iso, slash, clock
}

/// One element of a pattern, as plain data: a literal word set, a word class or a number shape.
struct PatternElement {
    enum Kind: UInt8 { case literal, lexical, number }
    var kind: Kind
    var optional: Bool
    /// The word class, for a lexical element.
    var cls: Int
    var shape: NumberShape
    /// Where the literal's alternatives lie in `PatternSet.literals`.
    var literals: Range<Int>
    /// Index of the name the element binds, in `PatternSet.bindNames`.
    var bind: Int
}

/// A temporal expression pattern: a token sequence and the rule that gives its value.
struct TemporalPattern {
    var type: String
    var elements: Range<Int>
    var rule: [String]
    var line: Int
}

/// What a pattern element bound: a number, a word-class value, or text.
enum BoundValue {
    case number(Int, width: Int)
    case entry(Int32)
    case text(String)
}

/// A match of a pattern: the token range it covers and what it bound.
struct PatternMatch {
    var pattern: Int
    var start: Int
    var end: Int
    var bindings: [(String, String)]

    func bound(_ name: String) -> String? { bindings.last(where: { $0.0 == name })?.1 }
}

/// The text being tagged: its bytes and tokens.
struct TaggedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<WordToken>

    /// The number at token `t` as digits and separators.
    func digits(_ t: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[tokens[t].start..<tokens[t].numberEnd])
    }
}

/// The patterns of `timex-patterns.tsv`, indexed by the words a match can start with.
final class PatternSet {
    let lexicon: WordLexicon
    let vocabulary: Vocabulary
    let patterns: [TemporalPattern]
    private let elements: [PatternElement]
    private let literals: [Int32]
    private let bindNames: [String]
    /// The patterns a word can start, `candidates[wordStarts[w]..<wordStarts[w + 1]]`, and those
    /// a number can start, `candidates[numberStart...]`.
    private let candidates: [Int32]
    private let wordStarts: [Int32]
    private let numberStart: Int
    /// Each pattern's elements, without the rest of the pattern.
    private let elementRanges: [Range<Int>]
    /// For a pattern that starts with a literal, what can follow that literal: most tokens that
    /// start a candidate pattern ("the") cannot go on to match it, which the next token tells.
    private let leads: [Lead?]
    /// The bitmaps over word ids that `Lead`s refer to.
    private let leadBits: [Bool]
    private let vocabularySize: Int
    /// The shape of the number a pattern must start with, if it must start with one.
    private let numberLead: [NumberShape?]
    /// For a pattern that must start with a number or a word of a class, what can follow that
    /// first element, as a `Lead`'s `restWords` and `restNumber` tell: most numbers ("2,000
    /// workers") and most words that start a pattern ("the") go on to match none of them.
    private let firstRest: [Lead?]
    /// The class of the word a pattern must start with, or -1.
    private let firstClass: [Int]

    private struct Lead {
        /// Where the literal's words, and the words that can start the rest of the pattern, lie in `leadBits`.
        var words: Int
        var restWords: Int
        var restNumber: Bool
        /// The literal may be absent, or all that follows it may be.
        var optional: Bool
        var restOptional: Bool
    }
    /// A literal that a pattern must hold after its first element: where its words lie in
    /// `leadBits`, and the most tokens after the pattern's start it can lie at.
    private struct Requirement {
        var words: Int
        var window: Int
    }
    private let required: [Requirement?]
    private let numword: Int, ordinal: Int
    /// Classes whose words count only when capitalized ("May", not "may").
    private let capitalOnly: [Bool]
    private let dash, apostrophe, a, an, hundred, s: Int32
    private let st, nd, rd, th, am, pm, isoT: Int32
    private let ampm: Int?, timezone: Int?, military: Int?, militaryPrep: Int?
    /// Zone words too short to make a dotted number a clock time ("1.25 pt").
    private let looseZones: [Int32]

    init(patternLines: [(number: Int, text: String)], lexicon: WordLexicon, vocabulary: Vocabulary) throws {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        let v = vocabulary
        dash = v.intern("-"); apostrophe = v.intern("'"); a = v.intern("a"); an = v.intern("an")
        hundred = v.intern("hundred"); s = v.intern("s")
        st = v.intern("st"); nd = v.intern("nd"); rd = v.intern("rd"); th = v.intern("th"); am = v.intern("am"); pm = v.intern("pm"); isoT = v.intern("t")
        guard let numword = lexicon.cls("numword"), let ordinal = lexicon.cls("ordinal") else {
            throw ResourceError.malformed(file: "timex-lexicon.tsv", line: 1, reason: "the classes numword and ordinal are required")
        }
        self.numword = numword
        self.ordinal = ordinal
        ampm = lexicon.cls("ampm")
        timezone = lexicon.cls("timezone")
        military = lexicon.cls("military")
        militaryPrep = lexicon.cls("militaryprep")
        looseZones = ["et", "pt", "z", "local"].map { v.intern($0) }
        capitalOnly = lexicon.classNames.map { ["month", "weekday", "holiday"].contains($0) }
        var parsed: [TemporalPattern] = []
        var elements: [PatternElement] = []
        var literals: [Int32] = []
        var bindNames: [String] = []
        func bindIndex(_ name: String) -> Int {
            if let i = bindNames.firstIndex(of: name) { return i }
            bindNames.append(name)
            return bindNames.count - 1
        }
        for (number, text) in patternLines {
            let fields = text.split(separator: "\t").map(String.init)
            guard fields.count == 3 else {
                throw ResourceError.malformed(file: "timex-patterns.tsv", line: number, reason: "expected TYPE, pattern and rule separated by tabs")
            }
            let first = elements.count
            for raw in fields[1].split(separator: " ") {
                var item = String(raw)
                var optional = false
                if item.count > 1, item.hasSuffix("?") { optional = true; item.removeLast() }
                var element = PatternElement(kind: .literal, optional: optional, cls: 0, shape: .n, literals: 0..<0, bind: 0)
                if item.hasPrefix("@") {
                    let parts = item.dropFirst().split(separator: "=").map(String.init)
                    guard let cls = lexicon.cls(parts[0]) else {
                        throw ResourceError.malformed(file: "timex-patterns.tsv", line: number, reason: "unknown word class @\(parts[0])")
                    }
                    var bind = parts.count > 1 ? parts[1] : parts[0]
                    for suffix in ["plural", "abbr"] where parts.count == 1 && bind.hasSuffix(suffix) { bind.removeLast(suffix.count) }
                    element.kind = .lexical; element.cls = cls; element.bind = bindIndex(bind)
                } else if item.hasPrefix("#"), item.count > 1 {
                    guard let shape = NumberShape(rawValue: String(item.dropFirst())) else {
                        throw ResourceError.malformed(file: "timex-patterns.tsv", line: number, reason: "unknown number shape \(item)")
                    }
                    element.kind = .number; element.shape = shape; element.bind = bindIndex(shape.rawValue)
                } else {
                    let words = item.lowercased().split(separator: "|").map { vocabulary.intern(String($0)) }
                    element.literals = literals.count..<(literals.count + words.count)
                    literals += words
                }
                elements.append(element)
            }
            parsed.append(TemporalPattern(type: fields[0], elements: first..<elements.count, rule: fields[2].split(separator: " ").map(String.init), line: number))
        }
        patterns = parsed
        self.elements = elements
        self.literals = literals
        self.bindNames = bindNames
        var wordIndex: [[Int]] = []
        var numberIndex: [Int] = []
        for (p, pattern) in parsed.enumerated() {
            let (words, number) = PatternSet.firstKeys(elements[pattern.elements], literals: literals, lexicon: lexicon,
                                                       numword: numword, ordinal: ordinal, a: a, an: an, apostrophe: apostrophe)
            if number { numberIndex.append(p) }
            for w in words {
                if wordIndex.count <= Int(w) { wordIndex += Array(repeating: [], count: Int(w) + 1 - wordIndex.count) }
                wordIndex[Int(w)].append(p)
            }
        }
        var flat: [Int32] = []
        var starts: [Int32] = []
        for list in wordIndex { starts.append(Int32(flat.count)); flat += list.map(Int32.init) }
        starts.append(Int32(flat.count))
        numberStart = flat.count
        flat += numberIndex.map(Int32.init)
        candidates = flat
        wordStarts = starts
        elementRanges = parsed.map(\.elements)
        let size = vocabulary.count
        var bits: [Bool] = []
        func bitmap(_ ids: some Sequence<Int32>) -> Int {
            let offset = bits.count
            bits += [Bool](repeating: false, count: size)
            for id in ids where id > 0 && Int(id) < size { bits[offset + Int(id)] = true }
            return offset
        }
        let (aID, anID, apostropheID) = (a, an, apostrophe)
        var leads: [Lead?] = []
        for pattern in parsed {
            let first = elements[pattern.elements.lowerBound]
            guard first.kind == .literal, pattern.elements.count > 1 else { leads.append(nil); continue }
            let rest = elements[(pattern.elements.lowerBound + 1)..<pattern.elements.upperBound]
            let (words, number) = PatternSet.firstKeys(rest, literals: literals, lexicon: lexicon,
                                                       numword: numword, ordinal: ordinal, a: aID, an: anID, apostrophe: apostropheID)
            leads.append(Lead(words: bitmap(literals[first.literals]), restWords: bitmap(words), restNumber: number,
                              optional: first.optional, restOptional: rest.allSatisfy(\.optional)))
        }
        self.leads = leads
        var rests: [Lead?] = [], classes: [Int] = []
        for pattern in parsed {
            let first = elements[pattern.elements.lowerBound]
            let rest = elements[(pattern.elements.lowerBound + 1)..<pattern.elements.upperBound]
            classes.append(first.kind == .lexical && !first.optional ? first.cls : -1)
            guard first.kind != .literal, !first.optional, !rest.isEmpty, !rest.allSatisfy(\.optional) else { rests.append(nil); continue }
            let (words, number) = PatternSet.firstKeys(rest, literals: literals, lexicon: lexicon,
                                                       numword: numword, ordinal: ordinal, a: aID, an: anID, apostrophe: apostropheID)
            rests.append(Lead(words: 0, restWords: bitmap(words), restNumber: number, optional: false, restOptional: false))
        }
        // The first literal a pattern must hold after its first element, and how many tokens
        // after the start it can lie at most: each element before it spans at most its longest
        // reading, plus a dash that may join it to the next.
        var required: [Requirement?] = []
        for pattern in parsed {
            let range = pattern.elements
            guard let m = range.dropFirst().first(where: { elements[$0].kind == .literal && !elements[$0].optional }) else {
                required.append(nil); continue
            }
            var window = 1
            for e in elements[range.lowerBound..<m] {
                let span: Int
                switch e.kind {
                case .literal: span = 1
                case .lexical: span = lexicon.longestEntry[e.cls]
                case .number:
                    switch e.shape {
                    case .yy, .decade: span = 2
                    case .day: span = max(1, lexicon.longestEntry[ordinal])
                    case .n: span = 2 * lexicon.longestEntry[numword] + 2
                    case .year, .dom, .int, .iso, .slash, .clock: span = 1
                    }
                }
                window += span + 1
            }
            required.append(Requirement(words: bitmap(literals[elements[m].literals]), window: window))
        }
        self.required = required
        firstRest = rests
        firstClass = classes
        leadBits = bits
        numberLead = parsed.map { pattern in
            let first = elements[pattern.elements.lowerBound]
            return first.kind == .number && !first.optional ? first.shape : nil
        }
        vocabularySize = size
    }

    /// Whether pattern `p` can match at token `i`, as far as its leading literal and the next
    /// token tell: false only when it certainly cannot.
    @inline(__always) private func mayMatch(_ p: Int, _ tokens: UnsafeBufferPointer<WordToken>, _ i: Int, _ bits: UnsafeBufferPointer<Bool>) -> Bool {
        guard let lead = leads[p] else { return true }
        let size = vocabularySize
        @inline(__always) func has(_ map: Int, _ id: Int32) -> Bool { id > 0 && Int(id) < size && bits[map + Int(id)] }
        let w = tokens[i].word
        guard tokens[i].kind != .number, has(lead.words, w), !lead.restOptional else { return true }
        if lead.optional, has(lead.restWords, w) { return true }
        return mayFollow(lead, tokens, i + 1, bits)
    }

    /// Whether the literal a pattern requires lies within its reach of token `i`.
    @inline(never) private static func holds(_ need: Requirement, _ tokens: UnsafeBufferPointer<WordToken>, _ i: Int,
                                             _ bits: UnsafeBufferPointer<Bool>, size: Int) -> Bool {
        var j = i + 1
        let last = min(tokens.count - 1, i + need.window)
        while j <= last, !tokens[j].lineBefore {
            let w = Int(tokens[j].word)
            if tokens[j].kind != .number, w > 0, w < size, bits[need.words + w] { return true }
            j += 1
        }
        return false
    }

    /// Whether the rest of a pattern can start at token `j`, as far as that token tells.
    @inline(__always) private func mayFollow(_ lead: Lead, _ tokens: UnsafeBufferPointer<WordToken>, _ j0: Int, _ bits: UnsafeBufferPointer<Bool>) -> Bool {
        let size = vocabularySize
        @inline(__always) func has(_ map: Int, _ id: Int32) -> Bool { id > 0 && Int(id) < size && bits[map + Int(id)] }
        var j = j0
        guard j < tokens.count, !tokens[j].lineBefore else { return false }
        if tokens[j].word == dash, has(lead.restWords, dash) { return true }
        if tokens[j].word == dash, !tokens[j].spaceBefore, j + 1 < tokens.count, !tokens[j + 1].spaceBefore, !tokens[j + 1].lineBefore { j += 1 }
        if tokens[j].kind == .number { return lead.restNumber }
        return has(lead.restWords, tokens[j].word)
    }

    private static func firstKeys(_ elements: ArraySlice<PatternElement>, literals: [Int32], lexicon: WordLexicon, numword: Int, ordinal: Int,
                                  a: Int32, an: Int32, apostrophe: Int32) -> (words: Set<Int32>, number: Bool) {
        var keys: Set<Int32> = []
        var number = false
        for element in elements {
            switch element.kind {
            case .literal: keys.formUnion(literals[element.literals])
            case .lexical: keys.formUnion(lexicon.firstWords[element.cls])
            case .number:
                number = true
                if element.shape == .n { keys.formUnion(lexicon.firstWords[numword]); keys.insert(a); keys.insert(an) }
                if element.shape == .day { keys.formUnion(lexicon.firstWords[ordinal]) }
                if element.shape == .yy || element.shape == .decade { keys.insert(apostrophe) }
            }
            if !element.optional { break }
        }
        return (keys, number)
    }

    /// The longest match of any pattern starting at token `i`, but for pattern `excluding`.
    func longestMatch(_ text: TaggedText, at i: Int, excluding: Int = -1) -> PatternMatch? {
        let token = text.tokens[i]
        let range: Range<Int>
        if token.kind == .number {
            range = numberStart..<candidates.count
        } else {
            let w = Int(token.word)
            guard w > 0, w + 1 < wordStarts.count else { return nil }
            range = Int(wordStarts[w])..<Int(wordStarts[w + 1])
        }
        guard !range.isEmpty else { return nil }
        return elements.withUnsafeBufferPointer { elems in
            literals.withUnsafeBufferPointer { lits in
                leadBits.withUnsafeBufferPointer { bits in
                    var state = MatchState()
                    var best: PatternMatch? = nil
                    // Where the number read at `i` in each shape ends: 0 before it is read, -1 when there is none.
                    var numberEnds = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                    // Where the entries of word class `endsClass` that start at `i` end: the first four, and how many.
                    var endsClass = -1, endCount = 0
                    var classEnds = (0, 0, 0, 0)
                    for k in range {
                        let p = Int(candidates[k])
                        if p == excluding { continue }
                        if token.kind == .number, let shape = numberLead[p], !Self.mayBe(shape, token) { continue }
                        guard mayMatch(p, text.tokens, i, bits) else { continue }
                        if let rest = firstRest[p], let shape = numberLead[p] {
                            let end = withUnsafeMutableBytes(of: &numberEnds) { ends in
                                let slot = ends.baseAddress!.assumingMemoryBound(to: Int.self) + Self.shapeIndex(shape)
                                if slot.pointee == 0 { slot.pointee = number(shape, text, i)?.1 ?? -1 }
                                return slot.pointee
                            }
                            guard end > i, mayFollow(rest, text.tokens, end, bits) else { continue }
                        }
                        if firstClass[p] >= 0 {
                            let cls = firstClass[p]
                            if capitalOnly[cls] && !token.capitalized { continue }
                            if cls != endsClass {
                                endsClass = cls
                                endCount = 0
                                withUnsafeMutableBytes(of: &classEnds) { ends in
                                    lexicon.forEachMatch(text.tokens, at: i, cls: cls, dash: dash) { _, end in
                                        if endCount < 4 { ends.storeBytes(of: end, toByteOffset: endCount * MemoryLayout<Int>.stride, as: Int.self) }
                                        endCount += 1
                                    }
                                }
                            }
                            guard endCount > 0 else { continue }
                            if let rest = firstRest[p], endCount <= 4 {
                                let follows = withUnsafeBytes(of: classEnds) { ends in
                                    (0..<endCount).contains { mayFollow(rest, text.tokens, ends.load(fromByteOffset: $0 * MemoryLayout<Int>.stride, as: Int.self), bits) }
                                }
                                guard follows else { continue }
                            }
                        }
                        if let need = required[p], !Self.holds(need, text.tokens, i, bits, size: vocabularySize) { continue }
                        state.bestEnd = -1
                        state.bindings.removeAll(keepingCapacity: true)
                        let elementRange = elementRanges[p]
                        match(elems, lits, elementRange.lowerBound, elementRange.upperBound, text, i, i, &state)
                        if state.bestEnd > i, state.bestEnd > (best?.end ?? -1) {
                            best = PatternMatch(pattern: p, start: i, end: state.bestEnd, bindings: state.best.map { (bindNames[$0.name], string($0.value)) })
                        }
                    }
                    return best
                }
            }
        }
    }

    private struct MatchState {
        var bindings: [(name: Int, value: BoundValue)] = []
        var bestEnd = -1
        var best: [(name: Int, value: BoundValue)] = []
    }

    private func string(_ value: BoundValue) -> String {
        switch value {
        case .number(let n, let width): return width > 0 ? pad(n, width) : String(n)
        case .entry(let e): return lexicon.values[Int(e)]
        case .text(let s): return s
        }
    }

    private func match(_ elems: UnsafeBufferPointer<PatternElement>, _ lits: UnsafeBufferPointer<Int32>, _ e: Int, _ last: Int,
                       _ text: TaggedText, _ start: Int, _ t0: Int, _ state: inout MatchState) {
        if e == last {
            if t0 > state.bestEnd { state.bestEnd = t0; state.best = state.bindings }
            return
        }
        let tokens = text.tokens
        let element = elems[e]
        if element.optional { match(elems, lits, e + 1, last, text, start, t0, &state) }
        var t = t0
        if t > start, t + 1 < tokens.count, tokens[t].word == dash, !tokens[t].spaceBefore, !tokens[t + 1].spaceBefore {
            if element.kind == .literal, lits[element.literals].contains(dash) {} else { t += 1 }
        }
        guard t < tokens.count else { return }
        if t > start, tokens[t].lineBefore { return }
        switch element.kind {
        case .literal:
            if tokens[t].kind != .number, lits[element.literals].contains(tokens[t].word) {
                match(elems, lits, e + 1, last, text, start, t + 1, &state)
            }
        case .lexical:
            if capitalOnly[element.cls] && !tokens[t].capitalized { return }
            lexicon.forEachMatch(tokens, at: t, cls: element.cls, dash: dash) { value, end in
                state.bindings.append((element.bind, .entry(value)))
                match(elems, lits, e + 1, last, text, start, end, &state)
                state.bindings.removeLast()
            }
        case .number:
            if let (value, end) = number(element.shape, text, t) {
                state.bindings.append((element.bind, value))
                match(elems, lits, e + 1, last, text, start, end, &state)
                state.bindings.removeLast()
            }
        }
    }

    @inline(__always) static func shapeIndex(_ shape: NumberShape) -> Int {
        switch shape {
        case .year: return 0
        case .yy: return 1
        case .day: return 2
        case .int: return 3
        case .n: return 4
        case .decade: return 5
        case .iso: return 6
        case .slash: return 7
        case .clock: return 8
        case .dom: return 9
        }
    }

    /// Whether a number token can be read as a number of the shape: false only when `number`
    /// would certainly not read it so.
    @inline(__always) static func mayBe(_ shape: NumberShape, _ tok: WordToken) -> Bool {
        switch shape {
        case .n: return !tok.hasSuffix && tok.integer >= 0
        case .int: return tok.integer >= 0
        case .year: return !tok.hasSuffix && tok.digitCount == 4
        case .yy: return false
        case .dom: return tok.digitCount <= 2 && tok.integer >= 1 && tok.integer <= 31
        case .day: return tok.digitCount <= 2 && tok.integer >= 1 && tok.integer <= 31 || tok.integer < 0 && tok.digitCount <= 4 && !tok.hasSuffix
        case .decade: return tok.hasSuffix
        case .iso: return tok.digitCount == 10
        case .slash: return !tok.hasSuffix && tok.digitCount >= 5
        case .clock: return tok.digitCount >= 3 || tok.hasSuffix
        }
    }

    /// The reading of the tokens at `t` as a number of the given shape.
    func number(_ shape: NumberShape, _ text: TaggedText, _ t: Int) -> (BoundValue, Int)? {
        let tokens = text.tokens
        let tok = tokens[t]
        switch shape {
        case .n:
            if tok.kind == .number, !tok.hasSuffix, tok.integer >= 0 { return (.number(tok.integer, width: 0), t + 1) }
            return spelledNumber(tokens, t).map { (.number($0.value, width: 0), $0.end) }
        case .int:
            if tok.kind == .number, tok.integer >= 0, !tok.hasSuffix || tok.suffix == am || tok.suffix == pm { return (.number(tok.integer, width: 0), t + 1) }
        case .year:
            if tok.kind == .number, !tok.hasSuffix, tok.digitCount == 4, (1000...2199).contains(tok.integer) {
                return (.number(tok.integer, width: 0), t + 1)
            }
        case .yy:
            if tok.word == apostrophe, t + 1 < tokens.count, !tokens[t + 1].spaceBefore, tokens[t + 1].kind == .number,
               tokens[t + 1].digitCount == 2, tokens[t + 1].integer >= 0, !tokens[t + 1].hasSuffix {
                let v = tokens[t + 1].integer
                return (.number(v < 30 ? 2000 + v : 1900 + v, width: 0), t + 2)
            }
        case .day, .dom:
            if tok.kind == .number, (1...31).contains(tok.integer), tok.digitCount <= 2,
               !tok.hasSuffix || tok.suffix == st || tok.suffix == nd || tok.suffix == rd || tok.suffix == th {
                return (.number(tok.integer, width: 2), t + 1)
            }
            if shape == .day, tok.kind == .word, let v = lexicon.longest(tokens, t, ordinal, dash: dash), let d = Int(v.value), d > 0 { return (.number(d, width: 2), v.end) }
            // "Nov. 3-7": a span of days, dated by its first.
            if shape == .day, tok.kind == .number, !tok.hasSuffix, tok.integer < 0 {
                let parts = text.digits(t).split(separator: 45)
                if parts.count == 2, parts.allSatisfy({ $0.count <= 2 }), let a = Self.integer(parts[0]), let b = Self.integer(parts[1]),
                   (1...31).contains(a), (1...31).contains(b), a < b { return (.number(a, width: 2), t + 1) }
            }
        case .decade:
            if tok.kind == .number, tok.suffix == s, tok.end - tok.numberEnd == 1, tok.integer >= 0 {
                let v = tok.integer
                if tok.digitCount == 4, v % 10 == 0, (1000...2190).contains(v) { return (.number(v / 10, width: 0), t + 1) }
                if tok.digitCount == 2, v % 10 == 0 { return (.number(190 + v / 10, width: 0), t + 1) }
            }
            if tok.word == apostrophe, t + 1 < tokens.count, tokens[t + 1].kind == .number, tokens[t + 1].suffix == s,
               tokens[t + 1].digitCount == 2, tokens[t + 1].integer >= 0, tokens[t + 1].integer % 10 == 0 {
                return (.number(190 + tokens[t + 1].integer / 10, width: 0), t + 2)
            }
        case .iso:
            if tok.kind == .number, !tok.hasSuffix || tok.suffix == isoT, tok.digitCount == 10 {
                let d = text.digits(t)
                guard let date = CalendarDate(iso: String(decoding: d, as: UTF8.self)) else { return nil }
                return (.text(date.description), tok.hasSuffix ? Self.endOfISOTime(tokens, t + 1) : t + 1)
            }
        case .slash:
            if tok.kind == .number, !tok.hasSuffix, tok.digitCount >= 5 {
                let digits = text.digits(t)
                // "14.11.2025": a dotted date is written day first, with its full year, or with two
                // figures for each of its parts ("16.03.26").
                if !digits.contains(47), digits.filter({ $0 == 46 }).count == 2 {
                    let parts = digits.split(separator: 46)
                    if parts.count == 3, parts[2].count == 4 && parts[0].count <= 2 && parts[1].count <= 2 || parts.allSatisfy({ $0.count == 2 }),
                       let d = Self.integer(parts[0]), let m = Self.integer(parts[1]), let y = Self.integer(parts[2]),
                       let date = CalendarDate(year: parts[2].count == 2 ? 2000 + y : y, month: m, day: d) { return (.text(date.description), t + 1) }
                    // "2026.04.14": with its full year first, the year leads, then the month.
                    if parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
                       let y = Self.integer(parts[0]), let m = Self.integer(parts[1]), let d = Self.integer(parts[2]),
                       (1000...2199).contains(y), let date = CalendarDate(year: y, month: m, day: d) { return (.text(date.description), t + 1) }
                    return nil
                }
                // "17-11-2025": dashes in place of slashes, with the full year last.
                let dashed = !digits.contains(47) && digits.split(separator: 45).last?.count == 4
                let parts = digits.split(separator: dashed ? 45 : 47)
                if parts.count == 3, var m = Self.integer(parts[0]), var d = Self.integer(parts[1]), var y = Self.integer(parts[2]),
                   parts[2].count == 4 || !dashed && (parts[2].count == 2 || parts[0].count == 4) {
                    // "2025/11/14": year first.
                    if parts[0].count == 4, parts[2].count <= 2 { (y, m, d) = (m, d, y) }
                    if parts[2].count == 2, parts[0].count <= 2 { y += y < 30 ? 2000 : 1900 }
                    if m > 12, d <= 12 { swap(&m, &d) }
                    if let date = CalendarDate(year: y, month: m, day: d) { return (.text(date.description), t + 1) }
                }
            }
        case .clock:
            // "9am": an hour with its half of the day glued on.
            if tok.kind == .number, tok.suffix == am || tok.suffix == pm, tok.digitCount <= 2, (1...12).contains(tok.integer) {
                return (.text("\(tok.integer)|" + vocabulary.words[Int(tok.suffix)]), t + 1)
            }
            if tok.kind == .number, !tok.hasSuffix || tok.suffix == am || tok.suffix == pm, tok.digitCount >= 3 {
                let digits = text.digits(t)
                var parts = digits.split(separator: 58)
                if parts.count == 1, digits.contains(46), tok.hasSuffix || followedByAmPm(text.tokens, t) || followedByZone(text.tokens, t) { parts = digits.split(separator: 46) }
                if parts.count == 2, let h = Self.integer(parts[0]), let m = Self.integer(parts[1]), h < 24, m < 60, parts[1].count == 2 {
                    let suffix = tok.hasSuffix ? "|" + vocabulary.words[Int(tok.suffix)] : ""
                    // "at 14:47 hrs": the word that says the 24-hour clock belongs to the time.
                    let end = tok.hasSuffix ? nil : military.flatMap { lexicon.longest(text.tokens, t + 1, $0, dash: dash)?.end }
                    return (.text("\(pad(h, 2)):\(pad(m, 2))" + suffix), end ?? t + 1)
                }
                // "at 2140 hours": four figures of the 24-hour clock and the word that says so.
                if !tok.hasSuffix, tok.digitCount == 4, tok.integer >= 0, tok.integer / 100 < 24, tok.integer % 100 < 60,
                   t > 0, let prep = militaryPrep, let mark = military, lexicon.startsEntry(text.tokens, t - 1, prep, dash: dash),
                   let end = lexicon.longest(text.tokens, t + 1, mark, dash: dash)?.end {
                    return (.text("\(pad(tok.integer / 100, 2)):\(pad(tok.integer % 100, 2))"), end)
                }
            }
        }
        return nil
    }

    /// Whether the token after `t` says a.m. or p.m., which makes a dotted number a clock time
    /// ("7.30 p.m.") rather than a decimal ("7.30 percent").
    func followedByAmPm(_ tokens: UnsafeBufferPointer<WordToken>, _ t: Int) -> Bool {
        guard t + 1 < tokens.count, let cls = ampm else { return false }
        var found = false
        lexicon.forEachMatch(tokens, at: t + 1, cls: cls, dash: dash) { _, _ in found = true }
        return found
    }

    /// Whether the token after `t` names a time zone, which makes a dotted number a clock time
    /// ("22.30 GMT").
    func followedByZone(_ tokens: UnsafeBufferPointer<WordToken>, _ t: Int) -> Bool {
        guard t + 1 < tokens.count, let cls = timezone, !looseZones.contains(tokens[t + 1].word) else { return false }
        var found = false
        lexicon.forEachMatch(tokens, at: t + 1, cls: cls, dash: dash) { _, _ in found = true }
        return found
    }

    /// Where the clock of an ISO 8601 timestamp ends ("2026-01-15T09:30:00Z", "…T09:30+01:00"):
    /// after the time glued to the "T" at `t` and a glued UTC offset, which name no other time.
    private static func endOfISOTime(_ tokens: UnsafeBufferPointer<WordToken>, _ t: Int) -> Int {
        guard t < tokens.count, tokens[t].kind == .number, !tokens[t].spaceBefore else { return t }
        var end = t + 1
        if end + 1 < tokens.count, tokens[end].kind == .punct, !tokens[end].spaceBefore,
           tokens[end + 1].kind == .number, !tokens[end + 1].spaceBefore { end += 2 }
        return end
    }

    private static func integer(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var v = 0
        for d in digits { guard d &- 48 < 10 else { return nil }; v = v * 10 + Int(d - 48) }
        return v
    }

    /// "twenty-four", "a hundred", "a dozen": a number spelled in words.
    func spelledNumber(_ tokens: UnsafeBufferPointer<WordToken>, _ t: Int) -> (value: Int, end: Int)? {
        guard let first = lexicon.longest(tokens, t, numword, dash: dash), let v0 = Int(first.value) else { return nil }
        var value = v0
        var end = first.end
        var k = end
        if k < tokens.count, tokens[k].word == dash, !tokens[k].spaceBefore { k += 1 }
        if value >= 20, value < 100, value % 10 == 0, k < tokens.count, let next = lexicon.longest(tokens, k, numword, dash: dash),
           let v1 = Int(next.value), v1 > 0, v1 < 10 {
            value += v1; end = next.end
        }
        if end < tokens.count, tokens[end].word == hundred, value < 100 { value *= 100; end += 1 }
        return (value, end)
    }
}
