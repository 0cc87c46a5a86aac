import EventModel

/// The timeline's geometry, computed here rather than by a Graphviz layout engine: one row per
/// event in date order under month markers, a date column, and one lane per leading actor or
/// issue with a dot where an event involves it. The result is DOT with pinned positions.
public struct TimelinePicture {
    public var maxEvents: Int
    public var maxLanes: Int

    public init(maxEvents: Int = 80, maxLanes: Int = 8) { self.maxEvents = maxEvents; self.maxLanes = maxLanes }

    static let rowHeight = 44.0
    static let dateX = 70.0
    static let eventX = 470.0
    static let eventWidth = 600.0
    static let laneX0 = 820.0
    static let laneGap = 96.0

    /// Wraps text into lines of at most `width` characters, at most `lines` lines.
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
        if out.count == lines, text.count > out.joined(separator: " ").count, var last = out.popLast() {
            if last.count > width - 1 { last = String(last.prefix(width - 1)) }
            out.append(last + "…")
        }
        return out
    }

    /// How a diff picture marks an event.
    public enum Mark: Sendable { case added, changed, removed }

    /// The DOT of the picture; `marks` (by event id) highlight what a diff added or changed and
    /// ghost what it removed. Marked events are always drawn.
    public func dot(_ timeline: Timeline, title: String = "Timeline", marks: [String: Mark] = [:]) -> String {
        let ranked = timeline.events.enumerated().sorted { a, b in
            (marks[a.element.id] != nil ? 1 : 0, a.element.sources, a.element.confidence, -a.offset)
                > (marks[b.element.id] != nil ? 1 : 0, b.element.sources, b.element.confidence, -b.offset)
        }
        let keep = Set(ranked.prefix(maxEvents).map(\.offset))
        let events = timeline.events.enumerated().filter { keep.contains($0.offset) }.map(\.element)
        let omitted = timeline.events.count - events.count
        var laneCount: [String: Int] = [:]
        for e in events { for a in e.actors { laneCount[a, default: 0] += 1 } }
        let lanes = laneCount.filter { $0.value >= 2 || events.count < 4 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .prefix(maxLanes).map(\.key).sorted()

        var rows: [(kind: String, label: String, event: Event?)] = []
        var lastMonth = ""
        for e in events {
            let month = String(e.date.prefix(7))
            let heading: String
            if e.date.contains("-W"), let span = EventMerger.span(e.date) { heading = CalendarDate(dayNumber: span.lowerBound).monthValue }
            else if e.date.count >= 7, !e.date.contains("-Q") { heading = month } else { heading = String(e.date.prefix(4)) }
            if heading != lastMonth {
                rows.append(("month", heading.count == 7 ? TimelineText.humanDate(heading) : heading, nil))
                lastMonth = heading
            }
            rows.append(("event", "", e))
        }
        let H = Double(rows.count + 3) * Self.rowHeight
        func y(_ row: Int) -> Double { H - Double(row + 2) * Self.rowHeight }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }

        var out = "digraph timeline {\n"
        out += "  graph [splines=line, outputorder=edgesfirst, bgcolor=\"white\", fontname=\"DejaVu Sans\", pad=0.3];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=11, fixedsize=true];\n  edge [arrowhead=none];\n"
        let heading = "\(title): \(timeline.events.count) events from \(timeline.documents.count) documents" + (omitted > 0 ? " (\(omitted) less-corroborated events not drawn)" : "")
        out += "  title [shape=plaintext, fontsize=16, width=9, height=0.4, label=\(DOTText.quote(heading)), pos=\"\(f(Self.eventX)),\(f(H))!\"];\n"
        for (j, lane) in lanes.enumerated() {
            let x = Self.laneX0 + Double(j) * Self.laneGap
            out += "  lane\(j) [shape=plaintext, fontsize=10, width=1.3, height=0.5, label=\(DOTText.quote(Self.wrap(lane, width: 14, lines: 2).joined(separator: "\n"))), pos=\"\(f(x)),\(f(H - Self.rowHeight))!\"];\n"
        }
        var laneRows: [Int: [Int]] = [:]
        for (r, row) in rows.enumerated() {
            if row.kind == "month" {
                out += "  m\(r) [shape=plaintext, fontsize=13, fontcolor=\"#1f3a5f\", width=2.2, height=0.4, label=\(DOTText.quote(row.label)), pos=\"\(f(Self.dateX)),\(f(y(r)))!\"];\n"
                continue
            }
            guard let e = row.event else { continue }
            let status = e.status
            var style = "filled"
            var fill = "#dbe8f6"
            switch status {
            case .occurred, .ongoing: style = "filled"; fill = "#dbe8f6"
            case .scheduled, .expected: style = "solid"; fill = "white"
            case .threatened, .averted: style = "dashed"; fill = "white"
            }
            let conflict = e.conflicts.isEmpty ? "" : "\n⚠ " + e.conflicts.map { c in "\(c.attribute): " + c.values.map(\.value).joined(separator: " vs ") }.joined(separator: "; ")
            let mark = marks[e.id]
            let tag = mark == .added ? "NEW · " : (mark == .changed ? "CHANGED · " : (mark == .removed ? "REMOVED · " : ""))
            let text = Self.wrap(tag + e.title, width: 92, lines: conflict.isEmpty ? 2 : 1).joined(separator: "\n")
            let label = text + conflict
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
            let tooltip = "\(TimelineText.humanDate(e.date)) [\(status.rawValue)]\n\(e.mentions.first?.text ?? e.title)\nSources: \(listed)"
            out += "  d\(r) [shape=plaintext, fontsize=10, width=2.2, height=0.5, label=\(DOTText.quote(TimelineText.humanDate(e.date) + "\n" + status.rawValue)), pos=\"\(f(Self.dateX)),\(f(y(r)))!\"];\n"
            out += "  e\(r) [shape=box, style=\"\(style),rounded\(style == "filled" ? "" : ",filled")\", fillcolor=\"\(fill)\", color=\"\(border)\", penwidth=\(pen), fontcolor=\"\(fontColor)\", fontsize=10, width=\(f(Self.eventWidth / 72)), height=0.5, label=\(DOTText.quote(label)), tooltip=\(DOTText.quote(tooltip)), pos=\"\(f(Self.eventX)),\(f(y(r)))!\"];\n"
            out += "  s\(r) [shape=circle, style=filled, fillcolor=\"#35608f\", fontcolor=white, fontsize=9, width=0.28, label=\"\(docs.count)\", tooltip=\(DOTText.quote("\(docs.count) source(s): " + listed)), pos=\"\(f(Self.eventX + Self.eventWidth / 2 + 18)),\(f(y(r)))!\"];\n"
            for (j, lane) in lanes.enumerated() where e.actors.contains(lane) {
                out += "  p\(r)_\(j) [shape=circle, style=filled, fillcolor=\"#e67e22\", color=\"#e67e22\", width=0.16, label=\"\", tooltip=\(DOTText.quote(lane)), pos=\"\(f(Self.laneX0 + Double(j) * Self.laneGap)),\(f(y(r)))!\"];\n"
                laneRows[j, default: []].append(r)
            }
        }
        for j in laneRows.keys.sorted() {
            let rs = laneRows[j]!
            for (a, b) in zip(rs, rs.dropFirst()) { out += "  p\(a)_\(j) -> p\(b)_\(j) [color=\"#f0b27a\", penwidth=2];\n" }
        }
        let legendY = y(rows.count)
        let legend = (marks.isEmpty ? "" : "Changes: green = new · amber = changed · grey dashed = no longer reported\n") + "Legend: filled box = occurred · outlined = scheduled or expected · dashed = threatened or averted · red border and ⚠ = sources disagree · number = sources · orange dots = actor involved (lanes)"
        out += "  legend [shape=plaintext, fontsize=10, width=11, height=0.4, label=\(DOTText.quote(legend)), pos=\"\(f(Self.eventX + 100)),\(f(legendY))!\"];\n"
        out += "}\n"
        return out
    }
}
