import EventModel
import Foundation

/// The timeline's geometry, computed here rather than by a Graphviz layout engine, because `dot`'s
/// rank layout is slow on timelines and bends their time axis. Events are rows in date order
/// under year and month markers on a vertical time axis; months with nothing reported are
/// compressed into one short marked row; actor and issue lanes are columns with a dot where an
/// event involves them. The result is DOT with pinned positions, for Graphviz's `nop2` engine or
/// `neato -n2`.
public struct TimelinePicture: Sendable {
    /// Events drawn at most; the best-corroborated are kept and the rest are counted as left out.
    public var maxEvents: Int
    /// Actor lanes drawn at most, chosen by how many drawn events involve each actor.
    public var maxActorLanes: Int
    /// Issue lanes drawn at most, chosen the same way.
    public var maxIssueLanes: Int

    public init(maxEvents: Int = 80, maxActorLanes: Int = 7, maxIssueLanes: Int = 3) {
        self.maxEvents = maxEvents; self.maxActorLanes = maxActorLanes; self.maxIssueLanes = maxIssueLanes
    }

    /// How a diff picture marks an event.
    public enum Mark: Sendable { case added, changed, removed }

    /// One horizontal band of the picture.
    public enum RowKind: Sendable, Equatable {
        /// A year marker, with a rule across the picture.
        case year(Int)
        /// A month (or quarter) heading on the time axis.
        case period(String)
        /// Months in which nothing was reported, compressed into one row: month numbers counted
        /// from year 0, first and last inclusive.
        case gap(firstMonth: Int, lastMonth: Int)
        /// One event, by its index in the timeline.
        case event(Int)
    }

    public struct Row: Sendable, Equatable {
        public var kind: RowKind
        /// The row's centre, in points, measured down from the top of the picture.
        public var top: Double
        public var height: Double
    }

    public enum LaneKind: String, Sendable { case actor, issue }

    /// An actor or issue column, with the rows of the events that involve it.
    public struct Lane: Sendable, Equatable {
        public var name: String
        public var kind: LaneKind
        public var x: Double
        public var rows: [Int]
    }

    /// The computed geometry of a timeline picture.
    public struct Layout: Sendable {
        public var rows: [Row]
        public var lanes: [Lane]
        public var width: Double
        public var height: Double
        public var omittedEvents: Int
        public var omittedActors: Int
        public var omittedIssues: Int
        public var actorCount: Int
        public var issueCount: Int
    }

    static let dateX = 85.0
    static let axisX = 182.0
    static let eventX = 496.0
    static let eventWidth = 600.0
    static let sourcesX = eventX + eventWidth / 2 + 20
    static let laneX0 = sourcesX + 50
    static let laneGap = 92.0
    static let headerHeight = 96.0
    static let eventHeight = 44.0
    static let periodHeight = 32.0
    static let yearHeight = 40.0
    static let gapHeight = 30.0
    static let titleWidth = 90
    /// The most characters of a date on one line of the date column.
    static let dateWidth = 32

    /// Wraps text into lines of at most `width` characters, at most `lines` lines, ending in an
    /// ellipsis when the text was cut.
    static func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        var out: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, !line.isEmpty {
                out.append(line); line = ""
                if out.count == lines { break }
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if out.count < lines, !line.isEmpty { out.append(line) }
        out = out.map { $0.count > width ? String($0.prefix(width - 1)) + "…" : $0 }
        if out.count == lines, text.count > out.joined(separator: " ").count, var last = out.popLast() {
            if last.count > width - 1 { last = String(last.prefix(width - 1)) }
            out.append(last.hasSuffix("…") ? last : last + "…")
        }
        return out
    }

    /// The months an event's date covers, as month numbers counted from year 0, and the heading
    /// it sits under: a month ("2025-05"), a quarter ("2025-Q3") or a year ("2025").
    static func period(of date: String) -> (heading: String, first: Int, last: Int)? {
        guard let year = Int(date.prefix(4)) else { return nil }
        if date.count == 4 { return (date, year * 12, year * 12 + 11) }
        if date.contains("-Q"), let q = Int(date.suffix(1)), (1...4).contains(q) {
            return (String(date.prefix(7)), year * 12 + (q - 1) * 3, year * 12 + (q - 1) * 3 + 2)
        }
        if date.contains("-H"), let h = Int(date.suffix(1)), (1...2).contains(h) {
            return (String(date.prefix(7)), year * 12 + (h - 1) * 6, year * 12 + (h - 1) * 6 + 5)
        }
        if let span = EventMerger.span(date) {
            let start = CalendarDate(dayNumber: span.lowerBound)
            let m = start.year * 12 + start.month - 1
            return (start.monthValue, m, m)
        }
        return nil
    }

    /// "March 2025", "March – April 2025", "November 2024 – February 2025".
    static func monthRange(_ first: Int, _ last: Int) -> String {
        let a = TimelineText.monthNames[first % 12], b = TimelineText.monthNames[last % 12]
        if first == last { return "\(a) \(first / 12)" }
        if first / 12 == last / 12 { return "\(a) – \(b) \(last / 12)" }
        return "\(a) \(first / 12) – \(b) \(last / 12)"
    }

    /// "2 months with no reported events", or in years and months for long gaps.
    static func gapLength(_ months: Int) -> String {
        func unit(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        if months < 12 { return unit(months, "month") }
        return unit(months / 12, "year") + (months % 12 == 0 ? "" : " " + unit(months % 12, "month"))
    }

    static func headingLabel(_ heading: String) -> String {
        if heading.contains("-Q") { return "Q" + heading.suffix(1) }
        if heading.contains("-H") { return "H" + heading.suffix(1) }
        if heading.count == 7, let m = Int(heading.suffix(2)), (1...12).contains(m) { return TimelineText.monthNames[m - 1] }
        return heading
    }

    /// Which events the picture draws: marked ones first, then the best-corroborated, at most
    /// `maxEvents`, kept in timeline order.
    func chosenEvents(_ timeline: Timeline, marks: [String: Mark]) -> [Int] {
        let ranked = timeline.events.indices.sorted { a, b in
            let x = timeline.events[a], y = timeline.events[b]
            return (marks[x.id] != nil ? 1 : 0, x.sources, x.confidence, -a) > (marks[y.id] != nil ? 1 : 0, y.sources, y.confidence, -b)
        }
        return ranked.prefix(max(0, maxEvents)).sorted()
    }

    /// The picture's geometry: rows from top to bottom and lanes from left to right.
    public func layout(_ timeline: Timeline, marks: [String: Mark] = [:]) -> Layout {
        let chosen = chosenEvents(timeline, marks: marks)
        var rows: [Row] = []
        var y = Self.headerHeight
        func add(_ kind: RowKind, _ height: Double) {
            rows.append(Row(kind: kind, top: y + height / 2, height: height))
            y += height
        }
        var lastHeading: String? = nil
        var lastYear: Int? = nil
        var covered: Int? = nil
        for index in chosen {
            let date = timeline.events[index].date
            guard let p = Self.period(of: date) else { add(.event(index), Self.eventHeight); continue }
            if p.heading != lastHeading {
                let year = p.first / 12
                if let c = covered, p.first - c > 1 {
                    let gap = RowKind.gap(firstMonth: c + 1, lastMonth: p.first - 1)
                    if (c + 1) / 12 == year, year != lastYear { add(.year(year), Self.yearHeight); lastYear = year }
                    add(gap, Self.gapHeight)
                }
                if year != lastYear { add(.year(year), Self.yearHeight); lastYear = year }
                if p.heading.count > 4 { add(.period(p.heading), Self.periodHeight) }
                lastHeading = p.heading
            }
            covered = max(covered ?? p.last, p.last)
            add(.event(index), Self.eventHeight)
        }
        let height = y + 60

        var actorUse: [String: Int] = [:], issueUse: [String: Int] = [:]
        for i in chosen {
            for a in Set(timeline.events[i].actors) { actorUse[a, default: 0] += 1 }
            for s in Set(timeline.events[i].issues) { issueUse[s, default: 0] += 1 }
        }
        func pick(_ use: [String: Int], _ cap: Int) -> [String] {
            let minimum = chosen.count < 4 ? 1 : 2
            return use.filter { $0.value >= minimum }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(max(0, cap)).map(\.key).sorted()
        }
        let actorNames = pick(actorUse, maxActorLanes), issueNames = pick(issueUse, maxIssueLanes)
        var lanes: [Lane] = []
        for (name, kind) in actorNames.map({ ($0, LaneKind.actor) }) + issueNames.map({ ($0, LaneKind.issue) }) {
            let x = Self.laneX0 + Double(lanes.count) * Self.laneGap
            var laneRows: [Int] = []
            for (r, row) in rows.enumerated() {
                guard case .event(let i) = row.kind else { continue }
                let e = timeline.events[i]
                if kind == .actor ? e.actors.contains(name) : e.issues.contains(name) { laneRows.append(r) }
            }
            lanes.append(Lane(name: name, kind: kind, x: x, rows: laneRows))
        }
        let width = max(Self.laneX0 + Double(lanes.count) * Self.laneGap, Self.sourcesX + 40)
        return Layout(rows: rows, lanes: lanes, width: width, height: height,
                      omittedEvents: timeline.events.count - chosen.count,
                      omittedActors: actorUse.count - actorNames.count, omittedIssues: issueUse.count - issueNames.count,
                      actorCount: actorUse.count, issueCount: issueUse.count)
    }

    static let laneColour: [LaneKind: (dot: String, line: String)] = [
        .actor: ("#e67e22", "#f0b27a"), .issue: ("#7d3c98", "#c39bd3"),
    ]

    /// `v` as "%.1f" writes it. Coordinates are almost always whole or half points, which are
    /// written directly: formatting is otherwise a good part of the cost of a picture.
    static func oneDecimal(_ v: Double) -> String {
        let tenths = v * 10
        guard v.sign == .plus, tenths == tenths.rounded(), tenths < 1e15 else { return String(format: "%.1f", v) }
        let t = Int(tenths)
        return "\(t / 10).\(t % 10)"
    }

    static let eventWidthInches = String(format: "%.2f", eventWidth / 72)

    /// The DOT of the picture; `marks` (by event id) highlight what a diff added or changed and
    /// ghost what it removed. Marked events are always drawn.
    public func dot(_ timeline: Timeline, title: String = "Timeline", marks: [String: Mark] = [:]) -> String {
        let layout = layout(timeline, marks: marks)
        let H = layout.height
        func f(_ v: Double) -> String { Self.oneDecimal(v) }
        func pos(_ x: Double, _ top: Double) -> String { "pos=\"\(f(x)),\(f(H - top))!\"" }

        var out = "digraph timeline {\n"
        out += "  graph [splines=line, outputorder=edgesfirst, bgcolor=\"white\", fontname=\"DejaVu Sans\", pad=0.3];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=11, fixedsize=true];\n  edge [arrowhead=none];\n"
        let drawn = timeline.events.count - layout.omittedEvents
        let heading = "\(title): \(timeline.events.count) events from \(timeline.documents.count) documents"
            + (layout.omittedEvents > 0 ? " · \(drawn) best-corroborated drawn, \(layout.omittedEvents) left out" : "")
        out += "  title [shape=plaintext, fontsize=16, width=10, height=0.35, label=\(DOTText.quote(heading)), \(pos(Self.eventX, 22))];\n"
        var laneNote = ""
        if layout.omittedActors > 0 || layout.omittedIssues > 0 {
            laneNote = "Lanes: \(layout.actorCount - layout.omittedActors) of \(layout.actorCount) actors and \(layout.issueCount - layout.omittedIssues) of \(layout.issueCount) issues, those in the most events"
        }
        if !laneNote.isEmpty {
            out += "  lanenote [shape=plaintext, fontsize=10, fontcolor=\"#555555\", width=10, height=0.25, label=\(DOTText.quote(laneNote)), \(pos(Self.eventX, 46))];\n"
        }
        for (j, lane) in layout.lanes.enumerated() {
            let colour = Self.laneColour[lane.kind]!.dot
            out += "  lane\(j) [shape=plaintext, fontsize=10, fontcolor=\"\(colour)\", width=1.25, height=0.45, label=\(DOTText.quote(Self.wrap(lane.name, width: 14, lines: 2).joined(separator: "\n"))), tooltip=\(DOTText.quote("\(lane.kind.rawValue): \(lane.name), \(lane.rows.count) events")), \(pos(lane.x, 76))];\n"
        }
        let axisTop = layout.rows.first.map { $0.top - $0.height / 2 } ?? Self.headerHeight
        let axisBottom = layout.rows.last.map { $0.top + $0.height / 2 } ?? Self.headerHeight
        var axisPoints: [(name: String, dashed: Bool)] = []
        out += "  axis_top [shape=point, width=0.01, color=\"#7f8c8d\", \(pos(Self.axisX, axisTop))];\n"
        axisPoints.append(("axis_top", false))
        for (r, row) in layout.rows.enumerated() {
            switch row.kind {
            case .year(let year):
                out += "  y\(r) [shape=plaintext, fontsize=18, fontname=\"DejaVu Sans Bold\", fontcolor=\"#1f3a5f\", width=1.2, height=0.4, label=\"\(year)\", \(pos(Self.dateX, row.top))];\n"
                out += "  y\(r)a [shape=point, width=0.01, color=\"#b0bec5\", \(pos(Self.axisX, row.top))];\n"
                out += "  y\(r)b [shape=point, width=0.01, color=\"#b0bec5\", \(pos(layout.width - 20, row.top))];\n"
                out += "  y\(r)a -> y\(r)b [color=\"#b0bec5\", penwidth=1];\n"
                axisPoints.append(("y\(r)a", false))
            case .period(let p):
                out += "  m\(r) [shape=plaintext, fontsize=13, fontcolor=\"#1f3a5f\", width=2.0, height=0.35, label=\(DOTText.quote(Self.headingLabel(p))), \(pos(Self.dateX, row.top))];\n"
                out += "  m\(r)t [shape=box, style=filled, color=\"#1f3a5f\", fillcolor=\"#1f3a5f\", width=0.12, height=0.03, label=\"\", \(pos(Self.axisX, row.top))];\n"
                axisPoints.append(("m\(r)t", false))
            case .gap(let first, let last):
                let text = "≈ \(Self.gapLength(last - first + 1)) with no reported events (\(Self.monthRange(first, last))), compressed"
                out += "  g\(r) [shape=plaintext, fontsize=10, fontname=\"DejaVu Sans Oblique\", fontcolor=\"#7f8c8d\", width=7, height=0.3, label=\(DOTText.quote(text)), \(pos(Self.eventX, row.top))];\n"
                out += "  g\(r)t [shape=plaintext, fontsize=14, fontcolor=\"#7f8c8d\", width=0.25, height=0.3, label=\"≈\", \(pos(Self.axisX, row.top))];\n"
                axisPoints.append(("g\(r)t", true))
            case .event(let i):
                out += eventNodes(timeline.events[i], row: r, top: row.top, mark: marks[timeline.events[i].id], pos: pos)
                axisPoints.append(("d\(r)t", false))
            }
        }
        out += "  axis_bottom [shape=point, width=0.01, color=\"#7f8c8d\", \(pos(Self.axisX, axisBottom))];\n"
        axisPoints.append(("axis_bottom", false))
        for (a, b) in zip(axisPoints, axisPoints.dropFirst()) {
            let style = a.dashed || b.dashed ? ", style=dashed" : ""
            out += "  \(a.name) -> \(b.name) [color=\"#7f8c8d\", penwidth=1.5\(style)];\n"
        }
        for (j, lane) in layout.lanes.enumerated() {
            let colour = Self.laneColour[lane.kind]!
            for r in lane.rows {
                out += "  p\(r)_\(j) [shape=circle, style=filled, fillcolor=\"\(colour.dot)\", color=\"\(colour.dot)\", width=0.16, label=\"\", tooltip=\(DOTText.quote(lane.name)), \(pos(lane.x, layout.rows[r].top))];\n"
            }
            for (a, b) in zip(lane.rows, lane.rows.dropFirst()) {
                out += "  p\(a)_\(j) -> p\(b)_\(j) [color=\"\(colour.line)\", penwidth=2];\n"
            }
        }
        var legend = "Legend: filled box = occurred · outlined = scheduled or expected · dashed = threatened or averted · red border and ⚠ = sources disagree (both values shown) · number = sources\n"
        legend += "orange dots = actors involved · purple dots = issues · ≈ = months with no reported events, compressed · month-level dates sit under their month, not on its first day"
        if !marks.isEmpty { legend = "Changes: green = new · amber = changed · grey dashed = no longer reported\n" + legend }
        out += "  legend [shape=plaintext, fontsize=10, width=13.5, height=0.5, label=\(DOTText.quote(legend)), \(pos(Self.eventX + 120, H - 30))];\n"
        out += "}\n"
        return out
    }

    /// The date label, axis tick, event box and source count of one event row.
    func eventNodes(_ e: Event, row r: Int, top: Double, mark: Mark?, pos: (Double, Double) -> String) -> String {
        var style = "filled", fill = "#dbe8f6"
        switch e.status {
        case .occurred, .ongoing: style = "filled"; fill = "#dbe8f6"
        case .scheduled, .expected: style = "solid"; fill = "white"
        case .threatened, .averted: style = "dashed"; fill = "white"
        }
        let conflict = e.conflicts.isEmpty ? "" : "\n⚠ " + e.conflicts.map { c in "\(c.attribute): " + c.values.map(\.value).joined(separator: " vs ") }.joined(separator: "; ")
        let tag = mark == .added ? "NEW · " : (mark == .changed ? "CHANGED · " : (mark == .removed ? "REMOVED · " : ""))
        let text = Self.wrap(tag + e.title, width: Self.titleWidth, lines: conflict.isEmpty ? 2 : 1).joined(separator: "\n")
        var border = e.conflicts.isEmpty ? "#35608f" : "#c0392b"
        var pen = e.conflicts.isEmpty ? "1" : "2"
        var fontColor = "black"
        switch mark {
        case .added: border = "#1e8449"; pen = "3"; if style == "filled" { fill = "#d5f5e3" }
        case .changed: border = "#d68910"; pen = "3"
        case .removed: border = "#aaaaaa"; pen = "1"; style = "dashed"; fill = "#f4f4f4"; fontColor = "#888888"
        case nil: break
        }
        let docs = Array(Set(e.mentions.map(\.document))).sorted()
        let listed = docs.count > 12 ? docs.prefix(12).joined(separator: ", ") + " and \(docs.count - 12) more" : docs.joined(separator: ", ")
        let tooltip = "\(TimelineText.humanDate(e.date)) [\(e.status.rawValue)]\n\(e.mentions.first?.text ?? e.title)\nSources: \(listed)"
        let dotColour = e.conflicts.isEmpty ? "#35608f" : "#c0392b"
        // A date too long for its column ("week of October 27 – November 2, 2025") takes two lines, the status beside its end.
        let date = TimelineText.humanDate(e.date)
        let wrapped = date.count <= Self.dateWidth ? date
            : date.contains(" – ") ? date.replacingOccurrences(of: " – ", with: " –\n")
            : Self.wrap(date, width: Self.dateWidth, lines: 2).joined(separator: "\n")
        let dateLabel = wrapped + (wrapped.contains("\n") ? " · " : "\n") + e.status.rawValue
        var out = "  d\(r) [shape=plaintext, fontsize=10, width=2.3, height=0.5, label=\(DOTText.quote(dateLabel)), \(pos(Self.dateX, top))];\n"
        out += "  d\(r)t [shape=circle, style=filled, fillcolor=\"\(e.status == .occurred || e.status == .ongoing ? dotColour : "white")\", color=\"\(dotColour)\", width=0.1, label=\"\", \(pos(Self.axisX, top))];\n"
        out += "  e\(r) [shape=box, style=\"\(style),rounded\(style == "filled" ? "" : ",filled")\", fillcolor=\"\(fill)\", color=\"\(border)\", penwidth=\(pen), fontcolor=\"\(fontColor)\", fontsize=10, width=\(Self.eventWidthInches), height=0.5, label=\(DOTText.quote(text + conflict)), tooltip=\(DOTText.quote(tooltip)), \(pos(Self.eventX, top))];\n"
        out += "  s\(r) [shape=circle, style=filled, fillcolor=\"#35608f\", fontcolor=white, fontsize=9, width=0.28, label=\"\(docs.count)\", tooltip=\(DOTText.quote("\(docs.count) source\(docs.count == 1 ? "" : "s"): " + listed)), \(pos(Self.sourcesX, top))];\n"
        return out
    }
}
