import ArgumentParser
import EventModel
import Foundation
import TimelineBuilder

/// Prints a one-line error and exits non-zero.
func fail(_ command: String, _ error: Error) -> ExitCode {
    FileHandle.standardError.write("timeline \(command): \(error)\n".data(using: .utf8)!)
    return ExitCode(2)
}

/// Progress on stderr, only when it is a terminal: one line rewritten in place.
func terminalProgress(_ command: String) -> (@Sendable (String, Int, Int) -> Void)? {
    guard isatty(STDERR_FILENO) != 0 else { return nil }
    return { stage, done, total in
        let end = done == total && stage == "merging" ? "\n" : ""
        FileHandle.standardError.write(Data("\r\u{1B}[Ktimeline \(command): \(stage) \(done)/\(total) documents\(end)".utf8))
    }
}

func warn(_ command: String, _ warnings: [String]) {
    for w in warnings { FileHandle.standardError.write("timeline \(command): warning: \(w)\n".data(using: .utf8)!) }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the timeline of a corpus: SVG, DOT, chronology and JSON.",
        discussion: """
        Reads the .txt and .md articles of each CORPUS folder (or file) and writes timeline.svg, \
        timeline.dot, chronology.txt and timeline.json into the output folder. A folder may hold \
        manifest.tsv (FILE<TAB>YYYY-MM-DD) for articles whose text gives no publication date, and \
        lexicon.tsv with rules for actors: "alias<TAB>NAME<TAB>ACTOR" merges a name into an actor, \
        "ignore<TAB>NAME" drops it. Neither is needed; they refine.

        Examples:
          timeline build                      # seeds/ -> output/
          timeline build ~/stories/strike --out /tmp/strike
          timeline build ~/stories/strike --lexicon ~/stories/strike-actors.tsv
        """
    )

    @Argument(help: "Corpus folders or files (default: seeds).")
    var corpus: [String] = []

    @Option(help: "Output folder.")
    var out: String = "output"

    @Option(help: "A lexicon file of actor rules, added to the corpus's own lexicon.tsv.")
    var lexicon: String?

    @Option(help: "Most events drawn in the picture; the JSON and chronology keep all.")
    var maxEvents: Int = 80

    @Flag(help: "No progress or warnings on stderr.")
    var quiet = false

    func run() throws {
        do {
            let rules = try lexicon.map { try CorpusLexicon.read(path: $0) } ?? CorpusLexicon()
            let (timeline, warnings) = try TimelineBuilder(lexicon: rules, progress: quiet ? nil : terminalProgress("build"))
                .build(paths: corpus.isEmpty ? ["seeds"] : corpus)
            if !quiet { warn("build", warnings) }
            try OutputSet.write(timeline, to: out, maxEvents: maxEvents)
            if !quiet {
                FileHandle.standardError.write("timeline build: \(timeline.events.count) events from \(timeline.documents.count) documents -> \(out)/\n".data(using: .utf8)!)
            }
            // The process ends here, and the timeline with it: freeing its millions of small
            // values one by one would keep a core busy for a good part of a second on a large corpus.
            withExtendedLifetime(timeline) { Foundation.exit(0) }
        } catch {
            throw fail("build", error)
        }
    }
}

struct Chronology: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the plain-text chronology of a corpus.",
        discussion: """
        Examples:
          timeline chronology                 # seeds/
          timeline chronology ~/stories/strike
          timeline chronology ~/stories/strike --lexicon ~/stories/strike-actors.tsv
        """
    )

    @Argument(help: "Corpus folders or files (default: seeds).")
    var corpus: [String] = []

    @Option(help: "A lexicon file of actor rules, added to the corpus's own lexicon.tsv.")
    var lexicon: String?

    func run() throws {
        do {
            let rules = try lexicon.map { try CorpusLexicon.read(path: $0) } ?? CorpusLexicon()
            let (timeline, warnings) = try TimelineBuilder(lexicon: rules).build(paths: corpus.isEmpty ? ["seeds"] : corpus)
            warn("chronology", warnings)
            FileHandle.standardOutput.write(TimelineText.chronology(timeline).data(using: .utf8)!)
        } catch {
            throw fail("chronology", error)
        }
    }
}
