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

/// One element of a pattern.
enum PatternElement {
    case literal(Set<String>)
    case lexical(cls: String, bind: String)
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

/// The patterns of `timex-patterns.txt`, indexed by the words a match can start with.
final class PatternSet {
    let lexicon: Lexicon
    let patterns: [TemporalPattern]
    /// Pattern indexes by first token ("#" for any number).
    private var index: [String: [Int]] = [:]

    init(patternLines: [(number: Int, text: String)], lexicon: Lexicon) throws {
        self.lexicon = lexicon
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
                    guard lexicon.firstWords[parts[0]] != nil else {
                        throw ResourceError.malformed(file: "timex-patterns.tsv", line: number, reason: "unknown word class @\(parts[0])")
                    }
                    var bind = parts.count > 1 ? parts[1] : parts[0]
                    for suffix in ["plural", "abbr"] where parts.count == 1 && bind.hasSuffix(suffix) { bind.removeLast(suffix.count) }
                    elements.append((.lexical(cls: parts[0], bind: bind), optional))
                } else if item.hasPrefix("#"), item.count > 1 {
                    guard let shape = NumberShape(rawValue: String(item.dropFirst())) else {
                        throw ResourceError.malformed(file: "timex-patterns.tsv", line: number, reason: "unknown number shape \(item)")
                    }
                    elements.append((.number(shape, bind: shape.rawValue), optional))
                } else {
                    elements.append((.literal(Set(item.lowercased().split(separator: "|").map(String.init))), optional))
                }
            }
            parsed.append(TemporalPattern(type: fields[0], elements: elements, rule: fields[2].split(separator: " ").map(String.init), line: number))
        }
        patterns = parsed
        for (p, pattern) in parsed.enumerated() {
            for key in firstKeys(pattern.elements) { index[key, default: []].append(p) }
        }
    }

    private func firstKeys(_ elements: [(element: PatternElement, optional: Bool)]) -> Set<String> {
        var keys: Set<String> = []
        for (element, optional) in elements {
            switch element {
            case .literal(let words): keys.formUnion(words)
            case .lexical(let cls, _):
                keys.formUnion(lexicon.firstWords[cls] ?? [])
                if cls == "numword" || cls == "vaguenum" { keys.insert("#") }
            case .number(let shape, _):
                keys.insert("#")
                if shape == .n { keys.formUnion(lexicon.firstWords["numword"] ?? []); keys.insert("a"); keys.insert("an") }
            }
            if !optional { break }
        }
        return keys
    }

    func candidates(for token: Token) -> [Int] {
        index[token.kind == .number ? "#" : token.lower] ?? []
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
    func longestMatch(_ tokens: [Token], at i: Int) -> PatternMatch? {
        var best: PatternMatch? = nil
        for p in candidates(for: tokens[i]) {
            var bindings: [(String, String)] = []
            var bestEnd = -1
            var bestBindings: [(String, String)] = []
            match(patterns[p].elements, 0, tokens, i, i, &bindings, &bestEnd, &bestBindings)
            if bestEnd > i, bestEnd > (best?.end ?? -1) {
                best = PatternMatch(pattern: p, start: i, end: bestEnd, bindings: bestBindings)
            }
        }
        return best
    }

    private func match(_ elements: [(element: PatternElement, optional: Bool)], _ e: Int, _ tokens: [Token], _ start: Int, _ t0: Int,
                       _ bindings: inout [(String, String)], _ bestEnd: inout Int, _ bestBindings: inout [(String, String)]) {
        if e == elements.count {
            if t0 > bestEnd { bestEnd = t0; bestBindings = bindings }
            return
        }
        let (element, optional) = elements[e]
        if optional { match(elements, e + 1, tokens, start, t0, &bindings, &bestEnd, &bestBindings) }
        var t = t0
        if t > start, t + 1 < tokens.count, tokens[t].lower == "-", !tokens[t].spaceBefore, !tokens[t + 1].spaceBefore {
            if case .literal(let words) = element, words.contains("-") {} else { t += 1 }
        }
        guard t < tokens.count else { return }
        if t > start, tokens[t].lineBefore { return }
        switch element {
        case .literal(let words):
            if words.contains(tokens[t].lower) {
                match(elements, e + 1, tokens, start, t + 1, &bindings, &bestEnd, &bestBindings)
            }
        case .lexical(let cls, let bind):
            if (cls == "month" || cls == "weekday" || cls == "holiday") && !tokens[t].capitalized { return }
            for (value, end) in lexicon.matches(tokens, at: t, cls: cls) {
                bindings.append((bind, value))
                match(elements, e + 1, tokens, start, end, &bindings, &bestEnd, &bestBindings)
                bindings.removeLast()
            }
        case .number(let shape, let bind):
            for (value, end) in numbers(shape, tokens, t) {
                bindings.append((bind, value))
                match(elements, e + 1, tokens, start, end, &bindings, &bestEnd, &bestBindings)
                bindings.removeLast()
            }
        }
    }

    /// Readings of the tokens at `t` as a number of the given shape.
    func numbers(_ shape: NumberShape, _ tokens: [Token], _ t: Int) -> [(String, Int)] {
        let tok = tokens[t]
        switch shape {
        case .n:
            if tok.kind == .number, tok.suffix.isEmpty, let v = tok.integer { return [(String(v), t + 1)] }
            return spelledNumber(tokens, t).map { [($0.value, $0.end)] } ?? []
        case .int:
            if tok.kind == .number, let v = tok.integer, tok.suffix.isEmpty || tok.suffix == "am" || tok.suffix == "pm" { return [(String(v), t + 1)] }
        case .year:
            if tok.kind == .number, tok.suffix.isEmpty, let v = tok.integer, tok.lower.utf8.count == 4, (1000...2199).contains(v) {
                return [(String(v), t + 1)]
            }
        case .yy:
            if tok.lower == "'", t + 1 < tokens.count, !tokens[t + 1].spaceBefore, tokens[t + 1].kind == .number,
               tokens[t + 1].lower.utf8.count == 2, let v = tokens[t + 1].integer, tokens[t + 1].suffix.isEmpty {
                return [(String(v < 30 ? 2000 + v : 1900 + v), t + 2)]
            }
        case .day:
            if tok.kind == .number, let v = tok.integer, (1...31).contains(v), tok.lower.utf8.count <= 2,
               ["", "st", "nd", "rd", "th"].contains(tok.suffix) {
                return [(pad(v, 2), t + 1)]
            }
            if tok.kind == .word, let v = lexicon.matches(tokens, t, "ordinal"), let d = Int(v.value), d > 0 { return [(pad(d, 2), v.end)] }
        case .decade:
            if tok.kind == .number, tok.suffix == "s", let v = tok.integer {
                if tok.lower.utf8.count == 4, v % 10 == 0, (1000...2190).contains(v) { return [(String(v / 10), t + 1)] }
                if tok.lower.utf8.count == 2, v % 10 == 0 { return [(String(190 + v / 10), t + 1)] }
            }
            if tok.lower == "'", t + 1 < tokens.count, tokens[t + 1].kind == .number, tokens[t + 1].suffix == "s",
               tokens[t + 1].lower.utf8.count == 2, let v = tokens[t + 1].integer, v % 10 == 0 {
                return [(String(190 + v / 10), t + 2)]
            }
        case .iso:
            if tok.kind == .number, tok.suffix.isEmpty, tok.lower.utf8.count == 10, let d = CalendarDate(iso: tok.lower) {
                return [(d.description, t + 1)]
            }
        case .slash:
            if tok.kind == .number, tok.suffix.isEmpty {
                let parts = tok.lower.split(separator: "/")
                if parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), var y = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2 {
                    if parts[2].count == 2 { y += y < 30 ? 2000 : 1900 }
                    if let date = CalendarDate(year: y, month: m, day: d) { return [(date.description, t + 1)] }
                }
            }
        case .clock:
            if tok.kind == .number, ["", "am", "pm"].contains(tok.suffix) {
                let parts = tok.lower.split(separator: ":")
                if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60, parts[1].count == 2 {
                    return [("\(pad(h, 2)):\(pad(m, 2))" + (tok.suffix.isEmpty ? "" : "|" + tok.suffix), t + 1)]
                }
            }
        }
        return []
    }

    /// "twenty-four", "a hundred", "a dozen": a number spelled in words.
    func spelledNumber(_ tokens: [Token], _ t: Int) -> (value: String, end: Int)? {
        guard let first = lexicon.matches(tokens, t, "numword"), let v0 = Int(first.value) else { return nil }
        var value = v0
        var end = first.end
        var k = end
        if k < tokens.count, tokens[k].lower == "-", !tokens[k].spaceBefore { k += 1 }
        if value >= 20, value < 100, value % 10 == 0, k < tokens.count, let next = lexicon.matches(tokens, k, "numword"),
           let v1 = Int(next.value), v1 > 0, v1 < 10 {
            value += v1; end = next.end
        }
        if end < tokens.count, tokens[end].lower == "hundred", value < 100 { value *= 100; end += 1 }
        return (String(value), end)
    }
}

extension Lexicon {
    /// The longest single entry of a class at token `t`.
    func matches(_ tokens: [Token], _ t: Int, _ cls: String) -> (value: String, end: Int)? {
        matches(tokens, at: t, cls: cls).max(by: { $0.end < $1.end })
    }
}
