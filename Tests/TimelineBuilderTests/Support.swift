import EventModel
import Foundation
@testable import TimelineBuilder

/// Paths of the package, found from this file so tests run from any working directory.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = root + "/Tests/TimelineBuilderTests/Fixtures"
    static let seeds = root + "/seeds"
    static let output = root + "/output"
}

/// The scoring rule of the gold chronology: a date matches when it equals or refines the gold's.
enum Gold {
    struct Row { var id: String; var required: Bool; var dates: [String]; var match: NSRegularExpression }

    static func rows(_ path: String) -> [Row] {
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(id: f[0], required: f[1] == "yes", dates: f[2].split(separator: "|").map(String.init),
                       match: try! NSRegularExpression(pattern: f[5], options: .caseInsensitive))
        }
    }

    static func agrees(_ system: String, _ gold: String) -> Bool {
        system == gold || (system.hasPrefix(gold + "-") && !gold.contains("W"))
    }

    static func found(_ row: Row, in timeline: Timeline) -> Bool {
        timeline.events.contains { e in
            row.dates.contains { agrees(e.date, $0) } && ([e.title] + e.mentions.map(\.text)).contains { t in
                row.match.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil
            }
        }
    }
}

extension Gold {
    /// The share of the gold's required events found with the right date, and the ids missed.
    static func recall(_ path: String, in timeline: Timeline) -> (recall: Double, missing: [String]) {
        let required = rows(path).filter(\.required)
        let missing = required.filter { !found($0, in: timeline) }.map(\.id)
        return (Double(required.count - missing.count) / Double(max(required.count, 1)), missing)
    }

    /// Titles, quotes, actors and issues of the timeline that match a noise pattern: text that
    /// came from page furniture or teasers.
    static func noise(_ path: String, in timeline: Timeline) -> [String] {
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        let patterns = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { try! NSRegularExpression(pattern: String($0), options: .caseInsensitive) }
        var strings = timeline.actors.map(\.name) + timeline.issues.map(\.name)
        for e in timeline.events { strings += [e.title] + e.mentions.map(\.text) + e.actors + e.issues }
        return strings.filter { s in patterns.contains { $0.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil } }
    }
}

/// One scratch folder per test process, removed when the process exits, so test runs leave nothing behind.
let scratchRoot: String = {
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "timeline-tests-\(getpid())") }
    return NSTemporaryDirectory() + "timeline-tests-\(getpid())"
}()

/// A corpus written into a fresh folder under the scratch root.
func temporaryCorpus(_ files: [String: Data]) throws -> String {
    let dir = scratchRoot + "/corpus-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (name, data) in files { try data.write(to: URL(fileURLWithPath: dir + "/" + name)) }
    return dir
}
