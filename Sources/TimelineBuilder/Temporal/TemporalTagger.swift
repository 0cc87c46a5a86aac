import EventModel

/// Whether a sentence speaks of the past or the future, as far as its words tell.
public enum Tense: Sendable { case past, future, unknown }

/// Finds TIMEX3 expressions in text and gives them TimeML values resolved against the document's
/// creation date. Patterns and word lists come from the data files; this type is the matcher.
public final class TemporalTagger: @unchecked Sendable {
    let patterns: PatternSet
    let cues: [String: (tense: Tense, weight: Double)]
    let ignoredPast: Set<String>
    let abbreviations: Set<String>
    let stopwords: Set<String>

    /// The tagger with the built-in rules; building it parses the data files once.
    public static let shared: TemporalTagger = {
        do { return try TemporalTagger() } catch { fatalError("\(error)") }
    }()

    public init() throws {
        let lexicon = Lexicon(rows: Resources.rows("timex-lexicon.tsv"))
        patterns = try PatternSet(patternLines: Resources.lines("timex-patterns.tsv"), lexicon: lexicon)
        var cues: [String: (Tense, Double)] = [:]
        var ignored: Set<String> = []
        for row in Resources.rows("tense-cues.tsv") where row.count >= 3 {
            let key = Tokenizer.tokenize(Array(row[1].utf8)).map(\.lower).joined(separator: " ")
            switch row[0] {
            case "future": cues[key] = (.future, Double(row[2]) ?? 1)
            case "past": cues[key] = (.past, Double(row[2]) ?? 1)
            case "ignore": ignored.insert(key)
            default: break
            }
        }
        self.cues = cues
        self.ignoredPast = ignored
        abbreviations = Resources.wordSet("abbreviations.txt")
        stopwords = Resources.wordSet("stopwords.txt")
    }

    /// Tags a text. Offsets of the result are UTF-8 byte offsets into `text`.
    public func tag(_ text: String, documentDate: CalendarDate?) -> [TemporalExpression] {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        return tag(bytes: bytes, tokens: tokens, documentDate: documentDate)
    }

    /// Tags tokens already made from `bytes`.
    public func tag(bytes: [UInt8], tokens: [Token], documentDate: CalendarDate?) -> [TemporalExpression] {
        var out: [TemporalExpression] = []
        let sentences = Sentences.boundaries(tokens, abbreviations: abbreviations)
        var sentence = 0
        var i = 0
        while i < tokens.count {
            guard var m = patterns.longestMatch(tokens, at: i) else { i += 1; continue }
            while sentence + 1 < sentences.count, sentences[sentence + 1] <= m.start { sentence += 1 }
            let sStart = sentences[sentence]
            let sEnd = sentence + 1 < sentences.count ? sentences[sentence + 1] : tokens.count
            let pattern = patterns.patterns[m.pattern]
            var type = pattern.type
            guard accept(m, pattern, tokens, sentenceStart: sStart) else { i += 1; continue }
            if pattern.rule.first == "dur", m.start > 0, ["once", "twice", "times"].contains(tokens[m.start - 1].lower),
               tokens[m.start].lower == "a" || tokens[m.start].lower == "an" {
                type = "SET"
            }
            if !["wd", "dayrel", "clock", "clockwd", "dur"].contains(pattern.rule.first ?? ""),
               let prefix = modifierStart(tokens, before: m.start, sentenceStart: sStart) {
                m.start = prefix
            }
            let tense = self.tense(tokens, sentence: sStart..<sEnd, timex: m.start..<m.end)
            let value = evaluate(pattern.rule, m, documentDate, tense)
            if let value, let t = TimexType(rawValue: type) {
                var end = m.end
                while end > m.start + 1, [",", "-"].contains(tokens[end - 1].lower) { end -= 1 }
                let s = tokens[m.start].start, e = tokens[end - 1].end
                out.append(TemporalExpression(start: s, end: e, text: String(decoding: bytes[s..<e], as: UTF8.self), type: t, value: value))
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// A modifier ("early", "late", "mid-", "the end of") just before a match joins its extent.
    private func modifierStart(_ tokens: [Token], before start: Int, sentenceStart: Int) -> Int? {
        var best: Int? = nil
        for back in 1...4 where start - back >= sentenceStart {
            let s = start - back
            for (_, end) in patterns.lexicon.matches(tokens, at: s, cls: "modifier") {
                if end == start || (end + 1 == start && tokens[end].lower == "-") { best = s }
            }
        }
        return best
    }

    /// Rejects readings that the surrounding words rule out: "May" the verb, a number that labels
    /// ("Section 301"), a decade used as an adjective ("the 1990s band"), bare plurals.
    private func accept(_ m: PatternMatch, _ pattern: TemporalPattern, _ tokens: [Token], sentenceStart: Int) -> Bool {
        let prev = m.start > sentenceStart ? tokens[m.start - 1] : nil
        let next = m.end < tokens.count ? tokens[m.end] : nil
        let lex = patterns.lexicon
        let rule = pattern.rule.first ?? ""
        let span = m.end - m.start
        if rule == "y", span == 1 || (span == 2 && tokens[m.start].lower == "the") {
            if let prev {
                if prev.kind == .word, prev.capitalized, lex.value(of: prev.lower, in: "label") != nil { return false }
                if prev.kind == .word, lex.value(of: prev.lower, in: "yearcontext") == nil, lex.value(of: prev.lower, in: "month") == nil,
                   lex.value(of: prev.lower, in: "season") == nil { return false }
                if prev.kind == .punct, ["$", "#", "€", "£"].contains(prev.lower) { return false }
            }
            if let next, next.lower == "%" || (next.kind == .word && ["percent", "people", "times", "units", "votes"].contains(next.lower)) { return false }
        }
        if rule == "mon", span == 1 {
            let word = tokens[m.start].lower
            if word == "may" || word == "march" || word == "august" {
                guard let prev, prev.kind == .word,
                      lex.value(of: prev.lower, in: "yearcontext") != nil || lex.matches(tokens, at: m.start - 1, cls: "modifier").count > 0
                else { return false }
                if word == "may", prev.lower == "the" || prev.lower == "and" || prev.lower == "or" { return false }
            }
        }
        if rule == "dur", let next, next.lower == "-" || next.lower == "old", !next.spaceBefore || next.lower == "old" {
            if next.lower == "old" || (m.end + 1 < tokens.count && tokens[m.end + 1].lower == "old") { return false }
        }
        if rule == "season", span == 1 {
            guard let prev, ["in", "during", "since", "until", "by", "this", "last", "next", "early", "late", "mid", "that", "each", "every", "past", "coming"].contains(prev.lower)
            else { return false }
        }
        if rule == "mon", span == 1, tokens[m.start].lower.utf8.count <= 4, !["june", "july", "may"].contains(tokens[m.start].lower) { return false }
        if rule == "dur", tokens[m.end - 1].lower.hasSuffix("s"),
           (m.start..<m.end).contains(where: { tokens[$0].lower == "-" && !tokens[$0].spaceBefore }) { return false }
        if rule == "decade", let next, next.kind == .word, !next.capitalized, !stopwords.contains(next.lower) { return false }
        if rule == "durbare" {
            guard let prev, ["for", "over", "within", "took", "take", "takes", "lasted", "spent"].contains(prev.lower) else { return false }
        }
        if pattern.type == "SET", tokens[m.start].lower == "a" || tokens[m.start].lower == "per" {
            guard let prev, prev.kind == .number || lex.value(of: prev.lower, in: "numword") != nil
                || ["once", "twice", "times", "percent", "%"].contains(prev.lower) else { return false }
        }
        return true
    }

    /// The tense of the sentence around an expression: the cue words nearest to it win.
    func tense(_ tokens: [Token], sentence: Range<Int>, timex: Range<Int>) -> Tense {
        var past = 0.0, future = 0.0
        var commas = [Int](repeating: 0, count: sentence.count + 1)
        for k in sentence {
            let c = tokens[k].lower
            commas[k - sentence.lowerBound + 1] = commas[k - sentence.lowerBound] + (c == "," || c == ";" || c == ":" || c == "-" && tokens[k].spaceBefore ? 1 : 0)
        }
        func clauses(_ a: Int, _ b: Int) -> Int { abs(commas[b - sentence.lowerBound] - commas[a - sentence.lowerBound]) }
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            if timex.contains(k) { k = timex.upperBound; continue }
            let tok = tokens[k]
            guard tok.kind == .word else { k += 1; continue }
            let gap = k < timex.lowerBound ? timex.lowerBound - k : (k - timex.upperBound + 1) * 2
            let distance = Double(gap + 4 * clauses(k, k < timex.lowerBound ? timex.lowerBound : timex.upperBound))
            var cue: (tense: Tense, weight: Double)? = nil
            if k + 1 < sentence.upperBound, let c = cues[tok.lower + " " + tokens[k + 1].lower] { cue = c }
            else if let c = cues[tok.lower] { cue = c }
            else if tok.lower.utf8.count > 4, tok.lower.hasSuffix("ed"), !ignoredPast.contains(tok.lower), !tok.capitalized,
                    !(k > sentence.lowerBound && ["be", "been", "being"].contains(tokens[k - 1].lower)) { cue = (.past, 2.5) }
            if let cue {
                let w = cue.weight / (1 + distance / 3)
                if cue.tense == .past { past += w } else if cue.tense == .future { future += w }
            }
            k += 1
        }
        if past == 0 && future == 0 { return .unknown }
        return past >= future ? .past : .future
    }
}

/// Sentence starts as token indexes: the first is 0.
enum Sentences {
    static func boundaries(_ tokens: [Token], abbreviations: Set<String>) -> [Int] {
        var starts = [0]
        guard tokens.count > 1 else { return starts }
        for k in 1..<tokens.count {
            let tok = tokens[k]
            if tok.lineBefore { if starts.last != k { starts.append(k) }; continue }
            let prev = tokens[k - 1]
            guard prev.kind == .punct, prev.lower == "." || prev.lower == "?" || prev.lower == "!" else { continue }
            guard tok.capitalized || tok.lower == "\"" || tok.lower == "“" || tok.lower == "'" else { continue }
            if prev.lower == ".", k >= 2 {
                let before = tokens[k - 2]
                if before.kind == .word, !prev.spaceBefore, before.lower.utf8.count == 1 || abbreviations.contains(before.lower) { continue }
            }
            starts.append(k)
        }
        return starts
    }
}
