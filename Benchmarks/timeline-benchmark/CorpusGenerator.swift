import Foundation
import TimelineBuilder

/// Writes N synthetic news articles, the same for the same N: story threads with invented
/// actors, publication dates spread over a year, event sentences with varied date expressions,
/// filler sentences taken from fixture text, and page furniture.
struct CorpusGenerator {
    var count: Int
    /// Sentences of real articles, used as filler.
    var filler: [String]

    private var state: UInt64

    init(count: Int, fillerFolders: [String]) {
        self.count = count
        var sentences: [String] = []
        let fm = FileManager.default
        for folder in fillerFolders {
            for name in ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
                for line in text.split(separator: "\n") where line.count > 60 && line.hasSuffix(".") { sentences.append(String(line)) }
            }
        }
        filler = sentences.isEmpty ? ["Officials declined to comment on the details of the talks."] : sentences
        state = 0x9E3779B97F4A7C15 &* UInt64(count + 1)
    }

    private mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    static let given = ["Ana", "Tomas", "Lena", "Marco", "Ines", "Pavel", "Ruth", "Omar", "Sofia", "Jonas", "Clara", "Hugo", "Nadia", "Felix", "Irene", "Karl"]
    static let family = ["Ortiz", "Lindqvist", "Moreau", "Haddad", "Novak", "Brandt", "Okafor", "Castell", "Varga", "Sato", "Ferreira", "Kowal", "Dumas", "Reyes"]
    static let bodies = ["Port Authority", "Transit Board", "Water Council", "Teachers Union", "Farmers Association", "Energy Regulator", "City Council", "Health Agency"]
    static let towns = ["Norhaven", "Eastmere", "Caldera Bay", "Riverton", "Westfold", "Lowmarsh", "Brightwater", "Stonegate"]
    static let verbs = [("approved", "will approve"), ("rejected", "will vote on"), ("suspended", "plans to suspend"), ("announced", "is expected to announce"),
                        ("opened", "will open"), ("closed", "is set to close"), ("signed", "will sign"), ("delayed", "may delay")]
    static let objects = ["the new fare plan", "the harbour expansion", "a wage agreement", "the flood barrier contract", "emergency funding",
                          "the school closures", "a pipeline permit", "the budget review"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Writes the articles into `folder`; returns the number of bytes written.
    mutating func write(to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let threads = max(1, count / 20)
        let start = CalendarDate(year: 2025, month: 1, day: 1)!
        var bytes = 0
        for i in 0..<count {
            let thread = Int(next() % UInt64(threads))
            var t = CorpusGenerator(count: thread, fillerFolders: [])
            let person = "\(t.pick(Self.given)) \(t.pick(Self.family))", body = "\(t.pick(Self.towns)) \(t.pick(Self.bodies))"
            let (done, todo) = t.pick(Self.verbs), object = t.pick(Self.objects)
            let base = start.adding(days: Int(t.next() % 330))
            let published = base.adding(days: Int(next() % 30))
            var lines = ["\(body) \(done) \(object)", "By \(pick(Self.given)) \(pick(Self.family)), \(pick(Self.towns)) Courier",
                         "Published: \(Self.months[published.month - 1]) \(published.day), \(published.year)", ""]
            let eventDay = base.adding(days: Int(t.next() % 10))
            let eventPhrase: String
            let gap = published.dayNumber - eventDay.dayNumber
            if gap >= 0 && gap < 6 { eventPhrase = "on \(Self.weekdays[eventDay.weekday - 1])" }
            else { eventPhrase = "on \(Self.months[eventDay.month - 1]) \(eventDay.day)" }
            lines.append("The \(body) \(gap >= 0 ? done : todo) \(object) \(eventPhrase), \(person) said.")
            for _ in 0..<(2 + Int(next() % 4)) { lines.append(pick(filler)) }
            let later = published.adding(days: 5 + Int(next() % 40))
            switch next() % 4 {
            case 0: lines.append("\(person) said the board \(todo) \(object) in \(Self.months[later.month - 1]).")
            case 1: lines.append("Critics said talks with the \(body) had stalled last month.")
            case 2: lines.append("A final decision is expected next week, according to \(person).")
            default: lines.append("The \(body) first discussed \(object) in \(Self.months[base.month - 1]) \(base.year).")
            }
            for _ in 0..<(1 + Int(next() % 3)) { lines.append(pick(filler)) }
            lines += ["", "Leave a Reply", "Related: \(pick(Self.towns)) weather warning extended", "Share this article"]
            let text = lines.joined(separator: "\n") + "\n"
            bytes += text.utf8.count
            try text.write(toFile: folder + "/" + String(format: "%06d.txt", i), atomically: false, encoding: .utf8)
        }
        return bytes
    }
}
