import Dispatch
import EventModel
import Foundation

/// Builds a timeline from a corpus of news articles: cleaning, publication dates, temporal
/// expressions, events, actors and issues, and the merge of reports into events.
public struct TimelineBuilder: Sendable {
    /// Worker threads for the per-document stages; 0 means one per core.
    public var threads: Int
    /// Told of progress on long runs: a stage name, the documents done and the total.
    public var progress: (@Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void)?
    /// The user's rules for actors, added to those of the corpus's own `lexicon.tsv`.
    public var lexicon: CorpusLexicon

    public init(threads: Int = 0, lexicon: CorpusLexicon = CorpusLexicon(),
                progress: (@Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void)? = nil) {
        self.threads = threads
        self.lexicon = lexicon
        self.progress = progress
    }

    /// Reads the corpus at `paths` and builds its timeline.
    public func build(paths: [String]) throws -> (timeline: Timeline, warnings: [String]) {
        let corpus = try Corpus.read(paths: paths)
        let warnings = corpus.warnings
        return (build(corpus), warnings)
    }

    /// Builds the timeline of a corpus. Article text is let go as soon as each document is
    /// analysed, so memory holds reports, not the corpus.
    public func build(_ corpus: consuming Corpus) -> Timeline {
        let tagger = TemporalTagger.shared
        var files = corpus.files
        corpus.files = []
        var rules = corpus.lexicon
        rules.add(lexicon)
        var articles = [CleanArticle?](repeating: nil, count: files.count)
        var textDates = [CalendarDate?](repeating: nil, count: files.count)
        var statedDates = [[CalendarDate]](repeating: [], count: files.count)
        // For a date line whose weekday is not its date's, the nearest day of that weekday.
        var weekdayDates = [CalendarDate?](repeating: nil, count: files.count)
        // For a date line such as "05/11/2025" or "06.07.26", its other readings.
        var swappedDates = [[PublicationDating.Reading]](repeating: [], count: files.count)
        let handOver = NSLock()
        parallel(files.count, stage: "reading") { i, store in
            handOver.lock(); let file = files[i]; files[i].text = ""; handOver.unlock()
            var article = Cleaner.shared.clean(file)
            let own = PublicationDating.ownDate(article, tagger: tagger)
            var date = own?.date
            var stated: [CalendarDate] = []
            if date.map({ PublicationDating.mentionsYearAfter($0.year, article) }) ?? true {
                stated = PublicationDating.statedDates(article, tagger: tagger)
                if let d = date, !PublicationDating.isPlausible(d, stated: stated) { date = nil }
            }
            let other = date.flatMap { PublicationDating.weekdayReading($0, weekday: own?.weekday) }
            if let date, let update = PublicationDating.updateDate(article, tagger: tagger), update > date, update.dayNumber - date.dayNumber <= 7 {
                article.updated = update
            }
            store { articles[i] = article; textDates[i] = date; statedDates[i] = stated; weekdayDates[i] = other; swappedDates[i] = own?.swapped ?? [] }
        }
        // A slashed date line read month first that lies outside the days the corpus's
        // unambiguous stamps span, while its day-first reading lies among them, was written day
        // first; a dotted one of two figures read day first ("26.03.07"), year first or month first.
        // So was one whose text looks ahead to a day between its other reading and itself ("will
        // now open on June 28" under "06.07.26").
        let unambiguous = files.indices.filter { swappedDates[$0].isEmpty }.compactMap { textDates[$0] ?? files[$0].manifestDate }.map(\.dayNumber)
        if let first = unambiguous.min(), let last = unambiguous.max() {
            let span = (first - 7)...(last + 7)
            for i in files.indices {
                guard let stamp = textDates[i], let article = articles[i] else { continue }
                let inSpan = swappedDates[i].filter { span.contains($0.date.dayNumber) }
                guard let swapped = !span.contains(stamp.dayNumber) ? inSpan.first
                        : inSpan.first(where: { PublicationDating.looksAhead(to: $0.date, before: stamp, article, tagger: tagger) }) else { continue }
                textDates[i] = swapped.date
                switch swapped.order {
                case .yearFirst: articles[i]?.yearFirst = true
                case .dayFirst: articles[i]?.dayFirst = true
                case .monthFirst: break
                }
            }
        }
        // A stamp far older than the rest of the corpus, on a page that writes of later years or
        // names weekdays that fit a later year, is the site's, not the article's. One of figures
        // decades after it ("Date: 2082/12/26") is of another calendar (Bikram Sambat, the Thai
        // era), not the page's day in this one.
        let allKnown = files.indices.compactMap { textDates[$0] ?? files[$0].manifestDate }.sorted()
        if allKnown.count >= 2 {
            for i in files.indices {
                guard let stamp = textDates[i], let article = articles[i] else { continue }
                let story = PublicationDating.medianWithout(stamp, sorted: allKnown)
                guard PublicationDating.isStale(stamp, story: story, article, tagger: tagger)
                        || story.map({ stamp.year - $0.year > PublicationDating.otherCalendarYears }) == true else { continue }
                textDates[i] = nil
                if statedDates[i].isEmpty { statedDates[i] = PublicationDating.statedDates(article, tagger: tagger) }
            }
        }
        var documents: [Document] = []
        var dates: [CalendarDate?] = []
        let known = files.indices.compactMap { textDates[$0] ?? files[$0].manifestDate }
        let median = PublicationDating.corpusMedian(known)
        let latest = known.max()
        let tight = PublicationDating.isTight(known)
        for (i, file) in files.enumerated() {
            var doc = Document(id: file.id, path: file.path, title: articles[i]?.title, byline: articles[i]?.byline)
            var date: CalendarDate? = nil
            if let d = textDates[i] { date = d; doc.publishedFrom = .text }
            else if let d = file.manifestDate { date = d; doc.publishedFrom = .manifest }
            doc.published = date?.description
            documents.append(doc)
            dates.append(date)
        }
        var analyses = [DocumentAnalysis?](repeating: nil, count: files.count)
        // Undated articles whose date is a guess, with the dates to try them at.
        var unplaced: [(index: Int, article: CleanArticle, dates: [Int], kept: Int?)] = []
        let extractor = EventExtractor()
        var books = 0
        let parts = parallel(files.count, stage: "extracting", local: { () -> (phrases: IssueFinder.Counts, book: WordBook) in
            handOver.lock(); defer { handOver.unlock() }
            books += 1
            return (IssueFinder.Counts(), WordBook(index: books - 1))
        }) { i, worker, store in
            handOver.lock(); let article = articles[i]!; articles[i] = nil; handOver.unlock()
            var document = documents[i]
            let analysis: DocumentAnalysis
            var trials: [Int]? = nil, kept: Int? = nil
            if let dct = dates[i] {
                analysis = extractor.analyze(article, index: i, document: document, dct: dct, book: worker.book, phrases: &worker.phrases)
                // A date line whose weekday is another day's is tried at that day too.
                if documents[i].publishedFrom == .text, let other = weekdayDates[i] {
                    trials = [dct.dayNumber, other.dayNumber].sorted(); kept = dct.dayNumber
                }
            } else {
                var range: ClosedRange<Int>? = nil
                (analysis, range, kept) = Self.undated(article, index: i, document: &document, extractor: extractor,
                                                        stated: statedDates[i], latest: latest, earliest: known.min(), median: median, tight: tight,
                                                        book: worker.book, phrases: &worker.phrases)
                trials = range.map(Array.init)
            }
            worker.phrases.documents += 1
            store {
                analyses[i] = analysis; documents[i] = document
                if let trials { unplaced.append((i, article, trials, kept)) }
            }
        }
        var phrases = IssueFinder.Counts()
        for part in parts { phrases.add(part.phrases) }
        statedDates = []
        var results = analyses.map { $0! }
        analyses = []
        var workerBooks = parts.map(\.book).sorted { $0.index < $1.index }
        if !unplaced.isEmpty {
            unplaced.sort { $0.index < $1.index }
            place(unplaced, in: &results, documents: &documents, books: &workerBooks, extractor: extractor)
        }
        unplaced = []
        Self.reconcileYears(&results, tagger: tagger)
        Self.reconcileClocks(&results, tagger: tagger)
        let count = results.count
        progress?("merging", 0, count)
        let timeline = assemble(consume results, documents: documents, phrases: phrases, vocabularies: workerBooks.map(\.contentKeys),
                                names: workerBooks.map(\.names.keys), lexicon: rules)
        progress?("merging", count, count)
        return timeline
    }

    /// The words before a date that make it a bound rather than the happening's day ("by
    /// Thursday", "before Friday"; `bound` in `clause-words.tsv`).
    static let boundWords = EventExtractor.clauseWords["bound"] ?? []

    /// Whether an expression writes its day out in numbers ("Nov. 19", "Wednesday (19)", "19/11",
    /// "2025"): a number of the day or the year, not of the clock ("5pm", "9:10").
    static func writesDay(_ text: String) -> Bool {
        let u = Array(text.utf8)
        var i = 0
        while i < u.count {
            guard u[i] &- 48 < 10 else { i += 1; continue }
            var j = i
            while j < u.count, u[j] &- 48 < 10 { j += 1 }
            let clock = j < u.count && (u[j] == 58 || u[j] == 46 && j + 1 < u.count && u[j + 1] &- 48 < 10)
                || j + 1 < u.count && (u[j] | 0x20 == 97 || u[j] | 0x20 == 112) && (u[j + 1] | 0x20 == 109 || u[j + 1] == 46)
                || j + 2 < u.count && u[j] == 32 && (u[j + 1] | 0x20 == 97 || u[j + 1] | 0x20 == 112) && (u[j + 2] | 0x20 == 109 || u[j + 2] == 46)
            if !clock, i == 0 || u[i - 1] != 58 && u[i - 1] != 46 { return true }
            i = j
        }
        return false
    }

    /// Whether a report's date is given as a bound on its happening ("by Thursday the prime
    /// minister had resigned").
    static func isBound(_ report: EventCandidate) -> Bool {
        wordsBefore(report, 1).first.map { $0.utf8.count <= 6 && boundWords.contains($0) } ?? false
    }

    /// The words that open a clause (`clause-opener` in `clause-words.tsv`).
    static let clauseOpeners = EventExtractor.clauseWords["clause-opener"] ?? []

    /// The part of a report's sentence that tells of its own date rather than the `others` (the
    /// offsets in the sentence of the dates written for other events it tells): "on Monday
    /// demanded US$12 million ... the ship that ran aground last week" gives its sum to Monday's
    /// demand, not to the grounding.
    static func ownPart(of report: EventCandidate, besides others: [Int]) -> String {
        guard !others.isEmpty, !report.implicit else { return report.sentence }
        let u = Array(report.sentence.utf8), own = report.timexStart - report.sentenceStart
        func wordStart(_ k: Int) -> Int {
            var k = min(max(k, 0), u.count)
            while k < u.count, u[k] != 32 { k += 1 }
            return k
        }
        // Between two dates, the last word that opens a clause parts them, or else the middle.
        func boundary(_ a: Int, _ b: Int) -> Int {
            var k = b, end = b
            while k > a {
                k -= 1
                if u[k] == 32 || u[k] == 44 {
                    if end - k - 1 >= 2, clauseOpeners.contains(String(decoding: u[(k + 1)..<end], as: UTF8.self).lowercased()) { return k + 1 }
                    end = k
                }
            }
            return wordStart((a + b) / 2)
        }
        let start = others.filter { $0 < own }.max().map { boundary($0, own) } ?? 0
        let end = others.filter { $0 > own }.min().map { boundary(own, $0) } ?? u.count
        return start < end ? String(decoding: u[start..<end], as: UTF8.self) : report.sentence
    }

    /// Whether a report's date follows a verb of saying ("has risen to 14, the coast guard said
    /// Friday", "said on Friday"): it may date only the telling of the happening.
    static func isAttributed(_ report: EventCandidate) -> Bool {
        let before = wordsBefore(report, 2)
        guard let last = before.last else { return false }
        return EventExtractor.speechWords.contains(last == "on" && before.count == 2 ? before[0] : last)
    }

    /// Up to `count` words of a report's sentence right before its date, in order, in lower case.
    static func wordsBefore(_ report: EventCandidate, _ count: Int) -> [String] {
        let offset = report.timexStart - report.sentenceStart
        return report.sentence.utf8.withContiguousStorageIfAvailable { u -> [String] in
            guard offset > 1, offset <= u.count else { return [] }
            var words: [String] = []
            var end = offset
            while words.count < count {
                while end > 0, u[end - 1] == 32 { end -= 1 }
                var start = end
                while start > 0, u[start - 1] != 32 { start -= 1 }
                guard end - start >= 2 else { break }
                words.insert(String(decoding: UnsafeBufferPointer(rebasing: u[start..<end]), as: UTF8.self).lowercased(), at: 0)
                end = start
            }
            return words
        } ?? []
    }

    /// The analysis of an article with no trustworthy publication date. It was published no
    /// earlier than the latest happening it explicitly dates as past (read as of the latest
    /// date the corpus knows), and is taken to be from the corpus's median date unless that
    /// bound is later. Reports dated only relative to the unknown date ("Friday", "yesterday")
    /// would be guesses, so unless the corpus was published within a few days they are left
    /// out: a report is kept only when a week's error in the estimate would not change its date.
    /// When the date is a guess, it also returns the dates (as day numbers) the article may be
    /// from, to try it at once the other articles are read (see `place`). In a corpus published
    /// within a few days, the article keeps the median date and all its reports, and is tried at
    /// the corpus's other days too: it moves only to one where its reports agree better with the
    /// others' (the day it keeps is returned last).
    static func undated(_ article: CleanArticle, index: Int, document: inout Document, extractor: EventExtractor,
                        stated: [CalendarDate], latest: CalendarDate?, earliest: CalendarDate?, median: CalendarDate?, tight: Bool,
                        book: WordBook, phrases: inout IssueFinder.Counts) -> (DocumentAnalysis, ClosedRange<Int>?, Int?) {
        var bound: CalendarDate? = nil, ceiling: CalendarDate? = nil
        // "January 2026" alone under a letter's heading: the page is of that month.
        let monthLine = PublicationDating.monthLine(article, tagger: TemporalTagger.shared)
        if let provisional = [latest ?? stated.max(), monthLine?.last].compactMap({ $0 }).max() {
            let probe = extractor.analyze(article, index: index, document: document, dct: provisional, book: book)
            bound = PublicationDating.estimate(reports: probe.candidates, stated: stated, provisional: provisional, tagger: TemporalTagger.shared)
            ceiling = PublicationDating.ceiling(reports: probe.candidates, tagger: TemporalTagger.shared)
        }
        var dct: CalendarDate
        var guessed = true
        switch (bound, median) {
        case let (b?, m?):
            // In a corpus spread over weeks, an article is nearer the latest event it dates than
            // the middle of the corpus, when that event falls within the corpus's own span.
            let withinCorpus = earliest.map { b >= $0.adding(days: -7) } ?? true
            if m >= b, tight || !withinCorpus { dct = m; guessed = !tight } else { dct = b }
        case let (b?, nil): dct = b
        case let (nil, m?): dct = m; guessed = !tight
        case (nil, nil): return (extractor.analyze(article, index: index, document: document, dct: nil, book: book, phrases: &phrases), nil, nil)
        }
        // A page that names a day as still to come is from before it, when what it gives as past allows.
        if let ceiling, dct >= ceiling, bound.map({ $0 < ceiling }) ?? true { dct = ceiling.adding(days: -1) }
        // Of the month its line gives, the page is no earlier than the latest day it gives as past:
        // the days it may be from.
        let month = monthLine.flatMap { m in bound.map { $0 <= m.last } ?? true ? (first: max(m.first, bound ?? m.first), last: m.last) : nil }
        if let month { dct = min(max(dct, month.first), month.last) }
        // A dateline's month and day ("SANTIAGO, Oct 14 (Reuters) -") fix the date but for its
        // year: the one that puts it nearest the estimate, and not before the bound, on the
        // weekday the line names if one of them is.
        var dateline = false
        if let (month, day, weekday) = PublicationDating.datelineMonthDay(article, tagger: TemporalTagger.shared) {
            dateline = true
            let years = [dct.year - 1, dct.year, dct.year + 1]
            // A bound a few days after the line's day is the text's slip ("promised to pay by 12
            // May" read as past on a post of May 9), not a sign that the page is a year later.
            var fits = years.compactMap { CalendarDate(year: $0, month: month, day: day) }.filter { d in bound.map { d >= $0.adding(days: -Self.boundSlack) } ?? true }
            if let weekday, fits.contains(where: { $0.weekday == weekday }) { fits.removeAll { $0.weekday != weekday } }
            if let best = fits.min(by: { abs($0.dayNumber - dct.dayNumber) < abs($1.dayNumber - dct.dayNumber) }) {
                dct = best
                guessed = false
            }
        }
        document.published = dct.description
        document.publishedFrom = .inferred
        var analysis = extractor.analyze(article, index: index, document: document, dct: dct, book: book, phrases: &phrases)
        if tight, document.publishedFrom == .inferred, !dateline, let first = earliest, let last = latest, first < last {
            return (analysis, min(first.dayNumber, dct.dayNumber)...max(last.dayNumber, dct.dayNumber) + Self.afterLatest, dct.dayNumber)
        }
        guard guessed || month != nil else { return (analysis, nil, nil) }
        let shifted = extractor.analyze(article, index: index, document: document, dct: dct.adding(days: 7), book: book)
        let steady = Set(shifted.candidates.map { "\($0.timexStart) \($0.value)" })
        analysis.candidates.removeAll { !steady.contains("\($0.timexStart) \($0.value)") }
        if let month { return (analysis, month.first.dayNumber...month.last.dayNumber, nil) }
        let first = (bound ?? earliest ?? dct).dayNumber
        let last = max(first, (latest ?? dct).dayNumber + 7)
        return (analysis, first...min(last, first + Self.longestSearch), nil)
    }

    /// How many days before the bound its text sets a dateline's day may still fall.
    static let boundSlack = 7

    /// How strongly the only relative day of an undated article must agree with another
    /// article's report to place it (see `ReportedDays.agreements`).
    static let loneAgreement = 4.0

    /// How many days after the corpus's latest dated article an undated one may be from: a
    /// comment looks back on the week just past ("On Friday they walked back in").
    static let afterLatest = 7

    /// The most days after its earliest possible date an undated article is tried at.
    static let longestSearch = 92

    /// Places each undated article of `unplaced` on the date of its range under which its
    /// relative dates ("on Saturday", "last week") best fall on days that other articles report
    /// the same happenings on (see `ReportedDays.agreements`). Of the dates that agree best, it
    /// takes the one that puts the article's relative days nearest before it, then the earliest,
    /// as a writer names the days just past and publishes soon after. It takes that date when at
    /// least two of its reports agree so; otherwise it keeps the guess, with only the reports a
    /// guess cannot move.
    func place(_ unplaced: [(index: Int, article: CleanArticle, dates: [Int], kept: Int?)], in results: inout [DocumentAnalysis],
               documents: inout [Document], books: inout [WordBook], extractor: EventExtractor) {
        let reported = ReportedDays(results, vocabularies: books.map(\.contentKeys))
        let tagger = TemporalTagger.shared
        let lock = NSLock()
        var next = books.count
        let parts = parallel(unplaced.count, stage: "placing", local: { () -> WordBook in
            lock.lock(); defer { lock.unlock() }
            next += 1
            return WordBook(index: next - 1)
        }) { n, book, store in
            let (i, article, dates, kept) = unplaced[n]
            var best: (score: Double, reach: Int, date: CalendarDate, analysis: DocumentAnalysis)? = nil
            var known: [String: [ReportedDays.Agreement]] = [:]
            var keptScore = 0.0
            var document = documents[i]
            for day in dates {
                let dct = CalendarDate(dayNumber: day)
                document.published = dct.description
                let trial = extractor.analyze(article, index: i, document: document, dct: dct, book: book)
                var score = 0.0, agreeing = 0, strongDay = false, coinciding = 0
                // A day written in full places nothing, but one another article reports too
                // tells that the article is of the corpus's days.
                let written = trial.candidates.map { tagger.namesMonthOrYear($0.timex) }
                let agreements = ReportedDays.assign(trial.candidates.indices.map { k in
                    let c = trial.candidates[k], key = "\(c.timexStart) \(c.value)"
                    if written[k] { return [] }
                    if let found = known[key] { return found }
                    let found = reported.agreements(c, vocabulary: book.contentKeys)
                    known[key] = found
                    return found
                })
                for (k, c) in trial.candidates.enumerated() {
                    let agreement = agreements[k]
                    if agreement > 0 { score += agreement; agreeing += 1 }
                    if agreement >= ReportedDays.strongest, c.precision == .day { strongDay = true }
                    if agreement == 0, c.precision == .day, let day = CalendarDate(iso: c.value),
                       reported.anyReport(on: day.dayNumber, besides: i) { coinciding += 1 }
                }
                if day == kept { keptScore = score }
                // One report of a named day that says much the same as another article's report of
                // that day places the article as well as two that say less, when another of its
                // days is one that other articles report too; so does the only day an article
                // names but does not write out ("Long queues resurfaced on Tuesday, the second
                // day of the strike"), when it says enough of that day's report.
                let relative = trial.candidates.indices.filter { !written[$0] && trial.candidates[$0].precision == .day }.count
                guard agreeing >= 2 || strongDay && coinciding > 0 || relative == 1 && agreeing == 1 && score >= Self.loneAgreement,
                      score >= best?.score ?? 0 else { continue }
                // Of dates that agree as well, the one whose relative days are the most recent:
                // a writer names the days just past.
                let reach = trial.candidates.indices.lazy.filter { !written[$0] && trial.candidates[$0].precision == .day }
                    .compactMap { CalendarDate(iso: trial.candidates[$0].value)?.dayNumber }.filter { $0 <= day }.min().map { day - $0 } ?? 0
                if let best, score == best.score, reach >= best.reach { continue }
                best = (score, reach, dct, trial)
            }
            store {
                guard let best, kept == nil || best.date.dayNumber != kept && best.score > keptScore else { return }
                results[i] = best.analysis
                documents[i].published = best.date.description
            }
        }
        books += parts.sorted { $0.index < $1.index }
    }

    /// Days and months written without a year are read by the tense around them, which can put
    /// them a year off ("Investors will remember the week of March 13", written in June). Such a
    /// report, more than half a year from its article's date, takes the year that brings it
    /// within half a year when another article reports that day (or, for a month, a day of it).
    static func reconcileYears(_ results: inout [DocumentAnalysis], tagger: TemporalTagger) {
        let halfYear = 183
        // Each day or month report's year, month and day (0 for a month), read once.
        var parts: [(year: Int, month: Int, day: Int)] = []
        var far: [(i: Int, k: Int, at: Int)] = []
        for i in results.indices {
            for k in results[i].candidates.indices {
                let c = results[i].candidates[k]
                guard c.precision == .day || c.precision == .month, let p = Self.yearMonthDay(c.value) else { parts.append((0, 0, 0)); continue }
                parts.append(p)
                guard let dct = c.published, let span = EventMerger.span(c.value), Self.distance(span, dct) > halfYear else { continue }
                far.append((i, k, parts.count - 1))
            }
        }
        guard !far.isEmpty else { return }
        // The days and months the reports give, each with the one document that gives it, or
        // noted in `several` when more than one does.
        var days = IntTable(capacity: parts.count), months = IntTable(capacity: parts.count)
        var severalDays = IntTable(), severalMonths = IntTable()
        var at = 0
        for analysis in results {
            for c in analysis.candidates {
                let p = parts[at]
                at += 1
                guard p.year > 0 else { continue }
                let document = Int32(c.documentIndex)
                let day = p.year * 10_000 + p.month * 100 + p.day, month = p.year * 100 + p.month
                if p.day > 0, !days.insert(day, document), days[day] != document { severalDays.insert(day, 0) }
                if !months.insert(month, document), months[month] != document { severalMonths.insert(month, 0) }
            }
        }
        for (i, k, at) in far {
            let c = results[i].candidates[k]
            guard let dct = c.published, tagger.isYearless(c.timex) else { continue }
            let p = parts[at]
            for shift in [-1, 1] {
                let year = p.year + shift
                let value: String, key: Int, elsewhere: Bool
                if p.day > 0 {
                    guard let d = CalendarDate(year: year, month: p.month, day: p.day) else { continue }
                    value = d.description
                    key = year * 10_000 + p.month * 100 + p.day
                    elsewhere = severalDays[key] >= 0 || days[key] >= 0 && days[key] != Int32(c.documentIndex)
                } else {
                    value = "\(year)-" + (p.month < 10 ? "0" : "") + "\(p.month)"
                    key = year * 100 + p.month
                    elsewhere = severalMonths[key] >= 0 || months[key] >= 0 && months[key] != Int32(c.documentIndex)
                }
                guard elsewhere, let moved = EventMerger.span(value), Self.distance(moved, dct) <= halfYear else { continue }
                results[i].candidates[k].value = value
                if moved.lowerBound > dct.dayNumber, c.status == .occurred { results[i].candidates[k].status = .scheduled }
                if moved.upperBound < dct.dayNumber, c.status != .occurred { results[i].candidates[k].status = .occurred }
                break
            }
        }
    }

    /// A clock time alone ("The blaze started at around 11.40 pm.") is read on its page's day,
    /// but a page published the morning after tells of the night before. Such a report whose
    /// very minute another report gives the day before ("at around 11.40 pm on Tuesday"), and
    /// none its own day, takes that day.
    static func reconcileClocks(_ results: inout [DocumentAnalysis], tagger: TemporalTagger) {
        var bare: [(i: Int, k: Int, day: CalendarDate)] = []
        var named = IntTable()
        for i in results.indices {
            for k in results[i].candidates.indices {
                let c = results[i].candidates[k]
                guard c.clock >= 0, c.precision == .day, !c.saying, let day = CalendarDate(iso: c.value) else { continue }
                if tagger.isBareClock(c.timex) { bare.append((i, k, day)) } else { _ = named.insert(day.dayNumber << 12 | Int(c.clock), 0) }
            }
        }
        for (i, k, day) in bare {
            let clock = Int(results[i].candidates[k].clock)
            guard named[day.dayNumber << 12 | clock] < 0, named[(day.dayNumber - 1) << 12 | clock] >= 0 else { continue }
            results[i].candidates[k].value = day.adding(days: -1).description
        }
    }

    /// The year, month and day (0 for a month) of a value "2026-03" or "2026-03-13", read from its bytes.
    static func yearMonthDay(_ value: String) -> (year: Int, month: Int, day: Int)? {
        value.utf8.withContiguousStorageIfAvailable { u -> (year: Int, month: Int, day: Int)? in
            func number(_ a: Int, _ b: Int) -> Int? {
                var n = 0
                for q in a..<b { guard u[q] &- 48 < 10 else { return nil }; n = n * 10 + Int(u[q] - 48) }
                return n
            }
            guard u.count == 7 || u.count == 10, u[4] == 45, let y = number(0, 4), let m = number(5, 7), (1...12).contains(m) else { return nil }
            if u.count == 7 { return (y, m, 0) }
            guard u[7] == 45, let d = number(8, 10) else { return nil }
            return (y, m, d)
        } ?? nil
    }

    /// How many days a span lies from a day: 0 when it holds it.
    static func distance(_ span: ClosedRange<Int>, _ day: CalendarDate) -> Int {
        max(0, span.lowerBound - day.dayNumber, day.dayNumber - span.upperBound)
    }

    /// The worker threads to use: `threads`, or one per core.
    var workers: Int { threads > 0 ? threads : max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `work` for 0..<count on the worker threads, each with its own `Local` state to
    /// accumulate into; returns those states, in no particular order. `store` serializes
    /// writes of results.
    func parallel<Local>(_ count: Int, stage: String, local: () -> Local,
                         _ work: (Int, inout Local, (() -> Void) -> Void) -> Void) -> [Local] {
        let lock = NSLock()
        var next = 0
        var locals: [Local] = []
        let batch = 8
        parallel(min(workers, max(count, 1)), stage: stage, per: count) { _, store in
            var mine = local()
            while true {
                lock.lock(); let first = next; next += batch; lock.unlock()
                guard first < count else { break }
                for i in first..<min(count, first + batch) { work(i, &mine, store) }
            }
            lock.lock(); locals.append(mine); lock.unlock()
        }
        return locals
    }

    /// Runs `work` for 0..<count on the worker threads; `store` serializes writes of results.
    func parallel(_ count: Int, stage: String, _ work: (Int, (() -> Void) -> Void) -> Void) {
        parallel(count, stage: stage, per: count) { i, store in work(i, store) }
    }

    /// `parallel` for `count` calls that each report progress on some of `total` documents.
    private func parallel(_ count: Int, stage: String, per total: Int, _ work: (Int, @escaping (() -> Void) -> Void) -> Void) {
        let lock = NSLock()
        var done = 0
        let step = max(1, total / 100)
        let report = progress
        let store: (() -> Void) -> Void = { f in
            lock.lock(); f(); done += 1
            if let report, done % step == 0 || done == total { report(stage, done, total) }
            lock.unlock()
        }
        if workers <= 1 || count < 2 {
            for i in 0..<count { work(i, store) }
        } else {
            DispatchQueue.concurrentPerform(iterations: count) { i in work(i, store) }
        }
    }

    /// Runs `work` for 0..<count on the worker threads, with no ordering between the calls.
    func concurrently(_ count: Int, _ work: (Int) -> Void) {
        if workers <= 1 || count < 2 { for i in 0..<count { work(i) } } else { DispatchQueue.concurrentPerform(iterations: count, execute: work) }
    }

    /// The timeline of the documents' analyses. `vocabularies` and `names` are the `contentKeys`
    /// and the names of each word book the documents were read with.
    func assemble(_ analyses: consuming [DocumentAnalysis], documents: [Document], phrases: IssueFinder.Counts, vocabularies: [[String]],
                  names: [[ActorIndex.NameKey]], lexicon: CorpusLexicon = CorpusLexicon()) -> Timeline {
        // The grouping, the actor index and the issues do not depend on one another.
        var reports = analyses.map(\.candidates)
        let merger = EventMerger(workers: workers)
        let reading = merger.read(reports, vocabularies: vocabularies, expansions: EventMerger.acronymExpansions(names),
                                  nameWords: EventMerger.nameWords(names))
        var merged = EventMerger.Merged(clusters: [], document: [], slot: [], words: StringTable(), content: FlatLists())
        var found: (actors: ActorIndex, issues: IssueFinder, containment: [String: Set<String>], nameOf: [[Int32]], offStory: [[Bool]])? = nil
        concurrently(2) { job in
            if job == 0 {
                merged = merger.group(reading)
            } else {
                var containment: [String: Set<String>] = [:]
                for i in analyses.indices { for (place, country) in analyses[i].containment { containment[place, default: []].insert(country) } }
                // Each distinct name of the corpus once, in order of first mention, and its number
                // for each word book's number of it.
                var table = NameTable()
                var nameOf = names.map { [Int32](repeating: -1, count: $0.count) }
                // How many documents name each name.
                var naming: [Int32] = []
                for i in analyses.indices {
                    let b = analyses[i].book
                    for id in analyses[i].names {
                        if nameOf[b][Int(id)] < 0 { nameOf[b][Int(id)] = table.intern(names[b][Int(id)]) }
                        let name = Int(nameOf[b][Int(id)])
                        if name == naming.count { naming.append(0) }
                        naming[name] += 1
                    }
                }
                let actors = ActorIndex(table.keys, lexicon: lexicon, places: Set(containment.keys))
                // How many documents name each actor, by any of its names ("Ibarra", "Gonzalo Ibarra").
                var actorDocuments: [String: Int] = [:]
                if analyses.contains(where: { !$0.itemNames.isEmpty }) {
                    for i in analyses.indices {
                        let a = analyses[i]
                        var own: Set<String> = []
                        for id in a.names { if let actor = actors.actor(ofName: Int(nameOf[a.book][Int(id)])) { own.insert(actor) } }
                        for actor in own { actorDocuments[actor, default: 0] += 1 }
                    }
                }
                // The words of the documents' titles, each with how many documents' titles hold it.
                var titled: [String: Int] = [:]
                if analyses.contains(where: { !$0.itemNames.isEmpty }) {
                    for d in documents { for w in EventExtractor.headingStems(d.title ?? "") { titled[w, default: 0] += 1 } }
                }
                // A digest's item tells another story when it names nobody and nothing that another
                // document names, and its heading shares no word with two other documents' titles
                // ("NEW PHONE POLICY" under pages on a phone ban).
                let offStory = analyses.indices.map { i -> [Bool] in
                    let a = analyses[i]
                    guard !a.itemNames.isEmpty else { return [] }
                    let own = Set(EventExtractor.headingStems(documents[i].title ?? ""))
                    return a.itemNames.indices.map { k in
                        k > 0 && !a.itemNames[k].contains { id in
                            let name = Int(nameOf[a.book][Int(id)])
                            return naming[name] >= 2 || actors.actor(ofName: name).map { (actorDocuments[$0] ?? 0) >= 2 } ?? false
                        } && !(k < a.itemHeadings.count && a.itemHeadings[k].contains { (titled[$0] ?? 0) - (own.contains($0) ? 1 : 0) >= 2 })
                    }
                }
                found = (actors, IssueFinder(phrases), containment, nameOf, offStory)
            }
        }
        let (actors, issues, containment, nameOf, offStory) = found!
        let clusters = merged.clusters
        let settled = documents.map { $0.publishedFrom == .text || $0.publishedFrom == .manifest }
        var made = [Event?](repeating: nil, count: clusters.count)
        // Clusters are dealt out in turn, so that the few large ones, which come early, fall to different workers.
        let share = min(clusters.count, workers * 16)
        made.withUnsafeMutableBufferPointer { out in
            concurrently(share) { c in
                var counts = [Int32](repeating: 0, count: merged.words.keys.count)
                for k in stride(from: c, to: clusters.count, by: share) {
                    out[k] = makeEvent(clusters[k], of: reports, merged: merged, actors: actors, nameOf: nameOf, offStory: offStory,
                                       issues: issues, containment: containment, settled: settled, counts: &counts)
                }
            }
        }
        release(&analyses, &reports)
        var events: [Event] = []
        var usedActors: Set<String> = []
        var usedIssues: Set<String> = []
        let story = PublicationDating.corpusMedian(documents.compactMap { $0.published.flatMap(CalendarDate.init(iso:)) })
        events.reserveCapacity(made.count)
        for k in made.indices {
            guard let event = made[k].take() else { continue }
            if let story, Self.isOffStoryPast(event, story: story) { continue }
            if Self.isPassingRemark(event) { continue }
            event.actors.forEach { usedActors.insert($0) }
            event.issues.forEach { usedIssues.insert($0) }
            events.append(event)
        }
        events.sort { a, b in
            let x = EventMerger.span(a.date)?.lowerBound ?? 0, y = EventMerger.span(b.date)?.lowerBound ?? 0
            return (x, a.precision.rank, a.id) < (y, b.precision.rank, b.id)
        }
        return Timeline(documents: documents, events: events,
                        actors: actors.actors.filter { usedActors.contains($0.name) },
                        issues: issues.issues.filter { usedIssues.contains($0.name) })
    }

    /// Lets go of the documents' reports and names on all workers: freeing millions of small
    /// values is work of its own, which would otherwise hold up one core.
    func release(_ analyses: inout [DocumentAnalysis], _ reports: inout [[EventCandidate]]) {
        let count = analyses.count, chunks = min(count, workers * 4)
        analyses.withUnsafeMutableBufferPointer { documents in
            reports.withUnsafeMutableBufferPointer { lists in
                let (documents, lists) = (documents, lists)
                concurrently(chunks) { c in
                    for i in (count * c / chunks)..<(count * (c + 1) / chunks) {
                        documents[i].candidates = []
                        documents[i].names = []
                        documents[i].containment = []
                        lists[i] = []
                    }
                }
            }
        }
    }

    /// The countries and the regions of countries that `countries.tsv` and `regions.tsv` name.
    static let broadPlaces: Set<String> = Set(Resources.rows("countries.tsv").compactMap(\.first) + Resources.rows("regions.tsv").compactMap(\.first))

    /// The event a group of reports tells, without those that lie in digest items that tell
    /// another story than the corpus's (`offStory`, by document and item), or nil when all do. `nameOf` gives the
    /// corpus's number of each word book's names, as `actors` knows them. `counts` is the
    /// caller's scratch, a zero per word of `merged.words`, and is left as it was found.
    /// `settled` tells, by document, whether the page's own text (or the manifest) dates it.
    func makeEvent(_ cluster: [Int], of reports: [[EventCandidate]], merged: EventMerger.Merged,
                   actors: ActorIndex, nameOf: [[Int32]], offStory: [[Bool]], issues: IssueFinder, containment: [String: Set<String>],
                   settled: [Bool], counts: inout [Int32]) -> Event? {
        // The reports in reading order, each as (document, place among its reports).
        // A report in an item that tells another story is none of the event's.
        let at = cluster.map { i in
            let d = Int(merged.document[i]), k = Int(merged.slot[i])
            return (report: i, d: d, k: k, order: (reports[d][k].documentIndex, reports[d][k].sentenceStart, reports[d][k].timexStart))
        }.filter { m in !(offStory[m.d].indices.contains(reports[m.d][m.k].item) && offStory[m.d][reports[m.d][m.k].item]) }.sorted { $0.order < $1.order }
        if at.isEmpty { return nil }
        let count = at.count
        // The event's distinct date values, each report's, and how many documents give each.
        var values: [String] = []
        var valueOf = [Int](repeating: 0, count: count)
        // A lede dated only by its page counts when nothing else dates the event.
        let explicit = (0..<count).contains { !reports[at[$0].d][at[$0].k].implicit }
        let counted = { (m: Int) in !explicit || !reports[at[m].d][at[m].k].implicit }
        var finest = Precision.year
        for m in 0..<count {
            let v = reports[at[m].d][at[m].k].value
            if let x = values.firstIndex(of: v) { valueOf[m] = x } else { valueOf[m] = values.count; values.append(v) }
            if counted(m) { finest = max(finest, reports[at[m].d][at[m].k].precision) }
        }
        var support = [Int](repeating: 0, count: values.count)
        var lastDocument = [Int](repeating: -1, count: values.count)
        var atFinest = [Bool](repeating: false, count: values.count)
        for m in 0..<count where counted(m) {
            let x = valueOf[m]
            if lastDocument[x] != at[m].d { lastDocument[x] = at[m].d; support[x] += 1 }
            if reports[at[m].d][at[m].k].precision == finest { atFinest[x] = true }
        }
        // A day given only as a bound ("by Thursday he had resigned") yields to one given as the
        // happening's own when as many documents give each.
        var bounded = [Bool](repeating: true, count: values.count)
        for m in 0..<count where !Self.isBound(reports[at[m].d][at[m].k]) { bounded[valueOf[m]] = false }
        // Then a day written out ("Wednesday (19)", "Nov. 19") wins over one read from a weekday
        // or "yesterday" alone on a page whose date is a guess; on a page that dates itself the
        // weekday is as sure. Then the day of the earliest page that gives it after it wins: the
        // account written at the time over a later recap.
        var written = [Bool](repeating: false, count: values.count)
        var firstTold = [Int](repeating: Int.max, count: values.count)
        if values.count > 1 {
            for m in 0..<count where counted(m) {
                let r = reports[at[m].d][at[m].k]
                if settled[r.documentIndex] || Self.writesDay(r.timex) { written[valueOf[m]] = true }
                if r.precision == .day, let published = r.published?.dayNumber, let day = CalendarDate(iso: String(r.value.prefix(10)))?.dayNumber,
                   published >= day {
                    firstTold[valueOf[m]] = min(firstTold[valueOf[m]], published)
                }
            }
        }
        let dateIndex = values.indices.filter { atFinest[$0] }.max { a, b in
            (support[a], bounded[a] ? 0 : 1, written[a] ? 1 : 0, -firstTold[a], values[b]) < (support[b], bounded[b] ? 0 : 1, written[b] ? 1 : 0, -firstTold[b], values[a])
        }!
        let date = values[dateIndex]
        var conflicts: [Conflict] = []
        // A sentence that gives two days ("closed since 16 September, a day after a crack was
        // found") tells of two happenings: neither of its days disputes the other.
        var disagreeing = values.indices.filter { x in !EventMerger.compatible(values[x], date) && (0..<count).contains { valueOf[$0] == x && counted($0) } }
        if !disagreeing.isEmpty {
            // Each sentence's value, or -1 when it gives two.
            var sentenceValue: [Int: Int] = [:]
            let sentenceOf = { (m: Int) in at[m].d << 32 | reports[at[m].d][at[m].k].sentenceStart }
            for m in 0..<count {
                let key = sentenceOf(m)
                if let v = sentenceValue[key] { if v != valueOf[m] { sentenceValue[key] = -1 } } else { sentenceValue[key] = valueOf[m] }
            }
            disagreeing.removeAll { x in (0..<count).allSatisfy { valueOf[$0] != x || sentenceValue[sentenceOf($0)] == -1 } }
            // A paragraph that gives the event's day and, in another sentence, another day ("The
            // first cases were reported on 28 September. As of yesterday, 37 cases had been
            // recorded.") tells of two things; a box or aside elsewhere on the page that gives
            // another day does dispute it.
            let paragraphOf = { (m: Int) in reports[at[m].d][at[m].k].documentIndex << 32 | reports[at[m].d][at[m].k].line }
            let agreeing = Set((0..<count).filter { valueOf[$0] == dateIndex }.map(paragraphOf))
            disagreeing.removeAll { x in (0..<count).allSatisfy { valueOf[$0] != x || agreeing.contains(paragraphOf($0)) } }
            // "The death toll has risen to 14, the coast guard said Friday": a day that only dates
            // the telling does not dispute the happening's.
            // Nor does the stamp of the update or entry that tells of it ("UPDATE (11/19/2025 10:00
            // AM): The driver has been charged").
            disagreeing.removeAll { x in
                (0..<count).allSatisfy { valueOf[$0] != x || Self.isAttributed(reports[at[$0].d][at[$0].k]) || reports[at[$0].d][at[$0].k].saying }
            }
            // A time in a named zone a day from the event's local day ("21:47 UTC on 13 November"
            // for a quake early on the 14th, local time) is the same moment, not a dispute.
            let day = CalendarDate(iso: String(date.prefix(10)))?.dayNumber
            disagreeing.removeAll { x in
                (0..<count).allSatisfy { m in
                    let r = reports[at[m].d][at[m].k]
                    guard valueOf[m] == x else { return true }
                    guard r.zoned, let day, let own = CalendarDate(iso: String(r.value.prefix(10)))?.dayNumber else { return false }
                    return abs(own - day) == 1
                }
            }
        }
        if !disagreeing.isEmpty {
            let sides = [dateIndex] + disagreeing.sorted { values[$0] < values[$1] }
            conflicts.append(Conflict(attribute: "date", values: sides.map { x in
                let given = (0..<count).filter { valueOf[$0] == x }.map { reports[at[$0].d][at[$0].k] }
                return ConflictValue(value: values[x], documents: Set(given.map(\.document)).sorted(),
                                     evidence: given.map { "\($0.document): \($0.timex)" }.sorted())
            }))
        }
        var places: [String: Set<String>] = [:]
        for m in 0..<count { if let p = reports[at[m].d][at[m].k].place { places[p, default: []].insert(reports[at[m].d][at[m].k].document) } }
        // A page that sets the happening in two places, one of them another page's, does not
        // dispute that page ("seized ... in Garin Dawa" and, in passing, "fighters held in Niamey").
        let given = places
        for (p, documents) in given where documents.count == 1 {
            if given.contains(where: { $0.key != p && $0.value.count > 1 && $0.value.isSuperset(of: documents) }) { places[p] = nil }
        }
        // A country or region and a place the corpus never sets elsewhere ("England" and
        // "Sussex"): the place lies in it, as far as anyone can tell. A place and a part of it
        // named after it ("Seshego" and "Seshego Zone") are one place told more or less closely.
        let specific = places.keys.filter { p in
            !places.keys.contains { q in
                q != p && ((containment[q]?.contains(p) ?? false) || Self.broadPlaces.contains(p) && !Self.broadPlaces.contains(q) && containment[q] == nil
                    || q.hasPrefix(p + " "))
            }
        }
        // Two pages at least: one page that names two places disputes nothing.
        if specific.count >= 2, Set(specific.flatMap { places[$0]! }).count >= 2 {
            conflicts.append(Conflict(attribute: "place", values: specific.sorted().map { ConflictValue(value: $0, documents: places[$0]!.sorted()) }))
        }
        let place = specific.max { a, b in (places[a]!.count, b) < (places[b]!.count, a) }
        if at.contains(where: { $0.d != at[0].d }) {
            let own = Set(at.map { $0.d << 32 | $0.k })
            conflicts += FigureReader.shared.conflicts(at.map { m in
                let r = reports[m.d][m.k]
                let others = reports[m.d].indices.filter { j in
                    reports[m.d][j].sentenceStart == r.sentenceStart && reports[m.d][j].value != r.value && !reports[m.d][j].implicit
                        && !own.contains(m.d << 32 | j)
                }.map { reports[m.d][$0].timexStart - r.sentenceStart }
                return (r.document, Self.ownPart(of: r, besides: others), r.published)
            })
        }
        // On a tie, a status the text states ("threatened") beats "occurred", which is also what
        // a report says by default, and a threat called off ("averted") beats the threat.
        let specificity: [EventStatus] = [.occurred, .ongoing, .expected, .scheduled, .threatened, .averted]
        var statusVotes = [Int](repeating: 0, count: specificity.count)
        for m in 0..<count { statusVotes[specificity.firstIndex(of: reports[at[m].d][at[m].k].status)!] += 1 }
        var status = specificity[statusVotes.indices.max { a, b in (statusVotes[a], a) < (statusVotes[b], b) }!]
        // A plan that a report from on or after its date tells as done has happened.
        if status == .scheduled || status == .expected, let span = EventMerger.span(date),
           at.contains(where: { m in
               let r = reports[m.d][m.k]
               return r.status == .occurred && (r.published.map { $0.dayNumber >= span.lowerBound } ?? false)
           }) {
            status = .occurred
        }
        // How many reports use each word: all the event's words, for its issues.
        var touched: [Int32] = []
        for m in at { for w in merged.content[m.report] { if counts[Int(w)] == 0 { touched.append(w) }; counts[Int(w)] += 1 } }
        // The lead report, which names and titles the event: of those with its date, the one
        // that shares the most words with the other reports (the first such on a tie).
        // A report that tells the event as it stands ("heard", not "will hear") leads when there is one.
        let told = (0..<count).contains { valueOf[$0] == dateIndex && reports[at[$0].d][at[$0].k].status == status }
        let dated = { (m: Int) in valueOf[m] == dateIndex && (!told || reports[at[m].d][at[m].k].status == status) }
        // A report that says little but its day ("Decision Date: November 6") leads only when no other can.
        let full = (0..<count).contains { dated($0) && !reports[at[$0].d][at[$0].k].thin }
        let leads = { (m: Int) in dated(m) && (!full || !reports[at[m].d][at[m].k].thin) }
        var lead = (0..<count).first(where: leads) ?? 0
        if count > 2 {
            var leadShare = -1
            for m in 0..<count where leads(m) {
                let share = merged.content[at[m].report].reduce(0) { $0 + Int(counts[Int($1)]) - 1 }
                if share > leadShare { lead = m; leadShare = share }
            }
        }
        let eventIssues = issues.issues(where: { word in
            let id = merged.words.id(word)
            return id >= 0 && counts[Int(id)] > 0
        })
        for w in touched { counts[Int(w)] = 0 }
        // The actors: the names of the reports' sentences (one sentence's reports share its names).
        var actorNames: Set<String> = []
        var seenNames = IntTable(capacity: 64)
        for m in 0..<count where m == 0 || at[m].d != at[m - 1].d || at[m].order.1 != at[m - 1].order.1 {
            let book = nameOf[reports[at[m].d][at[m].k].vocabulary]
            for id in reports[at[m].d][at[m].k].names {
                let name = Int(book[Int(id)])
                if name >= 0, seenNames.insert(name, 0), let a = actors.actor(ofName: name) { actorNames.insert(a) }
            }
        }
        let leader = reports[at[lead].d][at[lead].k]
        let precision = leader.precision
        var sources = 0
        for m in 0..<count where m == 0 || at[m].d != at[m - 1].d { sources += 1 }
        let explicitness: Double = precision == .day ? 0.2 : (precision == .week || precision == .month ? 0.1 : 0)
        let confidence = min(1.0, 0.4 + 0.15 * Double(sources - 1) + explicitness - (conflicts.isEmpty ? 0 : 0.1))
        let mentions = at.map { m in
            let r = reports[m.d][m.k]
            return Mention(document: r.document, start: r.sentenceStart, end: r.sentenceEnd, text: r.sentence,
                           timex: r.timex, value: r.value, status: r.status, place: r.place)
        }
        return Event(id: Self.stableID(leader.document, leader.timexStart, leader.value), date: date, precision: precision, status: status,
                     title: EventExtractor.title(sentence: leader.sentence, timexOffset: leader.timexStart - leader.sentenceStart), actors: actorNames.sorted(), issues: eventIssues, place: place,
                     mentions: mentions, conflicts: conflicts, confidence: (confidence * 100).rounded() / 100, sources: sources)
    }

    /// A single report of a year or more before the story that is no happening of it: another
    /// story's that this one is likened to ("In 2023 a similar board fight ..."), or, three
    /// years back or more, a state since then ("the largest since 2015") or the writer's own
    /// past ("I wrote in 2019"). Other reports of those years ("founded in 1921") are the
    /// story's background, and its events.
    static func isOffStoryPast(_ event: Event, story: CalendarDate) -> Bool {
        guard event.sources == 1, let span = EventMerger.span(event.date), span.upperBound < story.dayNumber - 365 else { return false }
        let yearsBack = span.upperBound < story.dayNumber - 3 * 365
        return event.mentions.allSatisfy {
            switch EventExtractor.pastRole(sentence: $0.text, timex: $0.timex ?? "") {
            case .likened: return true
            case .aside: return yearsBack
            case .happening: return false
            }
        }
    }

    /// The phrases that date a page's passing remark rather than a happening when nothing else
    /// dates it (`clause-words.tsv`, "passing").
    static let passingPhrases = EventExtractor.clauseWords["passing"] ?? []

    /// A single page's report dated only by "this week" ("Attempts to reach him this week were
    /// unsuccessful", "The museum will remain closed this week"): a remark on the page's own
    /// days, not a happening of the story. Beside other reports of an event it still counts.
    static func isPassingRemark(_ event: Event) -> Bool {
        event.sources == 1 && event.mentions.allSatisfy { m in m.timex.map { passingPhrases.contains($0.lowercased()) } ?? false }
    }

    /// FNV-1a of the leading report: the same corpus gives the same id.
    static func stableID(_ document: String, _ offset: Int, _ value: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in "\(document)#\(offset)#\(value)".utf8 { h ^= UInt64(b); h &*= 0x100000001b3 }
        let hex = String(h, radix: 16)
        return "e" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
