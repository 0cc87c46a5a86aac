import EventModel

/// Matches the events of two versions of a timeline by what they report, not by id: an event
/// whose date was refined gets a new id but keeps its mentions and its words.
public enum TimelineComparer {
    /// The changes from `old` to `new`.
    public static func compare(_ old: Timeline, _ new: Timeline) -> TimelineDiff {
        let oldEvents = old.events, newEvents = new.events
        var pairs: [(score: Double, o: Int, n: Int)] = []
        let newWords = newEvents.map(words)
        var byMention: [String: [Int]] = [:]
        for (n, e) in newEvents.enumerated() { for m in e.mentions { byMention[mentionKey(m), default: []].append(n) } }
        for (o, e) in oldEvents.enumerated() {
            let ow = words(e)
            var shared: [Int: Int] = [:]
            for m in e.mentions { for n in byMention[mentionKey(m)] ?? [] { shared[n, default: 0] += 1 } }
            for (n, ne) in newEvents.enumerated() {
                var score = 0.0
                if ne.id == e.id { score += 10 }
                if let s = shared[n] { score += 5 + Double(s) / Double(max(e.mentions.count, 1)) }
                if score == 0 {
                    guard datesCompatible(e.date, ne.date) else { continue }
                    let overlap = ow.intersection(newWords[n]).count
                    let jaccard = Double(overlap) / Double(max(ow.union(newWords[n]).count, 1))
                    guard overlap >= 3, jaccard >= 0.3 else { continue }
                    score = jaccard
                }
                pairs.append((score, o, n))
            }
        }
        pairs.sort { ($0.score, -$0.o, -$0.n) > ($1.score, -$1.o, -$1.n) }
        var oldTaken = Set<Int>(), newTaken = Set<Int>()
        var matched: [(o: Int, n: Int)] = []
        for p in pairs where !oldTaken.contains(p.o) && !newTaken.contains(p.n) {
            oldTaken.insert(p.o); newTaken.insert(p.n); matched.append((p.o, p.n))
        }
        // An old event whose reports now belong to an event already matched was merged into it.
        for p in pairs where !oldTaken.contains(p.o) && p.score >= 5 {
            oldTaken.insert(p.o); matched.append((p.o, p.n))
        }
        var diff = TimelineDiff()
        diff.added = newEvents.indices.filter { !newTaken.contains($0) }.map { newEvents[$0] }
        diff.removed = oldEvents.indices.filter { !oldTaken.contains($0) }.map { oldEvents[$0] }
        for (o, n) in matched.sorted(by: { ($0.n, $0.o) < ($1.n, $1.o) }) {
            let fields = differences(oldEvents[o], newEvents[n])
            if !fields.isEmpty { diff.changed.append(EventChange(old: oldEvents[o], new: newEvents[n], fields: fields)) }
        }
        return diff
    }

    /// The fields in which two versions of one event differ, in a fixed order.
    static func differences(_ a: Event, _ b: Event) -> [String] {
        var out: [String] = []
        if a.date != b.date { out.append("date") }
        if a.status != b.status { out.append("status") }
        if Set(a.mentions.map(mentionKey)) != Set(b.mentions.map(mentionKey)) { out.append("mentions") }
        if Set(a.actors) != Set(b.actors) { out.append("actors") }
        if Set(a.issues) != Set(b.issues) { out.append("issues") }
        if Set(a.conflicts.map(conflictKey)) != Set(b.conflicts.map(conflictKey)) { out.append("conflicts") }
        if a.place != b.place { out.append("place") }
        return out
    }

    static func mentionKey(_ m: Mention) -> String { m.document + "\u{1}" + m.text }

    /// A conflict is the same across versions when the same attribute has the same competing values;
    /// which documents report each value shows under "mentions".
    static func conflictKey(_ c: Conflict) -> String {
        c.attribute + ":" + c.values.map(\.value).sorted().joined(separator: "|")
    }

    static func words(_ e: Event) -> Set<String> {
        var out: Set<String> = []
        for text in [e.title] + e.mentions.map(\.text) {
            for t in Tokenizer.tokenize(Array(text.utf8)) where t.kind == .word && t.lower.utf8.count > 3 { out.insert(t.lower) }
        }
        return out
    }

    /// Whether two dates can name the same event: equal, one refining the other, or days apart by at most a week.
    static func datesCompatible(_ a: String, _ b: String) -> Bool {
        if a == b || a.hasPrefix(b) || b.hasPrefix(a) { return true }
        guard let x = EventMerger.span(a), let y = EventMerger.span(b) else { return false }
        return x.lowerBound <= y.upperBound + 7 && y.lowerBound <= x.upperBound + 7
    }
}
