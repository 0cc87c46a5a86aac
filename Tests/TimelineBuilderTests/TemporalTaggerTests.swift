import EventModel
import Foundation
import Testing
@testable import TimelineBuilder

/// One row of `Fixtures/timex-cases.tsv`: a sentence written on a date, and the expression the
/// tagger must find in it (or the words it must leave alone).
struct TimexCase: CustomTestStringConvertible, Sendable {
    var line: Int
    var dct: String
    var marked: String
    var type: String
    var value: String

    var testDescription: String { "line \(line): \(marked) @ \(dct)" }

    /// The sentence without marks, and the byte range of the marked words.
    var sentence: (text: String, range: Range<Int>) {
        let open = type == "-" ? "{{" : "[[", close = type == "-" ? "}}" : "]]"
        let a = marked.range(of: open)!, b = marked.range(of: close)!
        let before = String(marked[..<a.lowerBound]), inside = String(marked[a.upperBound..<b.lowerBound])
        let start = before.utf8.count
        return (before + inside + String(marked[b.upperBound...]), start..<(start + inside.utf8.count))
    }

    static let all: [TimexCase] = {
        let text = try! String(contentsOfFile: Paths.fixtures + "/timex-cases.tsv", encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, raw in
            guard !raw.hasPrefix("#"), !raw.isEmpty else { return nil }
            let f = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return TimexCase(line: n + 1, dct: f[0], marked: f[1], type: f[2], value: f[3])
        }
    }()
}

@Suite struct TemporalTaggerTests {
    @Test func tableHoldsSeveralHundredCases() {
        #expect(TimexCase.all.count >= 500)
        #expect(Set(TimexCase.all.map(\.type)) == ["DATE", "TIME", "DURATION", "SET", "-"])
    }

    @Test(arguments: TimexCase.all)
    func sentence(_ c: TimexCase) throws {
        let (text, range) = c.sentence
        let dct = try #require(CalendarDate(iso: c.dct))
        let found = TemporalTagger.shared.tag(text, documentDate: dct)
        if c.type == "-" {
            let overlapping = found.filter { $0.start < range.upperBound && range.lowerBound < $0.end }
            #expect(overlapping.isEmpty, "tagged \(overlapping.map { "\($0.text)=\($0.value)" })")
        } else {
            let hit = found.first { $0.start == range.lowerBound && $0.end == range.upperBound }
            #expect(hit?.type.rawValue == c.type && hit?.value == c.value,
                    "found \(found.map { "\($0.text)|\($0.type.rawValue)|\($0.value)" })")
        }
    }

    @Test func withoutACreationDateRelativeDatesStayUnresolved() {
        let found = TemporalTagger.shared.tag("The court ruled on Thursday and will meet again on May 5.", documentDate: nil)
        #expect(found.map(\.value) == ["XXXX-WXX-4", "XXXX-05-05"])
    }

    @Test func offsetsAreBytesIntoTheText() {
        let text = "Le président a parlé — on Oct. 9, 2025 — à Paris."
        let e = TemporalTagger.shared.tag(text, documentDate: nil)
        #expect(e.count == 1)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[e[0].start..<e[0].end], as: UTF8.self) == "Oct. 9, 2025")
    }

    /// Every page of every fixture corpus, and the TimeML-style table's sentences, tag into
    /// expressions in text order that never overlap: the pipeline reads them as such.
    @Test func expressionsRunInOrderWithoutOverlap() throws {
        let root = Paths.fixtures
        var texts: [String] = []
        for corpus in try FileManager.default.contentsOfDirectory(atPath: root).sorted() where corpus != "gold" && corpus != "picture" {
            let folder = root + "/" + corpus
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for f in files.sorted() where f.hasSuffix(".txt") { texts.append(try String(contentsOfFile: folder + "/" + f, encoding: .utf8)) }
        }
        texts.append("Anyone who hiked between March 1 and March 3, or on 4 and 5 March, is asked to call.")
        #expect(texts.count > 400)
        for text in texts {
            for dct in ["2025-11-14", "2026-03-10"] {
                let e = TemporalTagger.shared.tag(text, documentDate: CalendarDate(iso: dct))
                #expect(zip(e, e.dropFirst()).allSatisfy { $0.end <= $1.start }, "\(String(text.prefix(60)))")
            }
        }
    }

    @Test func calendarValuesReadBackAndShift() throws {
        let q = try #require(CalendarValue("1989-Q3"))
        #expect(q.shifted(unit: .year, by: -1)?.value == "1988-Q3")
        #expect(CalendarValue("1998-10-23T22:00")?.truncated(to: .month)?.value == "1998-10")
        #expect(CalendarValue("2025-W01")?.date.description == "2024-12-30")
        #expect(CalendarValue("PRESENT_REF") == nil)
    }

    @Test func holidaysFollowTheirRules() {
        let tagger = TemporalTagger.shared
        #expect(tagger.holiday("11-4-4", in: 2024)?.description == "2024-11-28")
        #expect(tagger.holiday("05-1--1", in: 2025)?.description == "2025-05-26")
        #expect(tagger.holiday("11-2-1@2", in: 2024)?.description == "2024-11-05")
        #expect(tagger.holiday("easter+0", in: 2026)?.description == "2026-04-05")
    }
}

@Suite struct TaggingInputTests {
    func write(_ text: String) throws -> String {
        let path = try temporaryCorpus([:]) + "/input.jsonl"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [
        ("{\"doc\":\"a\",\"dct\":\"2025-10-28\",\"text\":\"x\"}\nnot json\n", 2, "not a JSON object"),
        ("{\"doc\":\"a\",\"text\":\"x\"}\n", 1, "missing \"dct\""),
        ("{\"doc\":\"a\",\"dct\":\"2025-13-40\",\"text\":\"x\"}\n", 1, "is not a date"),
        ("{\"doc\":\"a\",\"dct\":\"2025-10-28\"}\n", 1, "missing \"text\""),
        ("\n\n{\"dct\":\"2025-10-28\",\"text\":\"x\"}\n", 3, "missing \"doc\""),
    ])
    func badLineIsNamed(_ input: String, _ line: Int, _ reason: String) throws {
        let path = try write(input)
        #expect {
            try TaggingInput.readJSONLines(path: path)
        } throws: { error in
            let message = "\(error)"
            return message.contains(":\(line): ") && message.contains(reason)
        }
    }

    @Test func goodLinesAreRead() throws {
        let path = try write("{\"doc\":\"a\",\"dct\":\"2025-10-28\",\"text\":\"On Thursday.\"}\n\n{\"doc\":\"b\",\"dct\":\"2025-10-29\",\"text\":\"x\"}\n")
        let docs = try TaggingInput.readJSONLines(path: path)
        #expect(docs.map(\.id) == ["a", "b"])
        #expect(docs[0].dct?.description == "2025-10-28")
    }

    @Test func missingFileIsAnError() {
        #expect(throws: TaggingError.self) { try TaggingInput.readJSONLines(path: "/nonexistent/docs.jsonl") }
    }

    @Test func jsonLinesUseCodePointOffsets() {
        let text = "Café — on Oct. 9"
        let e = TemporalTagger.shared.tag(text, documentDate: nil)
        let line = TimexFormat.jsonLines(doc: "d", text: text, expressions: e)
        #expect(line.contains("\"start\": 10, \"end\": 16"))
    }
}
