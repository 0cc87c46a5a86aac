import EventModel
import Foundation
import Testing
@testable import TimelineBuilder

/// Collects progress reports from worker threads.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(String, Int, Int)] = []
    func add(_ r: (String, Int, Int)) { lock.lock(); reports.append(r); lock.unlock() }
    var all: [(String, Int, Int)] { lock.lock(); defer { lock.unlock() }; return reports }
}

@Suite struct ScaleTests {
    @Test func progressIsReportedPerStageUpToTheTotal() throws {
        let log = ProgressLog()
        let builder = TimelineBuilder(threads: 2, progress: { stage, done, total in log.add((stage, done, total)) })
        let (timeline, _) = try builder.build(paths: [Paths.seeds])
        let n = timeline.documents.count
        for stage in ["reading", "extracting", "merging"] {
            #expect(log.all.contains { $0.0 == stage && $0.1 == n && $0.2 == n }, "\(stage)")
        }
        #expect(log.all.allSatisfy { $0.1 <= $0.2 })
    }

    @Test func streamedJSONHasTheBytesOfTheWholeEncoding() throws {
        for path in [Paths.seeds, Paths.fixtures + "/ferry-strike/v2"] {
            let timeline = try TimelineBuilder().build(paths: [path]).timeline
            var streamed = Data()
            try TimelineText.writeJSON(timeline) { streamed.append($0) }
            #expect(streamed == (try TimelineText.json(timeline)))
            #expect(try TimelineText.decode(streamed) == timeline)
        }
        let hostile = String((0..<128).map { Character(UnicodeScalar(UInt8($0))) }) + "\u{2028}é😀/</script>"
        let doc = Document(id: "a\"b", path: "x/\\y", title: hostile, published: nil, publishedFrom: .inferred, byline: "By \t Ann")
        let bare = Document(id: "c", path: "c.txt")
        let mention = Mention(document: hostile, start: 0, end: 9, text: hostile, timex: "May\n", value: "2025-05", status: .threatened, place: "Lyon")
        let event = Event(id: "e1", date: "2025-05", precision: .month, status: .occurred, title: hostile, actors: [hostile, "B"],
                          issues: [], place: "\u{0}", mentions: [mention, Mention(document: "c", start: 3, end: 4, text: "")],
                          conflicts: [Conflict(attribute: "date", values: [ConflictValue(value: "2025-05", documents: ["a", "c"], evidence: [hostile])])],
                          confidence: 0.35, sources: 2)
        let others = [0.0, 1, 0.07, 0.1, 0.45, 0.95, 0.3, 0.55].enumerated().map { k, x in
            Event(id: "e\(k + 2)", date: "2025", precision: .year, status: .expected, title: "t", confidence: x, sources: 1)
        }
        let rich = Timeline(documents: [doc, bare], events: [event] + others, actors: [Actor(name: hostile, kind: .person, aliases: [])],
                            issues: [Issue(name: "i", aliases: [hostile])])
        var written = Data()
        try TimelineText.writeJSON(rich) { written.append($0) }
        #expect(written == (try TimelineText.json(rich)))
        let empty = Timeline(documents: [], events: [], actors: [], issues: [])
        var alone = Data()
        try TimelineText.writeJSON(empty, workers: 4) { alone.append($0) }
        #expect(alone == (try TimelineText.json(empty)))
        var streamed = Data()
        try TimelineText.writeJSON(empty) { streamed.append($0) }
        #expect(streamed == (try TimelineText.json(empty)))
    }

    /// Events split across threads, some in the middle of their mentions, give the bytes of the
    /// whole encoding, with any number of threads.
    @Test func jsonWrittenOnManyThreadsHasTheBytesOfTheWholeEncoding() throws {
        let sizes = [150, 0, 70, 1, 300, 63, 64, 65, 0, 2]
        let events = sizes.enumerated().map { k, n in
            Event(id: "e\(k)", date: "2025-05-0\(k % 9 + 1)", precision: .day, status: .occurred, title: "event \(k)",
                  actors: k % 2 == 0 ? ["A"] : [], issues: [], place: k % 3 == 0 ? "Lyon" : nil,
                  mentions: (0..<n).map { m in Mention(document: "d\(m % 7)", start: m * 10, end: m * 10 + 9, text: "mention \(m) of \(k)\n\"q\"",
                                                       timex: "May \(k % 9 + 1)", value: "2025-05-0\(k % 9 + 1)", status: .occurred) },
                  confidence: 0.5, sources: min(n, 7))
        }
        let timeline = Timeline(documents: [Document(id: "d0", path: "d0.txt")], events: events, actors: [], issues: [])
        let whole = try TimelineText.json(timeline)
        for workers in [1, 2, 3, 8] {
            var written = Data()
            try TimelineText.writeJSON(timeline, workers: workers) { written.append($0) }
            #expect(written == whole, "\(workers) workers")
        }
    }
}
