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
        return nil
    }

    /// The date to assume for undated articles: the median of the dated ones (the lower middle).
    public static func corpusMedian(_ dates: [CalendarDate]) -> CalendarDate? {
        guard !dates.isEmpty else { return nil }
        let sorted = dates.sorted()
        return sorted[(sorted.count - 1) / 2]
    }
}
