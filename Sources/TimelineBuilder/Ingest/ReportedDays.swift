import Foundation

/// The days a corpus's articles report happenings on, with the words of each report. An
/// undated article whose dates are relative ("Saturday", "last week") is placed on the date
/// under which those dates fall on the days other articles report the same happenings on.
struct ReportedDays {
    /// Each compared word once, and its weight: the rarer among the reports, the heavier.
    private var stems = StringTable(capacity: 1024)
    private var weight: [Double] = []
    /// Per day number, the reports of that day: their document and compared words.
    private var reports: [Int: [(document: Int, words: [Int32])]] = [:]

    /// Reports that share less weight than this do not tell of the same happening (a word
    /// used by one report in seven weighs about 2).
    static let agreement = 2.0
    /// Sharing more than this is no surer sign of the same happening.
    static let strongest = 6.0
    /// Reports of a longer span than a week are too vague to place an article by.
    static let longestSpan = 7

    /// The day and week reports of `results`, with their words weighed among all its reports;
    /// `vocabularies` holds the `contentKeys` of each word book the reports were read with.
    init(_ results: [DocumentAnalysis], vocabularies: [[String]]) {
        var counts: [Int] = []
        var total = 0
        for analysis in results {
            for c in analysis.candidates {
                let words = Self.compared(c, vocabulary: vocabularies[c.vocabulary]) { s in
                    let id = stems.intern(s)
                    if Int(id) == counts.count { counts.append(0) }
                    return id
                }
                for w in words { counts[Int(w)] += 1 }
                total += 1
                guard let span = Self.days(c) else { continue }
                for day in span { reports[day, default: []].append((c.documentIndex, words)) }
            }
        }
        let n = Double(max(total, 1))
        weight = counts.map { max(0.2, log(n / Double($0))) }
    }

    /// How strongly another article reports the happening of `c` on a day of its span: the
    /// weight of the words it shares with the closest report of those days, at most `strongest`;
    /// 0 when no report shares `agreement`. `vocabulary` holds the `contentKeys` of the word
    /// book `c` was read with.
    func agreement(_ c: EventCandidate, vocabulary: [String]) -> Double {
        guard let span = EventMerger.span(c.value), span.count <= Self.longestSpan else { return 0 }
        let words = Self.compared(c, vocabulary: vocabulary) { stems.id($0) }.filter { $0 >= 0 }
        var best = 0.0
        for day in span where !words.isEmpty {
            for other in reports[day] ?? [] where other.document != c.documentIndex {
                var shared = 0.0
                for w in words where other.words.contains(w) { shared += weight[Int(w)] }
                if shared >= Self.agreement { best = max(best, min(shared, Self.strongest)) }
            }
        }
        return best
    }

    /// The days a report may tell of: those of its date, or, for a lede that tells what has just
    /// happened ("A jury has convicted ..."), the few days up to its page's.
    private static func days(_ c: EventCandidate) -> ClosedRange<Int>? {
        guard let span = EventMerger.span(c.value), span.count <= longestSpan else { return nil }
        return c.implicit && span.count == 1 ? span.lowerBound - recentDays...span.lowerBound : span
    }

    /// How many days before its page a lede in the present perfect may tell of.
    static let recentDays = 3

    /// Whether an article other than `document` reports a happening on `day`.
    func anyReport(on day: Int, besides document: Int) -> Bool {
        reports[day]?.contains { $0.document != document } ?? false
    }

    /// The words a report is compared by (see `Words.comparable`), as the ids `id` gives them,
    /// each once.
    private static func compared(_ c: EventCandidate, vocabulary: [String], _ id: (String) -> Int32) -> [Int32] {
        var words: [Int32] = []
        for key in c.content {
            for s in Words.comparable(vocabulary[Int(key)]) { words.append(id(s)) }
        }
        words.sortAndRemoveDuplicates()
        return words
    }
}
