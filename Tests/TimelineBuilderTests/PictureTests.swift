import EventModel
import Foundation
import Testing
@testable import TimelineBuilder

/// The picture's geometry and its golden rendering.
@Suite struct PictureTests {
    static func event(_ id: String, _ date: String, _ status: EventStatus = .occurred, actors: [String] = [], issues: [String] = [],
                      sources: Int = 1, conflicts: [Conflict] = []) -> Event {
        let docs = (0..<sources).map { "doc\($0)" }
        let text = "Event \(id) on \(date) <as reported> & \"quoted\"."
        return Event(id: id, date: date, precision: date.count == 10 ? .day : (date.count == 4 ? .year : .month), status: status, title: text,
                     actors: actors, issues: issues, mentions: docs.map { Mention(document: $0, start: 0, end: 1, text: text) },
                     conflicts: conflicts, confidence: Double(sources) / 5, sources: sources)
    }

    /// Two years with gaps (none inside 2024, which a year-level event covers), every status, a month-level event, a week, a quarter, a year, and a
    /// date conflict.
    static let timeline = Timeline(
        documents: (0..<4).map { Document(id: "doc\($0)", path: "doc\($0).txt") },
        events: [
            event("a", "2024", actors: ["Port Authority"]),
            event("b", "2024-03-05", actors: ["Port Authority", "Dock Union"], issues: ["wages"], sources: 3),
            event("c", "2024-03", .threatened, actors: ["Dock Union"], issues: ["wages"]),
            event("d", "2024-Q3", .expected, issues: ["automation"]),
            event("e", "2024-11-02", .scheduled, actors: ["Dock Union", "Mayor Lee"], issues: ["wages", "automation"], sources: 2,
                  conflicts: [Conflict(attribute: "date", values: [ConflictValue(value: "2024-11-02", documents: ["doc0"]), ConflictValue(value: "2024-11-03", documents: ["doc1"])])]),
            event("f", "2025-W06", .averted, actors: ["Mayor Lee", "Port Authority"]),
            event("g", "2025-06-30", .ongoing, actors: ["Dock Union"], issues: ["automation"], sources: 4),
        ],
        actors: [], issues: [])

    func rows(_ layout: TimelinePicture.Layout) -> [TimelinePicture.RowKind] { layout.rows.map(\.kind) }

    @Test func rowsFollowTheCalendarWithYearMarkersAndCompressedGaps() {
        let layout = TimelinePicture().layout(Self.timeline)
        let m = { (y: Int, mo: Int) in y * 12 + mo - 1 }
        #expect(rows(layout) == [
            .year(2024), .event(0),
            .period("2024-03"), .event(1), .event(2),
            .period("2024-Q3"), .event(3),
            .period("2024-11"), .event(4),
            .year(2025), .gap(firstMonth: m(2025, 1), lastMonth: m(2025, 1)),
            .period("2025-02"), .event(5),
            .gap(firstMonth: m(2025, 3), lastMonth: m(2025, 5)),
            .period("2025-06"), .event(6),
        ])
    }

    @Test func rowsNeverOverlap() {
        for timeline in [Self.timeline, try! TimelineBuilder().build(paths: [Paths.seeds]).timeline] {
            let layout = TimelinePicture().layout(timeline)
            for (a, b) in zip(layout.rows, layout.rows.dropFirst()) {
                #expect(a.top + a.height / 2 <= b.top - b.height / 2 + 0.001)
                #expect(b.height >= 30)
            }
            #expect(layout.height > (layout.rows.last?.top ?? 0) + 40, "room for the legend")
        }
    }

    @Test func lanesFollowTheEventsThatInvolveThem() {
        let layout = TimelinePicture().layout(Self.timeline)
        #expect(layout.lanes.map(\.name) == ["Dock Union", "Mayor Lee", "Port Authority", "automation", "wages"])
        #expect(layout.lanes.map(\.kind) == [.actor, .actor, .actor, .issue, .issue])
        let union = layout.lanes[0]
        #expect(union.rows.map { layout.rows[$0].kind } == [.event(1), .event(2), .event(4), .event(6)])
        #expect(zip(layout.lanes, layout.lanes.dropFirst()).allSatisfy { $0.x < $1.x })
    }

    @Test func capsKeepTheBestCorroboratedAndCountWhatIsLeftOut() {
        let layout = TimelinePicture(maxEvents: 3, maxActorLanes: 1, maxIssueLanes: 0).layout(Self.timeline)
        let drawn = layout.rows.compactMap { if case .event(let i) = $0.kind { i } else { nil } }
        #expect(drawn == [1, 4, 6], "3, 2 and 4 sources, kept in date order")
        #expect(layout.omittedEvents == 4)
        #expect(layout.lanes.map(\.name) == ["Dock Union"])
        #expect(layout.omittedActors == 2 && layout.actorCount == 3)
        #expect(layout.omittedIssues == 2 && layout.issueCount == 2)
        let dot = TimelinePicture(maxEvents: 3, maxActorLanes: 1, maxIssueLanes: 0).dot(Self.timeline)
        #expect(dot.contains("3 best-corroborated drawn, 4 left out"))
        #expect(dot.contains("Lanes: 1 of 3 actors and 0 of 2 issues"))
    }

    @Test func markedEventsAreAlwaysDrawn() {
        let layout = TimelinePicture(maxEvents: 2).layout(Self.timeline, marks: ["a": .added])
        let drawn = layout.rows.compactMap { if case .event(let i) = $0.kind { i } else { nil } }
        #expect(drawn == [0, 6])
    }

    @Test func gapLabelsSayHowLongAndWhen() {
        #expect(TimelinePicture.gapLength(1) == "1 month")
        #expect(TimelinePicture.gapLength(14) == "1 year 2 months")
        #expect(TimelinePicture.gapLength(24) == "2 years")
        #expect(TimelinePicture.monthRange(2025 * 12 + 2, 2025 * 12 + 3) == "March – April 2025")
        #expect(TimelinePicture.monthRange(2024 * 12 + 10, 2025 * 12 + 1) == "November 2024 – February 2025")
        #expect(TimelinePicture.monthRange(2025 * 12, 2025 * 12) == "January 2025")
    }

    @Test func wrappingNeverExceedsTheWidth() {
        let long = String(repeating: "word ", count: 60) + String(repeating: "x", count: 200)
        for width in [10, 40, 90] {
            let lines = TimelinePicture.wrap(long, width: width, lines: 2)
            #expect(lines.count == 2)
            #expect(lines.allSatisfy { $0.count <= width })
            #expect(lines.last?.hasSuffix("…") == true)
        }
        #expect(TimelinePicture.wrap("short title", width: 90, lines: 2) == ["short title"])
    }

    @Test func coordinatesAreWrittenAsPrintfWritesThem() {
        var values: [Double] = [0, -0.0, 0.05, 0.25, 0.35, -1.5, -0.04, 1e16, 123456.7, 2.675, 1 / 3.0]
        for k in 0..<2000 { values.append(Double(k) * 0.5); values.append(Double(k) * 0.1); values.append(Double(k) * 0.37 - 100) }
        for v in values { #expect(TimelinePicture.oneDecimal(v) == String(format: "%.1f", v), "\(v)") }
    }

    @Test func statusPrecisionConflictsAndSourcesAreVisible() {
        let dot = TimelinePicture().dot(Self.timeline)
        #expect(dot.contains("label=\"March 2024\\nthreatened\""), "a month-level event is labelled with its month")
        #expect(dot.contains("⚠ date: 2024-11-02 vs 2024-11-03"))
        #expect(dot.contains("style=\"dashed,rounded,filled\""))
        #expect(dot.contains("label=\"4\", tooltip=\"4 sources: doc0, doc1, doc2, doc3\""))
        #expect(dot.contains("Legend:"))
        let svg = try! GraphvizRenderer.svg(dot: dot)
        #expect(!svg.contains("<as reported>") && svg.contains("&lt;as reported&gt;"), "article text is escaped")
    }

    @Test func aDateTooLongForItsColumnTakesTwoLines() {
        let t = Timeline(documents: [Document(id: "doc0", path: "doc0.txt")], events: [Self.event("w", "2025-W44")], actors: [], issues: [])
        #expect(TimelinePicture().dot(t).contains("label=\"week of October 27 –\\nNovember 2, 2025 · occurred\""))
    }

    /// The picture is deterministic and guarded byte for byte. After an intended change, rewrite
    /// the golden files with TIMELINE_UPDATE_GOLDEN=1 swift test --filter PictureTests.
    @Test func goldenPicture() throws {
        let dot = TimelinePicture().dot(Self.timeline, title: "Harbor dispute")
        let svg = try GraphvizRenderer.svg(dot: dot)
        let folder = Paths.fixtures + "/picture"
        if ProcessInfo.processInfo.environment["TIMELINE_UPDATE_GOLDEN"] == "1" {
            try Data(dot.utf8).write(to: URL(fileURLWithPath: folder + "/golden.dot"))
            try Data(svg.utf8).write(to: URL(fileURLWithPath: folder + "/golden.svg"))
        }
        #expect(dot == (try String(contentsOfFile: folder + "/golden.dot", encoding: .utf8)))
        #expect(svg == (try String(contentsOfFile: folder + "/golden.svg", encoding: .utf8)))
        #expect(!svg.contains("Generated by graphviz"), "no Graphviz version in the bytes")
        #expect(try GraphvizRenderer.svg(dot: dot) == svg)
        #if os(Linux)
        #expect(GraphvizRenderer.fontIndependent, "Graphviz's core and neato_layout plugins are found, so the SVG does not depend on installed fonts")
        #endif
    }
}
