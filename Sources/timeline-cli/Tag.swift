import ArgumentParser
import EventModel
import Foundation
import TimelineBuilder

struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and normalize the temporal expressions (TimeML TIMEX3) of plain text.",
        discussion: """
        Each expression is resolved against the document creation date (--dct): "Thursday", \
        "last month" and "Oct. 9" get calendar values; durations and sets get ISO 8601 periods.

        With --jsonl, the input is one JSON object a line, {"doc", "dct", "text"}, and the output \
        one line per expression, {"doc", "start", "end", "type", "value", "text"}, with offsets in \
        Unicode code points, end exclusive.

        Examples:
          timeline tag article.txt --dct 2025-10-28
          timeline tag article.txt --dct 2025-10-28 --format timeml
          timeline tag --jsonl docs.jsonl > out.jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, timeml }

    @Argument(help: "Plain-text files to tag.")
    var files: [String] = []

    @Option(help: "Document creation date, YYYY-MM-DD.")
    var dct: String?

    @Option(help: "Output format: jsonl or timeml.")
    var format: Format = .jsonl

    @Option(help: "Read documents from a JSON-lines file of {\"doc\",\"dct\",\"text\"}.")
    var jsonl: String?

    func validate() throws {
        if files.isEmpty && jsonl == nil { throw ValidationError("give FILE... or --jsonl DOCS.jsonl") }
        if let dct, CalendarDate(iso: dct) == nil { throw ValidationError("--dct '\(dct)' is not a date of the form YYYY-MM-DD") }
    }

    func run() throws {
        var documents: [TaggingInput] = []
        do {
            if let jsonl { documents += try TaggingInput.readJSONLines(path: jsonl) }
            for file in files {
                documents.append(try TaggingInput.readFile(path: file, dct: dct.flatMap(CalendarDate.init(iso:))))
            }
        } catch {
            FileHandle.standardError.write("timeline tag: \(error)\n".data(using: .utf8)!)
            throw ExitCode(2)
        }
        let tagger = TemporalTagger.shared
        var out = ""
        for doc in documents {
            let found = tagger.tag(doc.text, documentDate: doc.dct)
            switch format {
            case .jsonl: out += TimexFormat.jsonLines(doc: doc.id, text: doc.text, expressions: found)
            case .timeml: out += TimexFormat.timeML(doc: doc.id, dct: doc.dct, text: doc.text, expressions: found)
            }
        }
        FileHandle.standardOutput.write(out.data(using: .utf8)!)
    }
}
