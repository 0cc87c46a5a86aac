import EventModel
import Foundation

/// Errors while writing outputs.
public enum OutputError: Error, CustomStringConvertible {
    case cannotCreate(String)
    case cannotWrite(String)
    case render(String)

    public var description: String {
        switch self {
        case .cannotCreate(let p): return "\(p): cannot create the output folder"
        case .cannotWrite(let p): return "\(p): cannot write"
        case .render(let m): return "rendering failed: \(m)"
        }
    }
}

/// The text forms of a timeline: JSON (the interchange contract) and the plain chronology.
public enum TimelineText {
    /// `timeline.json`: sorted keys and arrays, so the same corpus gives byte-identical JSON.
    public static func json(_ timeline: Timeline) throws -> Data {
        var data = try encoder().encode(timeline)
        data.append(10)
        return data
    }

    /// The same bytes as `json(_:)`, handed over a megabyte or so at a time, so that a large
    /// timeline is never held as one encoded tree; written on `workers` threads (0: one per core).
    public static func writeJSON(_ timeline: Timeline, workers: Int = 0, _ sink: (Data) throws -> Void) throws {
        var writer = JSONWriter()
        try writer.timeline(timeline, workers: workers > 0 ? workers : max(1, ProcessInfo.processInfo.activeProcessorCount), sink)
    }

    /// The encoder of the project's JSON files: pretty, with sorted keys, the same bytes every run.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func decode(_ data: Data) throws -> Timeline {
        try JSONDecoder().decode(Timeline.self, from: data)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// A date value as a reader says it: "October 9, 2025", "October 2025", "weekend of 2025-W43".
    public static func humanDate(_ value: String) -> String {
        if let d = CalendarDate(iso: value) { return "\(monthNames[d.month - 1]) \(d.day), \(d.year)" }
        if value.count == 7, let m = Int(value.suffix(2)), (1...12).contains(m) { return "\(monthNames[m - 1]) \(value.prefix(4))" }
        if value.contains("-W"), let span = EventMerger.span(value) {
            let a = CalendarDate(dayNumber: span.lowerBound), b = CalendarDate(dayNumber: span.upperBound)
            let range = a.month == b.month ? "\(monthNames[a.month - 1]) \(a.day)–\(b.day), \(a.year)"
                : "\(monthNames[a.month - 1]) \(a.day) – \(monthNames[b.month - 1]) \(b.day), \(b.year)"
            return (value.hasSuffix("-WE") ? "weekend of " : "week of ") + range
        }
        if value.contains("-Q") { return "Q\(value.suffix(1)) \(value.prefix(4))" }
        if value.count == 7, let season = EventMerger.seasons[String(value.suffix(2))] { return "\(season.name) \(value.prefix(4))" }
        if value.count == 7, value.dropFirst(5).hasPrefix("H"), let half = Int(value.suffix(1)), half == 1 || half == 2 {
            return "\(half == 1 ? "First" : "Second") half of \(value.prefix(4))"
        }
        return value
    }

    /// `chronology.txt`: date headings at their precision; each event with status, actors,
    /// issues, sources and conflicts.
    public static func chronology(_ timeline: Timeline) -> String {
        var out = "Chronology: \(timeline.events.count) events from \(timeline.documents.count) documents\n"
        for d in timeline.documents {
            out += "  [\(d.id)] \(d.published ?? "date unknown") (\(d.publishedFrom.rawValue))  \(d.title ?? "")\n"
        }
        var heading = ""
        for e in timeline.events {
            let h = humanDate(e.date)
            if h != heading { out += "\n\(h)\n"; heading = h }
            out += "  - [\(e.status.rawValue)] \(e.title)\n"
            if !e.actors.isEmpty { out += "      actors: \(e.actors.joined(separator: ", "))\n" }
            if !e.issues.isEmpty { out += "      issues: \(e.issues.joined(separator: ", "))\n" }
            if let p = e.place { out += "      place: \(p)\n" }
            let docs = Array(Set(e.mentions.map(\.document))).sorted()
            out += "      sources (\(docs.count)): \(docs.joined(separator: ", "))\n"
            for c in e.conflicts {
                let sides = c.values.map { "\($0.value) (\($0.documents.joined(separator: ", ")))" }.joined(separator: " vs ")
                out += "      CONFLICT \(c.attribute): \(sides)\n"
            }
        }
        return out
    }
}

/// Writes files so that a reader never sees half of one: a temporary file, then a rename.
public enum AtomicFile {
    /// Writes what `produce` hands to its sink into a temporary file, then renames it over `path`.
    public static func write(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil), let handle = try? FileHandle(forWritingTo: temp) else {
            throw OutputError.cannotWrite(path)
        }
        do {
            try produce { try handle.write(contentsOf: $0) }
            try handle.close()
            guard rename(temp.path, path) == 0 else { throw OutputError.cannotWrite(path) }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temp)
            throw OutputError.cannotWrite(path)
        }
    }

    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try data.write(to: temp)
            guard rename(temp.path, path) == 0 else { throw OutputError.cannotWrite(path) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw OutputError.cannotWrite(path)
        }
    }
}
