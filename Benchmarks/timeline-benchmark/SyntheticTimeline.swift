import EventModel

/// A deterministic timeline of `count` events spread over several years with gaps, for measuring
/// the picture: varied statuses, precisions, actors, issues, sources and conflicts.
func syntheticTimeline(count: Int) -> Timeline {
    let statuses = EventStatus.allCases
    let actors = (0..<30).map { "Actor \($0)" }
    let issues = (0..<12).map { "issue \($0)" }
    var state: UInt64 = 0x9E3779B97F4A7C15
    func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
    var events: [Event] = []
    let months = (0..<48).filter { ($0 % 12 + 1) % 5 != 0 }
    for i in 0..<count {
        let month = months[(i * months.count) / max(count, 1)]
        let year = 2020 + month / 12, m = month % 12 + 1
        let day = 1 + next(28)
        let precise = next(4) != 0
        let date = precise ? String(format: "%04d-%02d-%02d", year, m, day) : String(format: "%04d-%02d", year, m)
        let sources = 1 + next(6)
        let docs = (0..<sources).map { "doc\(String(format: "%05d", (i * 7 + $0 * 13) % 9973))" }
        let text = "Officials from group \(i % 17) announced measure number \(i) affecting the region's ports, <markets> & \"supply\" chains, after talks."
        let mentions = docs.map { Mention(document: $0, start: 0, end: text.utf8.count, text: text, timex: precise ? "on day \(day)" : "that month", value: date) }
        var conflicts: [Conflict] = []
        if next(20) == 0, precise {
            conflicts.append(Conflict(attribute: "date", values: [ConflictValue(value: date, documents: [docs[0]]), ConflictValue(value: String(format: "%04d-%02d-%02d", year, m, min(day + 1, 28)), documents: ["other"])]))
        }
        events.append(Event(id: String(format: "e%06d", i), date: date, precision: precise ? .day : .month, status: statuses[next(statuses.count)],
                            title: text, actors: Array(Set((0..<1 + next(3)).map { _ in actors[next(actors.count)] })).sorted(),
                            issues: Array(Set((0..<next(3)).map { _ in issues[next(issues.count)] })).sorted(),
                            mentions: mentions, conflicts: conflicts, confidence: Double(sources) / 6, sources: sources))
    }
    events.sort { ($0.date, $0.id) < ($1.date, $1.id) }
    let documents = Set(events.flatMap { $0.mentions.map(\.document) }).sorted().map { Document(id: $0, path: $0 + ".txt") }
    return Timeline(documents: documents, events: events, actors: actors.map { Actor(name: $0, kind: .person) }, issues: issues.map { Issue(name: $0) })
}
