import EventModel

/// Finds when an article was published: from its own text first, then a manifest, then the
/// rest of the corpus. Never from the file's modification time.
public enum PublicationDating {
    /// A full calendar date written in a "Published On" line, a lone date line near the top, or a
    /// dateline such as "LYON, France (Oct. 30, 2025) —".
    public static func fromText(_ article: CleanArticle, tagger: TemporalTagger) -> CalendarDate? {
        ownDate(article, tagger: tagger)?.date
    }

    /// `fromText`'s date, with the weekday its line names (1 = Monday), if any.
    static func ownDate(_ article: CleanArticle, tagger: TemporalTagger) -> (date: CalendarDate, weekday: Int?, swapped: [Reading])? {
        func named(_ e: TemporalExpression, _ d: CalendarDate) -> (date: CalendarDate, weekday: Int?, swapped: [Reading]) {
            let weekday = namedWeekday(e, tagger: tagger)
            return (d, weekday, swappedReadings(e, d, weekday: weekday))
        }
        for line in article.publishedLines {
            for e in tagger.tag(line, documentDate: nil) where e.type == .date || e.type == .time {
                if let d = CalendarDate(iso: e.value) { return named(e, d) }
            }
        }
        if let found = ownDateInTopLines(article, tagger: tagger) { return named(found.expression, found.date) }
        if let date = article.addressDate { return (date, nil, []) }
        for line in article.laterStamps {
            let all = tagger.tag(line, documentDate: nil), bytes = Array(line.utf8)
            // "Date(s) of Breach: 02/14/2026 – 02/21/2026": a span is a period of the story, not a post's stamp.
            for e in all where (e.type == .date || e.type == .time) && spanPartner(bytes, e, among: all) == nil {
                if let d = CalendarDate(iso: e.value) { return named(e, d) }
            }
        }
        for line in article.updatedLines {
            for e in tagger.tag(line, documentDate: nil) where e.type == .date || e.type == .time {
                if let d = CalendarDate(iso: String(e.value.prefix(10))) { return named(e, d) }
            }
        }
        // Some pages sign off with their date, alone on one of the last lines or after a word of
        // signing ("DATED ... THIS 6TH DAY OF MARCH, 2026.").
        let last = article.lines.filter { $0.role != .furniture }.suffix(3)
        return firstIn(last, article, tagger: tagger) { bytes, e, _ -> (date: CalendarDate, weekday: Int?, swapped: [Reading])? in
            guard e.type == .date, let date = CalendarDate(iso: e.value), bytes.count - (e.end - e.start) <= 2 || isSignOff(bytes) else { return nil }
            return named(e, date)
        }
    }

    /// Words that open a sign-off line (`sign-off-words.txt`).
    static let signOffWords = Resources.wordSet("sign-off-words.txt")

    /// Whether a line opens with a word of signing ("Dated at London this 3rd day of May 2026").
    static func isSignOff(_ bytes: [UInt8]) -> Bool {
        let word = bytes.prefix { ($0 | 0x20) &- 97 < 26 }
        return bytes.count <= 160 && signOffWords.contains(String(decoding: word, as: UTF8.self).lowercased())
    }

    /// The day a page says it was last updated, from an update stamp ("Updated: Nov. 4, 2025")
    /// or the part of a stamp line after "updated" ("created Monday, Nov 3rd 2025 22:41Z, last
    /// updated Tuesday, Nov 4th 2025 07:40Z"). Nil when it says none.
    public static func updateDate(_ article: CleanArticle, tagger: TemporalTagger) -> CalendarDate? {
        for line in article.updatedLines {
            for e in tagger.tag(line, documentDate: nil) where e.type == .date || e.type == .time {
                if let d = CalendarDate(iso: String(e.value.prefix(10))) { return d }
            }
        }
        let top = article.lines.lazy.filter { $0.role != .furniture }.prefix(25)
            .filter { $0.end - $0.start <= 160 && endOfWord(Self.updatedWord, in: article.bytes[$0.start..<$0.end]) != nil }.map { article.text($0) }
        for text in article.publishedLines + Array(top) where text.utf8.count <= 160 {
            guard let after = endOfWord(Self.updatedWord, in: Array(text.utf8)[...]) else { continue }
            for e in tagger.tag(text, documentDate: nil) where (e.type == .date || e.type == .time) && e.start >= after && e.start - after <= 24 {
                if let d = CalendarDate(iso: String(e.value.prefix(10))) { return d }
            }
        }
        // "Mon 10 Nov 2025 09.45 GMT" over "First published on Sun 9 Nov 2025 22.30 GMT": a live
        // page stamps its latest post in its date line and its first one in the "first published" line.
        if article.publishedLines.contains(where: { endOfWord(Self.firstPublishedWords, in: Array($0.utf8)[...]) != nil }),
           let stamp = ownDateInTopLines(article, tagger: tagger) {
            return stamp.date
        }
        return nil
    }

    static let updatedWord = Array("updated".utf8)
    static let firstPublishedWords = Array("first published".utf8)

    /// Where the first occurrence of a lower-case word ends in a line, compared in lower case.
    static func endOfWord(_ word: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= word.count else { return nil }
        return bytes.withUnsafeBufferPointer { p -> Int? in
            word.withUnsafeBufferPointer { w -> Int? in
                let first = w[0], n = w.count
                var i = 0
                while i + n <= p.count {
                    if p[i] | 0x20 == first {
                        var k = 1
                        while k < n, p[i + k] | 0x20 == w[k] { k += 1 }
                        if k == n { return i + n }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// The date a lone date line or dateline near the top gives the page. A site's header stamp
    /// may come first ("Thursday, January 4, 2018" above the menu): when a date line within the
    /// next few lines states a date more than a year later, that line is the article's.
    static func ownDateInTopLines(_ article: CleanArticle, tagger: TemporalTagger) -> (expression: TemporalExpression, date: CalendarDate)? {
        let lines = Array(article.lines.lazy.filter({ $0.role != .furniture }).prefix(25))
        var first: (expression: TemporalExpression, date: CalendarDate, line: Int)? = nil
        for (k, line) in lines.enumerated() {
            if let f = first, k > f.line + 8 { break }
            let text = article.text(line)
            let bytes = Array(text.utf8)
            let all = tagger.tag(text, documentDate: nil)
            for e in all where e.type == .date || e.type == .time {
                guard let date = CalendarDate(iso: String(e.value.prefix(10))), isOwnDateLine(bytes, e, among: all) else { continue }
                guard let f = first else { first = (e, date, k); break }
                if date.dayNumber - f.date.dayNumber > 366 { return (e, date) }
            }
        }
        return first.map { ($0.expression, $0.date) }
    }

    /// The other readings of a date whose first two numbers could each be the month
    /// ("05/11/2025": 11 May in the United States, 5 November in most of the world; "06.07.26",
    /// day first in Europe, month first on some Israeli sites). Empty for any other date.
    /// A date of three two-figure numbers between dots ("26.03.07") may be written year first,
    /// as in East Asia (7 March 2026), as well as day first (26 March 2007).
    /// A weekday before the numbers ("Wednesday 08/07/2026") that falls on the date leaves no other reading.
    static func swappedReadings(_ e: TemporalExpression, _ date: CalendarDate, weekday: Int? = nil) -> [Reading] {
        if let weekday, weekday == date.weekday { return [] }
        let numbers = String(e.text.drop { !$0.isNumber })
        var readings: [Reading] = []
        if let year = EventExtractor.yearFirstReading(numbers), year != date { readings.append(Reading(date: year, order: .yearFirst)) }
        let slashed = EventExtractor.slashedNumbers(numbers)
        if let (a, b) = slashed ?? EventExtractor.dottedNumbers(numbers), a != b, (1...12).contains(a), (1...12).contains(b),
           let other = date.monthAndDaySwapped {
            readings.append(Reading(date: other, order: slashed == nil ? .monthFirst : .dayFirst))
        }
        return readings
    }

    /// Another reading of a stamp's numbers, and the order it reads them in.
    struct Reading {
        enum Order { case yearFirst, dayFirst, monthFirst }
        var date: CalendarDate
        var order: Order
    }

    /// The weekday (1 = Monday) an expression opens with ("Thursday 15 October"), if any.
    static func namedWeekday(_ e: TemporalExpression, tagger: TemporalTagger) -> Int? {
        tagger.weekday(named: e.text.prefix(while: \.isLetter).lowercased())
    }

    /// The date a date line may have meant when the weekday it names is not its date's
    /// ("Wednesday, October 20" when October 20 is a Tuesday): the nearest day that is that
    /// weekday. Nil when they agree or no weekday is named.
    public static func weekdayReading(_ date: CalendarDate, weekday: Int?) -> CalendarDate? {
        guard let weekday, weekday != date.weekday else { return nil }
        let forward = (weekday - date.weekday + 7) % 7
        return date.adding(days: forward <= 3 ? forward : forward - 7)
    }

    /// The month and day of a dateline or a lone date line that gives no year ("SANTIAGO, Oct 14
    /// (Reuters) -", a live page's "Thursday 15 October"): the article's own date, short of its
    /// year, with the weekday it names (1 = Monday), which narrows the year.
    public static func datelineMonthDay(_ article: CleanArticle, tagger: TemporalTagger) -> (month: Int, day: Int, weekday: Int?)? {
        firstInTopLines(article, tagger: tagger) { bytes, e, all -> (month: Int, day: Int, weekday: Int?)? in
            guard e.type == .date, e.value.hasPrefix("XXXX-"), e.value.utf8.count == 10,
                  isOwnDateLine(bytes, e, among: all),
                  let month = Int(e.value.dropFirst(5).prefix(2)), let day = Int(e.value.suffix(2)) else { return nil }
            return (month, day, namedWeekday(e, tagger: tagger))
        } ?? article.lines.lazy.filter({ $0.role != .furniture }).prefix(25).lazy.compactMap({ line in
            let bytes = Array(article.text(line).utf8)
            return dayMonthStamp(bytes) ?? slashedStamp(bytes)
        }).first
    }

    /// The month and day of a stamp line that writes them with a slash and no year after a
    /// stamp's word ("Posted 10/14 at 7:45 PM"), month first unless the first number cannot be
    /// one. The tagger reads no "10/14" in running text, where it is as likely a figure or a score.
    static func slashedStamp(_ bytes: [UInt8]) -> (month: Int, day: Int, weekday: Int?)? {
        guard var k = stampWordLength(bytes[...]), k < bytes.count else { return nil }
        func number() -> Int? {
            let start = k
            var v = 0
            while k < bytes.count, bytes[k] &- 48 < 10, k - start < 2 { v = v * 10 + Int(bytes[k] - 48); k += 1 }
            return k > start ? v : nil
        }
        guard let a = number(), k < bytes.count, bytes[k] == 47 else { return nil }
        k += 1
        guard let b = number(), k == bytes.count || bytes[k] == 32 || bytes[k] == 44 else { return nil }
        let (month, day) = a > 12 ? (b, a) : (a, b)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (month, day, nil)
    }

    /// The day and month of a stamp line written day first with dots and no year, before the
    /// clock it was posted at ("12.4. 21:15 •Updated 13.4. 08:02", as Nordic sites write it).
    /// The tagger reads no "12.4." in running text, where it is as likely a figure.
    static func dayMonthStamp(_ bytes: [UInt8]) -> (month: Int, day: Int, weekday: Int?)? {
        var k = 0
        while k < bytes.count, bytes[k] == 32 { k += 1 }
        func number(_ most: Int) -> Int? {
            let start = k
            var v = 0
            while k < bytes.count, bytes[k] &- 48 < 10, k - start < most { v = v * 10 + Int(bytes[k] - 48); k += 1 }
            return k > start && !(k < bytes.count && bytes[k] &- 48 < 10) ? v : nil
        }
        func mark(_ b: UInt8) -> Bool { guard k < bytes.count, bytes[k] == b else { return false }; k += 1; return true }
        guard let day = number(2), mark(46), let month = number(2), mark(46), (1...12).contains(month), (1...31).contains(day), mark(32) else { return nil }
        while k < bytes.count, bytes[k] == 32 { k += 1 }
        guard let hour = number(2), mark(58) || mark(46), let minute = number(2), hour < 24, minute < 60 else { return nil }
        return (month, day, nil)
    }

    /// The month a line of its own near the top gives the page ("January 2026" under a letter's
    /// heading, "Family Newsletter | June 2026"), as its first and last days: the page is of
    /// that month when nothing gives its day.
    public static func monthLine(_ article: CleanArticle, tagger: TemporalTagger) -> (first: CalendarDate, last: CalendarDate)? {
        let short = article.lines.lazy.filter({ $0.role != .furniture }).prefix(12).filter { line in
            line.end - line.start <= 100 && article.bytes[line.start..<line.end].contains { $0 &- 48 < 10 }
        }
        return firstIn(short, article, tagger: tagger) { bytes, e, _ -> (first: CalendarDate, last: CalendarDate)? in
            guard e.type == .date, e.value.utf8.count == 7, let month = CalendarValue(e.value), month.grain == .month else { return nil }
            // Alone, or closing a newsletter's masthead after a bar ("Family Newsletter | June 2026").
            var k = e.start
            while k > 0, bytes[k - 1] == 32 { k -= 1 }
            guard bytes.count - (e.end - e.start) <= 2
                || bytes.count <= 100 && !bytes[e.end...].contains(where: { $0 != 32 && $0 != 46 }) && k > 0 && bytes[k - 1] == 124 else { return nil }
            return (month.date, month.date.adding(months: 1).adding(days: -1))
        }
    }

    /// The first of `read`'s answers for the temporal expressions of the article's first 25 lines
    /// that are not furniture, where a page states its own date; `read` sees the line's bytes and
    /// all of its expressions.
    static func firstInTopLines<T>(_ article: CleanArticle, tagger: TemporalTagger, _ read: ([UInt8], TemporalExpression, [TemporalExpression]) -> T?) -> T? {
        firstIn(article.lines.lazy.filter({ $0.role != .furniture }).prefix(25), article, tagger: tagger, read)
    }

    /// The first of `read`'s answers for the temporal expressions of `lines`.
    static func firstIn<T>(_ lines: some Sequence<ArticleLine>, _ article: CleanArticle, tagger: TemporalTagger,
                           _ read: ([UInt8], TemporalExpression, [TemporalExpression]) -> T?) -> T? {
        for line in lines {
            let text = article.text(line)
            let bytes = Array(text.utf8)
            let all = tagger.tag(text, documentDate: nil)
            for e in all { if let found = read(bytes, e, all) { return found } }
        }
        return nil
    }

    /// Whether an expression dates the page itself: alone on its line but for a few characters
    /// ("Thursday 15 October", "Published: Oct. 9, 2025"), with the clock time it was posted
    /// at beside it ("Nov. 3, 2025, 5:02 p.m. ET"), or set off as a dateline's. `all` holds the
    /// line's expressions.
    static func isOwnDateLine(_ bytes: [UInt8], _ e: TemporalExpression, among all: [TemporalExpression]) -> Bool {
        if let partner = spanPartner(bytes, e, among: all) {
            // "Week 47 (17–23 November 2025)": a span's first day; the page is of its last. But
            // "Sailing Dates: 2/14/2026 - 2/24/2026": a labelled field's span is a period of the story.
            if partner.start > e.start || bytes[..<partner.start].last(where: { $0 != 32 }) == 58 { return false }
        }
        let clock = all.first { $0.type == .time && ($0.start >= e.end && $0.start - e.end <= 5 || $0.end <= e.start && e.start - $0.end <= 5) }
        let covered = e.end - e.start + (clock.map { $0.end - $0.start } ?? 0)
        if bytes.count - covered <= 12 || isDateline(bytes, e) || isCapitalsLabel(bytes, e) { return true }
        return isStampField(bytes, e, clock: clock) || isStampWording(bytes, e, among: all)
    }

    /// The date a date is joined to by a dash as the other end of one span ("17–23 November
    /// 2025", "2/14/2026 - 2/24/2026"), if any.
    static func spanPartner(_ bytes: [UInt8], _ e: TemporalExpression, among all: [TemporalExpression]) -> TemporalExpression? {
        guard e.type == .date else { return nil }
        func joins(_ gap: ArraySlice<UInt8>) -> Bool { gap.allSatisfy { $0 == 32 || $0 == 45 || $0 >= 0x80 } && gap.contains { $0 != 32 } }
        if let next = all.first(where: { $0.start > e.end && $0.start - e.end <= 5 }), next.type == .date, joins(bytes[e.end..<next.start]) { return next }
        if let previous = all.last(where: { $0.end <= e.start && e.start - $0.end <= 5 }), previous.type == .date, joins(bytes[previous.end..<e.start]) { return previous }
        return nil
    }

    /// Whether a date closes a line after a label of two words at most in capitals and figures
    /// ("BULLETIN 0800 FRIDAY 6 FEBRUARY"): a bulletin's or a log's heading, which dates it.
    static func isCapitalsLabel(_ bytes: [UInt8], _ e: TemporalExpression) -> Bool {
        guard e.end >= bytes.count, e.start > 0, !bytes[..<e.start].contains(where: { $0 &- 97 < 26 }) else { return false }
        let words = bytes[..<e.start].split(separator: 32)
        return (1...2).contains(words.count) && words.allSatisfy { w in w.allSatisfy { $0 &- 65 < 26 || $0 &- 48 < 10 } }
    }

    /// The length of the stamp's word and the space after it that open `text` ("Posted ",
    /// "Published "), if they do.
    static func stampWordLength(_ text: ArraySlice<UInt8>) -> Int? {
        let word = text.prefix { ($0 | 0x20) &- 97 < 26 }
        guard !word.isEmpty, text.dropFirst(word.count).first == 32,
              stampWords.contains(String(decoding: word, as: UTF8.self).lowercased()) else { return nil }
        return word.count + 1
    }

    /// Words in lower case that a stamp line may hold (`stamp-words.txt`).
    static let stampWords = Resources.wordSet("stamp-words.txt")

    /// Whether a short line holding a full date says nothing in lower case but the words of a
    /// stamp: names, an outlet and a title in capitals around "by", "updated", "min read" ("By
    /// JANE DOE Associated Press November 14, 2025, 3:02 PM", "Jane Doe, Staff Writer Nov 14,
    /// 2025 Updated Nov 15, 2025"). Its first full date is the page's.
    static func isStampWording(_ bytes: [UInt8], _ e: TemporalExpression, among all: [TemporalExpression]) -> Bool {
        guard bytes.count <= 120, CalendarDate(iso: String(e.value.prefix(10))) != nil,
              let first = all.first(where: { CalendarDate(iso: String($0.value.prefix(10))) != nil }), first.start == e.start else { return false }
        var k = 0
        while k < bytes.count {
            if let x = all.first(where: { $0.start <= k && k < $0.end }) { k = x.end; continue }
            guard (bytes[k] | 0x20) &- 97 < 26 else { k += 1; continue }
            var j = k
            while j < bytes.count, (bytes[j] | 0x20) &- 97 < 26 { j += 1 }
            if bytes[k] &- 97 < 26, !(k > 0 && bytes[k - 1] == 46), !stampWords.contains(String(decoding: bytes[k..<j], as: UTF8.self)) { return false }
            k = j
        }
        return true
    }

    /// Whether a full date, with the clock beside it, is a short line's stamp field: opening the
    /// line ("November 4, 2025 4:12 PM GMT Updated 3 hours ago"), or closing it after a
    /// separator ("Post by BlueArmy1887 » Sat Nov 08, 2025 6:47 pm", "INQUIRER.net / 10:42 AM
    /// November 19, 2025"). A sentence ends with its full stop; a stamp does not.
    static func isStampField(_ bytes: [UInt8], _ e: TemporalExpression, clock: TemporalExpression?) -> Bool {
        // "KMPDU @KMPDU_Kenya · Mar 8": a post's stamp may give its day without the year.
        let day = CalendarDate(iso: String(e.value.prefix(10))) != nil || e.value.hasPrefix("XXXX-") && e.value.utf8.count == 10
        guard bytes.count <= 80, day, let last = bytes.last, last != 46 else { return false }
        let start = min(e.start, clock?.start ?? e.start), end = max(e.end, clock?.end ?? e.end)
        if !bytes[..<start].contains(where: { isAlphanumeric($0) }) { return true }
        guard !bytes[end...].contains(where: { isAlphanumeric($0) }) else { return false }
        var k = start
        while k > 0, bytes[k - 1] == 32 { k -= 1 }
        guard k > 0 else { return false }
        let b = bytes[k - 1]
        return b == 124 || b == 45 || b == 47 || b >= 0x80
    }

    /// Whether a byte is an ASCII letter or digit. The separators of stamp lines outside ASCII
    /// ("»", "·", "•", "—") are taken as such.
    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        b &- 48 < 10 || (b | 0x20) &- 97 < 26
    }

    /// Whether a date near the start of a line is set off as a dateline's: in parentheses
    /// ("LYON, France (Oct. 30, 2025) —"), or followed by a dash, optionally after the wire's
    /// credit ("SANTIAGO, Oct 14 (Reuters) -", "SYDNEY, March 10 AAP -", "Oct. 23, 2025 /PRNewswire/ --"), or after a place
    /// by the wire's credit alone ("New Delhi, Nov 10 (PTI) ...").
    static func isDateline(_ bytes: [UInt8], _ e: TemporalExpression) -> Bool {
        guard e.start <= 80 else { return false }
        if e.start > 0, bytes[e.start - 1] == 40 { return true }
        // "Date(s) of Breach: 02/14/2026 – 02/21/2026": a labelled field's date is no dateline's.
        if let before = bytes[..<e.start].last(where: { $0 != 32 }), before == 58 { return false }
        var j = e.end
        if j < bytes.count, bytes[j] == 41 { return true }
        while j < bytes.count, bytes[j] == 32 || bytes[j] == 44 { j += 1 }
        if j < bytes.count, bytes[j] == 40 || bytes[j] == 47 {
            let close: UInt8 = bytes[j] == 40 ? 41 : 47
            var k = j + 1
            while k < bytes.count, k - j < 32, bytes[k] != close { k += 1 }
            guard k < bytes.count, bytes[k] == close, k - j >= 2 else { return false }
            // "New Delhi, Nov 10 (PTI) SkyVista ...": after a place and a comma, the wire's credit
            // in parentheses sets the date off without a dash.
            if close == 41, e.start >= 2, bytes[e.start - 2] == 44, bytes[(j + 1)..<k].allSatisfy({ ($0 | 0x20) &- 97 < 26 }) { return true }
            j = k + 1
            while j < bytes.count, bytes[j] == 32 { j += 1 }
        } else if j > e.end, e.start >= 2, bytes[e.start - 2] == 44, j < bytes.count, bytes[j] &- 65 < 26 {
            // "SYDNEY, March 10 AAP - ...": after a place, the wire's credit in capitals and a dash.
            var k = j
            while k < bytes.count, bytes[k] &- 65 < 26 { k += 1 }
            guard (2...6).contains(k - j) else { return false }
            j = k
            while j < bytes.count, bytes[j] == 32 { j += 1 }
        } else if j == e.end, !(j + 1 < bytes.count && bytes[j] == 45 && bytes[j + 1] == 45) {
            // "…(BUSINESS WIRE)--Nov. 12, 2025-- Acme": a wire's double dash may follow at once.
            return false
        }
        guard j < bytes.count else { return false }
        if bytes[j] == 45 { return true }
        return j + 2 < bytes.count && bytes[j] == 0xE2 && bytes[j + 1] == 0x80 && (bytes[j + 2] == 0x94 || bytes[j + 2] == 0x93)
    }

    /// The full calendar dates the article's running text states outright ("Feb. 6, 2026"),
    /// which need no publication date to be understood. The end of a period ("runs until Aug. 4, 2030") is left out: it may lie years ahead.
    public static func statedDates(_ article: CleanArticle, tagger: TemporalTagger) -> [CalendarDate] {
        statedExpressions(article, tagger: tagger).filter { !endsPeriod($0, article.bytes) }.compactMap { CalendarDate(iso: String($0.value.prefix(10))) }
    }

    /// The words after which a date ends a period (`period-end` in `clause-words.tsv`).
    static let periodEnds = EventExtractor.clauseWords["period-end"] ?? []

    /// Whether the word before an expression makes it the end of a period ("until Aug. 4, 2030").
    static func endsPeriod(_ e: TemporalExpression, _ bytes: [UInt8]) -> Bool {
        var end = e.start
        while end > 0, bytes[end - 1] == 32 { end -= 1 }
        var start = end
        while start > 0, (bytes[start - 1] | 0x20) >= 97, (bytes[start - 1] | 0x20) <= 122 { start -= 1 }
        return start < end && periodEnds.contains(String(decoding: bytes[start..<end], as: UTF8.self).lowercased())
    }

    /// The date and time expressions of the article's running text, read with no document date.
    static func statedExpressions(_ article: CleanArticle, tagger: TemporalTagger) -> [TemporalExpression] {
        let body = article.lines.filter { $0.role == .body }
        guard !body.isEmpty else { return [] }
        var found: [TemporalExpression] = []
        var k = 0
        for e in tagger.analyze(bytes: article.bytes, documentDate: nil).expressions where e.type == .date || e.type == .time {
            while k < body.count, body[k].end <= e.start { k += 1 }
            guard k < body.count, body[k].start <= e.start else { continue }
            found.append(e)
        }
        return found
    }

    /// Whether the running text writes a year later than `year` ("2026" under a 2019 stamp): the
    /// only case in which a stamp can be implausible, found without tagging the text.
    /// With `pastOnly`, a year in a sentence that looks ahead ("Construction is expected to
    /// finish in 2022") does not count: a page may name years it has not reached.
    public static func mentionsYearAfter(_ year: Int, _ article: CleanArticle, through last: Int = 2199, pastOnly: Bool = false) -> Bool {
        let bytes = article.bytes
        for line in article.lines where line.role == .body {
            var i = line.start
            while i < line.end {
                guard bytes[i] &- 48 < 10 else { i += 1; continue }
                var j = i, value = 0
                while j < line.end, bytes[j] &- 48 < 10 { value = value * 10 + Int(bytes[j] - 48); j += 1 }
                if j - i == 4, value > year, value <= last, !(pastOnly && looksAhead(bytes, line.start..<line.end, at: i)) { return true }
                i = j
            }
        }
        return false
    }

    /// Words that make a sentence look ahead ("will", "expected"): the tagger's strong future cues.
    static let futureWords = EventExtractor.strongCues("future")

    /// Whether the sentence around byte `at` of a line holds a word that looks ahead.
    static func looksAhead(_ bytes: [UInt8], _ line: Range<Int>, at: Int) -> Bool {
        var a = at, b = at
        while a > line.lowerBound, !(bytes[a - 1] == 32 && a >= 2 && bytes[a - 2] == 46) { a -= 1 }
        while b < line.upperBound, !(bytes[b] == 46 && (b + 1 == line.upperBound || bytes[b + 1] == 32)) { b += 1 }
        var k = a
        while k < b {
            guard (bytes[k] | 0x20) &- 97 < 26 else { k += 1; continue }
            var e = k
            while e < b, (bytes[e] | 0x20) &- 97 < 26 { e += 1 }
            if e - k >= 4, futureWords.contains(String(decoding: bytes[k..<e], as: UTF8.self).lowercased()) { return true }
            k = e
        }
        return false
    }

    /// Whether the running text looks ahead ("will now open on June 28") to a day on or after
    /// `other` and before `stamp`: the page was written before that day, so not on `stamp`.
    static func looksAhead(to other: CalendarDate, before stamp: CalendarDate, _ article: CleanArticle, tagger: TemporalTagger) -> Bool {
        let bytes = article.bytes
        var k = 0
        for e in statedExpressions(article, tagger: tagger) where e.type == .date && e.value.utf8.count == 10 {
            let value = e.value.hasPrefix("XXXX-") ? String(stamp.year) + e.value.dropFirst(4) : e.value
            guard let day = CalendarDate(iso: value), day.dayNumber >= other.dayNumber, day.dayNumber < stamp.dayNumber else { continue }
            while k < article.lines.count, article.lines[k].end <= e.start { k += 1 }
            guard k < article.lines.count else { break }
            if looksAhead(bytes, article.lines[k].start..<article.lines[k].end, at: e.start) { return true }
        }
        return false
    }

    /// Whether a date stamped on the page can be the article's: not a site's header stamp or
    /// copyright year from long before every date its text states.
    public static func isPlausible(_ stamp: CalendarDate, stated: [CalendarDate]) -> Bool {
        guard let earliest = stated.min() else { return true }
        return stamp.dayNumber >= earliest.dayNumber - 366
    }

    /// How many years after the rest of its corpus a stamp may lie and still be of the same
    /// calendar: other calendars that pages stamp in figures run decades ahead (Bikram Sambat by 56
    /// or 57 years, the Thai solar era by 543).
    static let otherCalendarYears = 30

    /// Whether a stamp is a site's header or archive date rather than the article's: it lies
    /// more than a year before `story`, the median publication date of the rest of the corpus, and
    /// the text writes a year after it that the corpus already reaches ("in 2023" under a 2019
    /// stamp in a corpus of 2025), which the page could not have known, or names weekdays of
    /// such a year ("Friday, March 13" under a 2019 stamp, when March 13, 2019 was a Wednesday).
    static func isStale(_ stamp: CalendarDate, story: CalendarDate?, _ article: CleanArticle, tagger: TemporalTagger) -> Bool {
        guard let story, story.dayNumber - stamp.dayNumber > 366 else { return false }
        return mentionsYearAfter(stamp.year, article, through: story.year, pastOnly: true)
            || weekdaysFitLaterYear(stamp.year, article, through: story.year, tagger: tagger)
    }

    /// Whether the running text's days named with their weekday and no year ("Friday, March
    /// 13") fall on those weekdays in a year after `year`, up to `last`, more often than in
    /// `year` itself: the page was written in a later year than its stamp says.
    static func weekdaysFitLaterYear(_ year: Int, _ article: CleanArticle, through last: Int, tagger: TemporalTagger) -> Bool {
        guard last > year else { return false }
        var stampYear = 0, later = 0
        for e in statedExpressions(article, tagger: tagger) where e.value.hasPrefix("XXXX-") && e.value.utf8.count == 10 {
            guard let weekday = namedWeekday(e, tagger: tagger),
                  let month = Int(e.value.dropFirst(5).prefix(2)), let day = Int(e.value.suffix(2)) else { continue }
            if CalendarDate(year: year, month: month, day: day)?.weekday == weekday { stampYear += 1; continue }
            if (year + 1...last).contains(where: { CalendarDate(year: $0, month: month, day: day)?.weekday == weekday }) { later += 1 }
        }
        return later > stampYear
    }

    /// The median (the lower middle) of `sorted`, a sorted list of dates that holds `date`, once
    /// one occurrence of `date` is left out: `corpusMedian` of the others, without copying them.
    static func medianWithout(_ date: CalendarDate, sorted: [CalendarDate]) -> CalendarDate? {
        guard sorted.count >= 2 else { return nil }
        var lo = 0, hi = sorted.count
        while lo < hi { let mid = (lo + hi) / 2; if sorted[mid] < date { lo = mid + 1 } else { hi = mid } }
        let j = (sorted.count - 2) / 2
        return lo <= j ? sorted[j + 1] : sorted[j]
    }

    /// The date of an article whose own stamp is missing or untrustworthy, from what its text
    /// says happened: the latest explicitly dated report it gives as past. `reports` are the
    /// article's dated reports read as of `provisional`, a date after it was written.
    static func estimate(reports: [EventCandidate], stated: [CalendarDate], provisional: CalendarDate, tagger: TemporalTagger) -> CalendarDate? {
        var best: CalendarDate? = nil
        // "the games in December before Christmas": a day something comes before has not
        // necessarily come.
        for r in reports where r.status == .occurred && r.precision == .day && tagger.namesCalendarDay(r.timex)
            && TimelineBuilder.wordsBefore(r, 1) != ["before"] {
            guard let d = CalendarDate(iso: r.value), d <= provisional else { continue }
            if best == nil || d > best! { best = d }
        }
        return best ?? stated.filter { $0 <= provisional }.max()
    }

    /// The earliest day an undated article names in full as still to come ("the 14 pharmacies
    /// that will shut on Friday, March 13"): the page is from before it.
    static func ceiling(reports: [EventCandidate], tagger: TemporalTagger) -> CalendarDate? {
        reports.filter { [.scheduled, .expected, .threatened].contains($0.status) && $0.precision == .day && !$0.saying && tagger.namesCalendarDay($0.timex) }
            .compactMap { CalendarDate(iso: String($0.value.prefix(10))) }.min()
    }

    /// Whether the corpus's known publication dates lie within a few days of each other (the
    /// middle half within three days), so that an undated article of it is from those days too.
    public static func isTight(_ dates: [CalendarDate]) -> Bool {
        guard dates.count >= 2 else { return false }
        let sorted = dates.sorted()
        return sorted[(sorted.count * 3) / 4].dayNumber - sorted[sorted.count / 4].dayNumber <= 3
    }

    /// The date to assume for undated articles: the median of the dated ones (the lower middle).
    public static func corpusMedian(_ dates: [CalendarDate]) -> CalendarDate? {
        guard !dates.isEmpty else { return nil }
        let sorted = dates.sorted()
        return sorted[(sorted.count - 1) / 2]
    }
}
