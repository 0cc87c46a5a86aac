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

/// A corpus written into a fresh temporary folder.
func temporaryCorpus(_ files: [String: Data]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-test-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (name, data) in files { try data.write(to: URL(fileURLWithPath: dir + "/" + name)) }
    return dir
}
