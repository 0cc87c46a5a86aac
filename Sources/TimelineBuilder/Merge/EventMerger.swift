import Foundation
import EventModel

/// Groups the reports of all documents into one node per real-world event. Reports are compared
/// only within the same and neighbouring months (an index by date bucket), so the cost stays
/// near-linear in the number of reports.
struct EventMerger {
    /// A group of reports believed to be one event.
    final class Cluster {
        var members: [EventCandidate]
        var content: [String: Int] = [:]
        init(_ c: EventCandidate) { members = [c]; add(c.content) }
        func add(_ words: Set<String>) { for w in words { content[w, default: 0] += 1 } }
    }

    /// The month index (year × 12 + month) of the middle of the days a value spans.
    static func bucket(_ value: String) -> Int {
        guard let s = span(value) else { return 0 }
        let middle = CalendarDate(dayNumber: (s.lowerBound + s.upperBound) / 2)
        return middle.year * 12 + middle.month - 1
    }

    /// The days a date value spans.
    static func span(_ value: String) -> ClosedRange<Int>? {
        if let d = CalendarDate(iso: value) { return d.dayNumber...d.dayNumber }
        let year = Int(value.prefix(4)) ?? 0
        if value.contains("-W") {
            let week = Int(value.dropFirst(6).prefix(2)) ?? 1
            guard let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
            let monday = jan4.adding(days: (week - 1) * 7 - (jan4.weekday - 1))
            return value.hasSuffix("-WE") ? (monday.dayNumber + 5)...(monday.dayNumber + 6) : monday.dayNumber...(monday.dayNumber + 6)
        }
        if value.contains("-Q") {
            let q = Int(value.suffix(1)) ?? 1
            guard let a = CalendarDate(year: year, month: (q - 1) * 3 + 1, day: 1) else { return nil }
            return a.dayNumber...(a.adding(months: 3).dayNumber - 1)
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

    /// How specific a word is across all reports: rare words tie reports together, common ones do not.
    var weight: [String: Double] = [:]

    func overlap(_ c: Cluster, _ words: Set<String>) -> (shared: Double, ratio: Double, rare: Int) {
        var shared = 0.0, mine = 0.0, theirs = 0.0, rare = 0
        for w in words {
            let x = weight[w] ?? 1
            mine += x
            if c.content[w] != nil { shared += x; if x >= 1.5 { rare += 1 } }
        }
        for w in c.content.keys { theirs += weight[w] ?? 1 }
        return (shared, shared / max(1, min(mine, theirs)), rare)
    }

    func merge(_ candidates: [EventCandidate]) -> [Cluster] {
        var merger = self
        var df: [String: Int] = [:]
        for c in candidates { for w in c.content { df[w, default: 0] += 1 } }
        let n = Double(max(candidates.count, 1))
        for (w, d) in df { merger.weight[w] = max(0.2, log(n / Double(d))) }
        return merger.cluster(candidates)
    }

    private func cluster(_ candidates: [EventCandidate]) -> [Cluster] {
        let ordered = candidates.sorted {
            ($1.precision.rank, $0.value, $0.documentIndex, $0.timexStart) < ($0.precision.rank, $1.value, $1.documentIndex, $1.timexStart)
        }
        var clusters: [Cluster] = []
        var byBucket: [Int: [Int]] = [:]
        for c in ordered {
            let b = Self.bucket(c.value)
            let day = CalendarDate(iso: c.value)
            var best: (cluster: Int, score: Double)? = nil
            for bucket in (b - 1)...(b + 1) {
                for k in byBucket[bucket] ?? [] {
                    let cluster = clusters[k]
                    if cluster.members.contains(where: { $0.document == c.document && $0.sentenceStart == c.sentenceStart }) { continue }
                    let o = overlap(cluster, c.content)
                    var score = -1.0
                    if cluster.members.contains(where: { $0.value == c.value && c.precision >= .week }) {
                        if o.shared >= 3.5 || o.ratio >= 0.3 && o.shared >= 2.5 { score = 2 + o.ratio }
                    } else if cluster.members.contains(where: { Self.compatible($0.value, c.value) }) {
                        if o.shared >= 5 || o.ratio >= 0.35 && o.shared >= 3 { score = 1 + o.ratio }
                    } else if let day, cluster.members.contains(where: { CalendarDate(iso: $0.value).map { abs($0.dayNumber - day.dayNumber) <= 3 } ?? false }) {
                        if o.shared >= 3 && o.ratio >= 0.6 && o.rare >= 2 { score = o.ratio }
                    }
                    if score > 0, best == nil || score > best!.score { best = (k, score) }
                }
            }
            if let best {
                clusters[best.cluster].members.append(c)
                clusters[best.cluster].add(c.content)
            } else {
                clusters.append(Cluster(c))
                byBucket[b, default: []].append(clusters.count - 1)
            }
        }
        return clusters
    }
}
