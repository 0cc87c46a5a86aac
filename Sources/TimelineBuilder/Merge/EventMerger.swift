import Foundation
import EventModel

/// Groups the reports of all documents into one node per real-world event. A report is compared
/// only with clusters of the same or neighbouring months that share a specific word (an inverted
/// index by month and word), so the cost stays near-linear in the number of reports.
struct EventMerger {
    /// The seasons of TIMEX3 values ("2026-SU"): their names, and their first months as the
    /// meteorological seasons of the northern hemisphere count them.
    static let seasons: [String: (firstMonth: Int, name: String)] = [
        "SP": (3, "Spring"), "SU": (6, "Summer"), "FA": (9, "Autumn"), "WI": (12, "Winter"),
    ]

    /// The days a date value spans.
    static func span(_ value: String) -> ClosedRange<Int>? {
        if let d = CalendarDate(iso: value) { return d.dayNumber...d.dayNumber }
        let year = Int(value.prefix(4)) ?? 0
        let u = value.utf8
        let marker = u.count > 5 && u[u.index(u.startIndex, offsetBy: 4)] == 45 ? u[u.index(u.startIndex, offsetBy: 5)] : 0
        if marker == 87 {
            let week = Int(value.dropFirst(6).prefix(2)) ?? 1
            guard let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
            let monday = jan4.adding(days: (week - 1) * 7 - (jan4.weekday - 1))
            return value.hasSuffix("-WE") ? (monday.dayNumber + 5)...(monday.dayNumber + 6) : monday.dayNumber...(monday.dayNumber + 6)
        }
        if marker == 81 {
            let q = Int(value.suffix(1)) ?? 1
            guard let a = CalendarDate(year: year, month: (q - 1) * 3 + 1, day: 1) else { return nil }
            return a.dayNumber...(a.adding(months: 3).dayNumber - 1)
        }
        if value.count == 7, let season = seasons[String(value.suffix(2))], let a = CalendarDate(year: year, month: season.firstMonth, day: 1) {
            return a.dayNumber...(a.adding(months: 3).dayNumber - 1)
        }
        if value.count == 7, marker == 72, let h = Int(value.suffix(1)), let a = CalendarDate(year: year, month: h == 2 ? 7 : 1, day: 1) {
            return a.dayNumber...(a.adding(months: 6).dayNumber - 1)
        }
        if value.count == 7, let m = Int(value.dropFirst(5)), let a = CalendarDate(year: year, month: m, day: 1) {
            return a.dayNumber...(a.adding(months: 1).dayNumber - 1)
        }
        if value.count == 4, let a = CalendarDate(year: year, month: 1, day: 1) {
            return a.dayNumber...(CalendarDate(year: year + 1, month: 1, day: 1)!.dayNumber - 1)
        }
        return nil
    }

    /// Two values are compatible when one contains the other ("2025-10" and "2025-10-09").
    static func compatible(_ a: String, _ b: String) -> Bool {
        guard let x = span(a), let y = span(b) else { return a == b }
        return (x.lowerBound >= y.lowerBound && x.upperBound <= y.upperBound) || (y.lowerBound >= x.lowerBound && y.upperBound <= x.upperBound)
    }

    /// A date a cluster's reports give: its value (by id), the days it spans, and its day when it is one.
    struct GroupDate {
        var value: Int
        var span: ClosedRange<Int>?
        var day: Int?
    }

    /// Word weights are summed in millionths, so that a sum does not depend on the order of its terms.
    static let unit = 1_000_000.0

    /// Words at least this specific find the clusters a report is compared with; the words in more
    /// than about a third of all reports are too common to tie reports together on their own.
    static let lookupWeight = Int(1.0 * unit)
    /// Words at least this specific count as rare.
    static let rareWeight = Int(1.5 * unit)

    /// The groups of reports believed to be one event each, and the words of every report.
    /// Reports are numbered in document order: report `i` is `reports[document[i]][slot[i]]`.
    struct Merged {
        /// Each group's reports, as report numbers.
        var clusters: [[Int]]
        /// The document of each report, and its place among the document's reports.
        var document: [Int32]
        var slot: [Int32]
        /// The content words of all reports, each once.
        var words: StringTable
        /// Each report's content words, as ids into `words`, in increasing order.
        var content: FlatLists<Int32>
    }

    /// Worker threads for reading the reports' words.
    var workers = 1

    /// What the merge reads of each report before grouping them, numbered as in `Merged`.
    struct Reading {
        var document: [Int32] = []
        var slot: [Int32] = []
        /// The content words of all reports, each once.
        var words = StringTable()
        /// Each report's content words, as ids into `words`, in increasing order.
        var content = FlatLists<Int32>()
        /// Each report's words as they are compared (stems and synonyms' heads), in increasing order.
        var compared = FlatLists<Int>()
        /// The weight of each compared word: the rarer, the heavier.
        var weight: [Int] = []
        /// Whether each compared word is a word of an actor's name ("National", "Agency", "Grant").
        var nameWord: [Bool] = []
        /// Each distinct date value once, and the date of each report.
        var dates: [GroupDate] = []
        var dateOf: [Int] = []
        var precision: [Precision] = []
        var documentIndex: [Int] = []
        var sentenceStart: [Int] = []
        /// Whether each report's date is when it was said (see `EventCandidate.saying`).
        var saying: [Bool] = []
        /// Whether each report is dated only by its page (see `EventCandidate.implicit`).
        var implicit: [Bool] = []
        /// Whether each report's date is its page's own day, named as such ("today", "this morning").
        var pageDay: [Bool] = []
        /// Each report's local clock time, or -1 (see `EventCandidate.clock`).
        var clock: [Int16] = []
        /// Each report's first percentage, or -1 (see `EventCandidate.percent`).
        var percent: [Float] = []
        /// Whether each report's sentence says little but its date (see `EventCandidate.thin`).
        var thin: [Bool] = []
        /// Whether each report tells of a happening past (see `EventCandidate.status`).
        var occurred: [Bool] = []
        /// Each report's verb nearest its date (see `EventCandidate.predicate`), as its first
        /// compared word, or -1.
        var predicate: [Int] = []
        /// The same verb as its synonym group's first word ("seized" and "abducted" as one), or -1.
        var predicateHead: [Int] = []
        /// Whether each report that says little but its date gives a day after its page's
        /// publication (false for any other report).
        var ahead: [Bool] = []
        /// The day each report's sentence names as a state's start, or -1 (see `EventCandidate.sinceDay`).
        var sinceDay: [Int32] = []
        /// The day each report's weekday names when its date falls on another (see `slipDay`), or -1.
        var slipDay: [Int32] = []
        /// Each report's place in a sequence of its kind (see `EventCandidate.sequence`).
        var sequence: [Int8] = []
        /// The reports in the order they are grouped: the most precise first, then by date value, document and place.
        var ordered: [Int] = []
    }

    /// The groups of reports believed to be one event each, with the words each report's content
    /// was read as. `reports` holds each document's reports; `vocabularies` the `contentKeys` of
    /// each word book they were read with.
    func merge(_ reports: [[EventCandidate]], vocabularies: [[String]]) -> Merged {
        group(read(reports, vocabularies: vocabularies))
    }

    /// Reads the reports' words and dates, on all workers.
    ///
    /// `expansions` gives, by content key, the words an acronym stands for (see
    /// `acronymExpansions`): a report that writes "the NTB" shares them with one that writes
    /// "the National Testing Board". `nameWords` are the content words of the actors' names.
    func read(_ reports: [[EventCandidate]], vocabularies: [[String]], expansions: [String: [String]] = [:], nameWords: Set<String> = []) -> Reading {
        var r = Reading()
        for (d, list) in reports.enumerated() {
            for k in list.indices { r.document.append(Int32(d)); r.slot.append(Int32(k)) }
        }
        let count = r.document.count
        // Each content word once, with the ids of the words it is compared as.
        var stems = StringTable(capacity: 4096)
        var words = StringTable(capacity: 4096)
        var comparable: [[Int]] = []
        let wordOfKey: [[Int32]] = vocabularies.map { keys in
            keys.map { key in
                let w = words.intern(key)
                if Int(w) == comparable.count {
                    comparable.append((Words.comparable(key) + (expansions[key] ?? []).flatMap(Words.comparable)).map { Int(stems.intern($0)) })
                }
                return w
            }
        }
        r.words = words
        let document = r.document, slot = r.slot
        // Each report's words as ids and as compared, its date value (as an id among the chunk's
        // values) and its place, read in chunks on all workers, with the number of reports that
        // use each compared word.
        let stemCount = stems.keys.count
        let chunks = workers > 1 && count >= 1024 ? workers * 4 : 1
        struct Part {
            var compared = FlatLists<Int>(), content = FlatLists<Int32>(), df: [Int]
            var values = StringTable(capacity: 64), valueOf: [Int32] = []
            var precision: [Precision] = [], documentIndex: [Int] = [], sentenceStart: [Int] = [], timexStart: [Int] = []
            var saying: [Bool] = [], implicit: [Bool] = [], pageDay: [Bool] = [], clock: [Int16] = [], percent: [Float] = [], thin: [Bool] = [], occurred: [Bool] = [], ahead: [Bool] = [], predicate: [Int] = [], predicateHead: [Int] = []
            var sinceDay: [Int32] = [], slipDay: [Int32] = [], sequence: [Int8] = []
        }
        var parts = [Part](repeating: Part(df: []), count: chunks)
        parts.withUnsafeMutableBufferPointer { buffer in
            let out = buffer
            func read(_ c: Int) {
                var part = Part(df: [Int](repeating: 0, count: stemCount))
                let range = (count * c / chunks)..<(count * (c + 1) / chunks)
                part.compared = FlatLists(reservingLists: range.count, elements: range.count * 16)
                part.content = FlatLists(reservingLists: range.count, elements: range.count * 16)
                var list: [Int] = [], unique: [Int] = [], own: [Int32] = []
                for i in range {
                    let d = Int(document[i]), k = Int(slot[i])
                    reports[d].withUnsafeBufferPointer { list0 in
                        let report = list0.baseAddress! + k
                        let map = wordOfKey[report.pointee.vocabulary]
                        own.removeAll(keepingCapacity: true)
                        list.removeAll(keepingCapacity: true)
                        for key in report.pointee.content {
                            let w = map[Int(key)]
                            own.append(w)
                            list += comparable[Int(w)]
                        }
                        list.sort()
                        unique.removeAll(keepingCapacity: true)
                        for id in list where unique.last != id { unique.append(id); part.df[id] += 1 }
                        part.compared.append(unique)
                        own.sort()
                        part.content.append(own)
                        part.valueOf.append(part.values.intern(report.pointee.value))
                        part.precision.append(report.pointee.precision)
                        part.documentIndex.append(report.pointee.documentIndex)
                        part.sentenceStart.append(report.pointee.sentenceStart)
                        part.timexStart.append(report.pointee.timexStart)
                        part.saying.append(report.pointee.saying)
                        part.implicit.append(report.pointee.implicit)
                        part.pageDay.append(Self.isPageDay(report.pointee.timex))
                        part.clock.append(report.pointee.clock)
                        part.percent.append(report.pointee.percent)
                        part.thin.append(report.pointee.thin)
                        part.occurred.append(report.pointee.status == .occurred)
                        let verb = report.pointee.predicate
                        part.predicate.append(verb >= 0 ? comparable[Int(map[Int(verb)])].first ?? -1 : -1)
                        part.predicateHead.append(verb >= 0 ? comparable[Int(map[Int(verb)])].last ?? -1 : -1)
                        part.sinceDay.append(report.pointee.sinceDay)
                        part.slipDay.append(Self.slipDay(report.pointee.timex, report.pointee.value))
                        part.sequence.append(report.pointee.sequence)
                        part.ahead.append(report.pointee.thin && report.pointee.published.map { p in CalendarDate(iso: report.pointee.value).map { $0 > p } ?? false } ?? false)
                    }
                }
                out[c] = part
            }
            if chunks > 1 { DispatchQueue.concurrentPerform(iterations: chunks, execute: read) } else { read(0) }
        }
        var df = [Int](repeating: 0, count: stemCount)
        r.compared = FlatLists(reservingLists: count, elements: parts.reduce(0) { $0 + $1.compared.elements.count })
        r.content = FlatLists(reservingLists: count, elements: parts.reduce(0) { $0 + $1.content.elements.count })
        r.dateOf.reserveCapacity(count)
        var timexStart: [Int] = []
        timexStart.reserveCapacity(count)
        // Each distinct date value once: its id, the days it spans and its day.
        var valueIDs = StringTable(capacity: 1024)
        for c in parts.indices {
            let ids = parts[c].values.keys.map { value in
                let id = Int(valueIDs.intern(value))
                if id == r.dates.count { r.dates.append(GroupDate(value: id, span: Self.span(value), day: CalendarDate(iso: value)?.dayNumber)) }
                return id
            }
            r.dateOf += parts[c].valueOf.map { ids[Int($0)] }
            r.compared.append(contentsOf: parts[c].compared)
            r.content.append(contentsOf: parts[c].content)
            r.precision += parts[c].precision
            r.documentIndex += parts[c].documentIndex
            r.sentenceStart += parts[c].sentenceStart
            timexStart += parts[c].timexStart
            r.saying += parts[c].saying
            r.implicit += parts[c].implicit
            r.pageDay += parts[c].pageDay
            r.clock += parts[c].clock
            r.percent += parts[c].percent
            r.thin += parts[c].thin
            r.occurred += parts[c].occurred
            r.predicate += parts[c].predicate
            r.predicateHead += parts[c].predicateHead
            r.ahead += parts[c].ahead
            r.sinceDay += parts[c].sinceDay
            r.slipDay += parts[c].slipDay
            r.sequence += parts[c].sequence
            for (id, n) in parts[c].df.enumerated() { df[id] += n }
            parts[c] = Part(df: [])
        }
        r.nameWord = [Bool](repeating: false, count: stemCount)
        for word in nameWords { for stem in Words.comparable(word) { let id = Int(stems.id(stem)); if id >= 0, id < stemCount { r.nameWord[id] = true } } }
        let n = Double(max(count, 1))
        // A word no report uses weighs nothing.
        r.weight = df.map { $0 == 0 ? 0 : Int((max(0.2, log(n / Double($0))) * Self.unit).rounded()) }
        var valueRank = [Int](repeating: 0, count: r.dates.count)
        for (rank, id) in valueIDs.keys.indices.sorted(by: { valueIDs.keys[$0] < valueIDs.keys[$1] }).enumerated() { valueRank[id] = rank }
        var order = (0..<count).map { i in
            (first: UInt64(4 - r.precision[i].rank) << 40 | UInt64(valueRank[r.dateOf[i]]),
             second: UInt64(r.documentIndex[i]) << 32 | UInt64(timexStart[i]), report: i)
        }
        order.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        r.ordered = order.map(\.report)
        return r
    }

    /// The content words each acronym of the corpus stands for, by the acronym's content key
    /// ("ntb" → "national", "testing", "board"): an organization's name of two words or more
    /// whose initials the corpus also names as an organization, when no other name has them.
    static func acronymExpansions(_ names: [[ActorIndex.NameKey]]) -> [String: [String]] {
        var organizations: Set<String> = []
        for list in names { for n in list where n.kind == .actor(.organization) { organizations.insert(n.canonical) } }
        var found: [String: Set<String>] = [:]
        for name in organizations where name.contains(" ") {
            let initials = ActorIndex.initials(name)
            guard initials.count >= 2, initials != name, organizations.contains(initials) else { continue }
            found[initials, default: []].insert(name)
        }
        var out: [String: [String]] = [:]
        for (initials, full) in found where full.count == 1 {
            let words = full.first!.split(separator: " ").map { $0.lowercased() }.filter(Words.isContent).map(Words.lemma)
            out[Words.lemma(initials.lowercased())] = words
        }
        return out
    }

    /// The content words of the actors' names ("national", "agency", "grant"), lemmatized: an
    /// actor's name tells who acted, not which of the actor's acts a report tells of.
    static func nameWords(_ names: [[ActorIndex.NameKey]]) -> Set<String> {
        var out: Set<String> = []
        for list in names {
            for n in list {
                guard case .actor = n.kind else { continue }
                for word in n.canonical.split(separator: " ") {
                    let lower = word.lowercased()
                    if Words.isContent(lower) { out.insert(Words.lemma(lower)) }
                }
            }
        }
        return out
    }

    /// Groups the reports, in the order read, into events.
    func group(_ r: Reading) -> Merged {
        let weight = r.weight, dates = r.dates, dateOf = r.dateOf
        // The clusters, as parallel arrays: members, words, the weight of those words, dates and documents.
        var members: [[Int]] = []
        var totalWeight: [Int] = []
        var groupDates: [[GroupDate]] = []
        var buckets: [Int] = []
        // Cluster × word and cluster × document, as keys `cluster << 32 | word`.
        var content = IntTable()
        var documents = IntTable()
        // The clusters that hold a word in a month: `postings[index[month << 32 | word]]`.
        var postingIndex = IntTable()
        var postings: [[Int32]] = []
        // The clusters that already hold a report of a sentence: a sentence is never one event twice.
        var sentenceIndex = IntTable()
        var sentenceGroups: [[Int32]] = []
        // Per group, the weight of the current report's lookup words it shares, and how many are rare.
        var sharedKeys: [Int] = [], rareKeys: [Int] = [], plainRareKeys: [Int] = [], touched: [Int] = []
        // The clusters found for the current report, as `month << 32 | cluster`, where month
        // counts from the first month looked in (the month before the report's): sorted, the
        // earlier month first, then cluster by cluster.
        var found: [Int] = []
        // The current report's words too common to look clusters up by.
        var common: [Int] = []
        // The reports' words and fields in the order they are grouped, so that the loop reads
        // memory in sequence, and the month each date is filed under.
        let order = r.ordered
        var wordStart = [Int](repeating: 0, count: order.count + 1)
        for (p, i) in order.enumerated() { wordStart[p + 1] = wordStart[p] + r.compared.bounds(i).count }
        // Gathered on all workers: with hundreds of thousands of reports, this alone took a core a good part of a second.
        let flatWords = [Int](unsafeUninitializedCapacity: wordStart[order.count]) { buffer, filled in
            let out = buffer
            r.compared.elements.withUnsafeBufferPointer { all in
                let chunks = workers > 1 && order.count >= 4096 ? workers * 4 : 1
                let gather = { (c: Int) in
                    for p in (order.count * c / chunks)..<(order.count * (c + 1) / chunks) {
                        let from = UnsafeBufferPointer(rebasing: all[r.compared.bounds(order[p])])
                        _ = UnsafeMutableBufferPointer(rebasing: out[wordStart[p]..<wordStart[p + 1]]).initialize(from: from)
                    }
                }
                if chunks > 1 { DispatchQueue.concurrentPerform(iterations: chunks, execute: gather) } else { gather(0) }
            }
            filled = wordStart[order.count]
        }
        let dateAt = order.map { dateOf[$0] }, precisionAt = order.map { r.precision[$0] }
        let documentAt = order.map { r.documentIndex[$0] }, sentenceAt = order.map { r.sentenceStart[$0] }
        let sayingAt = order.map { r.saying[$0] }, slipAt = order.map { Int(r.slipDay[$0]) }
        let implicitAt = order.map { r.implicit[$0] }, clockAt = order.map { r.clock[$0] }, pageDayAt = order.map { r.pageDay[$0] }
        // Per cluster, the local clock times and the percentages its reports give.
        var groupClocks: [[Int16]] = [], groupPercents: [[Float]] = []
        // Per cluster, the moments its reports' clocks give on their days, in minutes from day 0.
        var groupMoments: [[Int]] = []
        // The days each sentence gives its reports: a sentence that tells of one happening on
        // Thursday and another on Friday ("jumped on Friday, since the approval on Thursday")
        // keeps the two apart, so an event nearer Thursday than Friday is the Thursday report's,
        // not the Friday report's with its day in dispute.
        var sentenceDays: [Int: [Int]] = [:]
        for p in order.indices {
            if let day = dates[dateAt[p]].day { sentenceDays[documentAt[p] << 32 | sentenceAt[p], default: []].append(day) }
            if r.sinceDay[order[p]] >= 0 { sentenceDays[documentAt[p] << 32 | sentenceAt[p], default: []].append(Int(r.sinceDay[order[p]])) }
        }
        // Whether the sentence of a report of `own` day, of `document`, gives another day nearer `day`.
        func nearerTold(_ document: Int, _ sentence: Int, own: Int, _ day: Int) -> Bool {
            sentenceDays[document << 32 | sentence]?.contains { $0 != own && abs(day - $0) < abs(day - own) } ?? false
        }
        func toldApart(_ p: Int, _ days: [GroupDate]) -> Bool {
            guard let own = dates[dateAt[p]].day else { return false }
            return days.contains { d in d.day.map { nearerTold(documentAt[p], sentenceAt[p], own: own, $0) } ?? false }
        }
        // Whether a cluster's reports each come from a sentence that gives another day nearer
        // `day` than their own ("issued red alerts on Sunday from Monday" is not a happening of
        // Tuesday with its day in dispute: its Monday is nearer).
        func toldApart(_ g: Int, from day: Int) -> Bool {
            !members[g].isEmpty && members[g].allSatisfy { i in
                dates[dateOf[i]].day.map { nearerTold(r.documentIndex[i], r.sentenceStart[i], own: $0, day) } ?? false
            }
        }
        // Whether each cluster holds only reports dated by when they were said: neither it nor
        // such a report takes a report a few days off as the same event with its day in dispute.
        var sayingOnly: [Bool] = []
        let bucketOf = dates.map { d in d.span.map { Self.bucket(middle: ($0.lowerBound + $0.upperBound) / 2) } ?? 0 }
        // The reports that fit only events a few days from their own date, each with where in
        // `fits` those events are listed.
        var deferred: [(p: Int, fits: Range<Int>)] = []
        // The reports that fit no event when they came, and so began one.
        var founders: [Int] = []
        var fits: [Int] = [], nearFits: [Int] = []
        var nearLinks: [(from: Int, to: Int)] = []
        var groupOf = [Int](repeating: -1, count: order.count)
        // The events of each day by the verbs nearest the date of their reports, as `value << 32 | verb`.
        var byPredicate: [Int: [Int]] = [:]
        let predicateAt = order.map { r.predicate[$0] }, verbAt = order.map { r.predicateHead[$0] }
        // Whether a report and every report of an event each tell of their own page's day
        // ("rose to 11 today" on the 7th, "Today hundreds of workers blocked the highway" on the
        // 9th): pages a few days apart that each say "today" tell of different days' news.
        func pagesOwnDays(_ p: Int, _ g: Int) -> Bool {
            pageDayAt[p] && members[g].allSatisfy { r.pageDay[$0] && r.documentIndex[$0] != documentAt[p] }
        }
        // Whether a report and an event a few days off are of different places in a sequence ("the
        // second worker's body" on Friday, "the body of one of the workers" on Wednesday).
        func sequenceApart(_ p: Int, _ g: Int) -> Bool {
            let own = r.sequence[order[p]]
            return !members[g].contains { r.sequence[$0] == own } && (own > 0 || members[g].allSatisfy { r.sequence[$0] > 0 })
        }
        // Whether a report's clock lies a few hours from one of an event's across a midnight, and
        // the event holds the verb nearest its date: one happening told on either day it straddles.
        func straddles(_ p: Int, _ g: Int) -> Bool {
            guard clockAt[p] >= 0, verbAt[p] >= 0, let day = dates[dateAt[p]].day, content[g << 32 | verbAt[p]] >= 0 else { return false }
            return Self.nearMoment(Self.moments(day: day, clock: clockAt[p]), groupMoments[g])
        }
        // Whether a report dated by a verb of its own names an event a few days off only in passing:
        // "In a petition filed on Tuesday, the governor argues ... before the motion was tabled"
        // holds the verb the event's reports are dated by ("tabled ... on Monday") but not as the
        // verb of its own date, which no report of the event has.
        func namesInPassing(_ p: Int, _ g: Int, _ words: ArraySlice<Int>) -> Bool {
            guard verbAt[p] >= 0, !implicitAt[p], content[g << 32 | verbAt[p]] < 0 else { return false }
            return members[g].allSatisfy { r.predicateHead[$0] >= 0 && !r.implicit[$0] && words.contains(r.predicateHead[$0]) }
        }
        // Whether a lede dated only by its page has its verb in a report of the same page that
        // an event holds ("The High Court has granted ... leave" and "granted leave yesterday"):
        // the page itself gives the day its lede leaves out.
        func ownDated(_ p: Int, _ g: Int) -> Bool {
            verbAt[p] >= 0 && members[g].contains { r.documentIndex[$0] == documentAt[p] && r.predicateHead[$0] == verbAt[p] && !r.implicit[$0] }
        }
        // The events of each page by the verb of their reports, as `document << 33 | verb << 1 | implicit`:
        // a page's lede dated only by the page and a sentence of the same page that dates the
        // lede's verb on that day ("MCAs have voted to impeach the governor" and "37 of the 52
        // members voted ... on Wednesday evening") tell one happening, whatever else they say.
        var pageVerbGroups: [Int: [Int]] = [:]
        // The events of each day whose reports give a percentage, by the date's value.
        var percentGroups: [Int: [Int]] = [:]
        for (p, i) in order.enumerated() {
            let documentIndex = documentAt[p], precision = precisionAt[p]
            let date = dates[dateAt[p]]
            let sp = date.span
            let b = bucketOf[dateAt[p]]
            let words = flatWords[wordStart[p]..<wordStart[p + 1]]
            common.removeAll(keepingCapacity: true)
            var mine = 0, commonWeight = 0
            for w in words {
                mine += weight[w]
                if weight[w] < Self.lookupWeight { common.append(w); commonWeight += weight[w] }
            }
            let sentenceKey = documentIndex << 32 | sentenceAt[p]
            found.removeAll(keepingCapacity: true)
            // The months whose events a report may tell of: its own and those beside it, or every
            // month of a year it gives ("Born in Memphis in 1938" finds "born on March 3, 1938").
            let lookup = sp.map { $0.count > 62 && $0.count <= 366 ? Self.bucket(middle: $0.lowerBound) - 1...Self.bucket(middle: $0.upperBound) + 1 : b - 1...b + 1 } ?? b - 1...b + 1
            sharedKeys.withUnsafeMutableBufferPointer { sharedKeys in
                rareKeys.withUnsafeMutableBufferPointer { rareKeys in
                  plainRareKeys.withUnsafeMutableBufferPointer { plainRareKeys in
                    for w in words {
                        let wt = weight[w]
                        guard wt >= Self.lookupWeight else { continue }
                        let rare = wt >= Self.rareWeight ? 1 : 0, plain = rare == 1 && !r.nameWord[w] ? 1 : 0
                        for bucket in lookup {
                            let list = postingIndex[bucket << 32 | w]
                            guard list >= 0 else { continue }
                            postings[Int(list)].withUnsafeBufferPointer { groups in
                                for g32 in groups {
                                    let g = Int(g32)
                                    if sharedKeys[g] == 0 { touched.append(g); found.append((bucket - lookup.lowerBound) << 32 | g) }
                                    sharedKeys[g] += wt
                                    rareKeys[g] += rare
                                    plainRareKeys[g] += plain
                                }
                            }
                        }
                    }
                  }
                }
            }
            let sentenceList = sentenceIndex[sentenceKey]
            let sameSentence = sentenceList >= 0 ? sentenceGroups[Int(sentenceList)] : []
            var best: (group: Int, score: Double)? = nil
            // The best event of the report's own day that holds the verb nearest its date.
            var bestTold: (group: Int, score: Double)? = nil
            // The most words shared with an event of the report's own day, and with one a few days off.
            var bestSame = (shared: 0.0, rare: 0), bestNear = (group: -1, score: 0.0, shared: 0.0, rare: 0)
            // No rule merges on less than this much shared weight.
            let floor = Int(2.5 * Self.unit) - commonWeight
            found.removeAll { sharedKeys[$0 & 0xFFFF_FFFF] < floor || sameSentence.contains(Int32($0 & 0xFFFF_FFFF)) }
            found.sort()
            for key in found {
                let g = key & 0xFFFF_FFFF
                if clockAt[p] >= 0, Self.hoursApart(clockAt[p], groupClocks[g]) { continue }
                var sharedWeight = sharedKeys[g]
                for w in common where content[g << 32 | w] >= 0 { sharedWeight += weight[w] }
                let shared = Double(sharedWeight) / Self.unit, rare = rareKeys[g]
                let ratio = Double(sharedWeight) / Double(max(Int(Self.unit), min(mine, totalWeight[g])))
                var score = -1.0
                let known = groupDates[g]
                if precision >= .week, known.contains(where: { $0.value == date.value }) {
                    if shared >= 3.5 || ratio >= 0.3 && shared >= 2.5 { score = 2 + ratio }
                } else if known.contains(where: { Self.compatible($0.span, sp, $0.value, date.value) }) {
                    if shared >= 5 || ratio >= 0.35 && shared >= 3 { score = 1 + ratio }
                } else if !sayingAt[p], !sayingOnly[g], let day = date.day, known.contains(where: { $0.day != nil }),
                          known.allSatisfy({ $0.day.map { abs($0 - day) <= Self.nearDays } ?? true }), !toldApart(p, known),
                          !implicitAt[p] || Self.recentlyBefore(day, known) && (documents[g << 32 | documentIndex] < 0 || ownDated(p, g)),
                          !Self.figuresDiffer(r.percent[i], groupPercents[g]), !pagesOwnDays(p, g), !sequenceApart(p, g), !namesInPassing(p, g, words) {
                    // A few days apart (see `nearDayMatch`). Every day of the cluster must be near,
                    // so that a daily happening ("shelling continued on Tuesday") never chains into one event;
                    // and a report that names its own day must share a rare word besides the actors'
                    // names, which act on many days (a lede dated only by its page may be told by its names).
                    if (implicitAt[p] && (verbAt[p] < 0 || content[g << 32 | verbAt[p]] >= 0) || plainRareKeys[g] >= 1) && Self.nearDayMatch(rare: rare, shared: shared, ratio: ratio, otherDocument: documents[g << 32 | documentIndex] < 0)
                        || implicitAt[p] && rare >= 2 && ownDated(p, g)
                        || straddles(p, g)
                        || slipAt[p] >= 0 && (rare >= 1 || ratio >= Self.slipSay) && known.contains(where: { $0.day == slipAt[p] }) { score = max(ratio, 0.01) }
                }
                if score > 0, score < 1 { nearFits.append(g) }
                if score > 0, best == nil || score > best!.score { best = (g, score) }
                if score >= 2, verbAt[p] >= 0, content[g << 32 | verbAt[p]] >= 0, score > bestTold?.score ?? 0 { bestTold = (g, score) }
                if score >= 1, shared > bestSame.shared { bestSame = (shared, rare) }
                if score > 0, score < 1, shared > bestNear.shared { bestNear = (g, score, shared, rare) }
            }
            // "Ellison was kidnapped on November 9 ... by gunmen who killed a guard": of two events
            // of its day, the report tells the one that holds the verb nearest its date, not the
            // one it merely shares more words with.
            if let told = bestTold, let b = best, b.score >= 2, b.group != told.group, content[b.group << 32 | verbAt[p]] < 0 { best = told }
            // "Lunas made landfall on 10 November" says far more of the landfall a day off than of
            // anything on the 10th: a source with the day wrong, not a happening of that day. So
            // does a report that shares some rare words with its day's event but twice as much with
            // one a day off, which it nearly repeats ("on Wednesday arrested five persons, including
            // the owner of a coaching centre", where another page arrested six on Tuesday).
            if let b = best, b.score >= 1, bestNear.group >= 0,
               bestSame.rare <= 1 && bestNear.shared >= 1.5 * bestSame.shared && bestNear.rare >= bestSame.rare + 2
                || bestNear.score >= 0.75 && bestNear.shared >= 2 * bestSame.shared && bestNear.rare >= bestSame.rare + 3 {
                best = (bestNear.group, bestNear.score)
            }
            // "The company announced the ban on Tuesday" and "The restrictions were announced on
            // Tuesday 8 July": two pages' reports of one day whose verb nearest the date is the
            // same, and that share some other word, tell one happening, however common the
            // story's own words have made the rest.
            if best.map({ $0.score < 2 }) ?? true, date.day != nil, predicateAt[p] >= 0, let groups = byPredicate[dateAt[p] << 32 | predicateAt[p]] {
                var pick: (group: Int, shared: Int)? = nil
                for g in groups where documents[g << 32 | documentIndex] < 0 && !sameSentence.contains(Int32(g)) {
                    if clockAt[p] >= 0, Self.hoursApart(clockAt[p], groupClocks[g]) { continue }
                    var shared = 0
                    for w in words where w != predicateAt[p] && content[g << 32 | w] >= 0 { shared += weight[w] }
                    if shared >= Int(Self.sameVerbWeight * Self.unit), shared > pick?.shared ?? 0 { pick = (g, shared) }
                }
                if let pick { best = (pick.group, 2) }
            }
            // "fell 8.2 percent on the Kosdaq on Tuesday" and "Corvan Media ... closed down 7.9
            // percent Tuesday": another page's figure of the day for the same names, read at
            // another hour or rounded another way, is the same happening's, in dispute.
            if best.map({ $0.score < 2 }) ?? true, r.percent[i] > 0, date.day != nil, let groups = percentGroups[dateAt[p]],
               let g = groups.first(where: { g in
                   documents[g << 32 | documentIndex] < 0 && !sameSentence.contains(Int32(g)) && Self.figureRetold(r.percent[i], groupPercents[g])
                       && words.contains { r.nameWord[$0] && content[g << 32 | $0] >= 0 }
               }) {
                best = (g, 2)
            }
            if verbAt[p] >= 0, date.day != nil, let groups = pageVerbGroups[documentIndex << 33 | verbAt[p] << 1 | (implicitAt[p] ? 0 : 1)],
               let g = groups.first(where: { g in !sameSentence.contains(Int32(g)) && groupDates[g].contains { $0.value == date.value } }) {
                best = (g, 3)
            }
            for g in touched { sharedKeys[g] = 0; rareKeys[g] = 0; plainRareKeys[g] = 0 }
            touched.removeAll(keepingCapacity: true)
            // A report that fits only an event a few days off waits for every event to form.
            if let best, best.score < 1 { deferred.append((p, fits.count..<fits.count + nearFits.count)); fits += nearFits }
            if best == nil { founders.append(p) }
            let g: Int
            if let best, best.score >= 1 { g = best.group } else {
                g = members.count
                members.append([]); totalWeight.append(0); groupDates.append([]); buckets.append(b); sayingOnly.append(true); groupClocks.append([]); groupPercents.append([]); groupMoments.append([])
                sharedKeys.append(0); rareKeys.append(0); plainRareKeys.append(0)
            }
            // A report that joins an event of its own day but also fits one a few days off links
            // the two, for the deferred reports of that one to consider.
            if let best, best.score >= 1 { for h in nearFits { nearLinks.append((h, g)) } }
            nearFits.removeAll(keepingCapacity: true)
            members[g].append(i)
            groupOf[p] = g
            if predicateAt[p] >= 0, date.day != nil {
                let key = dateAt[p] << 32 | predicateAt[p]
                if byPredicate[key]?.contains(g) != true { byPredicate[key, default: []].append(g) }
            }
            if verbAt[p] >= 0, date.day != nil {
                let key = documentIndex << 33 | verbAt[p] << 1 | (implicitAt[p] ? 1 : 0)
                if pageVerbGroups[key]?.contains(g) != true { pageVerbGroups[key, default: []].append(g) }
            }
            if clockAt[p] >= 0 { groupClocks[g].append(clockAt[p]) }
            if clockAt[p] >= 0, let day = date.day { groupMoments[g] += Self.moments(day: day, clock: clockAt[p]) }
            if r.percent[i] >= 0 { groupPercents[g].append(r.percent[i]) }
            if r.percent[i] > 0, date.day != nil, percentGroups[dateAt[p]]?.contains(g) != true { percentGroups[dateAt[p], default: []].append(g) }
            sayingOnly[g] = sayingOnly[g] && sayingAt[p]
            if !sameSentence.contains(Int32(g)) {
                if sentenceList >= 0 { sentenceGroups[Int(sentenceList)].append(Int32(g)) } else {
                    sentenceIndex.insert(sentenceKey, Int32(sentenceGroups.count))
                    sentenceGroups.append([Int32(g)])
                }
            }
            documents.insert(g << 32 | documentIndex, 0)
            if !groupDates[g].contains(where: { $0.value == date.value }) { groupDates[g].append(date) }
            for w in words where content.insert(g << 32 | w, 0) {
                totalWeight[g] += weight[w]
                let key = buckets[g] << 32 | w
                if postingIndex.insert(key, Int32(postings.count)) { postings.append([Int32(g)]) } else { postings[Int(postingIndex[key])].append(Int32(g)) }
            }
        }
        // A report that fits only events a few days off joins the one it fits best once all have
        // formed, with the reports of its own day that gathered round it: the event it tells of,
        // on its neighbouring day, may have formed after it ("stood down on Monday", where the
        // others say Tuesday), and joining the first to fit would chain unlike reports together.
        // The events it fits are those it found, and those of later deferred reports that found
        // its own; an event that has since joined another is looked for there.
        var laterFits: [Int: [Int]] = [:]
        var movedTo: [Int: Int] = [:]
        func resolved(_ g: Int) -> Int {
            var g = g
            while let next = movedTo[g] { g = next }
            return g
        }
        for d in deferred {
            for g in fits[d.fits] { laterFits[g, default: []].append(groupOf[d.p]) }
        }
        for link in nearLinks { laterFits[link.from, default: []].append(link.to) }
        // Whether a document tells of both events on different days ("the quake hit shortly
        // before 7am" on Friday, "an aftershock struck in the early hours of Saturday"). When each
        // event has several documents, those are two happenings: a page that disputes its own
        // day does so in a box or aside of its own, which forms an event of one document.
        func selfDisputed(_ a: Int, _ b: Int) -> Bool {
            var days: [Int: Set<Int>] = [:]
            for i in members[a] where !r.implicit[i] { if let d = dates[dateOf[i]].day { days[r.documentIndex[i], default: []].insert(d) } }
            return members[b].contains { i in
                guard !r.implicit[i], let d = dates[dateOf[i]].day, let own = days[r.documentIndex[i]] else { return false }
                return !own.contains(d)
            }
        }
        // The report at `p` joins the one of `candidates` (events, some since moved) it fits best
        // a few days off, with the event it is in.
        func settle(_ p: Int, candidates found: [Int]) {
            let own = groupOf[p]
            // A lede dated only by its page tells of a day just before it ("A jury has convicted
            // ..." the day after the verdict) only with what other pages tell, and only alone.
            guard let day = dates[dateAt[p]].day, !implicitAt[p] || members[own].count == 1 else { return }
            let documentIndex = documentAt[p], sentence = sentenceAt[p]
            let words = flatWords[wordStart[p]..<wordStart[p + 1]]
            var mine = 0
            for w in words { mine += weight[w] }
            // Two events that each several documents date their own way are two events, not one
            // that a source has a day wrong, unless the reports say much the same.
            let ownSeveral = Set(members[own].map { r.documentIndex[$0] }).count > 1
            var candidates = found.map(resolved)
            candidates.sort()
            var best: (group: Int, score: Double)? = nil
            var last = -1
            for h in candidates where h != last {
                last = h
                guard h != own, members[h].contains(where: { !r.implicit[$0] }), !sayingOnly[h], groupDates[h].contains(where: { $0.day != nil }),
                      groupDates[h].allSatisfy({ $0.day.map { abs($0 - day) <= Self.nearDays } ?? true }), !toldApart(p, groupDates[h]), !toldApart(h, from: day),
                      !implicitAt[p] || Self.recentlyBefore(day, groupDates[h]) && (documents[h << 32 | documentIndex] < 0 || ownDated(p, h)),
                      !members[h].contains(where: { r.documentIndex[$0] == documentIndex && r.sentenceStart[$0] == sentence }),
                      !groupPercents[own].contains(where: { Self.figuresDiffer($0, groupPercents[h]) }),
                      !(ownSeveral && selfDisputed(own, h)), !pagesOwnDays(p, h), !sequenceApart(p, h) else { continue }
                var sharedWeight = 0, rare = 0, plainRare = 0
                for w in words where content[h << 32 | w] >= 0 {
                    sharedWeight += weight[w]
                    if weight[w] >= Self.rareWeight { rare += 1; if !r.nameWord[w] { plainRare += 1 } }
                }
                let ratio = Double(sharedWeight) / Double(max(Int(Self.unit), min(mine, totalWeight[h])))
                // A source that has the day wrong is most often one day off.
                let apart = groupDates[h].compactMap { $0.day.map { abs($0 - day) } }.min() ?? 0
                let score = ratio / (1 + 0.25 * Double(apart))
                guard !ownSeveral || ratio >= Self.sameSay || Set(members[h].map { r.documentIndex[$0] }).count <= 1,
                      (implicitAt[p] || plainRare >= 1) && Self.nearDayMatch(rare: rare, shared: Double(sharedWeight) / Self.unit, ratio: ratio,
                                        otherDocument: documents[h << 32 | documentIndex] < 0) || implicitAt[p] && rare >= 2 && ownDated(p, h)
                        || straddles(p, h)
                        || slipAt[p] >= 0 && (rare >= 1 || ratio >= Self.slipSay) && groupDates[h].contains(where: { $0.day == slipAt[p] }),
                      score > best?.score ?? 0 else { continue }
                best = (h, score)
            }
            guard let best else { return }
            // The event takes the moved reports' words and documents, for later reports to find them by.
            for i in members[own] {
                documents.insert(best.group << 32 | r.documentIndex[i], 0)
                for w in r.compared.elements[r.compared.bounds(i)] where content.insert(best.group << 32 | w, 0) { totalWeight[best.group] += weight[w] }
            }
            members[best.group] += members[own]
            groupPercents[best.group] += groupPercents[own]
            groupMoments[best.group] += groupMoments[own]
            sayingOnly[best.group] = sayingOnly[best.group] && sayingOnly[own]
            members[own] = []
            movedTo[own] = best.group
            for date in groupDates[own] where !groupDates[best.group].contains(where: { $0.value == date.value }) { groupDates[best.group].append(date) }
        }
        for d in deferred where !implicitAt[d.p] { settle(d.p, candidates: Array(fits[d.fits]) + (laterFits[groupOf[d.p]] ?? [])) }
        // An event begun before the one a few days off that tells of it ("jumped the highway
        // late on Wednesday", where later reports say Thursday) is found by a report that joined
        // that one on its own day and fitted this one too.
        var linked: [Int: [Int]] = [:]
        for link in nearLinks { linked[link.from, default: []].append(link.to) }
        for p in founders where movedTo[groupOf[p]] == nil && members[groupOf[p]].count == 1 {
            if let targets = linked[groupOf[p]] { settle(p, candidates: targets) }
        }
        // A lede dated only by its page settles after every report dated by its words.
        for d in deferred where implicitAt[d.p] { settle(d.p, candidates: Array(fits[d.fits]) + (laterFits[groupOf[d.p]] ?? [])) }
        consolidate(&members, r, flatWords: flatWords, wordStart: wordStart)
        attachThin(&members, r)
        attachCoarse(&members, r)
        return Merged(clusters: members.filter { !$0.isEmpty }, document: r.document, slot: r.slot, words: r.words, content: r.content)
    }

    /// Joins the events of one day that different documents began, each on words the other's
    /// first report lacked, once both have gathered what they say: "bids have to be in by Friday"
    /// began one event before "three bids were received by the deadline on Friday" began another.
    /// Two events join when their documents differ and their words overlap on much that is rare.
    func consolidate(_ members: inout [[Int]], _ r: Reading, flatWords: [Int], wordStart: [Int]) {
        let weight = r.weight
        var position = [Int](repeating: 0, count: r.ordered.count)
        for (p, i) in r.ordered.enumerated() { position[i] = p }
        // Each live event of a single day, with its words (sorted, each once), their weight and
        // its documents; and, by day and rare word, the events that use it.
        var words: [Int: [Int]] = [:], total: [Int: Int] = [:], docs: [Int: Set<Int>] = [:]
        var using: [Int: [Int: [Int]]] = [:]
        for g in members.indices where !members[g].isEmpty {
            let value = r.dateOf[members[g][0]]
            guard let day = r.dates[value].day, members[g].allSatisfy({ r.dateOf[$0] == value }),
                  members[g].contains(where: { !r.saying[$0] }) else { continue }
            var list: [Int] = []
            for i in members[g] { let p = position[i]; list += flatWords[wordStart[p]..<wordStart[p + 1]] }
            list.sort()
            var unique: [Int] = []
            for w in list where unique.last != w { unique.append(w) }
            words[g] = unique
            total[g] = unique.reduce(0) { $0 + weight[$1] }
            // A lede dated only by its page keeps no event from another of its page's reports.
            docs[g] = Set(members[g].filter { !r.implicit[$0] }.map { r.documentIndex[$0] })
            for w in unique where weight[w] >= Self.rareWeight { using[day, default: [:]][w, default: []].append(g) }
        }
        // Each document's lede: its first report of a day, told as a happening of that day.
        var lede: [Int: (sentence: Int, report: Int)] = [:]
        for i in r.document.indices where !r.saying[i] && !r.implicit[i] && r.dates[r.dateOf[i]].day != nil {
            let d = r.documentIndex[i]
            if let known = lede[d], known.sentence <= r.sentenceStart[i] { continue }
            lede[d] = (r.sentenceStart[i], i)
        }
        let ledes = Set(lede.values.map(\.report))
        var parent: [Int: Int] = [:]
        func root(_ g: Int) -> Int { var g = g; while let p = parent[g] { g = p }; return g }
        func clocksApart(_ g: Int, _ h: Int) -> Bool {
            let other = members[h].map { r.clock[$0] }.filter { $0 >= 0 }
            return members[g].contains { Self.hoursApart(r.clock[$0], other) }
        }
        for day in using.keys.sorted() {
            var pairs: Set<Int> = []
            for (_, groups) in using[day]! where groups.count >= 2 {
                for (a, g) in groups.enumerated() { for h in groups[(a + 1)...] { pairs.insert(g << 32 | h) } }
            }
            for pair in pairs.sorted() {
                let g = pair >> 32, h = pair & 0xFFFF_FFFF
                guard docs[g]!.isDisjoint(with: docs[h]!), !clocksApart(g, h) else { continue }
                let x = words[g]!, y = words[h]!
                var i = 0, j = 0, shared = 0, rare = 0
                while i < x.count, j < y.count {
                    if x[i] < y[j] { i += 1 } else if x[i] > y[j] { j += 1 } else {
                        shared += weight[x[i]]
                        if weight[x[i]] >= Self.rareWeight { rare += 1 }
                        i += 1; j += 1
                    }
                }
                let ratio = Double(shared) / Double(max(Int(Self.unit), min(total[g]!, total[h]!)))
                // Two pages that open on the same day with words in common open on the same happening.
                let opening = members[g].contains { ledes.contains($0) } && members[h].contains { ledes.contains($0) }
                guard rare >= 2 && Double(shared) >= 3.5 * Self.unit && ratio >= 0.3
                        || opening && Double(shared) >= 3.5 * Self.unit else { continue }
                let (u, v) = (root(g), root(h))
                if u != v { parent[max(u, v)] = min(u, v) }
            }
        }
        for g in parent.keys.sorted() {
            let target = root(g)
            members[target] += members[g]
            members[g] = []
        }
    }

    /// Joins a report that says little but its day ("Decision Date: November 6, 2025", "The next
    /// decision is on December 18.") to the event of that very day it shares most words with: a
    /// page names a day so barely only for a happening the story turns on.
    func attachThin(_ members: inout [[Int]], _ r: Reading) {
        let weight = r.weight
        var byValue: [Int: [Int]] = [:]
        for g in members.indices where !members[g].isEmpty {
            var seen: [Int] = []
            for i in members[g] where r.dates[r.dateOf[i]].day != nil && !seen.contains(r.dateOf[i]) {
                seen.append(r.dateOf[i])
                byValue[r.dateOf[i], default: []].append(g)
            }
        }
        var byDay: [Int: [Int]] = [:]
        for (value, groups) in byValue { if let day = r.dates[value].day { byDay[day, default: []] += groups } }
        for g in members.indices where members[g].count == 1 {
            let i = members[g][0], value = r.dateOf[i]
            guard r.thin[i], !r.saying[i], !r.implicit[i], let span = r.dates[value].span else { continue }
            // A coarser date ("He will be sentenced in February.") looks among the days it holds,
            // for an event that says nearly all it says.
            let day = r.dates[value].day
            guard day != nil || span.count <= 31 else { continue }
            let near = day != nil ? byValue[value] ?? [] : span.flatMap { byDay[$0] ?? [] }
            let words = r.compared.elements[r.compared.bounds(i)]
            let own = words.reduce(0) { $0 + weight[$1] }
            var best: (group: Int, shared: Int)? = nil
            for h in near where h != g && !members[h].isEmpty {
                guard !Self.hoursApart(r.clock[i], members[h].map { r.clock[$0] }.filter { $0 >= 0 }) else { continue }
                var shared = 0
                for w in words where members[h].contains(where: { r.compared.elements[r.compared.bounds($0)].contains(w) }) { shared += weight[w] }
                if shared > best?.shared ?? (day != nil ? 0 : max(Int(Self.unit), own * 4 / 5) - 1) { best = (h, shared) }
            }
            // Pages that barely name one coming day ("The next decision is on December 18.",
            // "Next Meeting: December 18, 2025") name the same happening, in whatever words.
            let target = best?.group ?? (r.ahead[i] && day != nil ? byValue[value]?.first { h in
                h != g && !members[h].isEmpty && members[h].allSatisfy { r.ahead[$0] && r.documentIndex[$0] != r.documentIndex[i] }
            } : nil)
            guard let target else { continue }
            members[target] += members[g]
            members[g] = []
        }
    }

    /// Joins a coarser telling of a happening ("a nurse who was abducted in western Niger at the
    /// weekend") to the event of a day within it told with a verb of the same kind and some other
    /// word in common ("was seized ... on the night of November 9"): first on its own page, which
    /// names the happening again in passing, not another one; else on any page ("sentenced in
    /// February 2012 to 24 years" and "On 24 February 2012 he was sentenced to imprisonment for
    /// 24 years"), of a happening past, when no other event within its date has that verb.
    func attachCoarse(_ members: inout [[Int]], _ r: Reading) {
        var told: [Int: [(group: Int, report: Int)]] = [:]
        var byDay: [Int: [(group: Int, report: Int)]] = [:]
        for g in members.indices where !members[g].isEmpty {
            for i in members[g] where !r.saying[i] && !r.implicit[i] && r.dates[r.dateOf[i]].day != nil {
                told[r.documentIndex[i], default: []].append((g, i))
                byDay[r.dates[r.dateOf[i]].day!, default: []].append((g, i))
            }
        }
        for g in members.indices where members[g].count == 1 {
            let i = members[g][0], verb = r.predicateHead[i]
            guard r.precision[i] == .week || r.precision[i] == .month || r.precision[i] == .year, !r.saying[i], !r.implicit[i], verb >= 0,
                  let span = r.dates[r.dateOf[i]].span else { continue }
            func targets(_ list: [(group: Int, report: Int)]) -> Set<Int> {
                Set(list.filter { t in
                    t.group != g && span.contains(r.dates[r.dateOf[t.report]].day!) && r.compared.elements[r.compared.bounds(t.report)].contains(verb)
                }.map(\.group))
            }
            var found = r.precision[i] == .year ? [] : targets(told[r.documentIndex[i]] ?? [])
            // Within a month or week, the one event that has the verb is the happening; within
            // a year, it must share some other word as well.
            let alone = found.isEmpty && r.precision[i] != .year
            if found.isEmpty, r.occurred[i] { found = targets(span.flatMap { byDay[$0] ?? [] }) }
            guard found.count == 1, let h = found.first else { continue }
            let words = r.compared.elements[r.compared.bounds(i)]
            var shared = 0
            for w in words where w != verb && members[h].contains(where: { r.compared.elements[r.compared.bounds($0)].contains(w) }) { shared += r.weight[w] }
            guard alone || shared >= Int(Self.sameVerbWeight * Self.unit) else { continue }
            members[h] += members[g]
            members[g] = []
        }
    }

    /// The least weight of words besides their verb that two reports of one day with the same
    /// verb must share to tell one happening.
    static let sameVerbWeight = 0.6

    /// The most content words a sentence may have besides its dates and still say little but its day.
    static let thinWords = 3

    /// Whether a report fits an event whose days are a few from its own: the two say much the
    /// same, or, from another document (which may simply have the day wrong), a good deal that
    /// is rare.
    static func nearDayMatch(rare: Int, shared: Double, ratio: Double, otherDocument: Bool) -> Bool {
        rare >= 2 && (shared >= 3 && ratio >= sameSay || shared >= 5 && ratio >= 0.3 && otherDocument)
    }

    /// The day a date's weekday names when the date itself falls on another weekday, at most
    /// `nearDays` away ("Sunday, March 2" in a year when March 2 is a Monday: March 1), or -1. A
    /// source's slip of the day, whose report fits the event of the day it misnames with less in
    /// common than two days apart would need.
    static func slipDay(_ timex: String, _ value: String) -> Int32 {
        guard value.utf8.count == 10, timex.utf8.contains(where: { $0 &- 48 < 10 }), let day = CalendarDate(iso: value) else { return -1 }
        let first = timex.prefix { $0.isLetter }.lowercased()
        guard first.count >= 3, let weekday = TemporalTagger.shared.weekday(named: first), weekday != day.weekday else { return -1 }
        let ahead = (weekday - day.weekday + 7) % 7
        let delta = ahead <= 3 ? ahead : ahead - 7
        return abs(delta) <= nearDays ? Int32(day.dayNumber + delta) : -1
    }

    /// The share of its words a report whose weekday misnames its date must have in common with
    /// the event of the day the weekday names, when no rare word ties them.
    static let slipSay = 0.3

    /// The words that name a page's own day (`page-day` in `clause-words.tsv`).
    static let pageDayWords = EventExtractor.clauseWords["page-day"] ?? []

    /// Whether a report's date is written as its page's own day ("today", "this morning").
    static func isPageDay(_ timex: String) -> Bool {
        guard let first = timex.utf8.first, first | 0x20 == 116, timex.utf8.count <= 16 else { return false }
        return pageDayWords.contains(timex.lowercased())
    }

    /// How many days apart two reports may be and still tell one happening with its day in
    /// dispute (a time zone, a night's end, a source's slip).
    static let nearDays = 2

    /// Whether every day of an event lies in the few days before `day`, those a lede dated only
    /// by its page may tell of (see `ReportedDays.recentDays`; no more than `nearDays` in merging).
    static func recentlyBefore(_ day: Int, _ known: [GroupDate]) -> Bool {
        known.allSatisfy { $0.day.map { $0 < day && $0 >= day - ReportedDays.recentDays } ?? true }
    }

    /// Whether a report's percentage is near one of an event's: the same measure of a day, read
    /// at another hour or rounded another way.
    static func figureRetold(_ percent: Float, _ percents: [Float]) -> Bool {
        percent > 0 && percents.contains { $0 > 0 && abs($0 - percent) <= max(0.5, 0.15 * max($0, percent)) }
    }

    /// Whether a report's percentage is none of an event's ("rose 6% Friday", "rose 11% on
    /// Monday"): reports a few days apart that give them tell of two days' moves.
    static func figuresDiffer(_ percent: Float, _ percents: [Float]) -> Bool {
        percent >= 0 && !percents.isEmpty && !percents.contains { abs($0 - percent) < 0.5 }
    }

    /// Whether a report's local clock time lies hours from every one an event's reports give:
    /// "raised the signal at 5pm" and "made landfall at 9:10pm" are two happenings of one day.
    static func hoursApart(_ clock: Int16, _ clocks: [Int16]) -> Bool {
        clock >= 0 && !clocks.isEmpty && !clocks.contains { abs(Int($0) - Int(clock)) <= 120 }
    }

    /// The moments, in minutes from day 0, that a clock on a day may be: a clock of midnight
    /// ("T24:00") may be its day's start as well as its end ("shortly after midnight on Friday").
    static func moments(day: Int, clock: Int16) -> [Int] {
        clock == 1440 ? [day * 1440, day * 1440 + 1440] : [day * 1440 + Int(clock)]
    }

    /// Whether a report's moments lie within a few hours of an event's, as a happening told on
    /// either day of a midnight it straddles does ("refloated at 11:20 pm on Thursday",
    /// "refloated shortly after midnight on Friday").
    static func nearMoment(_ own: [Int], _ moments: [Int]) -> Bool {
        own.contains { a in moments.contains { abs($0 - a) <= 180 } }
    }

    /// The share of their words two reports that say much the same have in common.
    static let sameSay = 0.6

    /// The month index (year × 12 + month) of a day: the bucket a report is filed under.
    static func bucket(middle day: Int) -> Int {
        let d = CalendarDate(dayNumber: day)
        return d.year * 12 + d.month - 1
    }

    static func compatible(_ x: ClosedRange<Int>?, _ y: ClosedRange<Int>?, _ a: Int, _ b: Int) -> Bool {
        guard let x, let y else { return a == b }
        return (x.lowerBound >= y.lowerBound && x.upperBound <= y.upperBound) || (y.lowerBound >= x.lowerBound && y.upperBound <= x.upperBound)
    }
}
