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
        }
        let empty = Timeline(documents: [], events: [], actors: [], issues: [])
        var streamed = Data()
        try TimelineText.writeJSON(empty) { streamed.append($0) }
        #expect(streamed == (try TimelineText.json(empty)))
    }
}
