import Foundation
import EventModel

/// Groups the reports of all documents into one node per real-world event. A report is compared
/// only with clusters of the same or neighbouring months that share a specific word (an inverted
/// index by month and word), so the cost stays near-linear in the number of reports.
struct EventMerger {
    /// A group of reports believed to be one event.
    final class Cluster {
        var members: [EventCandidate]
        init(_ c: EventCandidate) { members = [c] }
    }

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

    /// A cluster's dates, words and sentences, kept up to date as reports join it.
    final class Group {
        var members: [Int] = []
        var content: Set<Int> = []
        var totalWeight = 0
        var values: [(value: String, span: ClosedRange<Int>?, day: Int?)] = []
        var sentences: Set<Int> = []
        var documents: Set<Int> = []
        let bucket: Int
        init(bucket: Int) { self.bucket = bucket }
    }

    /// Word weights are summed in millionths, so that a sum does not depend on the order of its terms.
    static let unit = 1_000_000.0

    /// Words at least this specific find the clusters a report is compared with; the words in more
    /// than about a third of all reports are too common to tie reports together on their own.
    static let lookupWeight = Int(1.0 * unit)
    /// Words at least this specific count as rare.
    static let rareWeight = Int(1.5 * unit)

    func merge(_ candidates: [EventCandidate]) -> [Cluster] {
        var ids: [String: Int] = [:]
        var comparableIDs: [String: [Int]] = [:]
        var df: [Int] = []
        var wordLists: [[Int]] = []
        wordLists.reserveCapacity(candidates.count)
        for c in candidates {
            var list: [Int] = []
            list.reserveCapacity(c.content.count)
            for word in c.content {
                if let known = comparableIDs[word] { list += known; continue }
                var found: [Int] = []
                for w in Words.comparable(word) {
                    let id: Int
                    if let known = ids[w] { id = known } else { id = df.count; ids[w] = id; df.append(0) }
                    found.append(id)
                }
                comparableIDs[word] = found
                list += found
            }
            list = Array(Set(list)).sorted()
            for id in list { df[id] += 1 }
            wordLists.append(list)
        }
        let n = Double(max(candidates.count, 1))
        let weight = df.map { Int((max(0.2, log(n / Double($0))) * Self.unit).rounded()) }
        let keys = candidates.map { c in (rank: c.precision.rank, value: c.value, document: c.documentIndex, start: c.timexStart) }
        let ordered = candidates.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            return (b.rank, a.value, a.document, a.start) < (a.rank, b.value, b.document, b.start)
        }
        var spans: [String: ClosedRange<Int>?] = [:]
        func span(_ v: String) -> ClosedRange<Int>? {
            if let s = spans[v] { return s }
            let s = Self.span(v); spans[v] = s; return s
        }
        var groups: [Group] = []
        var postings: [Int: [Int: [Int]]] = [:]
        // Per group, the weight of the current report's lookup words it shares, and how many are rare.
        var sharedKeys: [Int] = [], rareKeys: [Int] = [], touched: [Int] = []
        for i in ordered {
            let c = candidates[i]
            let sp = span(c.value)
            let day = CalendarDate(iso: c.value)?.dayNumber
            let b = sp.map { Self.bucket(middle: ($0.lowerBound + $0.upperBound) / 2) } ?? 0
            let words = wordLists[i]
            let common = words.filter { weight[$0] < Self.lookupWeight }
            let sentenceKey = c.documentIndex << 32 | c.sentenceStart
            var found: [(order: Int, group: Int)] = []
            for bucket in b - 1...b + 1 {
                guard let index = postings[bucket] else { continue }
                for w in words where weight[w] >= Self.lookupWeight {
                    for g in index[w] ?? [] {
                        if sharedKeys[g] == 0 { touched.append(g); found.append((bucket - b + 1, g)) }
                        sharedKeys[g] += weight[w]
                        if weight[w] >= Self.rareWeight { rareKeys[g] += 1 }
                    }
                }
            }
            found.sort { ($0.order, $0.group) < ($1.order, $1.group) }
            var best: (group: Int, score: Double)? = nil
            let mine = words.reduce(0) { $0 + weight[$1] }
            for (_, g) in found {
                let group = groups[g]
                if group.sentences.contains(sentenceKey) { continue }
                var sharedWeight = sharedKeys[g]
                for w in common where group.content.contains(w) { sharedWeight += weight[w] }
                let shared = Double(sharedWeight) / Self.unit, rare = rareKeys[g]
                let ratio = Double(sharedWeight) / Double(max(Int(Self.unit), min(mine, group.totalWeight)))
                var score = -1.0
                if c.precision >= .week, group.values.contains(where: { $0.value == c.value }) {
                    if shared >= 3.5 || ratio >= 0.3 && shared >= 2.5 { score = 2 + ratio }
                } else if group.values.contains(where: { Self.compatible($0.span, sp, $0.value, c.value) }) {
                    if shared >= 5 || ratio >= 0.35 && shared >= 3 { score = 1 + ratio }
                } else if let day, group.values.contains(where: { $0.day != nil }),
                          group.values.allSatisfy({ $0.day.map { abs($0 - day) <= 3 } ?? true }) {
                    // A few days apart: the same event only when the reports say much the same, or,
                    // from another document (which may simply have the day wrong), a good deal that
                    // is rare. Every day of the cluster must be near, so that a daily happening
                    // ("shelling continued on Tuesday") never chains into one event.
                    if rare >= 2, shared >= 3 && ratio >= 0.6 || shared >= 5 && ratio >= 0.3 && !group.documents.contains(c.documentIndex) { score = ratio }
                }
                if score > 0, best == nil || score > best!.score { best = (g, score) }
            }
            for g in touched { sharedKeys[g] = 0; rareKeys[g] = 0 }
            touched.removeAll(keepingCapacity: true)
            let g: Int
            if let best { g = best.group } else {
                groups.append(Group(bucket: b)); sharedKeys.append(0); rareKeys.append(0)
                g = groups.count - 1
            }
            let group = groups[g]
            group.members.append(i)
            group.sentences.insert(sentenceKey)
            group.documents.insert(c.documentIndex)
            if !group.values.contains(where: { $0.value == c.value }) { group.values.append((c.value, sp, day)) }
            for w in words where group.content.insert(w).inserted {
                group.totalWeight += weight[w]
                postings[group.bucket, default: [:]][w, default: []].append(g)
            }
        }
        return groups.map { group in
            let cluster = Cluster(candidates[group.members[0]])
            for m in group.members.dropFirst() { cluster.members.append(candidates[m]) }
            return cluster
        }
    }

    /// The month index (year × 12 + month) of a day: the bucket a report is filed under.
    static func bucket(middle day: Int) -> Int {
        let d = CalendarDate(dayNumber: day)
        return d.year * 12 + d.month - 1
    }

    static func compatible(_ x: ClosedRange<Int>?, _ y: ClosedRange<Int>?, _ a: String, _ b: String) -> Bool {
        guard let x, let y else { return a == b }
        return (x.lowerBound >= y.lowerBound && x.upperBound <= y.upperBound) || (y.lowerBound >= x.lowerBound && y.upperBound <= x.upperBound)
    }
}
