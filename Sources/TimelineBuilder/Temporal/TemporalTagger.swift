import EventModel

/// Whether a sentence speaks of the past or the future, as far as its words tell.
public enum Tense: Sendable { case past, future, unknown }

/// Finds TIMEX3 expressions in text and gives them TimeML values resolved against the document's
/// creation date. Patterns and word lists come from the data files; this type is the matcher.
public final class TemporalTagger: @unchecked Sendable {
    let vocabulary: Vocabulary
    private let table: WordTable
    let patterns: PatternSet
    var lexicon: WordLexicon { patterns.lexicon }
    /// Tense cues by word id, and two-word cues by their pair of ids.
    private let cues: [(tense: Tense, weight: Double)?]
    private let pairCues: [Int64: (tense: Tense, weight: Double)]
    private let startsPair: [Bool]
    private let ignoredPast: [Bool]
    /// Verbs of speech ("said"): their own tense does not reach a clause that a modal after them
    /// turns to the future ("said she would … in January").
    private let speech: [Bool]
    /// The words before a weekday's happening ("ahead of Sunday's election", "since Tuesday's
    /// vote") that tell on their own whether it lies ahead or is past.
    private let possessiveCues: [(words: [Int32], tense: Tense)]
    /// Words that move a happening to the date right after them ("moved to", "adjourned until").
    private let retimeCues: [[Int32]]
    /// A plan told in the past ("was scheduled to"), from tense-cues.tsv's planned-past rows.
    private let plannedPastCues: [[Int32]]
    /// Decisions told in the past ("voted", "decided"), from tense-cues.tsv's deciding rows: before
    /// an infinitive with its object and the date, the date is the deciding's.
    private let decidingVerbs: Set<Int32>
    /// Given names that are also cue words ("Rose", "Grace"): before a surname they are a name.
    private let givenName: [Bool]
    /// The last words of `retimeCues` ("to", "until", "for").
    private let retimeEnds: Set<Int32>
    /// Verbs that fix a happening's date, its name between them and "for" ("set sentencing for").
    private let fixingVerbs: Set<Int32>
    /// Verbs of a lasting state in the present (`tense-cues.tsv`, "lasting"): "remain suspended until Friday".
    private let lastingVerbs: Set<Int32>
    private let abbreviation: [Bool]
    private let stopword: [Bool]
    let w: TaggerWords
    /// The ISO weekday (Monday 1) of each weekday name and abbreviation of the lexicon.
    private let weekdays: [String: Int]
    /// The lexicon's month names, and its words that count from now ("last", "next", "this").
    private let monthWords: Set<String>
    /// The lexicon's holidays ("christmas eve", "new year's day"), which name their month too.
    private let holidays: [String]
    private let relativeWords: Set<String>
    /// The words of the lexicon's days counted from now ("yesterday", "tonight").
    private let dayWords: Set<String>
    private let cls: (label: Int, yearcontext: Int, month: Int, season: Int, modifier: Int, numword: Int, weekday: Int, approx: Int, anaphorContext: Int, street: Int, timezone: Int, partOfDay: Int, statute: Int)

    /// The tagger with the built-in rules; building it parses the data files once.
    public static let shared: TemporalTagger = {
        do { return try TemporalTagger() } catch { fatalError("\(error)") }
    }()

    public init() throws {
        let vocabulary = Vocabulary()
        self.vocabulary = vocabulary
        let lexiconRows = Resources.rows("timex-lexicon.tsv")
        let lexicon = WordLexicon(rows: lexiconRows, vocabulary: vocabulary)
        var weekdays: [String: Int] = [:]
        for row in lexiconRows where row.count >= 3 && (row[0] == "weekday" || row[0] == "weekdayabbr") {
            if let n = Int(row[2]) { weekdays[row[1]] = n }
        }
        self.weekdays = weekdays
        monthWords = Set(lexiconRows.filter { $0.count >= 3 && $0[0] == "month" }.map { $0[1] })
        holidays = lexiconRows.filter { $0.count >= 3 && $0[0] == "holiday" }.map { $0[1] }
        dayWords = Set(lexiconRows.filter { $0.count >= 3 && $0[0] == "nearday" }.flatMap { $0[1].split(separator: " ").map(String.init) })
        relativeWords = Set(lexiconRows.filter { $0.count >= 3 && ["prev", "next", "this"].contains($0[0]) }.map { $0[1] })
        patterns = try PatternSet(patternLines: Resources.lines("timex-patterns.tsv"), lexicon: lexicon, vocabulary: vocabulary)
        func need(_ name: String) throws -> Int {
            guard let c = lexicon.cls(name) else {
                throw ResourceError.malformed(file: "timex-lexicon.tsv", line: 1, reason: "the word class \(name) is required")
            }
            return c
        }
        cls = (try need("label"), try need("yearcontext"), try need("month"), try need("season"), try need("modifier"),
               try need("numword"), try need("weekday"), try need("approx"), try need("anaphorcontext"), try need("street"), try need("timezone"), try need("partofday"), try need("statute"))
        w = TaggerWords(vocabulary)
        var unigram: [Int32: (Tense, Double)] = [:]
        var pairs: [Int64: (Tense, Double)] = [:]
        var firstOfPair: Set<Int32> = []
        var ignored: Set<Int32> = []
        var speechVerbs: Set<Int32> = []
        var possessive: [(words: [Int32], tense: Tense)] = []
        var retimed: [[Int32]] = []
        var plannedPast: [[Int32]] = []
        var lasting: Set<Int32> = []
        var fixing: Set<Int32> = []
        var deciding: Set<Int32> = []
        for row in Resources.rows("tense-cues.tsv") where row.count >= 3 {
            let ids = Tokenizer.tokenize(Array(row[1].utf8)).map { vocabulary.intern($0.lower) }
            let tense: Tense
            switch row[0] {
            case "possessive-future": possessive.append((ids, .future)); continue
            case "possessive-past": possessive.append((ids, .past)); continue
            case "retimed": retimed.append(ids); continue
            case "planned-past": plannedPast.append(ids); continue
            case "lasting": if ids.count == 1 { lasting.insert(ids[0]) }; continue
            case "fixing": if ids.count == 1 { fixing.insert(ids[0]) }; continue
            case "deciding": if ids.count == 1 { deciding.insert(ids[0]) }; continue
            case "future": tense = .future
            case "past": tense = .past
            case "ignore": if ids.count == 1 { ignored.insert(ids[0]) }; continue
            case "speech": if ids.count == 1 { speechVerbs.insert(ids[0]) }; continue
            default: continue
            }
            let weight = Double(row[2]) ?? 1
            if ids.count == 1 { unigram[ids[0]] = (tense, weight) }
            if ids.count == 2 { pairs[Int64(ids[0]) << 32 | Int64(ids[1])] = (tense, weight); firstOfPair.insert(ids[0]) }
        }
        let abbreviations = Resources.wordSet("abbreviations.txt").map { vocabulary.intern($0) }
        let stopwords = Resources.wordSet("stopwords.txt").map { vocabulary.intern($0) }
        let givenNames = Resources.wordSet("given-names.txt").map { vocabulary.intern($0) }
        let n = vocabulary.count
        var cueTable: [(tense: Tense, weight: Double)?] = Array(repeating: nil, count: n)
        for (k, v) in unigram { cueTable[Int(k)] = v }
        cues = cueTable
        pairCues = pairs
        func flags(_ ids: some Sequence<Int32>) -> [Bool] {
            var out = Array(repeating: false, count: n)
            for k in ids { out[Int(k)] = true }
            return out
        }
        startsPair = flags(firstOfPair)
        ignoredPast = flags(ignored)
        speech = flags(speechVerbs)
        possessiveCues = possessive
        retimeCues = retimed
        plannedPastCues = plannedPast
        retimeEnds = Set(retimed.compactMap(\.last))
        lastingVerbs = lasting
        fixingVerbs = fixing
        decidingVerbs = deciding
        abbreviation = flags(abbreviations)
        stopword = flags(stopwords)
        givenName = flags(givenNames)
        table = vocabulary.frozen()
    }

    /// The units of the clock ("hours", "minutes"): a measure of time, never a story's issue.
    /// "Second" is an ordinal too ("a second term").
    static let clockUnits: Set<String> = {
        let rows = Resources.rows("timex-lexicon.tsv").filter { $0.count >= 2 }
        let ordinals = Set(rows.filter { $0[0] == "ordinal" }.map { $0[1] })
        return Set(rows.filter { ($0[0] == "timeunit" || $0[0] == "timeunitplural") && !ordinals.contains($0[1]) }.map { $0[1] })
    }()

    /// The words that name a statute ("Act", "Convention"; `statute` in `timex-lexicon.tsv`).
    static let statuteWords = Set(Resources.rows("timex-lexicon.tsv").filter { $0.count >= 2 && $0[0] == "statute" }.map { $0[1] })

    /// Whether a lower-case word names a month, a weekday or a time zone: never the start of a name.
    func isCalendarWord(_ word: String) -> Bool {
        let id = vocabulary.id(word)
        return lexicon.has(id, cls.month) || lexicon.has(id, cls.weekday) || lexicon.has(id, cls.timezone)
    }

    /// The ISO weekday (Monday 1 … Sunday 7) that a lower-case word names, if it names one.
    public func weekday(named word: String) -> Int? { weekdays[word] }

    /// Whether an expression names a month, or a day of one, and leaves its year to the reader's
    /// sense of tense ("March 13", "in June", "the week of Oct. 9"): no year, and nothing that
    /// counts from now ("last June", "this March").
    public func isYearless(_ text: String) -> Bool {
        var month = false
        for token in Tokenizer.tokenize(Array(text.utf8)) {
            if Self.isYear(token) { return false }
            if relativeWords.contains(token.lower) { return false }
            if monthWords.contains(token.lower) { month = true }
        }
        return month
    }

    /// Whether an expression is a clock time alone ("at around 11.40 pm", "shortly before
    /// midnight"), whose day is only the page's: no month, year, weekday or day counted from now.
    public func isBareClock(_ text: String) -> Bool {
        for token in Tokenizer.tokenize(Array(text.utf8)) {
            if Self.isYear(token) || monthWords.contains(token.lower) || relativeWords.contains(token.lower)
                || weekdays[token.lower] != nil || dayWords.contains(token.lower) { return false }
        }
        return !text.isEmpty
    }

    /// Whether an expression names its month or year itself ("Sept 6", "2026-09-06", "in 1998"),
    /// so that its day does not depend on when it was read, as "3:40 a.m." or "Sunday" do.
    public func namesMonthOrYear(_ text: String) -> Bool {
        for token in Tokenizer.tokenize(Array(text.utf8)) {
            if Self.isYear(token) { return true }
            if monthWords.contains(token.lower) { return true }
        }
        return false
    }

    /// Whether an expression names its day as a date does, by month or by a holiday's name
    /// ("Jan. 1", "New Year's Day"), so that only its year depends on when it was read.
    public func namesCalendarDay(_ text: String) -> Bool {
        if namesMonthOrYear(text) { return true }
        let lower = String(text.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
        return holidays.contains { lower.contains($0) }
    }

    /// The expressions, with a month and day that opens a range ending in a full date ("November
    /// 29 – December 5, 2025", "Nov. 29 to Dec. 5, 2025") given that date's year, or the year
    /// before when its month comes later. Only needed without a document date, which else gives
    /// the year.
    static func rangeYears(_ found: [TemporalExpression], _ bytes: UnsafeBufferPointer<UInt8>) -> [TemporalExpression] {
        guard found.count >= 2 else { return found }
        var out = found
        for k in 0..<(found.count - 1) {
            let a = found[k], b = found[k + 1]
            guard a.type == .date, a.value.hasPrefix("XXXX-"), a.value.utf8.count == 10,
                  b.start > a.end, b.start - a.end <= 9, let end = CalendarDate(iso: String(b.value.prefix(10))),
                  let month = Int(a.value.dropFirst(5).prefix(2)), let day = Int(a.value.suffix(2)) else { continue }
            let between = String(decoding: bytes[a.end..<b.start], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard ["-", "–", "—", "to", "through", "until", "till"].contains(between) else { continue }
            let year = month > end.month ? end.year - 1 : end.year
            if let start = CalendarDate(year: year, month: month, day: day) { out[k].value = start.description }
        }
        return out
    }

    /// The expressions, with a bare clock that opens a range ending in a dated clock ("between
    /// 22:00 and 23:00 on 13 June 2026", "from 9 a.m. to 5 p.m. on Friday") given that clock's
    /// day: the day named once serves both ends. So does a bare clock coordinated with a dated
    /// one in its clause ("was issued at 2:15 p.m. and replaced … at 7:10 p.m. yesterday").
    static func clockRanges(_ found: [TemporalExpression], _ bytes: UnsafeBufferPointer<UInt8>) -> [TemporalExpression] {
        guard found.count >= 2 else { return found }
        var out = found
        for k in 0..<(found.count - 1) {
            let a = found[k], b = found[k + 1]
            guard a.type == .time, b.type == .time, b.start > a.end, b.start - a.end <= 100,
                  let at = a.value.firstIndex(of: "T"), let bt = b.value.firstIndex(of: "T"),
                  b.value[..<bt].utf8.count == 10, !b.value.hasPrefix("XXXX"),
                  !a.text.contains(where: { $0.isLetter && !"apmAPM.".contains($0) }) else { continue }
            let between = String(decoding: bytes[a.end..<b.start], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let range = b.start - a.end <= 8 && ["and", "to", "-", "–", "until", "till"].contains(between)
            let coordinated = between.hasPrefix("and ") && !between.contains(where: { ".;:!?()\n".contains($0) })
            guard range || coordinated else { continue }
            out[k].value = String(b.value[..<bt]) + String(a.value[at...])
        }
        return out
    }

    /// Whether a token is four digits, as a year is written ("1998"; not "3:40").
    private static func isYear(_ token: Token) -> Bool {
        token.kind == .number && token.lower.utf8.count == 4 && token.lower.utf8.allSatisfy { $0 &- 48 < 10 }
    }

    /// Tags a text. Offsets of the result are UTF-8 byte offsets into `text`.
    public func tag(_ text: String, documentDate: CalendarDate?) -> [TemporalExpression] {
        tag(bytes: Array(text.utf8), documentDate: documentDate)
    }

    /// Tags UTF-8 text. Offsets of the result are byte offsets.
    public func tag(bytes: [UInt8], documentDate: CalendarDate?) -> [TemporalExpression] {
        analyze(bytes: bytes, documentDate: documentDate).expressions
    }

    /// Tags UTF-8 text and also gives where its sentences start, as indexes of `Tokenizer` tokens.
    public func analyze(bytes: [UInt8], documentDate: CalendarDate?) -> (expressions: [TemporalExpression], sentenceStarts: [Int]) {
        let tokens = bytes.withUnsafeBufferPointer { WordToken.make($0, vocabulary: table) }
        return analyze(bytes: bytes, tokens: tokens, documentDate: documentDate)
    }

    /// The id of the bytes `a..<b` among the words the rules know, or 0.
    func vocabularyID(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int32 { table.lookup(p, a, b) }

    /// `analyze`, given the text's tokens with this tagger's word ids, as a `WordBook` makes them.
    func analyze(bytes: [UInt8], tokens: [WordToken], documentDate: CalendarDate?) -> (expressions: [TemporalExpression], sentenceStarts: [Int]) {
        bytes.withUnsafeBufferPointer { p in
            tokens.withUnsafeBufferPointer { t in
                let text = TaggedText(bytes: p, tokens: t)
                let sentences = sentenceStarts(t)
                let found = tag(text, sentences: sentences, documentDate: documentDate)
                return (Self.clockRanges(documentDate == nil ? Self.rangeYears(found, p) : found, p), sentences)
            }
        }
    }

    private func tag(_ text: TaggedText, sentences: [Int], documentDate: CalendarDate?) -> [TemporalExpression] {
        let tokens = text.tokens
        var out: [TemporalExpression] = []
        var sentence = 0
        var references: [CalendarValue] = []
        // The times last spoken of that had come by the document date, for an anaphor in the past
        // tense: "earlier in the day" after "a vote tabled for next Tuesday" is not that Tuesday.
        var pastReferences: [CalendarValue] = []
        // The week the text last named, with the sentence it was named in.
        var weekSpoken: (sentence: Int, monday: CalendarDate)? = nil
        // Every day the text has named, in order.
        var daysSpoken: [CalendarDate] = []
        var i = 0
        while i < tokens.count {
            guard var m = patterns.longestMatch(text, at: i) else { i += 1; continue }
            while sentence + 1 < sentences.count, sentences[sentence + 1] <= m.start { sentence += 1 }
            let sStart = sentences[sentence]
            let sEnd = sentence + 1 < sentences.count ? sentences[sentence + 1] : tokens.count
            var pattern = patterns.patterns[m.pattern]
            if !accept(m, pattern, tokens, sentenceStart: sStart) {
                // "late in the day after falling": when "the day after" names no day, "the day" may.
                guard isAnchoredNeighbour(m, pattern, tokens), let shorter = patterns.longestMatch(text, at: i, excluding: m.pattern),
                      accept(shorter, patterns.patterns[shorter.pattern], tokens, sentenceStart: sStart) else { i += 1; continue }
                m = shorter
                pattern = patterns.patterns[m.pattern]
            }
            var type = pattern.type
            if pattern.rule.first == "dur", m.start > 0, w.multipliers.contains(tokens[m.start - 1].word),
               tokens[m.start].word == w.a || tokens[m.start].word == w.an {
                type = "SET"
            }
            let rule = pattern.rule.first ?? ""
            if !["clock", "clockwd", "dur"].contains(rule), let prefix = prefixStart(tokens, before: m.start, sentenceStart: sStart, cls: cls.modifier) {
                m.start = prefix
            } else if ["dur", "durhalf", "durhalf1", "rel", "ago", "clock", "clockwd", "clockday"].contains(rule),
                      tokens[m.start].kind == .number || lexicon.has(tokens[m.start].word, cls.numword) || tokens[m.start].word == w.a || tokens[m.start].word == w.an,
                      let prefix = prefixStart(tokens, before: m.start, sentenceStart: sStart, cls: cls.approx) {
                m.start = prefix
            }
            // A hyphenated compound is a modifier ("the third-quarter loss"): its article belongs to the noun.
            if m.end - m.start > 3, tokens[m.start].word == w.the || tokens[m.start].word == w.a || tokens[m.start].word == w.an,
               tokens[m.end - 2].word == w.dash, !tokens[m.end - 2].spaceBefore, !tokens[m.end - 1].spaceBefore {
                m.start += 1
            }
            let tense = self.tense(text, sentence: sStart..<sEnd, timex: m.start..<m.end)
            // A clock alone on its line ("18:10", "Update 7:45 p.m.") or heading its paragraph
            // ("UPDATE 7.45pm: Police have …") stamps a live blog's entry: it falls on the page's
            // day, not on a day the text before it named.
            let stampLine = rule == "clock"
                && (m.end >= tokens.count || tokens[m.end].lineBefore || tokens[m.end].word == w.colon || tokens[m.end].word == w.dash)
                && (m.start == 0 || tokens[m.start].lineBefore || m.start == 1 || tokens[m.start - 1].lineBefore)
            var anchors = stampLine ? [] : references
            if rule == "ana", tense == .past, let dct = documentDate, let last = anchors.last, last.date > dct {
                anchors = pastReferences
            }
            var value = evaluate(pattern.rule, m, documentDate, tense, references: anchors)
            // "at 9.10pm local time (13.10 GMT) on Sunday": a bare clock falls on the day named after it.
            if rule == "clock", !stampLine, let v = value, let day = followingDay(text, after: m.end, sentenceEnd: sEnd, documentDate: documentDate,
                                                                                   sentenceStart: sStart, tense: tense, references: references) {
                value = day.description + v.dropFirst(10)
            }
            // A weekday after a week in the same sentence falls in that week ("last week's outage
            // began early on Tuesday").
            // Not one that dates a telling ("will honor him next week, his family announced Wednesday").
            let toldOn = { [w, speech] () -> Bool in
                var k = m.start - 1
                if k > sStart, tokens[k].word == w.on { k -= 1 }
                let id = Int(tokens[max(k, 0)].word)
                return k >= sStart && id > 0 && id < speech.count && speech[id]
            }
            if rule == "wd", let week = weekSpoken, week.sentence == sStart, !toldOn(), let v = value, let day = CalendarDate(iso: String(v.prefix(10))) {
                let inWeek = week.monday.adding(days: day.weekday - 1)
                value = inWeek.description + v.dropFirst(10)
            }
            // The expression that starts at token `k` of the sentence, with where it ends and its value.
            let expression = { [self] (k: Int) -> (end: Int, value: String)? in
                guard k < sEnd, let next = patterns.longestMatch(text, at: k), next.end <= sEnd,
                      accept(next, patterns.patterns[next.pattern], tokens, sentenceStart: sStart),
                      let v = evaluate(patterns.patterns[next.pattern].rule, next, documentDate, tense, references: references) else { return nil }
                return (next.end, v)
            }
            // So does a weekday the week follows at once ("on Monday last week").
            if rule == "wd", let v = value, let day = CalendarDate(iso: String(v.prefix(10))), let next = expression(m.end),
               next.value.utf8.count == 8, let week = CalendarValue(next.value), week.grain == .week {
                value = week.date.adding(days: day.weekday - 1).description + v.dropFirst(10)
                m.end = next.end
            }
            // "the Monday after Christmas", "the Friday before the vote on Nov. 4": the first such
            // weekday after (or before) the day named next.
            if rule == "wd", m.end + 1 < sEnd, tokens[m.end].word == w.after || tokens[m.end].word == w.before, let v = value,
               let day = CalendarDate(iso: String(v.prefix(10))), let next = expression(m.end + 1),
               next.value.utf8.count == 10, let anchor = CalendarDate(iso: next.value) {
                let ahead = (day.weekday - anchor.weekday + 7) % 7
                let shift = tokens[m.end].word == w.after ? (ahead == 0 ? 7 : ahead) : (ahead == 0 ? -7 : ahead - 7)
                value = anchor.adding(days: shift).description + v.dropFirst(10)
                m.end = next.end
            }
            // "still in the dark that Sunday": the weekday last spoken of, or else the first such
            // day after the day last spoken of. So is "the Sunday promise", a weekday that
            // qualifies a noun, when the text has spoken of such a day.
            if rule == "wd", m.start > sStart, let v = value, let day = CalendarDate(iso: String(v.prefix(10))) {
                let that = tokens[m.start - 1].word == w.that
                let qualifying = tokens[m.start - 1].word == w.the && m.end < sEnd && tokens[m.end].kind == .word && !tokens[m.end].capitalized
                    && !isStopword(tokens[m.end].word) && !lexicon.has(tokens[m.end].word, cls.month)
                if that || qualifying, let spoken = daysSpoken.last(where: { $0.weekday == day.weekday }) {
                    value = spoken.description + v.dropFirst(10)
                } else if that, let last = references.last(where: { $0.grain == .day }) {
                    let ahead = (day.weekday - last.date.weekday + 7) % 7
                    value = last.date.adding(days: ahead).description + v.dropFirst(10)
                }
            }
            // "began late on Sunday night, ... ahead of Monday's early departures": a weekday ahead
            // of an earlier day of its sentence is the first such day after it.
            // So is one looked ahead to from a day the sentence tells of ("were told on Christmas
            // Eve to expect power by Sunday"), unless the writer's own future speaks ("will").
            if rule == "wd", let previous = out.last, previous.start >= tokens[sStart].start,
               possessiveTense(text, sentence: sStart..<sEnd, timex: m.start..<m.end) == .future
                || tense == .future && previous.type == .date && previous.value.utf8.count == 10 && documentDate.map({ previous.value <= $0.description }) == true
                    && !(sStart..<sEnd).contains(where: { w.writersFuture.contains(tokens[$0].word) }), let v = value,
               let day = CalendarDate(iso: String(v.prefix(10))), let from = CalendarDate(iso: String(previous.value.prefix(10))) {
                let ahead = (day.weekday - from.weekday + 7) % 7
                value = from.adding(days: ahead == 0 ? 7 : ahead).description + v.dropFirst(10)
            }
            // "In 2019, the department declared an epidemic on August 6": a day of the month in a
            // sentence that opens on a year is of that year.
            if rule == "md", tense != .future, let previous = out.last, previous.start >= tokens[sStart].start, previous.type == .date,
               previous.value.utf8.count == 4, let year = Int(previous.value), let v = value, v.utf8.count >= 10,
               let p = (sStart..<m.start).first(where: { tokens[$0].start == previous.start }), p == sStart + 1, tokens[sStart].word == w.inWord,
               Int(v.prefix(4)) != year, let day = CalendarDate(iso: String(v.prefix(10))),
               let moved = CalendarDate(year: year, month: day.month, day: day.day) {
                value = moved.description + v.dropFirst(10)
            }
            // "out of order since July", written in June: the start of a state up to now is past.
            if rule == "mon" || rule == "md", m.start > sStart, tokens[m.start - 1].word == w.since, let dct = documentDate,
               let v = value, let cv = CalendarValue(v), cv.date > dct, let earlier = cv.shifted(unit: .year, by: -1) {
                value = earlier.value
            }
            // The end of a range is not before its start ("from June 30 to Sept. 30").
            if rule == "md", m.start >= 2, w.rangeEnds.contains(tokens[m.start - 1].word), let previous = out.last,
               previous.end == tokens[m.start - 2].end, let v = value, let day = CalendarDate(iso: v),
               let start = CalendarDate(iso: String(previous.value.prefix(10))), day < start,
               let later = CalendarDate(year: day.year + 1, month: day.month, day: day.day), later.dayNumber - start.dayNumber < 366 {
                value = later.description
            }
            // "Friday 20 & Saturday 21 November", "the 14 and 15 March shows", "30 and 31 July 2012",
            // "2–3 December 2025": a day before the day that names the month is of that month (not
            // one a date holds: "March 1 and March 3").
            if rule == "md" || rule == "ymd", m.start >= 2, w.coordinators.contains(tokens[m.start - 1].word) || tokens[m.start - 1].word == w.dash,
               let v = value, let day = CalendarDate(iso: v),
               out.last.map({ $0.end < tokens[m.start - 2].end }) ?? true,
               let first = coordinatedDay(tokens, before: m.start - 1, sentenceStart: sStart, month: day) {
                let s = tokens[first.start].start, e = tokens[m.start - 2].end
                let earlier = TemporalExpression(start: s, end: e, text: String(decoding: UnsafeBufferPointer(rebasing: text.bytes[s..<e]), as: UTF8.self),
                                                 type: .date, value: first.date.description)
                if let previous = out.last, previous.start >= s { out[out.count - 1] = earlier } else { out.append(earlier) }
            }
            // "03/03/26 1120 – Subject's vehicle located": four figures right after a full date
            // are the 24-hour clock of a log's entry, not a year.
            if rule == "y", m.end == m.start + 1, let previous = out.last, previous.type == .date, previous.value.utf8.count == 10,
               tokens[m.start].start - previous.end == 1, text.bytes[previous.end] == 32, tokens[m.start].digitCount == 4,
               tokens[m.start].integer / 100 < 24, tokens[m.start].integer % 100 < 60,
               let year = Int(previous.value.prefix(4)), abs(year - tokens[m.start].integer) > 50 {
                let h = tokens[m.start].integer / 100, mm = tokens[m.start].integer % 100
                let e = tokens[m.start].end
                out[out.count - 1] = TemporalExpression(start: previous.start, end: e,
                                                        text: String(decoding: UnsafeBufferPointer(rebasing: text.bytes[previous.start..<e]), as: UTF8.self), type: .time,
                                                        value: previous.value + "T" + pad(h, 2) + ":" + pad(mm, 2))
                i = m.end
                continue
            }
            // "dated 2082/12/25 (April 8, 2026)": a date of figures alone decades after the
            // document's is of another calendar (Bikram Sambat, the Thai era), not a day to come.
            if let dct = documentDate, let v = value, v.utf8.count >= 10, let year = Int(v.prefix(4)), year > dct.year + PublicationDating.otherCalendarYears,
               (m.start..<m.end).allSatisfy({ tokens[$0].kind != .word }) {
                i = m.end
                continue
            }
            if let value, let t = TimexType(rawValue: type) {
                // "declined since Tuesday's eruption": the start of a state up to now is no time
                // the story moves to, for a later "at 5 p.m." to fall on.
                let bound = m.start > sStart && tokens[m.start - 1].word == w.since
                if t == .date || t == .time, rule != "ana", rule != "relref", !bound, let v = CalendarValue(value) {
                    references.removeAll(where: { $0.grain == v.grain })
                    references.append(v)
                    if v.grain == .day { daysSpoken.append(v.date) }
                    if let dct = documentDate, v.date <= dct {
                        pastReferences.removeAll(where: { $0.grain == v.grain })
                        pastReferences.append(v)
                    }
                    // "deaths blamed on last week's ice storm rose to seven on Monday": a week
                    // that possesses a thing inside the sentence dates that thing, not its verb.
                    let possessed = isPossessive(text, sentence: sStart..<sEnd, timex: m.start..<m.end) && m.start > sStart
                    weekSpoken = v.grain == .week && value.utf8.count == 8 && !possessed ? (sStart, v.date) : nil
                }
                var end = m.end
                while end > m.start + 1, tokens[end - 1].word == w.comma || tokens[end - 1].word == w.dash { end -= 1 }
                // A final period belongs to the expression only after an abbreviation ("Oct.", "a.m.").
                if end > m.start + 1, tokens[end - 1].word == w.period {
                    let before = tokens[end - 2]
                    if before.kind != .word || (before.end - before.start > 1 && !isAbbreviation(before.word)) { end -= 1 }
                }
                let s = tokens[m.start].start, e = tokens[end - 1].end
                out.append(TemporalExpression(start: s, end: e, text: String(decoding: UnsafeBufferPointer(rebasing: text.bytes[s..<e]), as: UTF8.self),
                                              type: t, value: value))
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The day of the month, with the weekday before it if any, right before the token `and`
    /// ("and" or "&") that joins it to a date of `month` ("Friday 20" in "Friday 20 & Saturday
    /// 21 November"): its first token and its date, when the day is an earlier one of that month.
    private func coordinatedDay(_ tokens: UnsafeBufferPointer<WordToken>, before and: Int, sentenceStart: Int, month: CalendarDate) -> (start: Int, date: CalendarDate)? {
        let n = and - 1
        guard n >= sentenceStart, tokens[n].kind == .number, !tokens[n].hasSuffix, tokens[n].digitCount <= 2, tokens[n].integer >= 1, tokens[n].integer < month.day,
              let date = CalendarDate(year: month.year, month: month.month, day: tokens[n].integer) else { return nil }
        // "Update 3 – 12 February 2026": the number of a labelled item, not a first day.
        if n - 1 >= sentenceStart, tokens[n - 1].kind == .word, tokens[n - 1].capitalized, lexicon.has(tokens[n - 1].word, cls.label) { return nil }
        if n - 1 >= sentenceStart, tokens[n - 1].word >= 0, let wd = weekdays[vocabulary.words[Int(tokens[n - 1].word)]] {
            return wd == date.weekday ? (n - 1, date) : nil
        }
        return (n, date)
    }

    /// A modifier ("early", "late", "mid-", "the end of") or an approximation ("nearly", "more than")
    /// just before a match joins its extent.
    private func prefixStart(_ tokens: UnsafeBufferPointer<WordToken>, before start: Int, sentenceStart: Int, cls: Int) -> Int? {
        var best: Int? = nil
        for back in 1...4 where start - back >= sentenceStart {
            let s = start - back
            lexicon.forEachMatch(tokens, at: s, cls: cls, dash: w.dash) { _, end in
                if end == start || (end + 1 == start && tokens[end].word == w.dash) { best = s }
            }
        }
        return best
    }

    @inline(__always) private func isAbbreviation(_ id: Int32) -> Bool { id > 0 && Int(id) < abbreviation.count && abbreviation[Int(id)] }

    @inline(__always) private func isStopword(_ id: Int32) -> Bool { id > 0 && Int(id) < stopword.count && stopword[Int(id)] }

    /// Rejects readings that the surrounding words rule out: "May" the verb, a number that labels
    /// ("Section 301"), a decade used as an adjective ("the 1990s band"), bare plurals.
    /// Whether a match is a day next to the day last named ("the day before", "the night after"),
    /// which a word after it would tie to a happening instead ("the day before the vote").
    private func isAnchoredNeighbour(_ m: PatternMatch, _ pattern: TemporalPattern, _ tokens: UnsafeBufferPointer<WordToken>) -> Bool {
        pattern.rule.first == "ana" && (tokens[m.end - 1].word == w.before || tokens[m.end - 1].word == w.after) || isComparison(m, pattern, tokens)
    }

    /// "one day later than planned": a span of time set against a plan, not a day after the last one named.
    private func isComparison(_ m: PatternMatch, _ pattern: TemporalPattern, _ tokens: UnsafeBufferPointer<WordToken>) -> Bool {
        pattern.rule.first == "relref" && m.end < tokens.count && tokens[m.end].word == w.than
    }

    private func accept(_ m: PatternMatch, _ pattern: TemporalPattern, _ tokens: UnsafeBufferPointer<WordToken>, sentenceStart: Int) -> Bool {
        if isComparison(m, pattern, tokens) { return false }
        let prev = m.start > sentenceStart ? tokens[m.start - 1] : nil
        let next = m.end < tokens.count ? tokens[m.end] : nil
        let rule = pattern.rule.first ?? ""
        let span = m.end - m.start
        if rule == "y", span == 1 || (span == 2 && tokens[m.start].word == w.the) {
            if let prev {
                if prev.kind == .word, prev.capitalized, lexicon.has(prev.word, cls.label) { return false }
                // "Proclamation No. 1077": an abbreviated label with its period.
                if prev.word == w.period, m.start >= sentenceStart + 2, tokens[m.start - 2].capitalized,
                   lexicon.has(tokens[m.start - 2].word, cls.label) { return false }
                if prev.kind == .word, !lexicon.has(prev.word, cls.yearcontext), !lexicon.has(prev.word, cls.month),
                   !lexicon.has(prev.word, cls.season) { return false }
                if prev.kind == .punct, w.currency.contains(prev.word) { return false }
                // "the Aircraft Rules, 1937", "the Securities Litigation Reform Act of 1995": a statute's name.
                if prev.word == w.comma || prev.word == w.of, m.start >= sentenceStart + 2, tokens[m.start - 2].capitalized,
                   lexicon.has(tokens[m.start - 2].word, cls.statute) { return false }
                // "Announcement No. 31 of 2025": the year of a numbered document's label.
                if prev.word == w.of, m.start >= sentenceStart + 3, tokens[m.start - 2].kind == .number {
                    let label = tokens[m.start - 3].word == w.period && m.start >= sentenceStart + 4 ? tokens[m.start - 4] : tokens[m.start - 3]
                    if label.kind == .word, lexicon.has(label.word, cls.label) || label.capitalized && lexicon.has(label.word, cls.statute) { return false }
                }
            }
            if let next, next.word == w.percentSign || (next.kind == .word && w.countNouns.contains(next.word)) { return false }
            // "her 2023 Halvorsen Tundra", "had mine leak on a 2022.": a model's year, owned or
            // counted, before the maker's name or in its place.
            if let prev, w.owners.contains(prev.word) {
                let named = { (k: Int) -> Bool in k < tokens.count && tokens[k].kind == .word && tokens[k].capitalized && !tokens[k].lineBefore && !self.lexicon.has(tokens[k].word, self.cls.month) }
                if next == nil || next!.word == w.period || named(m.end) && named(m.end + 1) { return false }
            }
            if m.end + 1 < tokens.count, tokens[m.end].capitalized, lexicon.has(tokens[m.end + 1].word, cls.street) { return false }
        }
        if rule == "mon", span == 1 {
            let word = tokens[m.start].word
            if w.verbMonths.contains(word) {
                guard let prev, prev.kind == .word else { return false }
                guard lexicon.has(prev.word, cls.yearcontext) || lexicon.startsEntry(tokens, m.start - 1, cls.modifier, dash: w.dash) else { return false }
                if word == w.may, prev.word == w.the || prev.word == w.and || prev.word == w.or { return false }
                // "in May Pen", "from March Road": a month's word before a name is part of the name.
                if let next, next.kind == .word, next.capitalized, next.spaceBefore, !next.lineBefore,
                   !lexicon.has(next.word, cls.month), !lexicon.has(next.word, cls.weekday) { return false }
            }
        }
        // "midnight on Tuesday (13)": the weekday's day of the month in brackets makes it a date
        // of its own, which a clock's weekday alone would read by tense instead.
        if rule == "clockwd", let next, next.word == w.openParen, m.end + 2 < tokens.count, tokens[m.end + 1].kind == .number,
           tokens[m.end + 2].word == w.closeParen { return false }
        if rule == "dur", let next, next.word == w.dash || next.word == w.old, !next.spaceBefore || next.word == w.old {
            if next.word == w.old || (m.end + 1 < tokens.count && tokens[m.end + 1].word == w.old) { return false }
        }
        // "the last day of the session": a part of what is named after it, not a day or week
        // before today. ("The high for the year of $42" keeps its year.)
        if rule == "rel" || rule == "ana", tokens[m.start].word == w.the || prev?.word == w.the,
           tokens[m.end - 1].word == w.day || tokens[m.end - 1].word == w.week, let next, next.word == w.of { return false }
        // "Their last day of work", "on the last day": the final day of something, not yesterday.
        if rule == "rel", tokens[m.end - 1].word == w.day, m.end >= 2, text(tokens[m.end - 2]) == "last" { return false }
        // "[2026] UKSC 9": a year alone in square brackets is a law report's citation, not a date.
        if rule == "y", span == 1, m.start > 0, tokens[m.start - 1].word == w.openBracket, let next, next.word == w.closeBracket { return false }
        // "the day before the vote": a day told by a happening named after it, not by a time.
        if isAnchoredNeighbour(m, pattern, tokens), let next, next.kind == .word || next.kind == .number, !next.lineBefore { return false }
        if rule == "ana", span == 2, tokens[m.start].word == w.the {
            guard let prev, lexicon.has(prev.word, cls.anaphorContext) else { return false }
            if let next, next.word == w.dash || next.word == w.apostrophe, !next.spaceBefore { return false }
        }
        // A one-word frequency or "future" before a noun qualifies the noun ("quarterly dividend",
        // "future payments") rather than naming a time.
        if span == 1, rule == "lit", pattern.type == "SET" || tokens[m.start].word == w.future,
           let next, next.kind == .word, !next.capitalized, !isStopword(next.word), !next.lineBefore { return false }
        // "Daily Mirror", "Weekly Standard": a capitalized frequency before a capitalized word names a paper.
        if span == 1, rule == "lit", pattern.type == "SET", tokens[m.start].capitalized, let next, next.kind == .word, next.capitalized,
           !next.lineBefore { return false }
        // A capitalized one-word reference inside a sentence is part of a name ("Apple Daily").
        if span == 1, rule == "lit", tokens[m.start].capitalized, let prev, prev.kind == .word, prev.capitalized { return false }
        // "The Saturday Paper", "the Sunday Times": a weekday between "the" and a capitalized
        // word names a paper or a show.
        if span == 1, rule == "wd", let prev, prev.word == w.the, let next, next.kind == .word, next.capitalized, !next.lineBefore,
           !lexicon.has(next.word, cls.month) { return false }
        if rule == "season", span == 1 {
            guard let prev else { return false }
            // "in the autumn", but not "the fall of the regime".
            let afterThe = prev.word == w.the && m.start - 2 >= sentenceStart && w.seasonContext.contains(tokens[m.start - 2].word)
                && next?.word != w.of
            guard afterThe || w.seasonContext.contains(prev.word) else { return false }
        }
        // "following Monday's announcement": a preposition before a weekday's happening, not the
        // Monday after.
        if rule == "wdrel", text(tokens[m.start]) == "following", let next {
            if next.word == w.apostrophe, !next.spaceBefore { return false }
            // "following Saturday night's collapse"
            if m.end + 1 < tokens.count, lexicon.has(next.word, cls.partOfDay),
               tokens[m.end + 1].word == w.apostrophe, !tokens[m.end + 1].spaceBefore { return false }
        }
        // "on the 22nd": a day of the month only when written as an ordinal and not qualifying
        // what follows ("the 21st century", "the 5th floor").
        if rule == "dom" {
            guard tokens[m.end - 1].hasSuffix else { return false }
            // "the 30th UN Climate Change Conference", "the 5th floor": it qualifies what follows.
            if let next, next.kind == .word, !next.lineBefore, !lexicon.has(next.word, cls.month), !isStopword(next.word) { return false }
        }
        if rule == "mon", span == 1, tokens[m.start].end - tokens[m.start].start <= 4, !w.shortMonths.contains(tokens[m.start].word) { return false }
        if rule == "dur", text(tokens[m.end - 1]).last == "s",
           (m.start..<m.end).contains(where: { tokens[$0].word == w.dash && !tokens[$0].spaceBefore }) { return false }
        if rule == "decade", let next, next.kind == .word, !next.capitalized, !isStopword(next.word) { return false }
        // "a second round": an ordinal, not a duration.
        if rule == "dur", span == 2, tokens[m.start].word == w.a, tokens[m.end - 1].word == w.second,
           let next, next.kind == .word, !isStopword(next.word) { return false }
        if rule == "durbare" {
            guard let prev, w.durationVerbs.contains(prev.word) else { return false }
        }
        if pattern.type == "SET", tokens[m.start].word == w.a || tokens[m.start].word == w.per {
            guard let prev, prev.kind == .number || lexicon.has(prev.word, cls.numword) || w.rateWords.contains(prev.word) else { return false }
        }
        return true
    }

    /// The day an expression names right after a bare clock time, past a parenthetical time and
    /// "on" ("9.10pm local time (13.10 GMT) on Sunday"), if one does.
    private func followingDay(_ text: TaggedText, after end: Int, sentenceEnd: Int, documentDate: CalendarDate?, sentenceStart: Int,
                              tense: Tense, references: [CalendarValue]) -> CalendarDate? {
        let tokens = text.tokens
        var j = end
        if j < sentenceEnd, tokens[j].word == w.openParen, let close = (j + 1..<min(sentenceEnd, j + 6)).first(where: { tokens[$0].word == w.closeParen }) {
            j = close + 1
        } else if j < sentenceEnd, tokens[j].word == w.closeParen {
            j += 1
        }
        if j < sentenceEnd, tokens[j].word == w.on { j += 1 }
        guard j < sentenceEnd, j > end, let next = patterns.longestMatch(text, at: j), next.end <= sentenceEnd else { return nil }
        let pattern = patterns.patterns[next.pattern]
        guard pattern.type == "DATE", accept(next, pattern, tokens, sentenceStart: sentenceStart),
              let v = evaluate(pattern.rule, next, documentDate, tense, references: references), v.utf8.count == 10 else { return nil }
        return CalendarDate(iso: v)
    }

    /// The lower-case spelling of a known word, or "" for one the rules do not know.
    private func text(_ token: WordToken) -> String { vocabulary.words[Int(token.word)] }

    /// Whether an expression names the day of the happening after it ("Tuesday's conviction").
    func isPossessive(_ text: TaggedText, sentence: Range<Int>, timex: Range<Int>) -> Bool {
        let tokens = text.tokens
        return timex.upperBound + 1 < sentence.upperBound && tokens[timex.upperBound].word == w.apostrophe
            && !tokens[timex.upperBound].spaceBefore && self.text(tokens[timex.upperBound + 1]) == "s"
    }

    /// The tense a possessive cue gives a weekday's happening right after it ("ahead of Sunday's
    /// election", "since Tuesday's vote"), if one does.
    func possessiveTense(_ text: TaggedText, sentence: Range<Int>, timex: Range<Int>) -> Tense? {
        let tokens = text.tokens
        guard isPossessive(text, sentence: sentence, timex: timex) else { return nil }
        for cue in possessiveCues where timex.lowerBound - cue.words.count >= sentence.lowerBound {
            if cue.words.indices.allSatisfy({ tokens[timex.lowerBound - cue.words.count + $0].word == cue.words[$0] }) { return cue.tense }
        }
        return nil
    }

    /// The tense of the sentence around an expression: the cue words nearest to it win.
    func tense(_ text: TaggedText, sentence: Range<Int>, timex: Range<Int>) -> Tense {
        let tokens = text.tokens
        if let possessive = possessiveTense(text, sentence: sentence, timex: timex) { return possessive }
        let before = timex.lowerBound > sentence.lowerBound && tokens[timex.lowerBound - 1].word == w.on ? timex.lowerBound - 1 : timex.lowerBound
        if before > sentence.lowerBound, retimeEnds.contains(tokens[before - 1].word) {
            for cue in retimeCues where before - cue.count >= sentence.lowerBound {
                if cue.indices.allSatisfy({ tokens[before - cue.count + $0].word == cue[$0] }) { return .future }
            }
        }
        // "The ship was scheduled to return Tuesday": a plan told in the past may still lie ahead;
        // its day is the nearest.
        if let to = (max(sentence.lowerBound, before - 4)..<before).reversed().prefix(while: { tokens[$0].kind == .word }).first(where: { tokens[$0].word == w.to }),
           plannedPastCues.contains(where: { cue in to + 1 - cue.count >= sentence.lowerBound && cue.indices.allSatisfy { tokens[to + 1 - cue.count + $0].word == cue[$0] } }) {
            return .unknown
        }
        // "The earliest seat is on Saturday": a happening the present puts on a day is still to come.
        if before < timex.lowerBound, before > sentence.lowerBound, w.presentBe.contains(tokens[before - 1].word) { return .future }
        // "Judge Moreno set sentencing for Feb. 24": a happening given its date is still to come.
        if before - 2 > sentence.lowerBound, tokens[before - 1].word == w.forWord,
           (max(sentence.lowerBound, before - 6)..<(before - 2)).reversed().prefix(while: { tokens[$0].kind == .word })
            .contains(where: { fixingVerbs.contains(tokens[$0].word) }) { return .future }
        // "ordered the operator to submit a report by Thursday": a task's deadline is still to come.
        if before > sentence.lowerBound, before == timex.lowerBound, tokens[before - 1].word == w.by, timex.count == 1,
           weekdays[vocabulary.words[Int(tokens[timex.lowerBound].word)]] != nil,
           (max(sentence.lowerBound, before - 10)..<(before - 1)).reversed().prefix(while: { tokens[$0].word != w.comma && tokens[$0].word != w.semicolon })
            .contains(where: { k in tokens[k].word == w.to && k + 1 < before && tokens[k + 1].kind == .word && !tokens[k + 1].capitalized }) { return .future }
        // "Unions have called for a nationwide protest on Monday", "has called a march through the
        // town for Saturday": the perfect takes no past day, so the day is the fixed happening's,
        // still to come ("have called off the strike they held on Monday" is another verb's day).
        if before > sentence.lowerBound, before < timex.lowerBound || tokens[before - 1].word == w.forWord,
           let verb = (max(sentence.lowerBound + 1, before - 8)..<before).reversed().prefix(while: { k in
               let id = Int(tokens[k].word)
               return tokens[k].kind == .word && (fixingVerbs.contains(tokens[k].word)
                   || !(id > 0 && id < cues.count && cues[id]?.tense == .past) && !endsInEd(text.bytes, tokens[k]))
           }).first(where: { fixingVerbs.contains(tokens[$0].word) }), w.perfect.contains(tokens[verb - 1].word) { return .future }
        // "Classes remain suspended until Friday": a state that lasts from now until the date. So
        // does one the perfect brings about up to a weekday ("have canceled all flights through
        // Thursday"), when the weekday is the very date.
        if before > sentence.lowerBound, w.until.contains(tokens[before - 1].word) || tokens[before - 1].word == w.through {
            let clause = (max(sentence.lowerBound, before - 10)..<(before - 1)).reversed().prefix(while: { tokens[$0].word != w.comma && tokens[$0].word != w.semicolon })
            let weekday = timex.count == 1 && weekdays[vocabulary.words[Int(tokens[timex.lowerBound].word)]] != nil
            if tokens[before - 1].word != w.through && clause.contains(where: { lastingVerbs.contains(tokens[$0].word) })
                || weekday && clause.contains(where: { w.perfect.contains(tokens[$0].word) }) { return .future }
        }
        // "Tuesday's conviction should end the fantasy": a weekday's happening named by its noun is
        // not put ahead by a modal of the verb it is the subject of ("should", "could"); without
        // another cue it is the nearest such day.
        let possessive = isPossessive(text, sentence: sentence, timex: timex)
        var past = 0.0, future = 0.0
        var commas = [Int](repeating: 0, count: sentence.count + 1)
        for k in sentence {
            let c = tokens[k].word
            let mark = c == w.comma || c == w.semicolon || c == w.colon || (c == w.dash && tokens[k].spaceBefore)
            commas[k - sentence.lowerBound + 1] = commas[k - sentence.lowerBound] + (mark ? 1 : 0)
        }
        func clauses(_ a: Int, _ b: Int) -> Int { abs(commas[b - sentence.lowerBound] - commas[a - sentence.lowerBound]) }
        // After the expression, "and" opens another clause ("filed in August and expects a decision").
        let and = (timex.upperBound..<sentence.upperBound).first { tokens[$0].word == w.and } ?? sentence.upperBound
        // "was certified urgent and will be mentioned on Thursday": before the expression, "and"
        // with a tense of its own opens the expression's clause.
        let andBefore = (sentence.lowerBound..<max(sentence.lowerBound, timex.lowerBound - 1)).last { j in
            guard tokens[j].word == w.and else { return false }
            let m = Int(tokens[j + 1].word)
            return m > 0 && m < cues.count && cues[m] != nil
        } ?? sentence.lowerBound
        // "would move the court on Monday if the decision was not withdrawn": the tense of a
        // condition after the expression is the condition's, not the date's.
        let condition = (timex.upperBound..<sentence.upperBound).first { w.conditions.contains(tokens[$0].word) } ?? sentence.upperBound
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            if timex.contains(k) { k = timex.upperBound; continue }
            if k > condition { break }
            let tok = tokens[k]
            guard tok.kind == .word else { k += 1; continue }
            let gap = k < timex.lowerBound ? timex.lowerBound - k : (k - timex.upperBound + 1) * 2
            let distance = Double(gap + 4 * clauses(k, k < timex.lowerBound ? timex.lowerBound : timex.upperBound) + (k > and || k < andBefore ? 4 : 0))
            var cue: (tense: Tense, weight: Double)? = nil
            let id = Int(tok.word)
            if id > 0, id < startsPair.count, startsPair[id], k + 1 < sentence.upperBound,
               let c = pairCues[Int64(tok.word) << 32 | Int64(tokens[k + 1].word)] {
                // "A Cabinet meeting on Wednesday decided to revise ...": after the date, a past verb
                // whose infinitive looks ahead dates its own deciding.
                cue = c.tense == .future && k >= timex.upperBound && endsInEd(text.bytes, tok) ? (.past, 2.5) : c
                // "MCAs voted to remove the governor on Wednesday night": a decision whose infinitive
                // has its object before the date is dated itself.
                if c.tense == .future, decidingVerbs.contains(tok.word), k + 4 < before,
                   !(k + 2..<before).contains(where: { tokens[$0].kind != .word }) { cue = (.past, 2.5) }
            } else if id > 0, id < cues.count, let c = cues[id],
                      !(tok.capitalized && k > sentence.lowerBound && k + 1 < sentence.upperBound && tokens[k + 1].capitalized
                        && id < givenName.count && givenName[id]) {
                // "the last wafers", "their last day": "last" as final, not as before now.
                // "will be held Saturday": a past form after "be" is a participle of any tense.
                if !(tok.word == w.last && k > sentence.lowerBound && w.determiners.contains(tokens[k - 1].word)),
                   !(c.tense == .past && k > sentence.lowerBound && w.be.contains(tokens[k - 1].word)) { cue = c }
            }
            else if tok.end - tok.start > 4, !tok.capitalized, endsInEd(text.bytes, tok), !(id > 0 && id < ignoredPast.count && ignoredPast[id]),
                    !(k > sentence.lowerBound && (w.be.contains(tokens[k - 1].word) || w.presentBe.contains(tokens[k - 1].word)
                        || w.determiners.contains(tokens[k - 1].word))) {
                // "The state of calamity declared on Monday will remain ...": a verb in -ed just before
                // "on" and the date names the dated happening itself, whatever the clause goes on to say.
                let own = k + 2 == timex.lowerBound && tokens[k + 1].word == w.on && k > sentence.lowerBound && !w.perfect.contains(tokens[k - 1].word)
                cue = (.past, own ? 5 : 2.5)
            }
            // "the council are coming in to look at everything on Monday": the present progressive
            // of an arrangement looks ahead.
            if cue == nil, w.presentBe.contains(tok.word), k + 1 < sentence.upperBound, k + 1 < timex.lowerBound, endsInIng(text.bytes, tokens[k + 1]) { cue = (.future, 2) }
            if let c = cue, c.tense == .past, k < timex.lowerBound, id > 0, id < speech.count, speech[id],
               (k + 1..<timex.lowerBound).contains(where: { j in
                   let m = Int(tokens[j].word)
                   return m > 0 && m < cues.count && cues[m]?.tense == .future
               }) {
                cue = nil
            }
            // "expects to restore power by Sunday night, he said": the telling after the clause
            // dates itself, not what the clause looks ahead to.
            if let c = cue, c.tense == .past, k > timex.upperBound, clauses(k, timex.upperBound) > 0, id > 0, id < speech.count, speech[id],
               (sentence.lowerBound..<timex.lowerBound).contains(where: { j in
                   let m = Int(tokens[j].word)
                   return clauses(j, timex.lowerBound) == 0 && m > 0 && m < cues.count && cues[m]?.tense == .future
               }) {
                cue = nil
            }
            // A cue that opens another expression ("next year") dates that one, not this one.
            if cue != nil, k > timex.upperBound, let other = patterns.longestMatch(text, at: k), other.end > k + 1 { cue = nil }
            if let cue, !possessive || cue.tense == .past || cue.weight >= 3 {
                let weight = cue.weight / (1 + distance / 3)
                if cue.tense == .past { past += weight } else if cue.tense == .future { future += weight }
            }
            k += 1
        }
        if past == 0 && future == 0 { return .unknown }
        return past >= future ? .past : .future
    }

    /// A word of five letters or more in lower case that ends in "ing" ("coming", "holding").
    @inline(__always) private func endsInIng(_ bytes: UnsafeBufferPointer<UInt8>, _ t: WordToken) -> Bool {
        t.kind == .word && !t.capitalized && t.end - t.start > 4 && bytes[t.end - 3] == 105 && bytes[t.end - 2] == 110 && bytes[t.end - 1] == 103
    }

    @inline(__always) private func endsInEd(_ bytes: UnsafeBufferPointer<UInt8>, _ t: WordToken) -> Bool {
        (bytes[t.end - 2] | 0x20) == 101 && (bytes[t.end - 1] | 0x20) == 100
    }

    /// Sentence starts as token indexes: the first is 0.
    func sentenceStarts(_ tokens: UnsafeBufferPointer<WordToken>) -> [Int] {
        var starts = [0]
        guard tokens.count > 1 else { return starts }
        for k in 1..<tokens.count {
            let tok = tokens[k]
            if tok.lineBefore { if starts.last != k { starts.append(k) }; continue }
            let prev = tokens[k - 1]
            guard prev.kind == .punct, prev.word == w.period || prev.word == w.question || prev.word == w.exclamation else { continue }
            guard tok.capitalized || w.openingQuotes.contains(tok.word) else { continue }
            // "Why is she being punished?" said one mother: a quote closed right after its mark goes
            // on into the sentence that tells who said it, unless a capital opens the next.
            if !tok.capitalized, !tok.spaceBefore {
                if k + 1 < tokens.count, tokens[k + 1].capitalized || tokens[k + 1].lineBefore { if starts.last != k + 1 { starts.append(k + 1) } }
                continue
            }
            if prev.word == w.period, k >= 2 {
                let before = tokens[k - 2]
                let isAbbreviation = Int(before.word) < abbreviation.count && before.word > 0 && abbreviation[Int(before.word)]
                if before.kind == .word, !prev.spaceBefore, before.end - before.start == 1 || isAbbreviation { continue }
            }
            starts.append(k)
        }
        return starts
    }
}

/// Ids of the words that the tagger's own rules name.
struct TaggerWords {
    let openParen, closeParen, openBracket, closeBracket, last: Int32
    let determiners: Set<Int32>
    let a, an, the, of, on, by, forWord, day, week, per, may, and, or, old, future, second, dash, apostrophe, comma, semicolon, colon, period, question, exclamation, percentSign, through, since, after, before, that, than, to, inWord: Int32
    let multipliers, rangeEnds, coordinators, until, perfect, presentBe, currency, countNouns, verbMonths, shortMonths, seasonContext, durationVerbs, rateWords, be, openingQuotes, writersFuture, owners, conditions: Set<Int32>

    init(_ v: Vocabulary) {
        func ids(_ words: [String]) -> Set<Int32> { Set(words.map { v.intern($0) }) }
        openParen = v.intern("("); closeParen = v.intern(")"); openBracket = v.intern("["); closeBracket = v.intern("]"); last = v.intern("last")
        determiners = ids(["the", "a", "its", "their", "his", "her", "our", "my", "your", "whose"])
        a = v.intern("a"); an = v.intern("an"); the = v.intern("the"); of = v.intern("of"); on = v.intern("on"); by = v.intern("by"); forWord = v.intern("for"); day = v.intern("day"); week = v.intern("week"); per = v.intern("per"); may = v.intern("may")
        and = v.intern("and"); or = v.intern("or"); old = v.intern("old"); future = v.intern("future"); second = v.intern("second"); dash = v.intern("-"); apostrophe = v.intern("'"); comma = v.intern(",")
        semicolon = v.intern(";"); colon = v.intern(":"); period = v.intern("."); question = v.intern("?"); exclamation = v.intern("!")
        percentSign = v.intern("%"); through = v.intern("through"); since = v.intern("since")
        after = v.intern("after"); before = v.intern("before"); that = v.intern("that"); than = v.intern("than"); to = v.intern("to"); inWord = v.intern("in")
        multipliers = ids(["once", "twice", "times"])
        rangeEnds = ids(["to", "until", "till", "through", "-"])
        coordinators = ids(["and", "&"])
        until = ids(["until", "till"])
        perfect = ids(["has", "have"])
        presentBe = ids(["is", "are"])
        currency = ids(["$", "#", "€", "£"])
        countNouns = ids(["percent", "people", "times", "units", "votes"])
        verbMonths = ids(["may", "march", "august"])
        shortMonths = ids(["june", "july", "may"])
        seasonContext = ids(["in", "during", "since", "until", "by", "this", "last", "next", "early", "late", "mid", "that", "each", "every", "past", "coming"])
        durationVerbs = ids(["for", "over", "within", "took", "take", "takes", "lasted", "spent"])
        rateWords = ids(["once", "twice", "times", "percent", "%"])
        be = ids(["be", "been", "being"])
        conditions = ids(EventExtractor.conditionWords.sorted())
        openingQuotes = ids(["\"", "“", "'"])
        writersFuture = ids(["will", "shall", "ll"])
        owners = ids(["her", "his", "its", "their", "my", "your", "our", "a", "an"])
    }
}
