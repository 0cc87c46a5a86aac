import EventModel
import Foundation
import Testing
@testable import TimelineBuilder

@Suite struct LexiconTests {
    static func parse(_ text: String) throws -> CorpusLexicon {
        try CorpusLexicon.parse(Data(text.utf8), path: "lexicon.tsv")
    }

    @Test func rulesAreReadWithCommentsAndBlankLines() throws {
        let lexicon = try Self.parse("# actors\n\nalias\tBeijing\tChina\nALIAS\tThe Fed\tFederal Reserve \nignore\tLeave a Reply\n")
        #expect(lexicon.aliases == ["Beijing": "China", "The Fed": "Federal Reserve"])
        #expect(lexicon.ignored == ["Leave a Reply"])
        #expect(lexicon.actor("Beijing") == "China")
        #expect(lexicon.actor("Leave a Reply") == nil)
        #expect(lexicon.actor("Paris") == "Paris")
    }

    @Test(arguments: [
        ("alias\tBeijing\n", "lexicon.tsv:1: expected alias<TAB>NAME<TAB>ACTOR"),
        ("# x\nignore\tA\tB\n", "lexicon.tsv:2: expected ignore<TAB>NAME"),
        ("merge\tA\tB\n", "lexicon.tsv:1: unknown rule 'merge'; a line is alias<TAB>NAME<TAB>ACTOR or ignore<TAB>NAME"),
        ("alias\tA\tA\n", "lexicon.tsv:1: 'A' is given as an alias of itself"),
        ("alias\tA\tB\nalias\tB\tA\n", "lexicon.tsv: the aliases of 'A' go round in a circle"),
    ])
    func badLinesAreReportedWithTheirLine(text: String, message: String) throws {
        do {
            _ = try Self.parse(text)
            Issue.record("no error for \(text)")
        } catch let error as CorpusError {
            #expect(error.description == message)
        }
    }

    @Test func aMissingLexiconFileIsNamed() {
        #expect(throws: CorpusError.notFound("/no/such/lexicon.tsv")) { try CorpusLexicon.read(path: "/no/such/lexicon.tsv") }
    }

    @Test func aliasesMergeActorsAndIgnoredNamesDisappear() throws {
        let plain = try TimelineBuilder().build(paths: [Paths.seeds]).timeline
        #expect(plain.actors.contains { $0.name == "China" })
        #expect(plain.actors.contains { $0.name == "CBS" })
        let rules = try Self.parse("alias\tChina\tPeople's Republic of China\nignore\tCBS\n")
        let refined = try TimelineBuilder(lexicon: rules).build(paths: [Paths.seeds]).timeline
        let prc = try #require(refined.actors.first { $0.name == "People's Republic of China" })
        #expect(prc.kind == .country)
        #expect(prc.aliases.contains("Beijing") && prc.aliases.contains("China"))
        #expect(!refined.actors.contains { $0.name == "China" || $0.name == "CBS" })
        #expect(!refined.events.contains { $0.actors.contains("China") || $0.actors.contains("CBS") })
        let before = plain.events.filter { $0.actors.contains("China") }.map(\.id)
        let after = refined.events.filter { $0.actors.contains("People's Republic of China") }.map(\.id)
        #expect(!before.isEmpty && before == after)
        #expect(plain.events.map(\.id) == refined.events.map(\.id))
    }

    @Test func aCorpusFolderCarriesItsOwnLexicon() throws {
        let folder = NSTemporaryDirectory() + "lexicon-corpus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.seeds) where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            try FileManager.default.copyItem(atPath: Paths.seeds + "/" + name, toPath: folder + "/" + name)
        }
        try "ignore\tCBS\n".write(toFile: folder + "/lexicon.tsv", atomically: true, encoding: .utf8)
        let corpus = try Corpus.read(paths: [folder])
        #expect(corpus.lexicon.ignored == ["CBS"])
        let timeline = TimelineBuilder().build(corpus)
        #expect(!timeline.actors.contains { $0.name == "CBS" })
        #expect(timeline.documents.count == (try Corpus.read(paths: [Paths.seeds])).files.count)
        try "alias\tCBS\n".write(toFile: folder + "/lexicon.tsv", atomically: true, encoding: .utf8)
        #expect(throws: CorpusError.badLexicon(path: folder + "/lexicon.tsv", line: 1, reason: "expected alias<TAB>NAME<TAB>ACTOR")) {
            try Corpus.read(paths: [folder])
        }
    }
}

@Suite struct SynonymTests {
    @Test func aSynonymIsComparedAsItsStemAndAsTheStemOfItsGroupsHead() {
        #expect(Words.comparable("inquiry") == ["inquiry", "investig"])
        #expect(Words.comparable("probe") == ["prob", "investig"])
        #expect(Words.comparable("investigation") == ["investig"])
        #expect(Words.comparable(Words.lemma("investigated")) == ["investig"])
        #expect(Words.comparable("tariff") == ["tariff"])
        #expect(Words.comparable(Words.lemma("threatened")) == ["threaten", "warn"])
    }

    /// A noun made from a verb is compared as the verb, whatever the verb's form; words that only
    /// look alike stay apart.
    @Test(arguments: [
        ("diversion", "diverted"), ("evacuation", "evacuated"), ("evacuation", "evacuate"), ("investigation", "investigating"),
        ("approval", "approved"), ("refusal", "refused"), ("withdrawal", "withdrawing"), ("announcement", "announced"),
        ("confirmation", "confirmed"), ("decision", "decided"), ("expansion", "expanded"), ("extension", "extended"),
        ("closure", "closed"), ("departure", "departed"), ("appearance", "appeared"), ("negotiation", "negotiated"),
        ("expiration", "expire"), ("election", "elected"), ("development", "developed"),
    ])
    func nounAndVerbShareAStem(_ noun: String, _ verb: String) {
        #expect(Words.stem(Words.lemma(noun)) == Words.stem(Words.lemma(verb)))
    }

    @Test(arguments: [("statement", "state"), ("pressure", "press"), ("station", "state"), ("commission", "commit")])
    func lookalikesStayApart(_ a: String, _ b: String) {
        #expect(Words.stem(Words.lemma(a)) != Words.stem(Words.lemma(b)))
    }

    @Test func reportsInOtherWordsOfOneEventMerge() throws {
        let folder = NSTemporaryDirectory() + "synonym-corpus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Published: 20 March 2026\n\nThe regulator opened an inquiry into the Harlow Mills takeover on 18 March 2026.\n"
            .write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "Published: 21 March 2026\n\nThe watchdog launched an investigation into the acquisition of Harlow on 18 March 2026.\n"
            .write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        let others = ["The city council approved a new bus timetable on 2 March 2026.", "Flooding closed the ring road on 5 March 2026.",
                      "The football club sacked its manager on 9 March 2026.", "A school in Denton reopened after repairs on 11 March 2026.",
                      "Farmers protested outside the ministry on 14 March 2026.", "The port reported record grain exports on 16 March 2026."]
        for (k, sentence) in others.enumerated() {
            try "Published: 22 March 2026\n\n\(sentence)\n".write(toFile: folder + "/other-\(k).txt", atomically: true, encoding: .utf8)
        }
        let timeline = try TimelineBuilder().build(paths: [folder]).timeline
        let dated = timeline.events.filter { $0.date == "2026-03-18" }
        #expect(dated.count == 1)
        #expect(dated.first?.sources == 2)
    }

    /// One report a day of the same happening, from a different outlet each day: neighbouring
    /// days may be one event with a conflict, but the days never chain into one event.
    @Test func aDailyHappeningDoesNotChainIntoOneEvent() throws {
        let folder = NSTemporaryDirectory() + "daily-corpus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for day in 2...7 {
            try "Published: \(day + 1) March 2026\n\nDrones struck the Velmora power plant and its substation on \(day) March 2026, officials said.\n"
                .write(toFile: folder + "/d\(day).txt", atomically: true, encoding: .utf8)
        }
        let others = ["The city council approved a new bus timetable", "Flooding closed the ring road", "The football club sacked its manager",
                      "A school in Denton reopened after repairs", "Farmers protested outside the ministry", "The port reported record grain exports"]
        for k in 0..<24 {
            try "Published: 28 February 2026\n\n\(others[k % others.count]) on \(k + 1) February 2026.\n"
                .write(toFile: folder + "/other-\(k).txt", atomically: true, encoding: .utf8)
        }
        let timeline = try TimelineBuilder().build(paths: [folder]).timeline.events.filter { $0.date.hasPrefix("2026-03") }
        #expect(timeline.count >= 2 && timeline.contains { $0.sources >= 2 }, "neighbouring days merge")
        for event in timeline {
            let days = event.mentions.compactMap { $0.value.flatMap(CalendarDate.init(iso:))?.dayNumber }
            #expect((days.max() ?? 0) - (days.min() ?? 0) <= 3, "\(event.date): \(event.mentions.map(\.value))")
        }
    }
}
