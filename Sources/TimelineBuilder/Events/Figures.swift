import EventModel

/// A figure a report gives: its kind ("percent", "tally") and its value as written in a
/// normal form ("12%", "29-14"), with the words that gave it.
struct Figure: Hashable, Sendable {
    var kind: String
    var value: String
    var text: String
    /// The number the value stands for, so that "1.2 million" and "1,200,000" agree.
    var amount: Double = 0
    /// The place of the last digit written: 0.1 for "75.8%", 100,000 for "1.2 million", 1 for "76".
    var unit: Double = 1
    /// Whether the words before the number make it only a bound: +1 at least ("more than 100"),
    /// -1 at most ("nearly 200"), 0 the figure itself.
    var bound: Int8 = 0

    /// The place of the last digit of a number written with `factor` ("1.2" million: 100,000).
    static func unit(of number: String, factor: Double = 1) -> Double {
        guard let dot = number.firstIndex(of: ".") else { return factor }
        let decimals = number[number.index(after: dot)...].prefix(while: \.isNumber).count
        var unit = factor
        for _ in 0..<decimals { unit /= 10 }
        return unit
    }
}

/// Reads the figures of a sentence whose kind can be compared across reports: shares given with
/// a unit ("12 per cent", "3.5 percentage points"), tallies of votes or scores ("voting 29-14",
/// "by 28 votes to 15"), sums of money ("$4 million") and counts of things ("1.2 million
/// patients", "300 contract workers"). Numbers that count nothing named are left alone.
struct FigureReader: Sendable {
    /// Units by their first word, longest phrase first: (kind, words of the phrase).
    let units: [String: [(kind: String, words: [String])]]
    let tallyWords: Set<String>
    let scales: [String: Double]
    let notCounted: Set<String>
    /// The kinds of count that keep rising while a story runs ("death", "case").
    let growing: Set<String>
    /// The phrases before a number that make it a bound, by their last word: (words, +1 lower or -1 upper).
    let bounds: [String: [(words: [String], bound: Int8)]]

    static let shared = FigureReader()

    /// Whether figures of a kind count things ("patient", "job") rather than give a share, a
    /// tally or a sum of money.
    static func isCount(_ kind: String) -> Bool { kind != "percent" && kind != "tally" && !kind.hasPrefix("money") }

    /// Words between "of" and the whole that a part is counted out of ("60 of its 310 employees").
    static let determiners: Set<String> = ["its", "their", "the", "his", "her", "our", "some"]

    init() {
        var units: [String: [(kind: String, words: [String])]] = [:]
        var tally: Set<String> = [], scales: [String: Double] = [:], notCounted: Set<String> = [], growing: Set<String> = []
        var bounds: [String: [(words: [String], bound: Int8)]] = [:]
        for row in Resources.rows("figure-words.tsv") {
            if row.count >= 3, row[0] == "bound" {
                let words = row[2].lowercased().split(separator: " ").map(String.init)
                bounds[words.last!, default: []].append((words, row[1] == "lower" ? 1 : -1))
                continue
            }
            if row.count >= 3, row[0] == "scale" { scales[row[1].lowercased()] = Double(row[2]) ?? 1; continue }
            if row.count >= 2, row[0] == "counted" { notCounted.insert(row[1].lowercased()); continue }
            if row.count >= 2, row[0] == "growing" { growing.insert(Words.comparable(Words.lemma(row[1].lowercased())).last!); continue }
            if row.count >= 3, row[0] == "unit" {
                let words = row[2].lowercased().split(separator: " ").map(String.init)
                units[words[0], default: []].append((row[1], words))
            } else if row.count >= 2, row[0] == "tally" {
                tally.insert(row[1].lowercased())
            }
        }
        self.units = units.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        tallyWords = tally
        self.scales = scales
        self.notCounted = notCounted
        self.growing = growing
        self.bounds = bounds.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The number words of the tagger's lexicon ("thirteen" → 13), for a number spelled out.
    static let numberWords: [String: Int] = {
        var out: [String: Int] = [:]
        for row in Resources.rows("timex-lexicon.tsv") where row.count >= 3 && row[0] == "numword" && !row[1].contains(" ") {
            if let v = Int(row[2]) { out[row[1]] = v }
        }
        return out
    }()

    /// The first two letters of the number words of two or more, as `first << 8 | second`.
    static let numberOpenings: Set<UInt16> = Set(numberWords.filter { $0.value >= 2 && !$0.key.contains(" ") }.keys.map { w in
        let b = Array(w.utf8)
        return UInt16(b[0]) << 8 | UInt16(b[1])
    })

    /// The sentence with its numbers of two or more spelled out before a word ("Twenty-one
    /// people were treated", "arrested five persons") in digits; nil when it has none. Style
    /// books spell out small counts and the numbers that open a sentence.
    static func spelledNumbers(_ u: [UInt8]) -> [UInt8]? {
        var out: [UInt8]? = nil
        // Where the bytes not yet copied to `out` begin.
        var copied = 0
        var i = 0
        while i < u.count {
            // A word starts here: letters and dashes, no longer than "seventy-seven".
            guard (u[i] | 0x20) &- 97 < 26, i == 0 || !((u[i - 1] | 0x20) &- 97 < 26 || u[i - 1] == 45 || u[i - 1] &- 48 < 10) else { i += 1; continue }
            var j = i
            while j < u.count, (u[j] | 0x20) &- 97 < 26 || u[j] == 45 { j += 1 }
            // Followed by a space and a word in lower case, and opening like a number ("tw", "fi").
            if j - i >= 3, j - i < 14, j + 1 < u.count, u[j] == 32, u[j + 1] &- 97 < 26,
               Self.numberOpenings.contains(UInt16(u[i] | 0x20) << 8 | UInt16(u[i + 1] | 0x20)),
               let value = Self.spelledValue(String(decoding: u[i..<j], as: UTF8.self).lowercased()) {
                if out == nil { out = []; out!.reserveCapacity(u.count) }
                out! += u[copied..<i]
                out! += Array(String(value).utf8)
                copied = j
            }
            i = j
        }
        guard var out else { return nil }
        out += u[copied...]
        return out
    }

    /// The value of a number from two to ninety-nine spelled out ("five", "twenty-one"), or nil.
    static func spelledValue(_ word: String) -> Int? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, parts[0] != "dozen", let first = numberWords[parts[0]], first >= 2, first < 100 else { return nil }
        guard parts.count == 2 else { return first }
        guard first % 10 == 0, first >= 20, let unit = numberWords[parts[1]], unit >= 1, unit <= 9 else { return nil }
        return first + unit
    }

    /// The comparable figures of `sentence`, in order.
    func figures(in sentence: String) -> [Figure] {
        let written = Array(sentence.utf8)
        let bytes = Self.spelledNumbers(written) ?? written
        guard bytes.contains(where: { $0 &- 48 < 10 }) else { return [] }
        // Words and numbers, as byte ranges; "%" and dashes stand alone.
        var pieces: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b &- 48 < 10 {
                var j = i + 1
                while j < bytes.count, bytes[j] &- 48 < 10 || ((bytes[j] == 44 || bytes[j] == 46) && j + 1 < bytes.count && bytes[j + 1] &- 48 < 10) { j += 1 }
                pieces.append(i..<j); i = j
            } else if (b | 0x20) &- 97 < 26 {
                var j = i + 1
                while j < bytes.count, (bytes[j] | 0x20) &- 97 < 26 { j += 1 }
                pieces.append(i..<j); i = j
            } else if b == 37 || b == 45 {
                pieces.append(i..<i + 1); i += 1
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 {
                pieces.append(i..<i + 3); i += 3
            } else {
                i += 1
            }
        }
        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        func isNumber(_ k: Int) -> Bool { k < pieces.count && bytes[pieces[k].lowerBound] &- 48 < 10 }
        func isDash(_ k: Int) -> Bool { k >= 0 && k < pieces.count && (bytes[pieces[k].lowerBound] == 45 || bytes[pieces[k].lowerBound] == 0xE2) }
        // Words are lower-cased only near a number, and the sentence is searched for a tally word
        // only when a tally's shape turns up: most sentences have a figure or two among many words.
        var lowered = [String?](repeating: nil, count: pieces.count)
        let lower = { (k: Int) -> String in
            if let w = lowered[k] { return w }
            let w = text(pieces[k]).lowercased()
            lowered[k] = w
            return w
        }
        var talliedCache: Bool? = nil
        let isTallied = { () -> Bool in
            if let t = talliedCache { return t }
            let t = pieces.indices.contains { !isNumber($0) && tallyWords.contains(lower($0)) }
            talliedCache = t
            return t
        }
        // The bound the words right before piece `k` give its number ("more than", "nearly").
        let boundBefore = { (k: Int) -> Int8 in
            guard k >= 1, !isNumber(k - 1), let phrases = bounds[lower(k - 1)] else { return 0 }
            for p in phrases where k - p.words.count >= 0 {
                if p.words.indices.allSatisfy({ q in !isNumber(k - p.words.count + q) && lower(k - p.words.count + q) == p.words[q] }) { return p.bound }
            }
            return 0
        }
        var out: [Figure] = []
        var k = 0
        while k < pieces.count {
            guard isNumber(k) else { k += 1; continue }
            let bound = boundBefore(k)
            let shown = text(pieces[k])
            let number = shown.replacingOccurrences(of: ",", with: "")
            // A tally, "29-14" glued, or "28 votes to 15": `other` is the piece of its second number.
            let glued = isDash(k + 1) && isNumber(k + 2) && pieces[k + 1].lowerBound == pieces[k].upperBound
                && pieces[k + 2].lowerBound == pieces[k + 1].upperBound && number.count <= 3 && pieces[k + 2].count <= 3 && isTallied()
            let spelled = !glued && k + 3 < pieces.count && isNumber(k + 3) && lower(k + 2) == "to" && tallyWords.contains(lower(k + 1))
            if glued || spelled {
                let other = glued ? k + 2 : k + 3
                out.append(Figure(kind: "tally", value: number + "-" + lower(other), text: text(pieces[k].lowerBound..<pieces[other].upperBound),
                                  amount: (Double(number) ?? 0) * 10000 + (Double(lower(other)) ?? 0)))
                k = other + 1
                continue
            }
            var amount = Double(number) ?? 0
            if k + 1 < pieces.count, let candidates = units[lower(k + 1)],
               let unit = candidates.first(where: { (u: (kind: String, words: [String])) -> Bool in
                   guard k + 1 + u.words.count <= pieces.count else { return false }
                   return u.words.indices.allSatisfy { q in lower(k + 1 + q) == u.words[q] }
               }) {
                // "19.4% of their body weight", "7.1% of patients": shares of different wholes.
                var kind = unit.kind
                if kind == "percent", let whole = shareWhole(after: k + 1 + unit.words.count, pieces.count, isWord: { $0 < pieces.count && (bytes[pieces[$0].lowerBound] | 0x20) &- 97 < 26 }, lower) {
                    kind += " of " + whole
                }
                out.append(Figure(kind: kind, value: shown + (unit.kind == "percent" ? "%" : " " + unit.kind),
                                  text: text(pieces[k].lowerBound..<pieces[k + unit.words.count].upperBound), amount: amount,
                                  unit: Figure.unit(of: number), bound: bound))
                k += unit.words.count + 1
                continue
            }
            // A scale word: "1.2 million", or one letter glued to the number: "£40m".
            var end = k + 1, written = shown, scale = 1.0
            if end < pieces.count, let factor = scales[lower(end)], lower(end).count > 1 || pieces[end].lowerBound == pieces[k].upperBound {
                amount *= factor; written += " " + lower(end); end += 1; scale = factor
            }
            let place = Figure.unit(of: number, factor: scale)
            // Money: a currency sign glued before the number.
            let start = pieces[k].lowerBound
            let currency: String? = start >= 1 && bytes[start - 1] == 36 ? "$"
                : start >= 2 && bytes[start - 2] == 0xC2 && bytes[start - 1] == 0xA3 ? "£"
                : start >= 3 && bytes[start - 3] == 0xE2 && bytes[start - 2] == 0x82 && bytes[start - 1] == 0xAC ? "€" : nil
            if let currency {
                let from = start - currency.utf8.count
                out.append(Figure(kind: "money " + currency, value: currency + written, text: text(from..<pieces[end - 1].upperBound), amount: amount, unit: place, bound: bound))
                k = end
                continue
            }
            // A count of things: the plural after the number, or after one lower-case word that
            // qualifies it ("300 contract workers"); not the second number of a range.
            let isWord = { (n: Int) in n < pieces.count && bytes[pieces[n].lowerBound] &- 97 < 26 }
            let isCounted = { (n: Int) -> Bool in
                guard isWord(n) else { return false }
                let noun = lower(n)
                return noun.count >= 4 && noun.hasSuffix("s") && !noun.hasSuffix("ss") && !notCounted.contains(noun)
            }
            let nounAfter = { (n: Int) -> Int? in
                isCounted(n) ? n : isWord(n) && isCounted(n + 1) && pieces[n + 1].lowerBound - pieces[n].upperBound == 1 ? n + 1 : nil
            }
            // "60 of its 310 employees": the part is the figure; the whole is another fact.
            var whole: Int? = nil
            if isWord(end), lower(end) == "of" {
                let next = isWord(end + 1) && Self.determiners.contains(lower(end + 1)) ? end + 2 : end + 1
                if isNumber(next) { whole = next }
            }
            let noun = whole.flatMap { w in nounAfter(w + 1 < pieces.count && scales[lower(w + 1)] != nil ? w + 2 : w + 1) } ?? nounAfter(end)
            if let noun, !isDash(k - 1) {
                let kind = Words.comparable(Words.lemma(lower(noun))).last!
                out.append(Figure(kind: kind, value: written + " " + lower(noun), text: text(start..<pieces[noun].upperBound), amount: amount, unit: place, bound: bound))
                end = noun + 1
            }
            k = end
        }
        return out
    }
}

extension FigureReader {
    /// Words that end the noun of a share's whole ("of patients on the drug").
    static let afterWhole: Set<String> = ["on", "in", "at", "over", "for", "by", "to", "from", "than", "who", "that", "with", "and", "or", "compared", "since", "after", "before", "during"]

    /// The whole a share is of, from the piece after its unit: the head of the noun after "of"
    /// ("of their body weight" → "weight"), or nil when none follows.
    func shareWhole(after k: Int, _ count: Int, isWord: (Int) -> Bool, _ lower: (Int) -> String) -> String? {
        guard isWord(k), lower(k) == "of" else { return nil }
        var n = k + 1
        if isWord(n), Self.determiners.contains(lower(n)) || lower(n) == "a" || lower(n) == "an" { n += 1 }
        guard isWord(n), !Self.afterWhole.contains(lower(n)) else { return nil }
        var head = n
        if isWord(n + 1), !Self.afterWhole.contains(lower(n + 1)) { head = n + 1 }
        return Words.comparable(Words.lemma(lower(head))).last
    }

    /// Whether one value could be the figure of every report: the figures given exactly agree,
    /// and lie within the bounds the others give ("more than 100", "nearly 200"). Needs a bound.
    static func agree(_ figures: [Figure]) -> Bool {
        guard figures.contains(where: { $0.bound != 0 }) else { return false }
        let exact = Set(figures.filter { $0.bound == 0 }.map(\.amount))
        guard exact.count <= 1 else { return false }
        let low = figures.filter { $0.bound >= 0 }.map(\.amount).max() ?? -Double.infinity
        let high = figures.filter { $0.bound <= 0 }.map(\.amount).min() ?? Double.infinity
        return low <= high
    }

    /// Whether every larger value comes from a page published after every page of each smaller
    /// one: a count brought up to date. False when a page's date is unknown.
    static func onlyGrows(_ values: [(published: CalendarDate?, amount: Double)]) -> Bool {
        guard values.allSatisfy({ $0.published != nil }) else { return false }
        let amounts = Set(values.map(\.amount)).sorted()
        for (a, b) in zip(amounts, amounts.dropFirst()) {
            let latest = values.filter { $0.amount == a }.map { $0.published! }.max()!
            let earliest = values.filter { $0.amount == b }.map { $0.published! }.min()!
            guard latest < earliest else { return false }
        }
        return true
    }

    /// The figures that an event's reports give differently: for each kind, the values of the
    /// sentences that give exactly one figure of it, when those values are not all the same and
    /// come from two documents or more. `reports` are (document, sentence) pairs; a sentence
    /// that is given twice in a row is read once.
    func conflicts(_ reports: [(document: String, sentence: String)]) -> [Conflict] {
        conflicts(reports.map { ($0.document, $0.sentence, nil) })
    }

    /// The same, knowing when each document was published: a count that keeps rising (see
    /// `growing`) and only grows from page to page is no dispute.
    func conflicts(_ reports: [(document: String, sentence: String, published: CalendarDate?)]) -> [Conflict] {
        var given: [String: [(document: String, figure: Figure)]] = [:]
        var published: [String: CalendarDate] = [:]
        for (n, r) in reports.enumerated() where n == 0 || reports[n - 1].document != r.document || reports[n - 1].sentence != r.sentence {
            if let p = r.published { published[r.document] = p }
            let figures = figures(in: r.sentence)
            for f in figures where !figures.contains(where: { $0.kind == f.kind && $0.amount != f.amount }) {
                if given[f.kind]?.contains(where: { $0.document == r.document && $0.figure.amount == f.amount }) != true {
                    given[f.kind, default: []].append((r.document, f))
                }
            }
        }
        var out: [Conflict] = []
        for kind in given.keys.sorted() {
            let all = given[kind]!.sorted { ($0.document, $0.figure.amount) < ($1.document, $1.figure.amount) }
            guard Set(all.map(\.figure.amount)).count >= 2, Set(all.map(\.document)).count >= 2 else { continue }
            // "more than 100 millimetres" and "156.3 millimetres": a bound the figure keeps.
            if Self.agree(all.map(\.figure)) { continue }
            // "75.8%" and "76 percent": one figure, rounded.
            if let coarsest = all.map(\.figure.unit).max(), Set(all.map { ($0.figure.amount / coarsest).rounded() }).count == 1 { continue }
            // Counts that differ severalfold ("120,000 tonnes" of output, "40,000 tonnes" bought)
            // are of different things; reports that disagree about one count are nearer.
            if Self.isCount(kind), let low = all.map(\.figure.amount).min(), let high = all.map(\.figure.amount).max(), high > 2 * low { continue }
            // Sums apart by more than tenfold ("$180,000" paid, a "$40 million" contract) are
            // of different things too; estimates of one sum may differ a few times over.
            if kind.hasPrefix("money"), let low = all.map(\.figure.amount).min(), let high = all.map(\.figure.amount).max(), high > 10 * low { continue }
            // A count that keeps rising while a story runs and only grows from one page to the
            // next ("4 deaths" on the 10th, "7 deaths" on the 15th) is brought up to date, not
            // disputed.
            if growing.contains(kind), Self.onlyGrows(all.map { (published[$0.document], $0.figure.amount) }) { continue }
            var byValue: [String: (documents: [String], evidence: [String])] = [:]
            var valueOf: [Double: String] = [:]
            for (document, figure) in all {
                let value = valueOf[figure.amount] ?? figure.value
                valueOf[figure.amount] = value
                byValue[value, default: ([], [])].documents.append(document)
                byValue[value]!.evidence.append(document + ": " + figure.text)
            }
            out.append(Conflict(attribute: "figure", values: byValue.keys.sorted().map { v in
                ConflictValue(value: v, documents: Array(Set(byValue[v]!.documents)).sorted(), evidence: byValue[v]!.evidence.sorted())
            }))
        }
        return out
    }
}
