import ArgumentParser
import EventModel
import Foundation
import TimelineBuilder

struct Diff: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, svg }

    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two versions of a corpus.",
        discussion: """
        OLD and NEW are each a corpus folder, a saved timeline.json, or a folder at a git \
        revision written REV:path (read through git, without a checkout). Events are matched by \
        what they report, so a re-dated event is one change, not a removal and an addition.

        The text format is a changelog grouped by date: + added, ~ changed (with what changed: \
        date, status, sources, conflicts), − no longer reported. The JSON format follows the diff \
        contract (format "timeline-diff/1"). The SVG format is the new timeline with added events \
        in green, changed ones in amber and removed ones ghosted.

        Exit status: 0 when nothing changed, 1 when something did, 2 on error.

        Examples:
          timeline diff old-corpus/ seeds/
          timeline diff output/timeline.json seeds/ --format json
          timeline diff HEAD~3:seeds seeds --format svg > changes.svg
        """
    )

    @Argument(help: "The earlier version: folder, timeline.json or REV:path.")
    var old: String

    @Argument(help: "The later version: folder, timeline.json or REV:path.")
    var new: String

    @Option(help: "Output format: text, json or svg.")
    var format: Format = .text

    @Flag(help: "No warnings on stderr.")
    var quiet = false

    func run() throws {
        let diff: TimelineDiff
        do {
            let (before, w1) = try TimelineSource.load(old)
            let (after, w2) = try TimelineSource.load(new)
            if !quiet { warn("diff", w1 + w2) }
            diff = TimelineComparer.compare(before, after)
            switch format {
            case .text: FileHandle.standardOutput.write(Data(DiffText.changelog(diff).utf8))
            case .json: FileHandle.standardOutput.write(try DiffText.json(diff))
            case .svg: FileHandle.standardOutput.write(Data(try DiffPicture.svg(diff, new: after).utf8))
            }
        } catch {
            throw fail("diff", error)
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }
}
