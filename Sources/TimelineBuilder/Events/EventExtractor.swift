import EventModel

/// A sentence's report of something dated: the raw material of an event, before merging.
struct EventCandidate: Sendable {
    var document: String
    var documentIndex: Int
    var published: CalendarDate?
    var sentenceStart: Int
    var sentenceEnd: Int
    var sentence: String
    var timex: String
    var timexStart: Int
    var value: String
    var precision: Precision
    var status: EventStatus
    /// The words that tie it to other reports of the same event, as indexes into the
    /// `contentKeys` of word book `vocabulary`, in increasing order.
    var content: [Int32]
    var vocabulary: Int
    /// The names of its sentence, as numbers among the `names` of word book `vocabulary`.
    var names: [Int32]
    var place: String?
    /// The digest item it lies in, counted from 1; 0 outside any item (see `CleanArticle.items`).
    var item: Int = 0
    /// Its date is when someone said it ("investigators said yesterday the fire started in ..."),
    /// not when what they told of took place: a report a day from an event is not that event's
    /// date in dispute. So is the stamp of the live blog's entry that tells of it: when it was posted.
    var saying = false
    /// Its date is a time given in a named zone ("21:47 UTC on 13 November"), whose day may be
    /// the one before or after the day where it happened.
    var zoned = false
    /// The paragraph (line of the cleaned article) it lies in.
    var line = 0
    /// Whether the page's own day dates it, for want of words of its own (a lede that tells
    /// what has just happened): it joins its event but neither sets nor disputes its date.
    var implicit = false
    /// The minute of the day its date names in local time ("at 5pm on Sunday"), or -1: two
    /// happenings hours apart on one day are two events.
    var clock: Int16 = -1
    /// The first percentage its clause gives ("rose 11% on Monday"), or -1: a report a few days
    /// from an event whose reports give other ones tells of another day's move, not of that event.
    var percent: Float = -1
    /// Whether its sentence says little but its date ("Decision Date: November 6, 2025", "The
    /// next decision is on December 18."): such a report joins an event of its very day.
    var thin = false
    /// The verb nearest its date in its clause ("announced the ban on Tuesday", "were announced
    /// on Tuesday 8 July"), as an index into the `contentKeys` of word book `vocabulary`, or -1:
    /// what happened that day, which names the happening better than any other word.
    var predicate: Int32 = -1
    /// A day its sentence names as a state's start ("the ship stranded since Tuesday morning,
    /// failed on Wednesday"), as a day number, or -1: the sentence tells that day apart from its
    /// own, so the report is no telling of that day's happening with its day in dispute.
    var sinceDay: Int32 = -1
    /// The place in a sequence its clause gives its happening ("the second worker's body", "a
    /// third explosion"), 2 and on, 99 for "another", or 0: a later one of a kind is another
    /// happening than the first, not that one with its day in dispute.
    var sequence: Int8 = 0
}

/// Everything one document contributes to the timeline.
struct DocumentAnalysis: Sendable {
    var candidates: [EventCandidate]
    /// The document's distinct names, in order of first mention, as numbers among the `names`
    /// of the word book it was read with, `book`.
    var names: [Int32]
    var book: Int
    /// "Lyon, France": a place and the country it lies in.
    var containment: [(String, String)]
    /// For a digest, the distinct names of each of its items, as `names` numbers them: the text
    /// before the first item, then each item in turn. Empty for any other article.
    var itemNames: [[Int32]] = []
    /// For a digest, the compared stems of each item's heading's words, as `itemNames` orders
    /// the items ("NEW PHONE POLICY": "new", "phone", "policy").
    var itemHeadings: [[String]] = []
}

extension Array where Element == Int32 {
    /// Sorts the array and keeps one of each value.
    mutating func sortAndRemoveDuplicates() {
        guard count > 1 else { return }
        sort()
        var kept = 1
        for k in 1..<count where self[k] != self[kept - 1] { self[kept] = self[k]; kept += 1 }
        removeLast(count - kept)
    }
}

/// Reads events out of a cleaned article: each dated clause of its running text.
struct EventExtractor {
    let tagger = TemporalTagger.shared
    let recognizer = ActorRecognizer()
    /// Status cues by their first word.
    static let cueIndex: [String: [(status: EventStatus, words: [String], before: Bool)]] = {
        var index: [String: [(status: EventStatus, words: [String], before: Bool)]] = [:]
        for row in Resources.rows("status-cues.tsv") {
            guard row.count >= 2, let s = EventStatus(rawValue: row[0]) else { continue }
            let words = Tokenizer.tokenize(Array(row[1].utf8)).map(\.lower)
            if let first = words.first { index[first, default: []].append((s, words, row.count > 2 && row[2] == "before")) }
        }
        return index
    }()

    /// Verbs of saying ("said", "announced"), from the tagger's tense cues.
    static let speechWords: Set<String> = Set(Resources.rows("tense-cues.tsv").filter { $0.count >= 2 && $0[0] == "speech" }.map { $0[1].lowercased() })

    /// Whether the date at tokens `timex` of `sentence` dates a saying that what was said
    /// follows: it comes after a verb of saying, directly or after "on", and before a clause
    /// ("said on Tuesday that ...", "said yesterday the fire started ..."). Said after the
    /// happening ("X has launched ..., the regulator said on Wednesday"), it most often dates both.
    static func datesSaying(_ tokens: [Token], timex: Range<Int>, sentence: Range<Int>) -> Bool {
        guard followsSaying(tokens, timex: timex, sentence: sentence), timex.upperBound < sentence.upperBound else { return false }
        return tokens[timex.upperBound].lower.utf8.first.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } ?? false
    }

    /// Whether the date at tokens `timex` comes right after a verb of saying, or after one and "on"
    /// ("said Tuesday", "said on Tuesday"), or after a verb of telling, whom or how it told, and
    /// "on" ("told the Post on Thursday", "said in a statement on Thursday").
    static func followsSaying(_ tokens: [Token], timex: Range<Int>, sentence: Range<Int>) -> Bool {
        var q = timex.lowerBound - 1
        guard q > sentence.lowerBound, tokens[q].lower == "on" else {
            return q >= sentence.lowerBound && speechWords.contains(tokens[q].lower)
        }
        q -= 1
        if speechWords.contains(tokens[q].lower) { return true }
        for v in stride(from: q - 1, through: max(sentence.lowerBound, q - 4), by: -1) {
            if tokens[v].kind != .word { return false }
            if telling.contains(tokens[v].lower) { return addressing.contains(tokens[v].lower) || tellingThrough.contains(tokens[v + 1].lower) }
        }
        return false
    }

    /// The words that make a clock part of a recurring schedule (`recurrence` in `clause-words.tsv`):
    /// a word alone ("daily"), or a first word and the one after it ("every day"), or before a number.
    static let recurrenceWords = clauseWords["recurrence"] ?? []

    /// Whether a sentence tells a recurring schedule ("every 30 minutes", "daily from 8 a.m.").
    static func recurs(_ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        sentence.contains { q in
            let word = tokens[q].lower
            if recurrenceWords.contains(word) { return true }
            guard q + 1 < sentence.upperBound else { return false }
            // "updated every Wednesday by 5 p.m.": a weekday's recurrence.
            return recurrenceWords.contains(word + " " + tokens[q + 1].lower) || recurrenceWords.contains(word + " #") && tokens[q + 1].kind == .number
                || recurrenceWords.contains(word + " @weekday") && TemporalTagger.shared.weekday(named: tokens[q + 1].lower) != nil
        }
    }

    /// The place in a sequence that a clause gives the happening of its date: the word of
    /// `sequenceWords` in `window` with no comma, semicolon or "and" between it and the date, or 0
    /// ("arrested two men on Wednesday night, and a third suspect" gives the arrest none).
    static func sequence(_ tokens: [Token], window: Range<Int>, timex: Range<Int>) -> Int8 {
        for q in window where !timex.contains(q) {
            guard let place = sequenceWords[tokens[q].lower] else { continue }
            let between = q < timex.lowerBound ? q + 1..<timex.lowerBound : timex.upperBound..<q
            if !between.contains(where: { [",", ";", "and"].contains(tokens[$0].lower) }) { return place }
        }
        return 0
    }

    /// The words that place a happening in a sequence of its kind (`sequence` in
    /// `clause-words.tsv`), with the place each gives: "second" 2, "another" 99.
    static let sequenceWords: [String: Int8] = {
        var out: [String: Int8] = [:]
        for row in Resources.rows("clause-words.tsv") where row.count >= 3 && row[0] == "sequence" { out[row[1]] = Int8(row[2]) ?? 0 }
        return out
    }()

    /// The words that open a thanks (`thanking` in `clause-words.tsv`).
    static let thankingWords = clauseWords["thanking"] ?? []

    /// Verbs of telling whose hearer follows them ("told the Post").
    static let addressing = clauseWords["addressing"] ?? []
    /// The words after a verb of telling that open whom or how it told ("said in a statement").
    static let tellingThrough = clauseWords["telling-through"] ?? []

    /// Words after a span of days that date what follows from the date before it, with the
    /// direction they move it in: "after" back, "before" on.
    static let anchorWords: [String: Int] = {
        var words: [String: Int] = [:]
        for w in clauseWords["anchor-after"] ?? [] { words[w] = -1 }
        for w in clauseWords["anchor-before"] ?? [] { words[w] = 1 }
        return words
    }()

    /// Words that make a span rough ("almost six days").
    static let vagueSpanWords = clauseWords["vague-span"] ?? []

    /// The sentence's expressions with each span of days that dates a happening from the date just
    /// before it ("recalled its brie on Tuesday, a day after officials linked ...", "announced on
    /// Friday, three days after the coalition fell apart") turned into that happening's date, so
    /// that its clause is a report of its own. A span whose clause names its own date is left as it is.
    static func anchoredDays(_ inSentence: [TemporalExpression], bytes: [UInt8], tokens: [Token], sentence: Range<Int>) -> [TemporalExpression] {
        var out = inSentence
        // The last date of a day, with where it ends.
        var anchor: (day: CalendarDate, end: Int)? = nil
        for (j, tx) in inSentence.enumerated() {
            if tx.type == .date || tx.type == .time {
                anchor = CalendarDate(iso: String(tx.value.prefix(10))).map { ($0, tx.end) }
                continue
            }
            // A whole number of days ("P3D"), not a vague one ("PXD") or a time ("PT3H").
            guard tx.type == .duration, let (day, refEnd) = anchor, tx.value.hasPrefix("P"), tx.value.hasSuffix("D"),
                  let n = Int(tx.value.dropFirst().dropLast()), n >= 1, n <= 31 else { continue }
            // The span follows the date, or the clause of the date and a comma ("withdrew its draft
            // budget on Tuesday, a day after ..."): an aside on that day's happening.
            var before = tx.start
            while before > refEnd, bytes[before - 1] == 32 { before -= 1 }
            guard refEnd <= tx.start, before > refEnd && bytes[before - 1] == 44 || bytes[refEnd..<tx.start].allSatisfy({ $0 == 44 || $0 == 32 }) else { continue }
            let w = firstToken(tokens, from: tx.end)
            guard w < sentence.upperBound, let direction = anchorWords[tokens[w].lower] else { continue }
            // "almost six days after the fire": a span told roughly dates nothing to the day.
            if let first = tx.text.split(separator: " ").first, vagueSpanWords.contains(first.lowercased()) { continue }
            let clauseEnd = (w..<sentence.upperBound).first { tokens[$0].lower == "," } ?? sentence.upperBound
            let clauseEndByte = clauseEnd < tokens.count ? tokens[clauseEnd].start : Int.max
            if inSentence[(j + 1)...].contains(where: { ($0.type == .date || $0.type == .time) && $0.start < clauseEndByte }) { continue }
            let end = tokens[w].end
            out[j] = TemporalExpression(start: tx.start, end: end, text: String(decoding: bytes[tx.start..<end], as: UTF8.self),
                                        type: .date, value: day.adding(days: direction * n).description)
        }
        return out
    }

    /// The one-word cues of a tense that weigh 2 or more among the tagger's tense cues.
    static func strongCues(_ tense: String) -> Set<String> {
        Set(Resources.rows("tense-cues.tsv").filter { $0.count >= 3 && $0[0] == tense && (Double($0[2]) ?? 0) >= 2 && !$0[1].contains(" ") }.map { $0[1].lowercased() })
    }

    /// Irregular past-tense verbs and past markers ("said", "met", "ago").
    static let pastWords = strongCues("past")
    static let auxiliaries: Set<String> = ["is", "are", "be", "been", "being", "will", "to", "would", "could", "should", "may", "might"]

    /// The calendar value and precision an event can take from a TIMEX3 value, if any.
    static func eventDate(_ value: String, text: String) -> (String, Precision)? {
        var v = value
        if let t = v.utf8.firstIndex(of: UInt8(ascii: "T")) { v = String(v[..<t]) }
        // The value's shape, read from its bytes: year, week, quarter, month or day.
        let shape: Precision? = v.withUTF8 { u in
            guard u.count >= 4, u[0..<4].allSatisfy({ $0 &- 48 < 10 }) else { return nil }
            if u.count == 4 { return .year }
            if u.count > 5, u[4] == 45, u[5] == 87 { return .week }
            if u.count > 5, u[4] == 45, u[5] == 81 { return .quarter }
            if u.count == 7 { return .month }
            return u.count == 10 ? .day : nil
        }
        switch shape {
        // A year named by its number, or the next one ("expects to rebrand the stores early next
        // year"): "this year" or "last year" sets a scene rather than dating a happening.
        case .year?: return text.utf8.contains(where: { $0 &- 48 < 10 }) || Self.namesNextYear(text) ? (v, .year) : nil
        case .day?: return CalendarDate(iso: v) != nil ? (v, .day) : nil
        case let other?: return (v, other)
        case nil: return nil
        }
    }

    /// Whether a sentence tells something in the present perfect ("has collapsed", "have
    /// postponed", "has been cleared") before any comma.
    static func isPresentPerfect(_ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        presentPerfectVerb(tokens, sentence) != nil
    }

    /// The participle of a sentence's present perfect before any comma but those around a title
    /// after the subject ("collapsed" of "has collapsed"), if it tells one; with `progressive`,
    /// that of its present progressive too ("seeking" of "is seeking").
    static func presentPerfectVerb(_ tokens: [Token], _ sentence: Range<Int>, progressive: Bool = false) -> Int? {
        var q = sentence.lowerBound
        // "On the directions of the Chief of Army Staff, army engineers have started ...": an
        // opening phrase set off by a comma comes before the clause.
        var opening = openingWords.contains(tokens[q].lower)
        while q + 1 < sentence.upperBound {
            if tokens[q].lower == ",", opening, q > sentence.lowerBound + 1 {
                opening = false
                q += 1
                continue
            }
            if tokens[q].lower == "," {
                // "Dr. Renee Walsh, Regional Supervising Coroner for Toronto, has announced": a
                // title set off after the subject's name is no clause of its own.
                guard q > sentence.lowerBound, tokens[q - 1].capitalized,
                      let close = (q + 1..<min(sentence.upperBound, q + 10)).first(where: { tokens[$0].lower == "," }), close > q + 1,
                      (q + 1..<close).allSatisfy({ tokens[$0].capitalized || Cleaner.nameJoiners.contains(tokens[$0].lower) }) else { break }
                q = close + 1
                continue
            }
            if tokens[q].lower == "has" || tokens[q].lower == "have" {
                var v = q + 1
                if v < sentence.upperBound, tokens[v].lower == "been" || tokens[v].lower == "now" || tokens[v].lower == "already" { v += 1 }
                guard v < sentence.upperBound else { return nil }
                let word = tokens[v].lower
                return word.count > 3 && word.hasSuffix("ed") || irregularParticiples.contains(word) ? v : nil
            }
            if progressive, tokens[q].lower == "is" || tokens[q].lower == "are" {
                var v = q + 1
                if v < sentence.upperBound, tokens[v].lower == "now" || tokens[v].lower == "also" || tokens[v].lower == "still" { v += 1 }
                guard v < sentence.upperBound else { return nil }
                let word = tokens[v].lower
                return word.count > 5 && word.hasSuffix("ing") ? v : nil
            }
            q += 1
        }
        return nil
    }

    /// The verbs in the present with which a statement takes its stand (`stance` in
    /// `clause-words.tsv`; "condemns", "is concerned"), by their first word.
    static let stanceWords: [String: [[String]]] = {
        var out: [String: [[String]]] = [:]
        for phrase in clauseWords["stance"] ?? [] {
            let words = phrase.split(separator: " ").map(String.init)
            out[words[0], default: []].append(words)
        }
        return out
    }()

    /// The stance verb of a sentence's main clause in the present, before any comma and within
    /// its first words ("The Union strongly condemns", "The United States is concerned by").
    static func stanceVerb(_ tokens: [Token], _ sentence: Range<Int>) -> Int? {
        var q = sentence.lowerBound + 1
        while q < min(sentence.upperBound, sentence.lowerBound + 12), tokens[q].lower != "," {
            if let phrases = stanceWords[tokens[q].lower], !tokens[q].capitalized,
               phrases.contains(where: { p in q + p.count <= sentence.upperBound && p.indices.allSatisfy { tokens[q + $0].lower == p[$0] } }) { return q }
            q += 1
        }
        return nil
    }

    /// The words after a possessive place and a name that make the name a part of the place
    /// (`area` in `clause-words.tsv`; "Izmir's Seferihisar district").
    static let areaWords = clauseWords["area"] ?? []

    /// The words that open a phrase before a sentence's clause (`opening` in `clause-words.tsv`).
    static let openingWords = clauseWords["opening"] ?? []

    /// Where a present perfect or progressive main clause that opens the sentence ties itself to an
    /// earlier, dated happening ("The city has issued an advisory after samples collected on
    /// Wednesday", "The authority is seeking $15m over last week's grounding"):
    /// the linking word, when every date of the sentence lies after it and no comma comes between
    /// the verb and the first date (", the regulator said on Wednesday" dates the telling).
    static func causeLink(_ tokens: [Token], _ sentence: Range<Int>, dates: [TemporalExpression]) -> Int? {
        guard let verb = presentPerfectVerb(tokens, sentence, progressive: true), let date = dates.min(by: { $0.start < $1.start }) else { return nil }
        let first = date.start
        let after = firstToken(tokens, from: date.end)
        let possessive = after + 1 < sentence.upperBound && tokens[after].lower == "'" && tokens[after + 1].lower == "s"
        var link: Int? = nil
        var q = verb + 1
        while q < sentence.upperBound, tokens[q].start < first {
            if tokens[q].lower == "," { return nil }
            // "who escaped over the weekend": a word that opens the date itself links nothing,
            // but one before a day's possessive does ("after Monday's crash").
            if link == nil, causeLinks.contains(tokens[q].lower), q + 1 == sentence.upperBound || tokens[q + 1].start < first || possessive { link = q }
            q += 1
        }
        return link
    }

    /// The word that makes a sentence the page's own act ("hereby"), when a verb in -ed follows
    /// it at once or after one word ("is hereby suspended", "hereby formally directed").
    static func performative(_ tokens: [Token], _ sentence: Range<Int>) -> Int? {
        guard let q = sentence.first(where: { performativeLengths.contains(tokens[$0].end - tokens[$0].start) && performativeWords.contains(tokens[$0].lower) }) else { return nil }
        return (q + 1..<min(sentence.upperBound, q + 3)).contains(where: { isPastForm(tokens[$0]) }) ? q : nil
    }

    /// The words of a page's own act (`clause-words.tsv`, role performative).
    static let performativeWords = clauseWords["performative"] ?? []
    /// Their lengths in bytes, to pass over most words without comparing them.
    static let performativeLengths = Set(performativeWords.map(\.utf8.count))

    /// Whether an expression names the year after the page's ("next year", "early next year") or
    /// the rest of its own ("later this year"): a year to come, which dates what is expected in it.
    static func namesNextYear(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasSuffix("next year") { return true }
        guard lower.hasSuffix("this year") || lower.hasSuffix("the year"), let first = lower.split(separator: " ").first else { return false }
        return yearAhead.contains(String(first))
    }

    /// The words that open the rest of a year ("later this year").
    static let yearAhead = clauseWords["year-ahead"] ?? []

    /// The reports of an article, read as of its publication date `dct`.
    func analyze(_ article: CleanArticle, index: Int, document: Document, dct: CalendarDate?, book: WordBook = WordBook()) -> DocumentAnalysis {
        var scratch = IssueFinder.Counts()
        return analyze(article, index: index, document: document, dct: dct, book: book, phrases: &scratch)
    }

    /// `analyze`, counting the article's noun phrases into `phrases` for the issues. `book` is
    /// the calling worker's own.
    func analyze(_ article: CleanArticle, index: Int, document: Document, dct: CalendarDate?, book: WordBook,
                 phrases: inout IssueFinder.Counts) -> DocumentAnalysis {
        let bytes = article.bytes
        let (tokens, tagged) = Tokenizer.tokenize(bytes, book: book)
        let (raw, starts) = tagger.analyze(bytes: bytes, tokens: tagged, documentDate: dct)
        let found = Self.comesAfter(Self.readYearFirst(raw, yearFirst: article.yearFirst), bytes: bytes, dct: dct)
        let headings = dayHeadings(found, in: article)
        let read = daySectioned(restamped(reanchored(updatedReading(found, bytes: bytes, tokens: tagged, article: article, dct: dct), in: article, dct: dct),
                                          in: article, dct: dct), in: article, dct: dct, headings: headings)
        let timexes = Self.readYearFirst(Self.readDayFirst(livePosts(read, in: article, dct: dct), dayFirst: article.dayFirst), yearFirst: article.yearFirst)
        var lineIndex = 0
        var candidates: [EventCandidate] = []
        var allNames: [Int32] = []
        var containment: [(String, String)] = []
        var seenNames = IntTable(capacity: 64)
        // The minute of the page's last edit, read when a clock alone first asks for it.
        var opened: Int?? = nil
        var timexIndex = 0
        var itemNames = [[Int32]](repeating: [], count: article.items.isEmpty ? 0 : article.items.count + 1)
        var item = 0
        // A live blog's entry stamp, until the first sentence of its entry takes it.
        var entryStamp: TemporalExpression? = nil
        var stampIndex = 0
        let stampDays = Self.entryStampDays(article, timexes: timexes, tagger: tagger)
        // The date that heads a chronology's line ("March 14: ..."), for the line's later sentences.
        var lineLead: (line: Int, timex: TemporalExpression)? = nil
        // Whether the first sentence of the running text has been read.
        var ledeSeen = false
        // The day heading over the text read, until the first sentence under it takes it.
        var headingIndex = 0
        var dayHead: TemporalExpression? = nil
        var sectionDay: CalendarDate? = nil
        for (n, s) in starts.enumerated() {
            let e = n + 1 < starts.count ? starts[n + 1] : tokens.count
            guard s < e else { continue }
            while lineIndex < article.lines.count, article.lines[lineIndex].end <= tokens[s].start { lineIndex += 1 }
            guard lineIndex < article.lines.count else { continue }
            if !article.entryStamps.isEmpty {
                let line = article.lines[lineIndex]
                while stampIndex < article.entryStamps.count, article.entryStamps[stampIndex] < line.start { stampIndex += 1 }
                if stampIndex < article.entryStamps.count, article.entryStamps[stampIndex] == line.start {
                    entryStamp = timexes.first { $0.start >= line.start && $0.end <= line.end && $0.type == .time }
                    if let days = stampDays[line.start], days != 0, let stamp = entryStamp, let day = CalendarDate(iso: String(stamp.value.prefix(10))) {
                        entryStamp?.value = day.adding(days: days).description + stamp.value.dropFirst(10)
                    }
                    continue
                }
            }
            guard article.lines[lineIndex].role == .body else { continue }
            while headingIndex < headings.count, headings[headingIndex].start < article.lines[lineIndex].start {
                dayHead = headings[headingIndex].timex; sectionDay = CalendarDate(iso: headings[headingIndex].timex.value); headingIndex += 1
            }
            let head = dayHead
            dayHead = nil
            let stamp = entryStamp
            entryStamp = nil
            let sentenceRange = s..<e
            let names = recognizer.names(bytes, tokens, sentenceRange, book)
            let nameIDs = names.map { book.nameID($0) }
            for id in nameIDs where seenNames.insert(Int(id), 0) { allNames.append(id) }
            if !itemNames.isEmpty {
                while item < article.items.count, article.items[item] <= tokens[s].start { item += 1 }
                for id in nameIDs where !itemNames[item].contains(id) { itemNames[item].append(id) }
            }
            for (a, b) in zip(names, names.dropFirst()) where b.tokens.lowerBound == a.tokens.upperBound + 1 && tokens[a.tokens.upperBound].lower == "," {
                // "Brennerton, Ohio": a town in its state or province, as in its country.
                let region = b.isPlace && (b.kind == .place || b.kind == .actor(.government))
                if case .actor(.country) = b.kind, a.kind == .other || a.isPlace { containment.append((a.canonical, b.canonical)) }
                else if region, a.kind == .other || a.isPlace { containment.append((a.canonical, b.canonical)) }
            }
            // "Izmir's Seferihisar district": a district of a province, a town of a county.
            for (a, b) in zip(names, names.dropFirst()) where b.tokens.lowerBound == a.tokens.upperBound + 2 && b.tokens.upperBound < e
                && (tokens[a.tokens.upperBound].lower == "'" || tokens[a.tokens.upperBound].lower == "’") && tokens[a.tokens.upperBound + 1].lower == "s"
                && (a.kind == .other || a.isPlace) && (b.kind == .other || b.kind == .place) && Self.areaWords.contains(tokens[b.tokens.upperBound].lower) {
                containment.append((b.canonical, a.canonical))
            }
            collectPhrases(tokens, sentenceRange, names, document: index, book: book, &phrases)
            let sStart = tokens[s].start, sEnd = tokens[e - 1].end
            while timexIndex < timexes.count, timexes[timexIndex].start < sStart { timexIndex += 1 }
            var inSentence: [TemporalExpression] = []
            var k = timexIndex
            while k < timexes.count, timexes[k].start < sEnd { inSentence.append(timexes[k]); k += 1 }
            inSentence.removeAll { Self.isRecordPeriod(tokens, timex: Self.firstToken(tokens, from: $0.start), sentence: s..<e, value: $0.value, text: $0.text) }
            // The first sentence of a live blog's entry, with no date of its own, happened when
            // the entry was posted.
            var leadIn = Self.leadInEnd(bytes, from: sStart, to: sEnd)
            let undated = !inSentence.contains(where: { Self.eventDate($0.value, text: $0.text) != nil })
            // "Here is a summary of the latest developments:": an undated lead-in tells of nothing
            // itself, and leaves its entry's stamp to what it leads into.
            if undated, tokens[e - 1].lower == ":" { entryStamp = stamp; continue }
            var posted: Int? = nil
            let isLede = !ledeSeen
            ledeSeen = true
            if let stamp, undated {
                inSentence.insert(stamp, at: 0); leadIn = sStart; posted = stamp.start
            } else if let head, undated, (s..<e).contains(where: { Self.isPastForm(tokens[$0]) }) || Self.isPresentPerfect(tokens, s..<e) {
                // A post under a day heading that tells what happened ("Residents were evacuated
                // by boat"), not one that cries out a state ("ETHAN IS ALIVE."), is of that day.
                inSentence.insert(head, at: 0); leadIn = sStart
            } else if isLede, let dct, undated || !inSentence.contains(where: { $0.start >= leadIn && Self.eventDate($0.value, text: $0.text) != nil }),
                      Self.isPresentPerfect(tokens, s..<e) {
                // A lede without a date tells what has just happened ("Harlow & Finch has
                // collapsed into administration"): the page's own day, with no words to show. So
                // does one whose only date is its dateline's ("LOWANA, Kenya, Feb 10 – The governor
                // has moved to court").
                inSentence.removeAll { $0.end <= leadIn }
                inSentence.append(TemporalExpression(start: sEnd, end: sEnd, text: "", type: .date, value: dct.description))
            } else if !undated, let dct, ["following", "after"].contains(tokens[s].lower),
                      let comma = (s..<e).first(where: { q in tokens[q].lower == "," && inSentence.contains { $0.end <= tokens[q].start } }),
                      !inSentence.contains(where: { $0.start > tokens[comma].start }), Self.isPresentPerfect(tokens, (comma + 1)..<e) {
                // "Following the escape of an animal on 10 March 2026, the council has closed the
                // footpaths": the opening phrase has its own day; the main clause tells what has
                // just happened, on the page's day.
                let at = tokens[comma].end
                inSentence.append(TemporalExpression(start: at, end: at, text: "", type: .date, value: dct.description))
            } else if !undated, let dct, inSentence.allSatisfy({ EventMerger.span($0.value).map { $0.upperBound < dct.dayNumber } ?? ($0.value.prefix(10) < dct.description.prefix(10)) }),
                      let link = Self.causeLink(tokens, s..<e, dates: inSentence) {
                // "The ministry has constituted a committee to inquire into the outage on 10th
                // November": the date is the outage's; the main clause is the page's own news.
                let at = tokens[link].start
                inSentence.insert(TemporalExpression(start: at, end: at, text: "", type: .date, value: dct.description), at: 0)
            } else if let dct, let act = Self.performative(tokens, s..<e),
                      inSentence.allSatisfy({ x in x.start > tokens[act].start || (s..<act).contains { tokens[$0].lower == "," && tokens[$0].start >= x.end } }) {
                // "The strike is hereby suspended", "Counties are hereby directed to ... by
                // 13/03/2026": the page's own act, done on its day. A date in an opening phrase
                // ("In view of the declaration ... on 14 July 2026, all hospitals are hereby
                // directed") is that phrase's own.
                let at = tokens[act].start
                inSentence.insert(TemporalExpression(start: at, end: at, text: "", type: .date, value: dct.description), at: 0)
            } else if isLede, let dct, inSentence.allSatisfy({ $0.value.prefix(10) < dct.description.prefix(10) }), let verb = Self.stanceVerb(tokens, s..<e) {
                // "The United States is concerned by the June 14 arrest", "The National Bureau of
                // Investigation suspects the captain ...": a statement's lede takes its stand in the
                // present, on the page's day; a date in it is another happening's.
                let at = tokens[verb].start
                inSentence.insert(TemporalExpression(start: at, end: at, text: "", type: .date, value: dct.description), at: 0)
            } else if undated, let lead = lineLead, lead.line == lineIndex {
                inSentence.insert(lead.timex, at: 0); leadIn = sStart
            } else if let first = inSentence.first, Self.headsLine(bytes, first, lineStart: article.lines[lineIndex].start) {
                lineLead = (lineIndex, first)
            }
            // A date that names a period ("the quarter ended September 27") or qualifies a noun
            // ("results for the third quarter") is part of the clause of the sentence's other dates.
            // A date in an opening condition ("If you come off a fixed deal in the next year,
            // yesterday's decision ...") is a supposition's when the sentence dates its happening too.
            let condition = Self.conditionEnd(tokens, sentence: s..<e)
            let datedAfterCondition = condition.map { c in inSentence.contains { Self.firstToken(tokens, from: $0.start) > c } } ?? false
            // "lowered the alert level on Friday, saying activity had declined since Tuesday's
            // eruption": a state's start is no happening of the sentence when another date is.
            let afterSince = { (x: TemporalExpression) -> Bool in
                let ti = Self.firstToken(tokens, from: x.start)
                return ti > s && tokens[ti - 1].lower == "since" && Self.eventDate(x.value, text: x.text)?.1 == .day
            }
            let datedBesidesSince = inSentence.contains { !afterSince($0) && !$0.text.isEmpty && Self.eventDate($0.value, text: $0.text)?.1 == .day }
            let sinceDay = datedBesidesSince ? inSentence.first(where: afterSince).flatMap { CalendarDate(iso: String($0.value.prefix(10)))?.dayNumber } : nil
            inSentence.removeAll { x in
                let ti = Self.firstToken(tokens, from: x.start)
                if datedAfterCondition, let c = condition, ti < c { return true }
                if datedBesidesSince, afterSince(x) { return true }
                if Self.closesPeriod(tokens, timex: ti, sentence: s..<e) || Self.isRecordBaseline(tokens, timex: ti, sentence: s..<e) { return true }
                guard let (_, precision) = Self.eventDate(x.value, text: x.text), precision < .week else { return false }
                return Self.qualifiesNoun(tokens, timex: ti..<ti + 1, sentence: s..<e)
            }
            guard !inSentence.isEmpty, !Self.turnsToOtherStory(tokens, sentence: s..<e), !Self.isNoComment(tokens, sentence: s..<e) else { continue }
            // "Anyone know if the game on the 22nd is still on?": a question tells of nothing, but
            // a statement may lead into one ("Yesterday's suspension will not answer the real
            // question: who decided ...?").
            if tokens[e - 1].lower == "?" || e >= 2 && tokens[e - 2].lower == "?" && ["\"", "”", "'", "’"].contains(tokens[e - 1].lower) {
                let asked = (s..<e).last { tokens[$0].lower == ":" || tokens[$0].lower == ";" } ?? s - 1
                inSentence.removeAll { Self.firstToken(tokens, from: $0.start) > asked }
                if inSentence.isEmpty { continue }
            }
            if names.allSatisfy({ $0.kind == .other || $0.kind == .place }), Self.isPageVoice(bytes, tokens, sentenceRange, dates: inSentence.map(\.start)) { continue }
            if Self.thankingWords.contains(tokens[s].lower) { continue }
            inSentence = Self.anchoredDays(inSentence, bytes: bytes, tokens: tokens, sentence: s..<e)
            var reported = reportedDates(inSentence, bytes: bytes, tokens: tokens, lineStart: article.lines[lineIndex].start,
                                         leadIn: leadIn)
            // One moment told in two time zones ("12:15 GMT on Monday, which was early Tuesday in
            // New Zealand") happened on the local day, the one given without a zone.
            if reported.count >= 2 {
                let local = reported.filter { !Self.isZoned($0.0.value) }.compactMap { CalendarDate(iso: String($0.1.prefix(10)))?.dayNumber }
                reported.removeAll { r in
                    guard Self.isZoned(r.0.value), let day = CalendarDate(iso: String(r.1.prefix(10)))?.dayNumber else { return false }
                    return local.contains { abs($0 - day) == 1 }
                }
            }
            // "Ferries will run every 30 minutes from 5 a.m. to 11 p.m.": the clocks of a schedule that
            // recurs are no moment of a happening.
            if reported.contains(where: { $0.timex.type == .time }), Self.recurs(tokens, s..<e) {
                reported.removeAll { $0.timex.type == .time && Self.isBareClock($0.timex.text) }
            }
            let sentenceText = reported.isEmpty ? "" : String(decoding: bytes[sStart..<sEnd], as: UTF8.self)
            let thin = !reported.isEmpty && Self.saysLittle(tokens, sentence: s..<e, timexes: inSentence, book: book)
            for (tx, reportedValue, precision, told) in reported {
                var value = reportedValue
                let ti = Self.firstToken(tokens, from: tx.start)
                var te = ti
                while te < e, tokens[te].end <= tx.end { te += 1 }
                if Self.isQuotedVerdict(tokens, sentence: s..<e, timex: ti..<te) { continue }
                if precision < .week, Self.qualifiesNoun(tokens, timex: ti..<te, sentence: s..<e) { continue }
                if Self.stampsTally(tokens, timex: ti..<te, sentence: s..<e) { continue }
                // "... was released late on Monday, the ministry said on Wednesday": the happening has
                // its own, earlier day; the later one dates only the saying of it. An announcement of
                // what is to come ("will hold an election on June 25, the minister announced on
                // Friday"), a finding about a month ("exploded in December, the authority said on
                // Thursday") or one published ("the board said Tuesday in its preliminary report")
                // is a happening of its own day.
                if precision == .day, Self.followsSaying(tokens, timex: ti..<te, sentence: s..<e),
                   !Self.publishes(tokens, after: te, sentence: s..<e),
                   reported.contains(where: { $0.timex.end <= tx.start && $0.precision == .day && $0.value.prefix(10) < value.prefix(10) }) { continue }
                // The clause of a date runs to the expressions beside it, or to the sentence's end
                // on a side with no other date: a duration there ("about 40 seconds after
                // liftoff") belongs to the clause.
                let isDate = { (x: TemporalExpression) in x.type == .date || x.type == .time }
                var left = inSentence[..<told.lowerBound].contains(where: isDate) ? Self.firstToken(tokens, from: inSentence[told.lowerBound - 1].end) : s
                var right = inSentence[told.upperBound...].contains(where: isDate) ? Self.firstToken(tokens, from: inSentence[told.upperBound].start) : e
                // Between two dates, a semicolon ends a clause: "On Monday the streets filled; by
                // Thursday he had resigned." ("Nov. 19: The recount ends; the margin is 187" is one.)
                // So does a comma before "and" or "but" for the later date: "After moving to New York
                // in 1957, he found work with Lester Coyle, and in 1961 made his debut" (the earlier
                // date's clause may run on: "on Sept. 23 makes Velocor the first drug ..., and the
                // first product for ...").
                let joins = { (q: Int) in tokens[q].lower == "," && q + 1 < e && (tokens[q + 1].lower == "and" || tokens[q + 1].lower == "but") }
                if left != s, left < ti {
                    if let semicolon = (left..<ti).last(where: { tokens[$0].lower == ";" }) { left = semicolon + 1 }
                    else if let comma = (left..<ti).last(where: joins) { left = comma + 2 }
                }
                if right != e, te < right, let semicolon = (te..<right).first(where: { tokens[$0].lower == ";" }) { right = semicolon }
                // "Culling began on Wednesday at a farm where bird flu was confirmed the day before":
                // a relative clause that holds the next date tells that date's happening.
                if right != e, te < right, let pronoun = (te..<right).first(where: { Self.datedClausePronouns.contains(tokens[$0].lower) }) { right = pronoun }
                // "The lynx that escaped on Tuesday has been caught": a date that closes a relative
                // clause dates that clause's happening; the main verb after it is another's, though
                // it still tells what became of it ("The strike planned for 1 May has been called off").
                let clauseEnd = max(right, left)
                if right == e, te < e, Self.mainVerbs.contains(tokens[te].lower),
                   (left..<ti).contains(where: { Self.relativePronouns.contains(tokens[$0].lower) && $0 > s && tokens[$0 - 1].lower != "," }) { right = te }
                right = max(right, left)
                // "tendered his resignation this afternoon over Monday's derailment": a day's
                // possessive in a sentence that dates its happening on another day names that
                // day's happening by its noun alone, and says no more of it.
                let named = precision == .day && reported.contains(where: { $0.precision == .day && $0.1.prefix(10) != value.prefix(10) })
                    ? Self.possessiveNoun(tokens, after: te, clauseEnd: right) : nil
                let window = named ?? left..<right
                var content: [Int32] = []
                var percent: Float = -1, percentGap = Int.max
                // A percentage nearer another date of the sentence is that date's ("on Oct. 30, ...
                // sent its shares down 15% the next day"); of two, the nearer the date is the
                // happening's ("which owns 80 percent of Lumen, closed down 7.9 percent Tuesday").
                let others = inSentence.indices.filter { !told.contains($0) && isDate(inSentence[$0]) }.map { Self.firstToken(tokens, from: inSentence[$0].start) }
                for q in window where !(ti..<te).contains(q) {
                    let key = book.contentKey(tokens[q].id)
                    if key >= 0 { content.append(key) }
                    let gap = min(abs(ti - q), abs(te - 1 - q))
                    if gap < percentGap, tokens[q].kind == .number, q + 1 < window.upperBound, tokens[q + 1].lower == "%" || tokens[q + 1].lower == "percent",
                       let amount = Float(tokens[q].lower), !others.contains(where: { abs($0 - q) < gap }) { percent = amount; percentGap = gap }
                }
                content.sortAndRemoveDuplicates()
                // A lede dated by its page names its happening by its present perfect ("has granted").
                let perfect = tx.text.isEmpty ? Self.presentPerfectVerb(tokens, s..<e).map { book.contentKey(tokens[$0].id) } : nil
                let predicate = perfect ?? self.predicate(tokens, clause: window, timex: ti..<te, book: book)
                // "Not after Saturday.": a sentence that names nothing and says nothing but its date.
                if content.isEmpty, nameIDs.isEmpty, !(s..<e).contains(where: { !(ti..<te).contains($0) && book.contentKey(tokens[$0].id) >= 0 }) { continue }
                // A page updated after its publication speaks of the days up to its update as past.
                // Under a day heading, the text speaks as of that day.
                let status = self.status(tokens, clause: left..<clauseEnd, timex: ti..<te, value: value,
                                         published: [article.updated ?? dct, sectionDay].compactMap { $0 }.max())
                // "... sank at around 11:30 p.m." on a page stamped 10:42 AM: a clock alone later
                // than the page's own time, of a happening past, is the night before's.
                if status == .occurred, let dct, value == dct.description, let minute = Self.minuteOfDay(tx.value), tagger.isBareClock(tx.text) {
                    if opened == nil { opened = Self.editedMinute(article, dct: dct, tagger: tagger) }
                    if let stamp = opened ?? nil, minute > stamp { value = dct.adding(days: -1).description }
                }
                let place = self.place(tokens, names.filter { window.contains($0.tokens.lowerBound) })
                // "UPDATE (11/19/2025 10:00 AM): The driver has been charged": an update's stamp
                // dates the telling, as a live blog's entry does.
                let saying = tx.start == posted || Self.datesSaying(tokens, timex: ti..<te, sentence: s..<e)
                    || Self.updateWords.contains(tokens[s].lower) && (s..<e).first(where: { tokens[$0].lower == ":" }).map { te <= $0 } == true
                if let k = candidates.lastIndex(where: { $0.sentenceStart == sStart && $0.value == value }) {
                    candidates[k].content += content
                    if candidates[k].percent < 0 { candidates[k].percent = percent }
                    candidates[k].content.sortAndRemoveDuplicates()
                    if candidates[k].place == nil { candidates[k].place = place }
                    if candidates[k].predicate < 0 { candidates[k].predicate = predicate }
                    // "Earlier in the day, the office said he had resigned on Thursday morning": the
                    // day is the happening's own when one of its expressions tells of it.
                    if candidates[k].saying, !saying {
                        candidates[k].saying = false
                        candidates[k].timex = tx.text
                        candidates[k].timexStart = tx.start
                    }
                    continue
                }
                candidates.append(EventCandidate(
                    document: document.id, documentIndex: index, published: dct, sentenceStart: sStart, sentenceEnd: sEnd,
                    sentence: sentenceText, timex: tx.text, timexStart: tx.start, value: value, precision: precision, status: status,
                    content: content, vocabulary: book.index,
                    names: nameIDs, place: place, item: item, saying: saying, zoned: Self.isZoned(tx.value), line: lineIndex,
                    implicit: tx.text.isEmpty, clock: saying ? -1 : Self.localClock(tx.value, text: tx.text), percent: percent,
                    thin: thin || named != nil, predicate: named != nil ? -1 : predicate, sinceDay: Int32(sinceDay ?? -1),
                    sequence: Self.sequence(tokens, window: window, timex: ti..<te)))
            }
        }
        let itemHeadings = itemNames.isEmpty ? [] : [[]] + article.items.map { start in
            article.lines.first { $0.start == start }.map { Self.headingStems(article.text($0)) } ?? []
        }
        return DocumentAnalysis(candidates: candidates, names: allNames, book: book.index, containment: containment, itemNames: itemNames,
                                itemHeadings: itemHeadings)
    }

    /// Words that open an update's heading inside a page ("Update 2 (7 Nov 2025, 10:00 PST)"); all
    /// begin with "u", which lets most lines be passed over unread.
    static let updateWords = clauseWords["update-heading"] ?? []

    /// The article's expressions, with those under an update's heading that gives another day
    /// than the page's ("Update 2 (7 Nov 2025, 10:00 PST)") read as of that day: its "today"
    /// is the 7th. Headings above the running text (the page's own stamps) are left alone.
    func reanchored(_ expressions: [TemporalExpression], in article: CleanArticle, dct: CalendarDate?) -> [TemporalExpression] {
        guard let dct, let firstBody = article.lines.firstIndex(where: { $0.role == .body }) else { return expressions }
        let bytes = article.bytes
        var headings: [(start: Int, end: Int, date: CalendarDate)] = []
        for line in article.lines[(firstBody + 1)...] where line.role != .furniture && (bytes[line.start] | 0x20) == 117 {
            var j = line.start
            while j < line.end, (bytes[j] | 0x20) &- 97 < 26 { j += 1 }
            guard j > line.start, Self.updateWords.contains(String(decoding: bytes[line.start..<j], as: UTF8.self).lowercased()),
                  let stamp = expressions.first(where: { $0.start >= line.start && $0.end <= line.end && CalendarDate(iso: String($0.value.prefix(10))) != nil }),
                  let date = CalendarDate(iso: String(stamp.value.prefix(10))) else { continue }
            // A heading of its own line, or one that opens its line before a colon ("Update
            // 26.03.09: police raided the plant this morning"), the text after it read as of its day.
            if line.end - line.start <= 80 {
                headings.append((line.start, line.end, date))
            } else if stamp.end < line.end, bytes[stamp.end] == 58, stamp.start - line.start <= 12 {
                headings.append((line.start, stamp.end + 1, date))
            }
        }
        guard headings.contains(where: { $0.date != dct }) else { return expressions }
        var out = expressions
        for (n, h) in headings.enumerated() where h.date != dct {
            retag(&out, bytes, h.end..<(n + 1 < headings.count ? headings[n + 1].start : bytes.count), as: h.date)
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The article's expressions, with a day read as of the page's update when, read as of its
    /// publication, it would fall days before the page while read as of the update it falls in
    /// the days the page covers: "The NTSB opened an investigation on Tuesday" on a page created
    /// on Monday and updated on Tuesday is that Tuesday, not the one before.
    func updatedReading(_ expressions: [TemporalExpression], bytes: [UInt8], tokens: [WordToken], article: CleanArticle, dct: CalendarDate?) -> [TemporalExpression] {
        guard let dct, let update = article.updated, update > dct else { return expressions }
        // Only a weekday read as past can move; most pages have none, and are not read again.
        let early = CalendarDate(dayNumber: dct.dayNumber - 1).description
        guard expressions.contains(where: { e in
            (e.type == .date || e.type == .time) && e.value.prefix(10) < early && tagger.weekday(named: e.text.prefix(while: \.isLetter).lowercased()) != nil
        }) else { return expressions }
        let again = tagger.analyze(bytes: bytes, tokens: tokens, documentDate: update).expressions
        var at: [Int: TemporalExpression] = [:]
        for e in again { at[e.start] = e }
        return expressions.map { e in
            guard e.type == .date || e.type == .time, let other = at[e.start], other.end == e.end, other.value != e.value,
                  let was = CalendarDate(iso: String(e.value.prefix(10))), let now = CalendarDate(iso: String(other.value.prefix(10))),
                  was.dayNumber < dct.dayNumber - 1, now >= dct, now <= update else { return e }
            var out = e
            out.value = other.value
            return out
        }
    }

    /// The article's expressions, with each post of a feed read as of the stamp under it. A
    /// social media thread or feed puts a bare stamp after each post's text ("8:05 PM · Nov 15,
    /// 2025"): when two such stamps or more follow running text, the text above each one, back
    /// to the stamp before, was written on its day, and its "today" is that day.
    func restamped(_ expressions: [TemporalExpression], in article: CleanArticle, dct: CalendarDate?) -> [TemporalExpression] {
        guard let dct, let firstBody = article.lines.firstIndex(where: { $0.role == .body }) else { return expressions }
        let bytes = article.bytes
        var stamps: [(start: Int, end: Int, date: CalendarDate)] = []
        for line in article.lines[firstBody...] where line.role == .metadata && line.end - line.start <= 48 {
            let inLine = expressions.filter { $0.start >= line.start && $0.end <= line.end }
            // "Update: Friday, March 6 at 10 a.m." heads the text below it, not above.
            guard Cleaner.shared.rule(for: Array(bytes[line.start..<line.end])) == nil,
                  !Array(bytes[line.start..<line.end]).withUnsafeBufferPointer(Cleaner.isUpdateHeading),
                  let stamp = inLine.first(where: { $0.type == .date }) ?? inLine.first(where: { $0.type == .time }),
                  let date = CalendarDate(iso: String(stamp.value.prefix(10))) else { continue }
            stamps.append((line.start, line.end, date))
        }
        guard stamps.count >= 2, stamps.contains(where: { $0.date != dct }) else { return expressions }
        var out = expressions
        for (n, stamp) in stamps.enumerated() where stamp.date != dct {
            retag(&out, bytes, (n == 0 ? 0 : stamps[n - 1].end)..<stamp.start, as: stamp.date)
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The lines of a page that head its days ("Saturday, Aug. 15" over the posts of that day in
    /// a live blog, "March 3, 2026" over a diary's entry), with the date each gives: lines of a
    /// calendar day alone, two or more, each over running text (or a poster's handle over it), that
    /// run one way in time.
    func dayHeadings(_ expressions: [TemporalExpression], in article: CleanArticle) -> [(start: Int, end: Int, timex: TemporalExpression)] {
        let bytes = article.bytes
        var found: [(start: Int, end: Int, timex: TemporalExpression)] = []
        var k = 0
        // A line of running text, or a poster's handle over one ("mumof2_melb" under a forum post's stamp).
        func overText(_ n: Int) -> Bool {
            guard n < article.lines.count else { return false }
            let next = article.lines[n]
            if next.role == .body, next.end - next.start >= 40 { return true }
            return next.end - next.start <= 30 && !bytes[next.start..<next.end].contains(32) && n + 1 < article.lines.count
                && article.lines[n + 1].role == .body && article.lines[n + 1].end - article.lines[n + 1].start >= 40
        }
        for (n, line) in article.lines.enumerated() where line.role == .heading || line.role == .metadata {
            guard line.end - line.start <= 80, overText(n + 1) else { continue }
            while k < expressions.count, expressions[k].start < line.start { k += 1 }
            guard k < expressions.count, expressions[k].end <= line.end, expressions[k].type == .date,
                  expressions[k].value.utf8.count == 10, CalendarDate(iso: expressions[k].value) != nil else { continue }
            let e = expressions[k]
            // "Update: Friday, March 6 at 10 a.m.": an update's word before the day, a clock after it.
            // "Posted 07 June 2026 - 07:02 AM": a stamp's word before the day.
            let from = line.start + (Cleaner.updateLabelLength(bytes[line.start..<e.start]) ?? Self.numberedUpdateLength(bytes[line.start..<e.start])
                ?? PublicationDating.stampWordLength(bytes[line.start..<e.start]).flatMap { $0 == e.start - line.start ? $0 : nil } ?? 0)
            let clock = expressions[k...].prefix { $0.start < line.end }.dropFirst().first { $0.type == .time && $0.end <= line.end }
            let leftover = (from..<line.end).filter { j in
                !(e.start..<e.end).contains(j) && !(clock.map { ($0.start..<$0.end).contains(j) } ?? false) && ((bytes[j] | 0x20) &- 97 < 26 || bytes[j] &- 48 < 10)
            }.count
            // "Mar 6, 2026 · Update posted by Lauren Calloway": the day and who posted under it.
            guard leftover <= 3 || e.start == line.start && Self.isPosterCredit(bytes[e.end..<line.end]) else { continue }
            found.append((line.start, line.end, e))
        }
        guard found.count >= 2 else { return [] }
        // Posts of one day may follow each other under stamps of that day.
        let steps = zip(found, found.dropFirst()).map { $0.1.timex.value.compare($0.0.timex.value) }
        guard steps.contains(where: { $0 != .orderedSame }),
              steps.allSatisfy({ $0 != .orderedDescending }) || steps.allSatisfy({ $0 != .orderedAscending }) else { return [] }
        return found
    }

    /// The length of a numbered update's label before its day ("Update 2 – 9 February 2026"):
    /// a word of `update-heading`, a number, and a dash or colon, if the text opens with them.
    static func numberedUpdateLength(_ text: ArraySlice<UInt8>) -> Int? {
        var k = text.startIndex
        while k < text.endIndex, (text[k] | 0x20) &- 97 < 26 { k += 1 }
        guard k > text.startIndex, updateWords.contains(String(decoding: text[text.startIndex..<k], as: UTF8.self).lowercased()),
              k < text.endIndex, text[k] == 32 else { return nil }
        k += 1
        let digits = k
        while k < text.endIndex, text[k] &- 48 < 10 { k += 1 }
        guard k > digits, k - digits <= 3 else { return nil }
        while k < text.endIndex, text[k] == 32 { k += 1 }
        let rest = text[k...]
        for mark in [[58], [45], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94]] as [[UInt8]] where rest.starts(with: mark) {
            return k + mark.count - text.startIndex
        }
        return nil
    }

    /// Whether the rest of a stamp line after its date credits who posted it: a separator, then
    /// names and the words of a stamp alone ("· Update posted by Lauren Calloway").
    static func isPosterCredit(_ rest: ArraySlice<UInt8>) -> Bool {
        var k = rest.startIndex
        while k < rest.endIndex, rest[k] == 32 || rest[k] == 124 || rest[k] == 45 || rest[k] >= 0x80 { k += 1 }
        guard k > rest.startIndex, k < rest.endIndex else { return false }
        let words = String(decoding: rest[k...], as: UTF8.self).split(separator: " ")
        return !words.isEmpty && words.allSatisfy { w in
            w.first.map { $0.isUppercase } ?? false || PublicationDating.stampWords.contains(w.lowercased())
        } && words.contains { PublicationDating.stampWords.contains($0.lowercased()) }
    }

    /// The article's expressions, with the text under each of its day headings read as of that
    /// day: "today" in the posts under "Saturday, Aug. 15" is that Saturday, and a post's "6:45
    /// p.m." is of it, whatever the day the page was last updated.
    func daySectioned(_ expressions: [TemporalExpression], in article: CleanArticle, dct: CalendarDate?,
                      headings: [(start: Int, end: Int, timex: TemporalExpression)]) -> [TemporalExpression] {
        guard let dct, !headings.isEmpty else { return expressions }
        var out = expressions
        for (n, h) in headings.enumerated() {
            guard let day = CalendarDate(iso: h.timex.value), day != dct else { continue }
            retag(&out, article.bytes, h.end..<(n + 1 < headings.count ? headings[n + 1].start : article.bytes.count), as: day)
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// Replaces the expressions that start in `range` with those the text there gives read as of `date`.
    /// The article's expressions, with the posts of a live page that were written after midnight
    /// read as of the next day. A live page first published at 22.30 on Sunday and updated on
    /// Monday heads its posts with bare clock times ("7.30am GMT"): a post stamped before 22.30
    /// was not written on Sunday, and its "today" is Monday.
    func livePosts(_ expressions: [TemporalExpression], in article: CleanArticle, dct: CalendarDate?) -> [TemporalExpression] {
        guard let dct, let update = article.updated, update > dct else { return expressions }
        let bytes = article.bytes
        let day = dct.description
        // The clock times alone on their lines, with their minute of the day, in page order.
        var clocks: [(start: Int, minute: Int)] = []
        var k = 0
        for line in article.lines {
            while k < expressions.count, expressions[k].start < line.start { k += 1 }
            guard k < expressions.count, line.role != .furniture, line.end - line.start <= 24 else { continue }
            let e = expressions[k]
            guard e.end <= line.end, e.type == .time, (line.end - line.start) - (e.end - e.start) <= 2, e.value.hasPrefix(day),
                  let minute = Self.minuteOfDay(e.value) else { continue }
            clocks.append((line.start, minute))
        }
        guard !clocks.isEmpty, let opened = Self.openingMinute(article, dct: dct, tagger: tagger) else { return expressions }
        let headings = clocks.map { (start: $0.start, late: $0.minute < opened) }
        guard headings.contains(where: \.late) else { return expressions }
        var out = expressions
        let next = CalendarDate(dayNumber: dct.dayNumber + 1)
        for (n, h) in headings.enumerated() where h.late {
            retag(&out, bytes, h.start..<(n + 1 < headings.count ? headings[n + 1].start : bytes.count), as: next)
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The minute of the day of a page's last edit on its publication day ("Posted ... at 1:15pm,
    /// updated ... at 5:02pm" gives 5:02pm), if its stamp gives the time; nil when it was edited
    /// on a later day, as then any clock of its day may be past.
    static func editedMinute(_ article: CleanArticle, dct: CalendarDate, tagger: TemporalTagger) -> Int? {
        var latest: Int? = nil
        for line in article.publishedLines {
            for e in tagger.tag(line, documentDate: dct) where e.type == .time {
                guard e.value.hasPrefix(dct.description) else {
                    if e.value > dct.description { return nil }
                    continue
                }
                if let minute = minuteOfDay(e.value) { latest = max(latest ?? minute, minute) }
            }
        }
        return latest ?? openingMinute(article, dct: dct, tagger: tagger)
    }

    /// The minute of the day a page says it was first published on its publication day, if its
    /// stamp gives the time.
    static func openingMinute(_ article: CleanArticle, dct: CalendarDate, tagger: TemporalTagger) -> Int? {
        for line in article.publishedLines {
            for e in tagger.tag(line, documentDate: dct) where e.type == .time && e.value.hasPrefix(dct.description) {
                if let minute = minuteOfDay(e.value) { return minute }
            }
        }
        // "Philippine Daily Ledger / 10:42 AM November 13, 2025": a stamp with no label.
        if let stamp = PublicationDating.ownDateInTopLines(article, tagger: tagger)?.expression, stamp.type == .time, stamp.value.hasPrefix(dct.description) {
            return minuteOfDay(stamp.value)
        }
        return nil
    }

    /// The days to move each of a live blog's entry stamps by, by the start of its line, when
    /// they give a clock time alone ("22:15", "00:41"): those read as of the page's day but
    /// before the entries cross midnight are the day before's. The latest entry is taken to be
    /// of the page's day; entries may run newest first or oldest first. Empty when any stamp
    /// gives its own day.
    static func entryStampDays(_ article: CleanArticle, timexes: [TemporalExpression], tagger: TemporalTagger) -> [Int: Int] {
        guard article.entryStamps.count >= 3 else { return [:] }
        var minutes: [(line: Int, minute: Int)] = []
        var k = 0
        for start in article.entryStamps {
            while k < timexes.count, timexes[k].start < start { k += 1 }
            guard k < timexes.count, timexes[k].type == .time, tagger.isBareClock(timexes[k].text),
                  let minute = minuteOfDay(timexes[k].value) else { return [:] }
            minutes.append((start, minute))
        }
        // Newest first when more steps go back in time than forward.
        let steps = zip(minutes, minutes.dropFirst())
        let newestFirst = steps.filter { $0.0.minute > $0.1.minute }.count > steps.filter { $0.0.minute < $0.1.minute }.count
        let latestFirst = newestFirst ? minutes : minutes.reversed()
        var out: [Int: Int] = [:]
        var shift = 0
        for (n, entry) in latestFirst.enumerated() {
            if n > 0, entry.minute > latestFirst[n - 1].minute { shift -= 1 }
            out[entry.line] = shift
        }
        return out
    }

    /// The minute of the day of a TIMEX3 time value ("2025-11-09T22:30" → 1350).
    static func minuteOfDay(_ value: String) -> Int? {
        guard let t = value.firstIndex(of: "T") else { return nil }
        let clock = value[value.index(after: t)...].split(separator: ":")
        guard clock.count >= 2, let h = Int(clock[0]), let m = Int(clock[1].prefix(2)) else { return nil }
        return h * 60 + m
    }

    func retag(_ expressions: inout [TemporalExpression], _ bytes: [UInt8], _ range: Range<Int>, as date: CalendarDate) {
        let retagged = tagger.tag(bytes: Array(bytes[range]), documentDate: date).map { e in
            TemporalExpression(start: e.start + range.lowerBound, end: e.end + range.lowerBound, text: e.text, type: e.type, value: e.value)
        }
        expressions.removeAll { range.contains($0.start) }
        expressions += retagged
    }

    /// The expressions of a page that writes its slashed dates day first, with those that either
    /// number could begin ("08/11/2025") read that way too. A page writes day first when its own
    /// stamp was found to (`dayFirst`), or when one of its dates can only be read so ("17/11/2025")
    /// and none can only be read month first.
    static func readDayFirst(_ expressions: [TemporalExpression], dayFirst: Bool) -> [TemporalExpression] {
        var ambiguous: [Int] = []
        var dayEvidence = dayFirst, monthEvidence = false
        for (k, e) in expressions.enumerated() where e.type == .date || e.type == .time {
            guard let (a, b) = slashedNumbers(e.text) else { continue }
            if a > 12 { dayEvidence = true } else if b > 12 { monthEvidence = true } else if a != b { ambiguous.append(k) }
        }
        guard dayEvidence, !monthEvidence, !ambiguous.isEmpty else { return expressions }
        var out = expressions
        for k in ambiguous {
            let e = out[k]
            guard let date = CalendarDate(iso: String(e.value.prefix(10))),
                  let swapped = date.monthAndDaySwapped else { continue }
            out[k].value = swapped.description + e.value.dropFirst(10)
        }
        return out
    }

    /// The expressions with a span that dates what follows it from the report's own day ("The
    /// petition comes a day after police arrested 31 agents", "comes just two weeks after") read
    /// as that day: the happening after "after" lies that long before the page's date.
    static func comesAfter(_ expressions: [TemporalExpression], bytes: [UInt8], dct: CalendarDate?) -> [TemporalExpression] {
        guard let dct, expressions.contains(where: { $0.type == .duration }) else { return expressions }
        // The word that ends at `end`, before any spaces, and where it starts.
        func word(endingAt end: Int) -> (text: String, start: Int) {
            var e = end
            while e > 0, bytes[e - 1] == 32 { e -= 1 }
            var s = e
            while s > 0, (bytes[s - 1] | 0x20) &- 97 < 26 { s -= 1 }
            return (String(decoding: bytes[s..<e], as: UTF8.self).lowercased(), s)
        }
        return expressions.map { e in
            guard e.type == .duration, e.value.utf8.count >= 3, e.value.hasPrefix("P"), let n = Int(e.value.dropFirst().dropLast()), n > 0 else { return e }
            var after = e.end
            while after < bytes.count, bytes[after] == 32 { after += 1 }
            guard after + 6 <= bytes.count, String(decoding: bytes[after..<after + 5], as: UTF8.self) == "after", bytes[after + 5] == 32 else { return e }
            var verb = word(endingAt: e.start)
            if verb.text == "just" || verb.text == "only" { verb = word(endingAt: verb.start) }
            guard verb.text == "comes" || verb.text == "come" else { return e }
            var out = e
            switch e.value.last {
            case "D": out.value = dct.adding(days: -n).description
            case "W": out.value = dct.adding(days: -7 * n).weekValue
            case "M": out.value = dct.adding(months: -n).monthValue
            default: return e
            }
            out.type = .date
            return out
        }
    }

    /// The year-first reading of a date of three two-figure numbers between dots ("26.03.07":
    /// 7 March 2026), if it is one.
    static func yearFirstReading(_ text: String) -> CalendarDate? {
        let parts = text.prefix { $0 != " " }.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CalendarDate(year: 2000 + y, month: m, day: d)
    }

    /// The expressions of a page whose stamp was found to be written year first (`yearFirst`),
    /// with its other dates of three two-figure numbers between dots read that way.
    static func readYearFirst(_ expressions: [TemporalExpression], yearFirst: Bool) -> [TemporalExpression] {
        guard yearFirst else { return expressions }
        return expressions.map { e in
            guard let date = yearFirstReading(e.text) else { return e }
            var out = e
            out.value = date.description + e.value.dropFirst(10)
            return out
        }
    }

    /// The first two numbers of a date of three two-figure numbers between dots ("06.07.26"), or nil.
    static func dottedNumbers(_ text: String) -> (Int, Int)? {
        let parts = text.prefix { $0 != " " && $0 != "," }.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[1]), Int(parts[2]) != nil else { return nil }
        return (a, b)
    }

    /// The first two numbers of a date written with slashes or dashes and a year last
    /// ("08/11/2025", "17-11-2025"), or nil.
    static func slashedNumbers(_ text: String) -> (Int, Int)? {
        guard let first = text.utf8.first, first &- 48 < 10 else { return nil }
        let parts = text.prefix { $0 != " " }.split { $0 == "/" || $0 == "-" }
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2,
              let a = Int(parts[0]), let b = Int(parts[1]), Int(parts[2]) != nil else { return nil }
        return (a, b)
    }

    /// The dates of a sentence that each report an event, with the value and precision the event
    /// takes and the sentence's expressions it stands for (`told`, indexes into `inSentence`).
    /// Left out: a date in parentheses near the start of its line (a caption's stamp); the
    /// baseline of a comparison ("up from nine a week earlier"); the second of two dates joined
    /// by "and" or "or" ("surgeries for Tuesday and Wednesday"), one happening told by its first
    /// day; a clock or dateline before `leadIn` when the sentence has a date of its own; and a
    /// vaguer date that holds a more precise one of the same sentence ("claimed it Friday for the
    /// attack this week"), whose happening the sentence does not date on its own.
    func reportedDates(_ inSentence: [TemporalExpression], bytes: [UInt8], tokens: [Token], lineStart: Int, leadIn: Int = 0)
        -> [(timex: TemporalExpression, value: String, precision: Precision, told: Range<Int>)] {
        var dated: [(timex: TemporalExpression, value: String, precision: Precision, told: Range<Int>)] = []
        // The last expression left out as a caption's stamp, whose span's end goes with it.
        var caption = -1
        for (j, tx) in inSentence.enumerated() where tx.type == .date || tx.type == .time {
            guard let (value, precision) = Self.eventDate(tx.value, text: tx.text) else { continue }
            if tx.start > 0, bytes[tx.start - 1] == 40, tx.start - lineStart <= 80,
               !Self.glossesNamedDay(tx, tokens: tokens, after: j > 0 ? inSentence[j - 1].end : lineStart) { caption = j; continue }
            if j > 0, caption == j - 1, Self.spans(bytes, from: inSentence[j - 1].end, to: tx.start) { caption = j; continue }
            if Self.isBaseline(tx, tokens: tokens) || Self.isModelYear(tx, tokens: tokens) || Self.isStatuteYear(tx, tokens: tokens) { continue }
            if Self.isRecordStamp(tx, bytes: bytes) { continue }
            if let previous = dated.last, Self.inOpenRelative(tx, after: previous.timex.end, tokens: tokens) { continue }
            if let last = dated.last, last.told.upperBound == j, last.precision == precision,
               Self.joined(bytes, from: inSentence[j - 1].end, to: tx.start)
                || Self.spans(bytes, from: inSentence[j - 1].end, to: tx.start) && !Self.isMoved(tokens, before: inSentence[j - 1].start)
                || Self.betweenAnd(bytes, tokens, first: inSentence[j - 1], to: tx.start) {
                dated[dated.count - 1].told = last.told.lowerBound..<j + 1
                continue
            }
            dated.append((tx, value, precision, j..<j + 1))
        }
        // A live blog's clock or a dateline before the sentence dates the report; it dates the
        // happening only when the sentence itself gives no date.
        if dated.contains(where: { $0.timex.start >= leadIn }) { dated.removeAll { $0.timex.end <= leadIn } }
        // "will become a minor injuries unit, open 8am to 8pm, from 1 December": a clock alone in
        // a sentence that names its day tells the hours of that day's happening, not of the page's day.
        if dated.count > 1, dated.contains(where: { $0.timex.type == .time }) {
            let days = dated.filter { $0.timex.type == .date && $0.precision == .day }.map { $0.value.prefix(10) }
            if !days.isEmpty {
                dated.removeAll { $0.timex.type == .time && !days.contains($0.value.prefix(10)) && Self.isBareClock($0.timex.text) }
            }
        }
        let spans = dated.map { EventMerger.span($0.value) }
        return dated.indices.filter { j in
            guard dated[j].precision < .day, let outer = spans[j] else { return true }
            return !dated.indices.contains { k in
                guard k != j, dated[k].precision == .day, let inner = spans[k] else { return false }
                return inner.lowerBound >= outer.lowerBound && inner.upperBound <= outer.upperBound
            }
        }.map { dated[$0] }
    }

    /// Whether a date in parentheses glosses a day the sentence names in another calendar or by
    /// a name the tagger does not know ("a hearing for Baisakh 15 (April 28)"): a capitalized
    /// word and a day's number after a preposition, with no expression of the sentence between
    /// them and the parenthesis (`after`, the end of the one before). Such a date is the
    /// happening's, not a caption's stamp.
    static func glossesNamedDay(_ tx: TemporalExpression, tokens: [Token], after: Int) -> Bool {
        let paren = firstToken(tokens, from: tx.start) - 1
        guard paren >= 3, tokens[paren].lower == "(", tokens[paren - 1].kind == .number, tokens[paren - 2].kind == .word,
              tokens[paren - 2].capitalized, tokens[paren - 3].start >= after,
              let day = Int(tokens[paren - 1].lower), (1...32).contains(day) else { return false }
        return glossPrepositions.contains(tokens[paren - 3].lower)
    }

    /// Prepositions that put a happening on a named day ("for Baisakh 15", "on Chaitra 18").
    static let glossPrepositions: Set<String> = ["for", "on", "from", "until", "till", "by", "before", "after"]

    /// Whether an expression is a clock time alone ("8am", "14:30", "7.40 a.m."), with no day.
    static func isBareClock(_ text: String) -> Bool {
        guard text.first?.isNumber == true else { return false }
        return ["", "am", "pm", "hrs", "h"].contains(text.filter(\.isLetter).lowercased())
    }

    /// A year between "a" and a name ("a 2016 Prevost", "a 2019 Toyota Camry"): the model of a
    /// thing, not the time of a happening.
    static func isModelYear(_ tx: TemporalExpression, tokens: [Token]) -> Bool {
        let t = firstToken(tokens, from: tx.start)
        guard t > 0, t + 1 < tokens.count, tokens[t].end == tx.end, tokens[t].kind == .number, tx.value.utf8.count == 4 else { return false }
        return (tokens[t - 1].lower == "a" || tokens[t - 1].lower == "an") && tokens[t + 1].kind == .word && tokens[t + 1].capitalized
    }

    /// Whether a year stands right before a statute's name ("invoking the 1972 Convention on
    /// International Liability"): it dates the statute, not a happening.
    static func isStatuteYear(_ tx: TemporalExpression, tokens: [Token]) -> Bool {
        let t = firstToken(tokens, from: tx.start)
        guard t + 1 < tokens.count, tokens[t].end == tx.end, tokens[t].kind == .number, tx.value.utf8.count == 4 else { return false }
        let next = tokens[t + 1]
        return next.kind == .word && next.capitalized && !next.lineBefore && TemporalTagger.statuteWords.contains(next.lower)
    }

    /// Whether a date heads its line as a chronology's entry does ("March 14: Finance chief ...",
    /// "- Oct. 9: ..."): after list marks only, and followed by a colon. The line's later
    /// sentences, which give no date of their own, tell of the same day.
    static func headsLine(_ bytes: [UInt8], _ tx: TemporalExpression, lineStart: Int) -> Bool {
        guard tx.type == .date, tx.start >= lineStart, tx.start - lineStart <= 8,
              afterListMarks(bytes, from: lineStart, to: tx.start) == tx.start else { return false }
        var j = tx.end
        while j < bytes.count, bytes[j] == 32 { j += 1 }
        return j < bytes.count && bytes[j] == 58
    }

    /// Words with which a page addresses its reader.
    static let pageVoice: Set<String> = Resources.wordSet("page-voice.txt").filter { !$0.contains(" ") }
    /// Pairs of words with which it does ("good morning", "our coverage"): the second words of each first.
    static let pageVoicePairs: [String: Set<String>] = {
        var pairs: [String: Set<String>] = [:]
        for entry in Resources.wordSet("page-voice.txt") {
            let words = entry.split(separator: " ")
            if words.count == 2 { pairs[String(words[0]), default: []].insert(String(words[1])) }
        }
        return pairs
    }()

    /// The words of `clause-words.tsv` by role.
    static let clauseWords: [String: Set<String>] = Resources.rows("clause-words.tsv").reduce(into: [:]) { roles, row in
        if row.count >= 2 { roles[row[0], default: []].insert(row[1].lowercased()) }
    }
    /// Verbs after which "us" is the newsroom as a witness's audience ("told us"), not the page's voice.
    static let reportedTo = clauseWords["reported-to"] ?? []
    /// The minute of the day of a time given without a time zone ("9:10 pm on Sunday",
    /// "9.10pm local time"), or -1: one in a named zone ("8:10 a.m. ET") may be another place's
    /// clock, hours off the local one.
    static func localClock(_ value: String, text: String) -> Int16 {
        guard value.utf8.count > 10, !isZoned(value), let minute = minuteOfDay(value) else { return -1 }
        // A word of two capitals or more other than "AM" or "PM" names a zone ("ET", "GMT").
        let u = Array(text.utf8)
        var i = 0
        while i < u.count {
            guard (u[i] | 0x20) &- 97 < 26 else { i += 1; continue }
            var j = i
            while j < u.count, (u[j] | 0x20) &- 97 < 26 { j += 1 }
            if j - i >= 2, u[i..<j].allSatisfy({ $0 &- 65 < 26 }), !(j - i == 2 && (u[i] == 65 || u[i] == 80) && u[i + 1] == 77) { return -1 }
            i = j
        }
        return Int16(minute)
    }

    /// Whether a time value carries a time zone ("2026-10-12T12:15Z", "…T09:30+01:00").
    static func isZoned(_ value: String) -> Bool {
        guard let t = value.firstIndex(of: "T") else { return false }
        let clock = value[t...]
        return clock.hasSuffix("Z") || clock.contains("+") || clock.dropFirst(3).contains("-")
    }

    /// Words that, opening a sentence, turn to another story ("Elsewhere in banking, ...").
    static let otherStory: [[String]] = (clauseWords["other-story"] ?? []).sorted().map { $0.split(separator: " ").map(String.init) }

    /// The reporter's unanswered calls ("request for comment", "declined to comment").
    static let causeLinks = clauseWords["cause-link"] ?? []
    static let noComment: [[String]] = (clauseWords["no-comment"] ?? []).sorted().map { $0.split(separator: " ").map(String.init) }

    /// Whether a sentence of one clause tells only that someone did not answer the reporter
    /// ("Counsel for Hollins did not immediately respond to a request for comment Monday").
    static func isNoComment(_ tokens: [Token], sentence: Range<Int>) -> Bool {
        guard !sentence.contains(where: { tokens[$0].lower == "," || tokens[$0].lower == ";" }) else { return false }
        return noComment.contains { words in
            sentence.contains { q in q + words.count <= sentence.upperBound && words.indices.allSatisfy { tokens[q + $0].lower == words[$0] } }
        }
    }

    /// Whether a sentence opens with words that turn to another story ("Elsewhere", "In other news").
    static func turnsToOtherStory(_ tokens: [Token], sentence: Range<Int>) -> Bool {
        otherStory.contains { words in
            words.count <= sentence.count && words.indices.allSatisfy { tokens[sentence.lowerBound + $0].lower == words[$0] }
        }
    }
    /// Words that open a relative clause of anyone at all ("anyone who saw").
    static let openAntecedents = clauseWords["open-antecedent"] ?? []

    /// The compared stems of the content words among a heading's or title's first ten words.
    static func headingStems(_ text: String) -> [String] {
        let words = text.utf8.split(whereSeparator: { ($0 | 0x20) &- 97 >= 26 && $0 < 0x80 }).prefix(10).map { String(decoding: $0, as: UTF8.self).lowercased() }
        return Array(Set(words.filter(Words.isContent).map { Words.stem(Words.lemma($0)) })).sorted()
    }

    /// Whether a sentence is the page speaking to its reader ("That's all from us tonight"):
    /// it addresses the reader and quotes no one. Such a sentence dates the page, not a
    /// happening. Only sentences that name no actor or place are asked.
    static func isPageVoice(_ bytes: [UInt8], _ tokens: [Token], _ sentence: Range<Int>, dates: [Int] = []) -> Bool {
        // "We expect parts in late February 2026, and we will send you a second notice": the
        // reader addressed in a clause of no date of the sentence's leaves the dated one a report.
        var joins: [Int]? = nil
        func sameClause(_ q: Int) -> Bool {
            if joins == nil {
                joins = sentence.dropLast().filter { q in
                    tokens[q].lower == ";" || tokens[q].lower == "," && (tokens[q + 1].lower == "and" || tokens[q + 1].lower == "but")
                }
            }
            return dates.isEmpty || dates.contains { start in
                let a = min(start, tokens[q].start), b = max(start, tokens[q].start)
                return !joins!.contains { a < tokens[$0].start && tokens[$0].start < b }
            }
        }
        let addresses = sentence.contains { q in
            let word = tokens[q].lower
            guard pageVoice.contains(word), sameClause(q) else { return false }
            guard word == "us" else { return true }
            // "told us outside" is the reporter at work, not the page talking to its reader.
            return bytes[tokens[q].start] == 117 && !(q > sentence.lowerBound && reportedTo.contains(tokens[q - 1].lower))
        }
            || sentence.dropLast().contains { q in pageVoicePairs[tokens[q].lower]?.contains(tokens[q + 1].lower) ?? false && sameClause(q) }
        guard addresses else { return false }
        // "I was at Saturday's show and honestly you could tell ...": a witness telling what they
        // saw, with a "you" of anyone, not the page's.
        let s = sentence.lowerBound
        if tokens[s].lower == "i", s + 1 < sentence.upperBound, isPastForm(tokens[s + 1]) || tokens[s + 1].lower == "was" { return false }
        let text = bytes[tokens[sentence.lowerBound].start..<tokens[sentence.upperBound - 1].end]
        if text.contains(34) { return false }
        return !text.indices.dropLast(2).contains { text[$0] == 0xE2 && text[$0 + 1] == 0x80 && (text[$0 + 2] == 0x9C || text[$0 + 2] == 0x9D) }
    }

    /// Nouns of a published finding (`clause-words.tsv`, "publication").
    static let publicationWords = clauseWords["publication"] ?? []

    /// Whether a saying's date is followed by the finding it was published in ("said Tuesday in
    /// its preliminary report"): the publication is a happening of its own.
    static func publishes(_ tokens: [Token], after t: Int, sentence: Range<Int>) -> Bool {
        guard t < sentence.upperBound, tokens[t].lower == "in" else { return false }
        return (t + 1..<min(sentence.upperBound, t + 5)).contains { publicationWords.contains(tokens[$0].lower) }
    }

    /// Words before "for" that make the month or year after it a happening's ("set for May",
    /// "planned for 2026").
    static let schedulingWords = clauseWords["scheduling"] ?? []

    /// Whether a month or year qualifies the noun before it ("wages for October", "quotas for
    /// 2026", "the budget for 2026"): it names the period the thing is for, not when anything
    /// happened. After a verb of scheduling ("set for May") it dates the happening.
    static func qualifiesNoun(_ tokens: [Token], timex: Range<Int>, sentence: Range<Int>) -> Bool {
        // "fourth-quarter revenue", "first-half profit": a period joined into a noun's modifier.
        var t = timex.lowerBound
        while t + 2 < sentence.upperBound, tokens[t + 1].lower == "-", !tokens[t + 1].spaceBefore, !tokens[t + 2].spaceBefore { t += 2 }
        if t > timex.lowerBound, periodNames.contains(tokens[t].lower), t + 1 < sentence.upperBound, tokens[t + 1].kind == .word,
           !tokens[t + 1].capitalized { return true }
        let f = timex.lowerBound - 1
        guard f - 1 >= sentence.lowerBound, tokens[f].lower == "for", tokens[f - 1].kind == .word else { return false }
        let word = tokens[f - 1].lower
        return !schedulingWords.contains(word) && !word.hasSuffix("ed")
    }

    /// The words before a date that make it the moment a running count was taken ("as of").
    static let tallyWords: [[String]] = (clauseWords["tally"] ?? []).sorted().map { $0.split(separator: " ").map(String.init) }

    /// Whether a date is when a running count stood ("As of 2 November the district had recorded
    /// 640 cases"): a tally, not a happening.
    static func stampsTally(_ tokens: [Token], timex: Range<Int>, sentence: Range<Int>) -> Bool {
        tallyWords.contains { words in
            let from = timex.lowerBound - words.count
            return from >= sentence.lowerBound && words.indices.allSatisfy { tokens[from + $0].lower == words[$0] }
        }
    }

    /// The nouns of a period that a date closes ("the quarter ended September 27"), and the words
    /// that close it.
    static let periodNames = clauseWords["period-name"] ?? [], periodCloses = clauseWords["period-close"] ?? []

    /// Whether a date closes a period it names ("results for the third quarter ended September 27,
    /// 2025", "the fiscal year that ended June 30", "the third quarter of fiscal 2025, which ended
    /// September 27, 2025"): it dates no happening, and the clause around
    /// it belongs to the sentence's other dates.
    static func closesPeriod(_ tokens: [Token], timex ti: Int, sentence: Range<Int>) -> Bool {
        guard ti - 2 >= sentence.lowerBound, periodCloses.contains(tokens[ti - 1].lower) else { return false }
        var k = ti - 2
        if ["that", "which"].contains(tokens[k].lower), k > sentence.lowerBound { k -= 1 }
        if tokens[k].lower == ",", k > sentence.lowerBound { k -= 1 }
        // "the third quarter of fiscal 2025, which ended September 27, 2025": the period's year may follow its name.
        var steps = 0
        while steps < 3, k > sentence.lowerBound, tokens[k].kind == .number || ["of", "fiscal"].contains(tokens[k].lower) { k -= 1; steps += 1 }
        return periodNames.contains(tokens[k].lower)
    }

    /// What a day's possessive names ("Monday's fatal derailment in Hualien", "yesterday's
    /// announcement that the club had entered administration"), up to the clause's end, its next
    /// punctuation or the verb the noun is the subject of ("last Tuesday's trading halt failed to
    /// calm investors"); nil when no possessive follows.
    static func possessiveNoun(_ tokens: [Token], after te: Int, clauseEnd e: Int) -> Range<Int>? {
        guard te + 2 < e, tokens[te].lower == "'" || tokens[te].lower == "’", !tokens[te].spaceBefore,
              tokens[te + 1].lower == "s", !tokens[te + 1].spaceBefore else { return nil }
        var end = te + 2
        var relative = false
        while end < e, tokens[end].kind != .punct || tokens[end].lower == "-" && !tokens[end].spaceBefore {
            if relativePronouns.contains(tokens[end].lower) { relative = true }
            if end > te + 2, !relative, isPastForm(tokens[end]) || tokens[end].facts.contains(.auxiliary) || mainVerbs.contains(tokens[end].lower) { break }
            end += 1
        }
        return end > te + 2 ? te + 2..<end : nil
    }

    /// Whether a sentence has at most `EventMerger.thinWords` content words outside its dates.
    static func saysLittle(_ tokens: [Token], sentence: Range<Int>, timexes: [TemporalExpression], book: WordBook) -> Bool {
        var count = 0
        for q in sentence where book.contentKey(tokens[q].id) >= 0 {
            if timexes.contains(where: { $0.start <= tokens[q].start && tokens[q].end <= $0.end }) { continue }
            count += 1
            if count > EventMerger.thinWords { return false }
        }
        return true
    }

    /// The words that open a condition (`clause-words.tsv`, "condition").
    static let conditionWords = clauseWords["condition"] ?? []

    /// Where a sentence's opening condition ("If the talks fail, ...") ends: its first comma.
    static func conditionEnd(_ tokens: [Token], sentence: Range<Int>) -> Int? {
        guard !sentence.isEmpty, conditionWords.contains(tokens[sentence.lowerBound].lower) else { return nil }
        return sentence.dropFirst().first { tokens[$0].lower == "," }
    }

    /// The superlatives and ordinals that make a date after "since" a record's baseline.
    static let recordWords = clauseWords["record"] ?? []

    /// Whether a date after "since" is the baseline of a record ("the lowest level since early
    /// 2023", "for the fifth time since August 2024"): it dates no happening, and the clause
    /// around it belongs to the sentence's other dates. One the sentence goes on to tell of
    /// ("the worst since August 2019, when an update took it down") is a happening.
    static func isRecordBaseline(_ tokens: [Token], timex ti: Int, sentence: Range<Int>) -> Bool {
        guard ti - 2 >= sentence.lowerBound, tokens[ti - 1].lower == "since" else { return false }
        if let comma = (ti..<min(sentence.upperBound, ti + 5)).first(where: { tokens[$0].lower == "," }),
           comma + 1 < sentence.upperBound, tokens[comma + 1].lower == "when" { return false }
        var k = ti - 2
        while k >= max(sentence.lowerBound, ti - 6), tokens[k].kind == .word || tokens[k].kind == .number {
            if recordWords.contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a period closes an aside that ranks what the sentence tells (", the first case in
    /// a commercial flock in England this winter", ", its busiest day this year"): the period is
    /// the ranking's, not the happening's day.
    static func isRecordPeriod(_ tokens: [Token], timex ti: Int, sentence: Range<Int>, value: String, text: String) -> Bool {
        guard let (_, precision) = eventDate(value, text: text), precision != .day else { return false }
        var k = ti - 1
        while k > sentence.lowerBound, k >= ti - 12, tokens[k].lower != "," {
            // Not "the second week of October", which is a date of its own.
            if recordWords.contains(tokens[k].lower), ["the", "its", "their"].contains(tokens[k - 1].lower),
               k + 1 < ti, !calendarUnits.contains(tokens[k + 1].lower) {
                return (sentence.lowerBound..<k).contains { tokens[$0].lower == "," }
            }
            k -= 1
        }
        return false
    }

    /// The calendar's units ("week", "quarters"), which an ordinal before them makes part of a date.
    static let calendarUnits = Set(Resources.rows("timex-lexicon.tsv").filter { $0.count >= 2 && ($0[0] == "unit" || $0[0] == "unitplural") }.map { $0[1] })

    /// Verbs of being after which a date that is the subject of a quotation is judged, not dated
    /// ("\"Today is an important step.\"").
    static let verdictVerbs = clauseWords["verdict-verb"] ?? []

    /// Whether a quotation, opening its sentence or after a colon or comma, opens with its date
    /// as the subject of a verb of being ("\"Today is an important step\"", "said: \"This week has
    /// been hard\""): a speaker's verdict on the day, not a happening on it.
    static func isQuotedVerdict(_ tokens: [Token], sentence: Range<Int>, timex: Range<Int>) -> Bool {
        let q = timex.lowerBound - 1
        guard q >= sentence.lowerBound, timex.upperBound < sentence.upperBound,
              tokens[q].lower == "\"" || tokens[q].lower == "\u{201C}",
              q == sentence.lowerBound || tokens[q - 1].lower == ":" || tokens[q - 1].lower == "," else { return false }
        return verdictVerbs.contains(tokens[timex.upperBound].lower)
    }

    /// Words that make a date years back the start of a state ("since 2010").
    static let stateSince = clauseWords["state-since"] ?? []
    /// Words with which the writer speaks of their own past ("I wrote in 2019").
    static let writer = clauseWords["writer"] ?? []
    /// Past participles that do not end in "-ed" ("built in 1904").
    static let irregularParticiples = clauseWords["irregular-participle"] ?? []
    /// Words that liken the story to an older happening ("compared the raid to a theft in 2011").
    static let likening = clauseWords["likening"] ?? []

    /// How a sentence's date of a year or more back may be no happening of the story: likened
    /// to it, or an aside (a state since then, a profile, the writer's own past).
    enum PastRole { case happening, likened, aside }

    /// Whether a sentence's date of a year or more back is likened to the story ("compared the
    /// raid to a theft in Lyon in 2011", "In 2023 a similar board fight ...": another story's
    /// happening), the start of a state ("prices have doubled since 2010"), a profile ("Harwick
    /// Creamery, founded in 1987, sells ..."), the writer's own past outside a quotation ("I
    /// wrote in 2019"), or a happening.
    static func pastRole(sentence: String, timex: String) -> PastRole {
        let tokens = Tokenizer.tokenize(Array(sentence.utf8))
        if tokens.contains(where: { likening.contains($0.lower) }) { return .likened }
        let words = Tokenizer.tokenize(Array(timex.utf8)).map(\.lower)
        guard !words.isEmpty, let t = tokens.indices.first(where: { i in
            i + words.count <= tokens.count && tokens[i..<i + words.count].map(\.lower) == words
        }) else { return .happening }
        if t > 0, stateSince.contains(tokens[t - 1].lower) { return .aside }
        // "Harwick Creamery, founded in 1987, sells ...": a profile of who the story is about.
        if t >= 2, tokens[t - 1].lower == "in", tokens[t - 2].kind == .word,
           tokens[t - 2].lower.hasSuffix("ed") || irregularParticiples.contains(tokens[t - 2].lower),
           t == 2 || tokens[t - 3].lower == "," { return .aside }
        let quoted = sentence.contains("\"") || sentence.contains("\u{201C}")
        let writes = !quoted && tokens[..<t].contains { writer.contains($0.lower) && ($0.lower != "i" || $0.capitalized) }
        return writes ? .aside : .happening
    }

    /// Words between a number and a date after it that end the figure: "from 1 to 5 November"
    /// ranges over days, it does not set a figure against one.
    static let figureEnds: Set<String> = ["to", "until", "till", "through", "and", "-", "–", ",", ";", ".", ":", "on", "at", "by"]
    /// Comparatives whose "than" bounds a day ("no later than Friday"), not a figure.
    static let deadlineComparatives: Set<String> = ["later", "earlier", "sooner", "before", "after"]

    /// A number, or a figure glued to its currency or unit ("N945", "$5bn").
    static func isFigure(_ token: Token) -> Bool {
        token.kind == .number || token.kind == .word && token.lower.utf8.contains { $0 >= 48 && $0 <= 57 }
    }

    /// Words that set a figure against an earlier one ("up from nine a week earlier").
    static let comparisons = clauseWords["comparison"] ?? []

    /// A time counted back from another ("a week earlier", "a year ago"), or the period of a
    /// figure set against another ("compared with $0.77 in the third quarter of fiscal 2024"):
    /// the baseline of a comparison, not a happening.
    static func isBaseline(_ tx: TemporalExpression, tokens: [Token]) -> Bool {
        // "compared with $0.77 in the third quarter of fiscal 2024", "up from 3.2% in 2024".
        let t = firstToken(tokens, from: tx.start)
        if t >= 3, ["in", "for", "during"].contains(tokens[t - 1].lower),
           let figure = (max(0, t - 7)..<(t - 1)).last(where: { tokens[$0].kind == .number }),
           tokens[max(0, figure - 4)..<figure].contains(where: { comparisons.contains($0.lower) }) { return true }
        // "up from N945 last week", "down from 4.4% last month": the date right after the figure.
        if t >= 2, let figure = (max(0, t - 3)..<t).last(where: { isFigure(tokens[$0]) }),
           !tokens[t].lineBefore, tokens[(figure + 1)..<t].allSatisfy({ !figureEnds.contains($0.lower) && !isPastForm($0) && !$0.lineBefore }),
           let word = (max(0, figure - 4)..<figure).last(where: { comparisons.contains(tokens[$0].lower) }), tokens[word].lower != "than",
           tokens[(word + 1)..<figure].allSatisfy({ !figureEnds.contains($0.lower) }) { return true }
        // "12% higher than in 2023", "more than last year"; not "no later than Friday".
        let than = t >= 1 && tokens[t - 1].lower == "than" ? t - 1
            : t >= 2 && ["in", "during"].contains(tokens[t - 1].lower) && tokens[t - 2].lower == "than" ? t - 2 : -1
        if than >= 1, !deadlineComparatives.contains(tokens[than - 1].lower) { return true }
        guard let last = tx.text.utf8.last, last | 0x20 == 114 || last | 0x20 == 111 || last | 0x20 == 101 else { return false }
        let text = tx.text.lowercased()
        guard text.hasSuffix("earlier") || text.hasSuffix("ago") || text.hasSuffix("before") else { return false }
        return tokens[max(0, t - 4)..<t].contains { comparisons.contains($0.lower) }
    }

    /// Whether a date is a record's own stamp, labelled inside parentheses ("(Entered:
    /// 11/14/2025)", "(Filed: Nov. 3)"): when a clerk or a system wrote the record down, not a
    /// happening.
    static func isRecordStamp(_ tx: TemporalExpression, bytes: [UInt8]) -> Bool {
        var k = tx.start - 1
        while k >= 0, bytes[k] == 32 { k -= 1 }
        guard k > 0, bytes[k] == 58 else { return false }
        k -= 1
        let labelEnd = k
        while k >= 0, labelEnd - k < 24, (bytes[k] | 0x20) &- 97 < 26 || bytes[k] == 32 { k -= 1 }
        return k >= 0 && k < labelEnd && bytes[k] == 40
    }

    /// Whether a date lies in a relative clause of anyone at all, after an earlier date of its
    /// sentence ("Police on Monday ... appealed for anyone who saw a van in the early hours of
    /// Sunday"): it dates what a witness might have seen, not a happening of its own.
    static func inOpenRelative(_ tx: TemporalExpression, after previousEnd: Int, tokens: [Token]) -> Bool {
        var q = firstToken(tokens, from: tx.start) - 1
        while q > 0, tokens[q].start >= previousEnd {
            let word = tokens[q].lower
            if word == "," || word == ";" { return false }
            if word == "who" || word == "that", openAntecedents.contains(tokens[q - 1].lower) { return true }
            q -= 1
        }
        return false
    }

    /// Whether the bytes between two dates are only a conjunction ("and", "or", "&") and spaces.
    static func joined(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        between(bytes, start, end, within: 6).map { $0 == "and" || $0 == "or" || $0 == "&" } ?? false
    }

    /// The words between two expressions, trimmed and in lower case, when they are no longer than `limit` bytes.
    static func between(_ bytes: [UInt8], _ start: Int, _ end: Int, within limit: Int) -> String? {
        guard start <= end, end - start <= limit else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Whether the words between two dates make them a span's ends ("29 September to 5
    /// October", "Nov. 3 - Nov. 7"): one happening, told by its first day.
    static func spans(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        between(bytes, start, end, within: 9).map(spanWords.contains) ?? false
    }

    /// Whether two dates are the ends of a span given as "between March 14, 2022, and June 30,
    /// 2023": one happening, told by its first day.
    static func betweenAnd(_ bytes: [UInt8], _ tokens: [Token], first: TemporalExpression, to end: Int) -> Bool {
        guard let words = between(bytes, first.end, end, within: 9), words == "and" || words == ", and" else { return false }
        let t = firstToken(tokens, from: first.start)
        return t > 0 && tokens[t - 1].lower == "between"
    }

    /// The words between a span's two dates (`clause-words.tsv`, "span").
    static let spanWords = clauseWords["span"] ?? []
    /// Verbs that move a happening "from" one date to another (`clause-words.tsv`, "moving").
    static let movingWords = clauseWords["moving"] ?? []

    /// Whether the date at byte `start` is where a happening was moved from ("postponed from
    /// Tuesday to Friday"): the later date is then the happening's own.
    static func isMoved(_ tokens: [Token], before start: Int) -> Bool {
        let t = firstToken(tokens, from: start)
        guard t >= 2, tokens[t - 1].lower == "from" else { return false }
        return (max(0, t - 5)..<(t - 1)).contains { movingWords.contains(tokens[$0].lower) }
    }

    /// The first token that starts at or after byte `offset`.
    static func firstToken(_ tokens: [Token], from offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The status cue nearest before the date within its clause, else past or future by the date.
    func status(_ tokens: [Token], clause: Range<Int>, timex: Range<Int>, value: String, published: CalendarDate?) -> EventStatus {
        var best: (EventStatus, Int)? = nil
        let span = EventMerger.span(value)
        let future = published.flatMap { p in span.map { $0.lowerBound > p.dayNumber } } ?? false
        // Whether some of the date is still to come ("ahead of the November Budget", written on the 7th).
        let unfinished = published.flatMap { p in span.map { $0.upperBound > p.dayNumber } } ?? true
        for q in clause where !timex.contains(q) {
            let d = q < timex.lowerBound ? timex.lowerBound - q : (q - timex.upperBound) * 3 + 2
            var cued = false
            // "was held as planned today": what went as planned has happened.
            let asCued = q > clause.lowerBound + 1 && tokens[q - 1].lower == "as" && Self.isPastForm(tokens[q - 2])
            for cue in tokens[q].facts.contains(.statusCue) && !asCued ? EventExtractor.cueIndex[tokens[q].lower]! : []
            where q + cue.words.count <= clause.upperBound && (!cue.before || q < timex.lowerBound && unfinished) {
                if zip(cue.words, tokens[q..<(q + cue.words.count)]).allSatisfy({ $0 == $1.lower }) {
                    cued = true
                    if best == nil || d < best!.1 { best = (cue.status, d) }
                }
            }
            // "was held", "were evacuated": a past passive tells a happening as done.
            let pastPassive = !asCued && q > clause.lowerBound && Self.isPastForm(tokens[q]) && ["was", "were"].contains(tokens[q - 1].lower)
            if !cued, !future, isPastVerb(tokens, q) || pastPassive, best == nil || d + 1 < best!.1 { best = (.occurred, d + 1) }
        }
        if let best { return best.0 }
        if future { return .scheduled }
        return .occurred
    }

    /// The auxiliaries that open a main clause after a subject's relative clause ("The lynx that
    /// escaped on Tuesday has been caught").
    static let mainVerbs: Set<String> = ["has", "have", "had", "was", "were", "is", "are"]
    /// The words that open such a relative clause.
    static let relativePronouns: Set<String> = ["that", "who", "which"]
    /// The words that open a relative clause after a date, which the clause's own date then dates.
    static let datedClausePronouns: Set<String> = ["where", "who", "which"]

    /// Verbs of telling ("said", "told"): the day they give is when something was said, and
    /// they name no happening of their own.
    static let telling = clauseWords["telling"] ?? []

    /// The content key of the verb in the past nearest a date in its clause: up to six words
    /// before it ("announced the ban on Tuesday"), or else up to three after ("on Tuesday
    /// announced"); -1 when there is none, or it is a verb of telling.
    func predicate(_ tokens: [Token], clause: Range<Int>, timex: Range<Int>, book: WordBook) -> Int32 {
        func key(_ q: Int) -> Int32? {
            guard Self.isPastForm(tokens[q]) else { return nil }
            return Self.telling.contains(tokens[q].lower) ? -1 : book.contentKey(tokens[q].id)
        }
        // "appointed Aoife Brennan of Grant Marsh as interim examiner this afternoon": the words
        // of a name count as one.
        var reach = 0
        for q in stride(from: timex.lowerBound - 1, through: max(clause.lowerBound, timex.lowerBound - 16), by: -1) {
            if tokens[q].lower == "," || tokens[q].lower == ";" { break }
            if let k = key(q) { return k }
            if !(tokens[q].capitalized && q + 1 < timex.lowerBound && tokens[q + 1].capitalized) { reach += 1 }
            if reach >= 8 { break }
        }
        for q in timex.upperBound..<max(timex.upperBound, min(clause.upperBound, timex.upperBound + 3)) {
            if tokens[q].lower == "," || tokens[q].lower == ";" { break }
            if let k = key(q) { return k }
        }
        return -1
    }

    /// A verb in the past tense ("ordered", "was lifted", "met"), not a passive or infinitive of
    /// another tense ("is expected", "to be named").
    func isPastVerb(_ tokens: [Token], _ q: Int) -> Bool {
        Self.isPastForm(tokens[q]) && !(q > 0 && (tokens[q - 1].facts.contains(.auxiliary) || Self.adjectiveBefore.contains(tokens[q - 1].lower)))
    }

    /// The words after which a form in -ed is an adjective ("at reduced frequency").
    static let adjectiveBefore = clauseWords["adjective-before"] ?? []

    /// A word in lower case in a form of the past ("ordered", "met"), of any voice.
    static func isPastForm(_ token: Token) -> Bool {
        token.kind == .word && !token.capitalized && (token.facts.contains(.past) || token.facts.contains(.edForm))
    }

    /// The first place named after "in" or "at" near the date.
    func place(_ tokens: [Token], _ names: [NameMention]) -> String? {
        for n in names where n.tokens.lowerBound > 0 {
            let prev = tokens[n.tokens.lowerBound - 1].lower
            guard prev == "in" || prev == "at" else { continue }
            if n.isPlace || n.kind == .other || n.kind == .place, !n.surface.contains("-"), n.surface.utf8.count > 1 { return n.isPlace ? n.surface : n.canonical }
        }
        return nil
    }

    /// The title of a report whose sentence is `sentence` and whose date starts `timexOffset`
    /// bytes into it: the sentence without what leads into it on the page, shortened around its
    /// date to at most 24 words. Only the report that leads an event needs one, so it is made
    /// from the sentence at the merge rather than for every report.
    static func title(sentence: String, timexOffset: Int) -> String {
        let bytes = Array(sentence.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        guard let last = tokens.last else { return sentence }
        let leadIn = leadInEnd(bytes, from: tokens[0].start, to: last.end)
        let first = tokens.firstIndex { $0.start >= leadIn } ?? 0
        let words = (first..<tokens.count).filter { tokens[$0].kind != .punct || tokens[$0].lower == "%" }
        guard words.count > 24 else { return withoutEmphasis(bytes[tokens[first].start..<last.end]) }
        let timex = firstToken(tokens, from: timexOffset)
        let pos = words.firstIndex(where: { $0 >= timex }) ?? 0
        var a = max(0, pos - 15)
        let b = min(words.count, a + 24)
        a = max(0, b - 24)
        let text = withoutEmphasis(bytes[tokens[words[a]].start..<tokens[words[b - 1]].end])
        return (a > 0 ? "… " : "") + text + (b < words.count ? " …" : "")
    }

    /// Text with markdown's bold marks ("**Results:**") taken out.
    static func withoutEmphasis(_ text: ArraySlice<UInt8>) -> String {
        guard text.count >= 2, text.indices.dropLast().contains(where: { text[$0] == 42 && text[$0 + 1] == 42 }) else {
            return String(decoding: text, as: UTF8.self)
        }
        var out: [UInt8] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == 42, i + 1 < text.endIndex, text[i + 1] == 42 { i += 2; continue }
            out.append(text[i]); i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where a line's text starts after its list and emphasis marks ("- ", "• ", "**", "> ").
    static func afterListMarks(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var i = start
        while i < end, [42, 35, 45, 62, 32].contains(bytes[i]) { i += 1 }
        if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 { i += 3; while i < end, bytes[i] == 32 { i += 1 } }
        return i
    }

    /// Where a sentence's text starts after its lead-in: list and emphasis marks, a live blog's
    /// clock ("4:47 p.m.:") or a dateline ("SALEM, Ore. (AP) —", "LYON, France, Oct. 30, 2025 —",
    /// "Mumbai, Nov 12 (PTI)").
    static func leadInEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var i = start
        func isDash(_ k: Int) -> Int? {
            if k + 2 < end, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x94 || bytes[k + 2] == 0x93 { return 3 }
            if k + 1 < end, bytes[k] == 45, bytes[k + 1] == 45 { return 2 }
            if k + 1 < end, bytes[k] == 45, bytes[k + 1] == 32 { return 1 }
            return nil
        }
        i = afterListMarks(bytes, from: i, to: end)
        // A clock: digits, a colon, two digits, a short suffix ("p.m.", "PDT"), then a colon or dash.
        var k = i
        while k < end, k - i < 2, bytes[k] &- 48 < 10 { k += 1 }
        if k > i, k + 2 < end, bytes[k] == 58, bytes[k + 1] &- 48 < 10, bytes[k + 2] &- 48 < 10 {
            var j = k + 3
            while j < end, j - k < 16, bytes[j] == 32 || bytes[j] == 46 || (bytes[j] | 0x20) &- 97 < 26 { j += 1 }
            if j < end, bytes[j] == 58 || isDash(j) != nil {
                j += bytes[j] == 58 ? 1 : isDash(j)!
                while j < end, bytes[j] == 32 { j += 1 }
                return j
            }
        }
        // A dateline: a place in capitals ("SALEM, Ore. (AP) —"), or a capitalized place and a
        // date ("London, 15 September 2025 –"), with no word in lower case before a dash.
        var j = i
        while j < end, bytes[j] &- 65 < 26 || (bytes[j] == 32 && j + 1 < end && bytes[j + 1] &- 65 < 26) { j += 1 }
        let capitals = j - i >= 3
        if !capitals {
            j = i + 1
            guard i < end, bytes[i] &- 65 < 26 else { return i }
            while j < end, bytes[j] &- 97 < 26 { j += 1 }
            guard j < end, bytes[j] == 44 else { return i }
        }
        guard j < end, bytes[j] == 44 || bytes[j] == 32 else { return i }
        var word = true, digits = false
        while j < end, j - i < 90 {
            if bytes[j] == 32, let d = isDash(j + 1) {
                var after = j + 1 + d
                while after < end, bytes[after] == 32 { after += 1 }
                guard after < end && (capitals || digits) else { return i }
                // "CAIRO - 18 April 2026: The authority ...": the dateline's date after its dash.
                var k = after, figures = false
                while k < end, k - after < 24, bytes[k] &- 48 < 10 || (bytes[k] | 0x20) &- 97 < 26 || bytes[k] == 32 || bytes[k] == 44 || bytes[k] == 46 {
                    figures = figures || bytes[k] &- 48 < 10
                    k += 1
                }
                if figures, k + 1 < end, bytes[k] == 58, bytes[k + 1] == 32, bytes[after] &- 48 < 10 || bytes[after] &- 65 < 26 {
                    k += 1
                    while k < end, bytes[k] == 32 { k += 1 }
                    return k
                }
                return after
            }
            if word, bytes[j] &- 97 < 26 { return i }
            if bytes[j] &- 48 < 10 { digits = true }
            // A wire's double dash closes it after its date ("SAN JOSE, Calif.--(BUSINESS WIRE)--Oct. 30, 2025-- Acme ...").
            if bytes[j] == 45, digits, j + 2 < end, bytes[j + 1] == 45, bytes[j + 2] == 32 {
                var after = j + 2
                while after < end, bytes[after] == 32 { after += 1 }
                return after
            }
            // An agency's credit may close it without a dash ("Mumbai, Nov 12 (PTI) Three ...").
            if bytes[j] == 41, capitals || digits, j + 2 < end, bytes[j + 1] == 32, bytes[j + 2] &- 65 < 26 { return j + 2 }
            word = bytes[j] == 32 || bytes[j] == 40
            j += 1
        }
        return i
    }

    /// Noun-like phrases of one or two content words, keyed by lemma, for issue finding. A
    /// hyphenated compound ("rare-earth") is one word, keyed as its parts written apart, so it
    /// meets the same words written open ("rare earths"). Capitalized words are names, not issues.
    func collectPhrases(_ tokens: [Token], _ sentence: Range<Int>, _ names: [NameMention], document: Int, book: WordBook,
                        _ phrases: inout IssueFinder.Counts) {
        func eligible(_ q: Int) -> Bool {
            tokens[q].kind == .word && tokens[q].facts.contains(.phrase) && !names.contains { $0.kind != .other && $0.tokens.contains(q) }
        }
        func joined(_ q: Int) -> Bool {
            q + 2 < sentence.upperBound && tokens[q + 1].kind == .punct && tokens[q + 1].lower == "-"
                && !tokens[q + 1].spaceBefore && !tokens[q + 2].spaceBefore && eligible(q + 2)
        }
        /// The previous word of a phrase: by spelling, or as text for a compound.
        var previous: (id: Int32, key: String, surface: String)? = nil
        var q = sentence.lowerBound
        while q < sentence.upperBound {
            guard eligible(q) else { previous = nil; q += 1; continue }
            guard joined(q) else {
                let id = tokens[q].id
                if let p = previous {
                    if p.id != 0 { phrases.add(p.id, id, book: book, document: document) } else {
                        phrases.add(p.key + " " + book.lemma(id)!, p.surface + " " + tokens[q].lower, document: document)
                    }
                }
                phrases.add(id, 0, book: book, document: document)
                previous = (id, "", "")
                q += 1
                continue
            }
            var parts = [tokens[q].lower]
            while joined(q) {
                parts.append(tokens[q + 2].lower)
                q += 2
            }
            let key = (parts.dropLast() + [book.lemma(tokens[q].id)!]).joined(separator: " ")
            let surface = parts.joined(separator: "-")
            phrases.add(key, surface, document: document)
            if let p = previous {
                let before = p.id != 0 ? (key: book.lemma(p.id)!, surface: book.lower[Int(p.id)]) : (key: p.key, surface: p.surface)
                phrases.add(before.key + " " + key, before.surface + " " + surface, document: document)
            }
            previous = (0, key, surface)
            q += 1
        }
    }
}
