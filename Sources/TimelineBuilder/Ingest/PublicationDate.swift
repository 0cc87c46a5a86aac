import EventModel

/// Finds when an article was published: from its own text first, then a manifest, then the
/// rest of the corpus. Never from the file's modification time.
public enum PublicationDating {
    /// A full calendar date written in a "Published On" line, a lone date line near the top, or a
    /// dateline such as "LYON, France (Oct. 30, 2025) —".
    public static func fromText(_ article: CleanArticle, tagger: TemporalTagger) -> CalendarDate? {
        for line in article.publishedLines {
            for e in tagger.tag(line, documentDate: nil) where e.type == .date || e.type == .time {
                if let d = CalendarDate(iso: e.value) { return d }
            }
        }
        var seen = 0
        for line in article.lines where line.role != .furniture {
            seen += 1
            if seen > 25 { break }
            let text = article.text(line)
            let bytes = Array(text.utf8)
            for e in tagger.tag(text, documentDate: nil) where e.type == .date || e.type == .time {
                guard let date = CalendarDate(iso: e.value) else { continue }
                let rest = bytes.count - (e.end - e.start)
                if rest <= 12 { return date }
                if e.start <= 80 {
                    let before = e.start > 0 ? bytes[e.start - 1] : 0
                    let after = String(decoding: bytes[e.end..<min(bytes.count, e.end + 5)], as: UTF8.self)
                    if before == 40 || after.hasPrefix(")") || after.hasPrefix(" —") || after.hasPrefix(" –") || after.hasPrefix(" -") { return date }
                }
            }
        }
        for line in article.updatedLines {
            for e in tagger.tag(line, documentDate: nil) where e.type == .date || e.type == .time {
                if let d = CalendarDate(iso: String(e.value.prefix(10))) { return d }
            }
        }
        return nil
    }

    /// The full calendar dates the article's running text states outright ("Feb. 6, 2026"),
    /// which need no publication date to be understood.
    public static func statedDates(_ article: CleanArticle, tagger: TemporalTagger) -> [CalendarDate] {
        let body = article.lines.filter { $0.role == .body }
        guard !body.isEmpty else { return [] }
        var dates: [CalendarDate] = []
        var k = 0
        for e in tagger.analyze(bytes: article.bytes, documentDate: nil).expressions where e.type == .date || e.type == .time {
            while k < body.count, body[k].end <= e.start { k += 1 }
            guard k < body.count, body[k].start <= e.start, let d = CalendarDate(iso: String(e.value.prefix(10))) else { continue }
            dates.append(d)
        }
        return dates
    }

    /// Whether the running text writes a year later than `year` ("2026" under a 2019 stamp): the
    /// only case in which a stamp can be implausible, found without tagging the text.
    public static func mentionsYearAfter(_ year: Int, _ article: CleanArticle) -> Bool {
        let bytes = article.bytes
        for line in article.lines where line.role == .body {
            var i = line.start
            while i < line.end {
                guard bytes[i] &- 48 < 10 else { i += 1; continue }
                var j = i, value = 0
                while j < line.end, bytes[j] &- 48 < 10 { value = value * 10 + Int(bytes[j] - 48); j += 1 }
                if j - i == 4, value > year, value < 2200 { return true }
                i = j
            }
        }
        return false
    }

    /// Whether a date stamped on the page can be the article's: not a site's header stamp or
    /// copyright year from long before every date its text states.
    public static func isPlausible(_ stamp: CalendarDate, stated: [CalendarDate]) -> Bool {
        guard let earliest = stated.min() else { return true }
        return stamp.dayNumber >= earliest.dayNumber - 366
    }

    /// The date of an article whose own stamp is missing or untrustworthy, from what its text
    /// says happened: the latest explicitly dated report it gives as past. `reports` are the
    /// article's dated reports read as of `provisional`, a date after it was written.
    static func estimate(reports: [EventCandidate], stated: [CalendarDate], provisional: CalendarDate) -> CalendarDate? {
        var best: CalendarDate? = nil
        for r in reports where r.status == .occurred && r.precision == .day && r.timex.contains(where: \.isNumber) {
            guard let d = CalendarDate(iso: r.value), d <= provisional else { continue }
            if best == nil || d > best! { best = d }
        }
        return best ?? stated.filter { $0 <= provisional }.max()
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
