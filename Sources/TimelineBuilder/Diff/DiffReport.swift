import EventModel
import Foundation

/// Why a version of a corpus cannot be loaded for a diff.
public enum DiffError: Error, CustomStringConvertible {
    case badTimelineFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .badTimelineFile(let path, let reason): return "\(path): not a timeline.json (\(reason))"
        }
    }
}

/// One version of a corpus, as the user names it: a folder of articles, a saved `timeline.json`,
/// or a folder at a git revision (`REV:path`).
public enum TimelineSource {
    public static func load(_ spec: String, builder: TimelineBuilder = TimelineBuilder()) throws -> (timeline: Timeline, warnings: [String]) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: spec, isDirectory: &isDir) {
            if isDir.boolValue { return try builder.build(paths: [spec]) }
            if spec.lowercased().hasSuffix(".json") {
                guard let data = fm.contents(atPath: spec) else { throw CorpusError.unreadable(spec) }
                let timeline: Timeline
                do { timeline = try TimelineText.decode(data) } catch {
                    throw DiffError.badTimelineFile(path: spec, reason: "\(error)".split(separator: "\n").first.map(String.init) ?? "invalid JSON")
                }
                guard timeline.format == "timeline/1" else { throw DiffError.badTimelineFile(path: spec, reason: "format \(timeline.format)") }
                return (timeline, [])
            }
            return try builder.build(paths: [spec])
        }
        if let colon = spec.firstIndex(of: ":"), colon != spec.startIndex {
            let revision = String(spec[..<colon]), path = String(spec[spec.index(after: colon)...])
            let corpus = try Corpus.read(gitRevision: revision, path: path)
            return (builder.build(corpus), corpus.warnings)
        }
        throw CorpusError.notFound(spec)
    }
}

/// The forms of a diff: JSON (the contract of `timeline-json.md`) and a changelog for people.
public enum DiffText {
    public static func json(_ diff: TimelineDiff) throws -> Data {
        var data = try TimelineText.encoder().encode(diff)
        data.append(10)
        return data
    }

    public static func decode(_ data: Data) throws -> TimelineDiff { try JSONDecoder().decode(TimelineDiff.self, from: data) }

    /// A changelog grouped by date: `+` added, `~` changed, `−` removed, and under each change what changed.
    /// Events whose only difference is their issue labels (re-derived from the whole corpus) are
    /// counted but not listed.
    public static func changelog(_ diff: TimelineDiff) -> String {
        let relabelled = diff.changed.filter { $0.fields == ["issues"] }.count
        var out = "\(diff.added.count) added, \(diff.removed.count) removed, \(diff.changed.count) changed"
        out += relabelled > 0 ? " (\(relabelled) only in their issue labels, not listed)\n" : "\n"
        if diff.isEmpty { return out }
        struct Line { var date: String; var order: Int; var text: String }
        var lines: [Line] = []
        func sources(_ e: Event) -> [String] { Array(Set(e.mentions.map(\.document))).sorted() }
        func describe(_ e: Event) -> String {
            let docs = sources(e)
            return "\(e.title) [\(e.status.rawValue)] (\(docs.count) source\(docs.count == 1 ? "" : "s"): \(docs.joined(separator: ", ")))"
        }
        for e in diff.added { lines.append(Line(date: e.date, order: 0, text: "  + " + describe(e))) }
        for c in diff.changed where c.fields != ["issues"] {
            var text = "  ~ " + describe(c.new)
            for detail in details(c) { text += "\n      " + detail }
            lines.append(Line(date: c.new.date, order: 1, text: text))
        }
        for e in diff.removed { lines.append(Line(date: e.date, order: 2, text: "  − " + describe(e))) }
        lines.sort { a, b in
            let x = EventMerger.span(a.date)?.lowerBound ?? Int.max, y = EventMerger.span(b.date)?.lowerBound ?? Int.max
            return (x, a.date, a.order, a.text) < (y, b.date, b.order, b.text)
        }
        var last = ""
        for line in lines {
            if line.date != last { out += "\n" + TimelineText.humanDate(line.date) + "\n"; last = line.date }
            out += line.text + "\n"
        }
        return out
    }

    /// What changed in one event, one phrase a field.
    static func details(_ c: EventChange) -> [String] {
        var out: [String] = []
        for field in c.fields {
            switch field {
            case "date": out.append("date \(c.old.date) → \(c.new.date)")
            case "status": out.append("status \(c.old.status.rawValue) → \(c.new.status.rawValue)")
            case "mentions":
                let a = Set(c.old.mentions.map(\.document)), b = Set(c.new.mentions.map(\.document))
                let gained = b.subtracting(a).sorted(), lost = a.subtracting(b).sorted()
                if !gained.isEmpty { out.append("sources +\(gained.count): \(gained.joined(separator: ", "))") }
                if !lost.isEmpty { out.append("sources −\(lost.count): \(lost.joined(separator: ", "))") }
                if gained.isEmpty && lost.isEmpty { out.append("mentions \(c.old.mentions.count) → \(c.new.mentions.count)") }
            case "actors", "issues":
                let a = Set(field == "actors" ? c.old.actors : c.old.issues), b = Set(field == "actors" ? c.new.actors : c.new.issues)
                let parts = b.subtracting(a).sorted().map { "+" + $0 } + a.subtracting(b).sorted().map { "−" + $0 }
                out.append("\(field) " + parts.joined(separator: ", "))
            case "conflicts":
                let a = Dictionary(c.old.conflicts.map { (TimelineComparer.conflictKey($0), $0) }, uniquingKeysWith: { x, _ in x })
                let b = Dictionary(c.new.conflicts.map { (TimelineComparer.conflictKey($0), $0) }, uniquingKeysWith: { x, _ in x })
                for key in b.keys.sorted() where a[key] == nil { out.append("conflict added: " + conflict(b[key]!)) }
                for key in a.keys.sorted() where b[key] == nil { out.append("conflict resolved: " + conflict(a[key]!)) }
            case "place": out.append("place \(c.old.place ?? "none") → \(c.new.place ?? "none")")
            default: out.append(field)
            }
        }
        return out
    }

    static func conflict(_ c: Conflict) -> String {
        c.attribute + " " + c.values.map { "\($0.value) (\($0.documents.joined(separator: ", ")))" }.joined(separator: " vs ")
    }
}

/// The picture of a diff: the new timeline with what was added or changed highlighted and what is
/// no longer reported drawn as a ghost at its old date.
public enum DiffPicture {
    public static func dot(_ diff: TimelineDiff, new: Timeline, maxEvents: Int = 80) -> String {
        var marks: [String: TimelinePicture.Mark] = [:]
        for e in diff.added { marks[e.id] = .added }
        for c in diff.changed where c.fields != ["issues"] { marks[c.new.id] = .changed }
        var timeline = new
        let present = Set(new.events.map(\.id))
        for e in diff.removed where !present.contains(e.id) { marks[e.id] = .removed; timeline.events.append(e) }
        timeline.events.sort { a, b in
            let x = EventMerger.span(a.date)?.lowerBound ?? Int.max, y = EventMerger.span(b.date)?.lowerBound ?? Int.max
            return (x, a.date, a.id) < (y, b.date, b.id)
        }
        let title = "Changes: \(diff.added.count) added, \(diff.changed.count) changed, \(diff.removed.count) removed"
        return TimelinePicture(maxEvents: max(maxEvents, marks.count)).dot(timeline, title: title, marks: marks)
    }

    public static func svg(_ diff: TimelineDiff, new: Timeline, maxEvents: Int = 80) throws -> String {
        try GraphvizRenderer.svg(dot: dot(diff, new: new, maxEvents: maxEvents))
    }
}
