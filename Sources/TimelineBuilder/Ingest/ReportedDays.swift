import Foundation

/// The days a corpus's articles report happenings on, with the words of each report. An
/// undated article whose dates are relative ("Saturday", "last week") is placed on the date
/// under which those dates fall on the days other articles report the same happenings on.
struct ReportedDays {
    /// Each compared word once, and its weight: the rarer among the reports, the heavier.
    private var stems = StringTable(capacity: 1024)
    private var weight: [Double] = []
    /// Per day number, the reports of that day: their document, compared words and number
    /// (a report of several days is listed under each, with one number).
    private var reports: [Int: [(document: Int, words: [Int32], report: Int)]] = [:]

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
                for day in span { reports[day, default: []].append((c.documentIndex, words, total)) }
            }
        }
        let n = Double(max(total, 1))
        weight = counts.map { max(0.2, log(n / Double($0))) }
    }

    /// How strongly other articles report the happening of `c` on a day of its span: for each
    /// report of those days that shares at least `agreement` with it, the weight of the words
    /// they share, at most `strongest`, strongest first, with the report's number.
    /// `vocabulary` holds the `contentKeys` of the word book `c` was read with.
    func agreements(_ c: EventCandidate, vocabulary: [String]) -> [Agreement] {
        guard let span = EventMerger.span(c.value), span.count <= Self.longestSpan else { return [] }
        let words = Self.compared(c, vocabulary: vocabulary) { stems.id($0) }.filter { $0 >= 0 }
        var found: [Agreement] = []
        for day in span where !words.isEmpty {
            for other in reports[day] ?? [] where other.document != c.documentIndex {
                var shared = 0.0
                for w in words where other.words.contains(w) { shared += weight[Int(w)] }
                guard shared >= Self.agreement else { continue }
                let strength = min(shared, Self.strongest)
                if let k = found.firstIndex(where: { $0.report == other.report }) {
                    found[k].strength = max(found[k].strength, strength)
                } else {
                    found.append(Agreement(report: other.report, strength: strength))
                }
            }
        }
        return found.sorted { ($0.strength, -$0.report) > ($1.strength, -$1.report) }
    }

    /// One report of another article that tells a happening on a day an article's report gives.
    struct Agreement {
        /// The other report's number.
        var report: Int
        /// The weight of the words the two share, at most `strongest`.
        var strength: Double
    }

    /// How strongly other articles report the happenings of an article's reports, one report
    /// each: two of its dates that agree only with the same report of another article ("on
    /// Tuesday" and "last week", both with one page's Tuesday) are one agreement, not two. Each
    /// report, strongest first, takes the strongest agreement no stronger report has taken;
    /// the result holds each report's, 0 for none.
    static func assign(_ found: [[Agreement]]) -> [Double] {
        var result = [Double](repeating: 0, count: found.count)
        var taken: Set<Int> = []
        let order = found.indices.sorted { (found[$0].first?.strength ?? 0, -$0) > (found[$1].first?.strength ?? 0, -$1) }
        for i in order {
            guard let pick = found[i].first(where: { !taken.contains($0.report) }) else { continue }
            taken.insert(pick.report)
            result[i] = pick.strength
        }
        return result
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
