import EventModel
import Foundation
import Testing
@testable import TimelineBuilder

@Suite struct SeedTests {
    /// Built as `timeline build` does from the package root, so document paths read "seeds/…".
    static let timeline: Timeline = {
        FileManager.default.changeCurrentDirectoryPath(Paths.root)
        return try! TimelineBuilder().build(paths: ["seeds"]).timeline
    }()

    @Test func findsEveryRequiredGoldEvent() {
        let gold = Gold.rows(Paths.fixtures + "/gold/seeds-chronology.tsv")
        let missing = gold.filter { $0.required && !Gold.found($0, in: Self.timeline) }.map(\.id)
        #expect(missing.isEmpty, "missing gold events: \(missing)")
        #expect(gold.filter(\.required).count == 12)
    }

    @Test func noEventActorOrIssueComesFromPageFurniture() {
        let hits = Gold.noise(Paths.fixtures + "/gold/seeds-noise.tsv", in: Self.timeline)
        #expect(hits.isEmpty, "noise: \(hits)")
    }

    @Test func meetingDateAndPlaceDisagreementsAreConflicts() throws {
        let meeting = try #require(Self.timeline.events.first { $0.date == "2025-10-30" && $0.sources >= 4 })
        let date = try #require(meeting.conflicts.first { $0.attribute == "date" })
        #expect(date.values.map(\.value) == ["2025-10-30", "2025-10-31"])
        #expect(date.values[1].documents == ["004_ad7d09ee9c7d7aab"])
        let place = try #require(meeting.conflicts.first { $0.attribute == "place" })
        #expect(Set(place.values.map(\.value)) == ["Busan", "Gyeongju"])
        let chronology = TimelineText.chronology(Self.timeline)
        #expect(chronology.contains("CONFLICT date: 2025-10-30"))
        #expect(chronology.contains("2025-10-31 (004_ad7d09ee9c7d7aab)"))
    }

    @Test func publicationDatesComeFromTextOrAreMarkedInferred() {
        let byID = Dictionary(uniqueKeysWithValues: Self.timeline.documents.map { ($0.id, $0) })
        #expect(byID["000_76315f7097b94110"]?.published == "2025-10-28")
        #expect(byID["001_1f42aa484f1ceb62"]?.published == "2025-10-27")
        #expect(byID["004_ad7d09ee9c7d7aab"]?.published == "2025-10-30")
        #expect(byID["002_5ad21c7eb4c845a8"]?.publishedFrom == .inferred)
        #expect(byID["003_cd62bd0edb44b94d"]?.publishedFrom == .inferred)
    }

    @Test func aliasesMergeIntoOneActor() throws {
        let bessent = try #require(Self.timeline.actors.first { $0.name == "Scott Bessent" })
        #expect(bessent.kind == .person)
        #expect(bessent.aliases.contains("Bessent"))
        let china = try #require(Self.timeline.actors.first { $0.name == "China" })
        #expect(china.aliases.contains("Beijing"))
        let us = try #require(Self.timeline.actors.first { $0.name == "United States" })
        #expect(us.aliases.contains("U.S.") && us.aliases.contains("Washington"))
    }

    /// output/ must be what `timeline build` makes of seeds/ today.
    @Test func committedOutputIsUpToDate() throws {
        let json = try TimelineText.json(Self.timeline)
        #expect(FileManager.default.contents(atPath: Paths.output + "/timeline.json") == json, "output/ is stale: run `swift run timeline build`")
        let chronology = try String(contentsOfFile: Paths.output + "/chronology.txt", encoding: .utf8)
        #expect(chronology == TimelineText.chronology(Self.timeline))
        let dot = try String(contentsOfFile: Paths.output + "/timeline.dot", encoding: .utf8)
        #expect(dot == TimelinePicture().dot(Self.timeline))
        let svg = try String(contentsOfFile: Paths.output + "/timeline.svg", encoding: .utf8)
        #expect(svg == (try GraphvizRenderer.svg(dot: dot)), "output/timeline.svg is stale: run `swift run timeline build`")
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let one = try TimelineBuilder(threads: 1).build(paths: [Paths.seeds]).timeline
        let many = try TimelineBuilder(threads: 4).build(paths: [Paths.seeds]).timeline
        #expect(try TimelineText.json(one) == TimelineText.json(many))
        #expect(TimelinePicture().dot(one) == TimelinePicture().dot(many))
        #expect(try GraphvizRenderer.svg(dot: TimelinePicture().dot(one)) == GraphvizRenderer.svg(dot: TimelinePicture().dot(many)))
    }
}

@Suite struct FixtureCorpusTests {
    func timeline(_ name: String) throws -> Timeline {
        try TimelineBuilder().build(paths: [Paths.fixtures + "/" + name]).timeline
    }

    func has(_ t: Timeline, _ date: String, _ words: String) -> Bool {
        t.events.contains { e in e.date == date && e.mentions.contains { $0.text.localizedCaseInsensitiveContains(words) } }
    }

    /// At least `minimum` of the corpus's gold events are found with their dates, and, unless
    /// `noise` is false, nothing comes from its furniture or teasers (`why` says what would).
    func expectGold(_ name: String, in t: Timeline, recall minimum: Double = 0.9, noise: Bool = true, _ why: Comment? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        let (recall, missing) = Gold.recall(Paths.fixtures + "/gold/\(name)-chronology.tsv", in: t)
        #expect(recall >= minimum, "missing: \(missing)", sourceLocation: sourceLocation)
        if noise { #expect(Gold.noise(Paths.fixtures + "/gold/\(name)-noise.tsv", in: t).isEmpty, why, sourceLocation: sourceLocation) }
    }

    @Test func harborStrikeInDayMonthYearStyle() throws {
        let t = try timeline("harbor-strike")
        #expect(t.documents.map(\.published) == ["2024-03-14", "2024-03-18", "2024-03-22"])
        #expect(has(t, "2024-03-12", "walked off"))
        #expect(has(t, "2024-03-08", "rejected"))
        #expect(has(t, "2024-03-20", "Varga"))
        #expect(has(t, "2024-03-21", "accepted"))
        #expect(has(t, "2024-03-25", "return to work"))
        #expect(!t.events.contains { $0.mentions.contains { $0.text.contains("Fishing quotas") || $0.text.contains("record in January") } })
        let mediation = try #require(t.events.first { $0.date == "2024-03-20" })
        #expect(mediation.sources == 3)
        #expect(t.actors.contains { $0.name == "Tomas Brede" && $0.kind == .person })
    }

    /// Eight invented wire, TV, live-blog and blog articles about a derailment, with a header
    /// stamp years before the events, an undated article, an update stamp as the only date, an
    /// excerpt cut mid-sentence with its date at the foot, a wrong weekday and a photo caption.
    @Test func railSpillReachesTheGold() throws {
        let t = try timeline("rail-spill")
        expectGold("rail-spill", in: t)
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "r1 2026-02-07 text", "r2 2026-02-09 text", "r3 2026-02-10 text", "r4 2026-02-13 inferred",
            "r5 2026-02-20 inferred", "r6 2026-02-25 text", "r7 2026-03-04 text", "r8 2026-03-13 text",
        ], "r5's 2019 header stamp is not trusted, and its Friday is the preliminary report r6 dates Feb. 20; r2 has only an update stamp; r6 is dated at its foot")
        #expect(!t.events.contains { $0.date.hasPrefix("2019") })
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("Photo:") || $0.text.contains("10:05 a.m.") } })
        let actors = Dictionary(uniqueKeysWithValues: t.actors.map { ($0.name, $0) })
        #expect(actors["Ellen Marsh"]?.aliases.contains("Ohio Governor Ellen Marsh") == true, "a title inside a run of capitals is not the name")
        #expect(actors["Dana Whitfield"]?.kind == .person)
        #expect(actors["Keystone Rail"]?.kind == .organization && actors["Keystone Rail"]?.aliases == ["Keystone"])
        #expect(actors["Keystone Rail on Tuesday"] == nil && actors["A Keystone Rail"] == nil)
    }

    /// Eight invented press-release, newspaper, newsletter, transcript and trade-press articles
    /// about a takeover, in British style: day-first dates, a numeric day-first stamp, an ISO
    /// date, quarters and halves, a transcript with no date, and company boilerplate.
    @Test func dairyMergerReachesTheGold() throws {
        let t = try timeline("dairy-merger")
        expectGold("dairy-merger", in: t)
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "m1 2025-09-15 text", "m2 2025-11-04 text", "m3 2026-01-14 text", "m4 2026-02-26 text",
            "m5 2026-03-02 text", "m6 2026-04-28 inferred", "m7 2026-05-12 text", "m8 2026-05-14 text",
        ])
        #expect(!t.events.contains { $0.date == "2025-05-01" }, "the transcript's \"1 May\" is next year's")
        let cma = try #require(t.actors.first { $0.name == "Competition and Markets Authority" })
        #expect(cma.aliases.contains("CMA") && !t.actors.contains { $0.name == "CMA" })
        #expect(t.actors.first { $0.name == "Aldmoor Foods" }?.aliases == ["Aldmoor"])
        #expect(!t.issues.contains { $0.name.contains("aldmoor") || $0.name.contains("three") }, "names and numbers are not issues")
    }

    /// Nine invented articles about a hospital cyberattack, written after the other fixtures and
    /// scored before any tuning: a live blog whose only date is an update stamp, under a header
    /// stamp ten years old; a wire story with an agency dateline; an undated tech-site story with
    /// day-first dates; a press release; a "Published 6:02 a.m. PT June 11, 2026" stamp; a
    /// newsletter; a wrong weekday ("Monday, June 30" was a Tuesday); a photo caption; an excerpt.
    @Test func hospitalHackReachesTheGold() throws {
        let t = try timeline("hospital-hack")
        expectGold("hospital-hack", in: t, "the newsletter's second item is another story")
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "h1 2026-06-02 text", "h2 2026-06-05 text", "h3 2026-06-09 inferred", "h4 2026-06-10 text",
            "h5 2026-06-11 text", "h6 2026-06-24 text", "h7 2026-07-01 text", "h8 2026-07-10 text", "h9 2026-06-09 text",
        ], "h1's 2016 header stamp is not trusted and its update stamp dates it; h5's stamp starts with a clock")
        #expect(has(t, "2026-06-30", "lawsuit") && !t.events.contains { $0.date == "2026-06-29" }, "an explicit date beats a wrong weekday")
        #expect(has(t, "2027-01", "introduce a bill"), "\"said she would … in January\" is the next January")
        #expect(!t.events.contains { $0.date == "2026-06-04" }, "a photo caption's date is not an event")
        let diversion = try #require(t.events.first { e in e.mentions.contains { $0.text.hasPrefix("Ambulances have been diverted") } })
        #expect(diversion.conflicts.first?.attribute == "date" && diversion.sources == 3, "one diversion, with the sources' days as a conflict")
        let actors = Set(t.actors.map(\.name))
        #expect(actors.contains("Oregon Department of Justice") && actors.contains("Oregon"), "a state is not the agency that starts with its name")
        #expect(!actors.contains("Associated Press"), "an agency credited in a dateline is not a party to the story")
        #expect(!t.events.contains { $0.title.hasPrefix("SALEM") || $0.title.first?.isNumber == true }, "titles drop datelines and live-blog clocks")
    }

    /// Eight invented articles about a cheese recall, written after all the others and scored
    /// before any tuning (12/12 required, date-F1 0.88): a press release, a local page under a
    /// menu bar and a 2019 copyright line with a "Key dates" box, an undated excerpt, a British
    /// outlet, a live blog, a newsletter, and a byline that dates the article with a wrong weekday.
    @Test func cheeseRecallReachesTheGold() throws {
        let t = try timeline("cheese-recall")
        expectGold("cheese-recall", in: t, "the newsletter's festival item is another story")
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "r1 2025-09-23 text", "r2 2025-09-26 text", "r3 2025-10-08 text", "r4 2025-10-15 inferred",
            "r5 2025-10-29 text", "r6 2025-10-21 text", "r7 2025-10-10 text", "r8 2025-10-16 text",
        ], "r8's byline carries its date; r4 has none")
        #expect(t.documents.first { $0.id == "r3" }?.title == "Inspectors found listeria in Harwick plant drains, FDA says", "a menu bar is not a headline")
        #expect(has(t, "2025-10-02", "investigating 14") && !t.events.contains { $0.date == "2025-09-25" },
                "an explicit date beats a wrong weekday, and \"up from nine a week earlier\" is a comparison, not a happening")
        #expect(has(t, "2025-W42-WE", "last weekend") && !has(t, "2025-10-21", "last weekend"), "a live blog's clock does not date a sentence that gives its own date")
        #expect(has(t, "2025-11-04", "re-inspect") && has(t, "2025-12", "final outbreak report"))
    }

    /// Nine invented articles about a lithium court fight, written and scored before any tuning
    /// (required 9/9, noise 1, date-F1 0.85): a wire story whose dateline has no year, a British
    /// outlet, a live blog whose entries sit under clock stamps on lines of their own, a trade
    /// site under a 2019 "Page updated" stamp, an undated excerpt cut at both ends, a press
    /// release, an opinion piece with a wrong weekday, a local radio page with a photo caption,
    /// and a newsletter with items about other markets.
    @Test func lithiumCourtReachesTheGold() throws {
        let t = try timeline("lithium-court")
        expectGold("lithium-court", in: t)
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "l1 2025-10-14 inferred", "l2 2025-10-08 text", "l3 2025-10-14 text", "l4 2025-10-06 inferred", "l5 2025-10-16 inferred",
            "l6 2025-10-23 text", "l7 2025-10-16 text", "l8 2025-10-24 text", "l9 2025-10-22 text",
        ], "l1's dateline gives the day without the year; l4's 2019 stamp is the site's; l6's release line carries its date")
        #expect(has(t, "2025-10-14", "Senate on Tuesday approved"), "the wire story's \"Tuesday\" is its dateline's week")
        #expect(has(t, "2025-10-06", "Rodrigo Pizarro") && has(t, "2025-10-01", "unanimous ruling"), "the stale-stamped page's dates are read as of the story's days")
        #expect(has(t, "2025-10-14", "have gathered outside the Congress"), "a live blog's entry happened on its day")
        #expect(has(t, "2026-01", "to begin in January"), "\"to begin in January\" is the next January")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("That's all from us") || $0.text.hasPrefix("Here is what you need") } },
                "the page speaking to its reader is not a report")
        let hearing = try #require(t.events.first { $0.date == "2025-10-21" })
        #expect(hearing.status == .occurred && hearing.sources == 5, "a hearing that later reports tell as held has happened")
        #expect(!t.events.contains { $0.date.hasPrefix("2019") || $0.date.hasPrefix("2018") })
        let figures = t.events.flatMap(\.conflicts).filter { $0.attribute == "figure" }.map { $0.values.map { "\($0.value) \($0.documents)" } }
        #expect(figures == [["12% [\"l2\"]", "9% [\"l7\"]"], ["28-15 [\"l3\"]", "29-14 [\"l1\"]"]], "the share fall and the vote count as the sources give them")
        #expect(t.events.contains { $0.conflicts.contains { $0.attribute == "date" && $0.values.map(\.value) == ["2025-09-17", "2025-09-18"] } })
    }

    /// Nine invented articles about a rocket that exploded on its first flight, over two years,
    /// written and scored before any tuning (required 6/8, all 13/17, noise 2, date-F1 0.75): a
    /// breadcrumb above the headline, a "Posted by" byline, comments with their own dates, an
    /// Asian wire that gives the next day, an undated excerpt, an ISO timestamp, a press
    /// release, a briefing whose key dates are a list without years, and a podcast transcript
    /// with speaker labels.
    @Test func rocketFailureReachesTheGold() throws {
        let t = try timeline("rocket-failure")
        expectGold("rocket-failure", in: t, noise: false)
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "r1 2025-12-10 text", "r2 2025-12-12 text", "r3 2025-12-10 text", "r4 2025-12-18 inferred", "r5 2026-01-15 text",
            "r6 2026-01-08 text", "r7 2026-01-22 text", "r8 2026-02-04 text", "r9 2026-01-30 text",
        ], "r5 is dated by its ISO timestamp; r4 by the latest day it reports")
        #expect(t.documents.map { $0.title ?? "" }.prefix(1) == ["Norway's first orbital rocket explodes over the Norwegian Sea"], "a breadcrumb is not the headline")
        #expect(t.documents[7].title == "Nordlys raises 400 million kroner to get Skarv back on the pad", "a date line is not the headline")
        #expect(has(t, "2025-12-12", "said Friday that a pressure valve"), "a \"Posted by\" line does not swallow the lead")
        #expect(has(t, "2025-12-04", "Dec. 4") && has(t, "2026-01-22", "Jan. 22"), "a list's days without years fall in the story's winter")
        #expect(has(t, "2026-03", "was expected in March"), "\"was expected in March\" is the next March")
        #expect(has(t, "2026-FA", "in the autumn"))
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("SOLBERG") || $0.text.hasPrefix("OKAFOR") } }, "speaker labels are not part of what was said")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("spacefan") || $0.text.contains("too convenient") } })
        let figures = t.events.flatMap(\.conflicts).filter { $0.attribute == "figure" }.map { $0.values.map(\.value) }
        #expect(figures == [["60 employees", "80 jobs"]], "the job cuts as the two sources give them")
        #expect(t.actors.contains { $0.name == "European Space Agency" && $0.aliases.contains("Agency") }, "\"the Agency\" is the one agency named in full")
        #expect(t.actors.contains { $0.name.hasSuffix("Fishermen's Association") })
    }

    /// The ceo-ouster fixture (nine articles, written before the tool was run on them): a wire
    /// dateline without a year, a live blog, a newsletter under a site stamp seven years old, a
    /// British outlet that gives another day, an undated excerpt cut mid-word, a wrong weekday, an
    /// explainer's list of days, a press release and a column.
    @Test func ceoOusterReachesTheGold() throws {
        let t = try timeline("ceo-ouster")
        expectGold("ceo-ouster", in: t, noise: false)
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "q1 2026-03-13 inferred", "q2 2026-03-14 text", "q3 2026-03-17 inferred", "q4 2026-03-17 text", "q5 2026-03-13 inferred",
            "q6 2026-03-20 text", "q7 2026-04-02 text", "q8 2026-05-28 text", "q9 2026-06-01 text",
        ], "q3's 2019 stamp is the site's: its \"Friday, March 13\" is a Friday in 2026, and its Saturday, Sunday and Tuesday are the days others give its happenings")
        #expect(t.documents[3].title == "Quillmark chairman quits as investor revolt grows", "an outlet and its section are a masthead")
        #expect(has(t, "2026-03-14", "now has more than 700 signatures"), "a live blog's entry dates its first sentence")
        #expect(has(t, "2026-03-14", "Staff circulate a letter"), "a chronology's line dates all its sentences")
        #expect(has(t, "2026-03-19", "late on Wednesday, March 19"), "the day of the month wins over a wrong weekday")
        #expect(t.events.contains { $0.date == "2026-06-11" && $0.mentions.contains { $0.document == "q5" } } && !t.events.contains { $0.date.hasPrefix("2027") },
                "yearless dates take the year the rest of the corpus gives them: q5's \"annual meeting in June\" is June 11's")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("Good morning") || $0.text.contains("leave our coverage") } })
        let resignation = t.events.first { e in e.mentions.contains { $0.text.contains("stood down as chairman") } }
        #expect(resignation?.conflicts.first { $0.attribute == "date" }.map { $0.values.map(\.value) } == ["2026-03-17", "2026-03-16"],
                "q4's Monday joins the explainer's March 17, formed after it, not the investor's statement of two days before (gold C1)")
    }

    @Test func museumHeistReachesTheGold() throws {
        let t = try timeline("museum-heist")
        let (recall, missing) = Gold.recall(Paths.fixtures + "/gold/museum-heist-chronology.tsv", in: t)
        #expect(recall == 1, "missing: \(missing)")
        #expect(t.documents.first?.published == "2026-09-06",
                "m1's dateline \"ANTWERP, Belgium, Sept 6\" is this year's: \"3:40 a.m.\" and \"Sunday\" read as of another date do not bound it")
        #expect(has(t, "2026-09-05", "Saturday night, September 5") && !has(t, "2026-09-19", "Saturday night, September 5"),
                "a weekday and part of day before a date are one expression")
        #expect(has(t, "2026-09-14", "Monday the 14th") && !t.events.contains { $0.date == "2026-09-28" }, "\"Monday the 14th\" is September 14")
        #expect(!t.events.contains { $0.date == "2026-12" }, "\"in 1998 ... three months later\" is not three months from the page's date")
        #expect(t.events.contains { $0.date == "2026-10-02" && $0.mentions.contains { $0.document == "m4" } }, "\"their lawyer told us\" is a report, not the page's voice")
        #expect(!has(t, "2026-09-06", "appealed for anyone who saw"), "the appeal is Monday's; Sunday dates what a witness saw")
        let theft = t.events.filter { e in e.date == "2026-09-06" && e.mentions.contains { $0.text.contains("Thieves broke into") } }
        #expect(theft.first?.mentions.contains { $0.text.contains("theft of four paintings") } == true, "theft, thieves and stolen are one event")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("autumn season") } }, "a section in capitals about another story is left out")
        #expect(t.documents.last?.published == "2026-09-21", "the undated blog's Saturday is the reopening and its last week the director's admission")
        let arrests = t.events.first { e in e.date == "2026-09-10" && e.mentions.contains { $0.text.contains("In the early hours of this morning") } }
        #expect(arrests?.conflicts.first { $0.attribute == "date" }.map { $0.values.map(\.value) } == ["2026-09-10", "2026-09-09"],
                "the newsletter's Wednesday night is a day before the police's early hours, not the court day two days off (gold C2)")
    }

    /// The bank-outage fixture (eight articles, written and scored before the tool was tuned on
    /// them): a London wire that dates a New Zealand fire by GMT, a live blog stamped "4.42pm"
    /// under a date line with no year, an undated blog under a site stamp six years old, a press
    /// release, a Sydney dateline whose day and weekday disagree, a politics report and a column.
    @Test func bankOutageReachesTheGold() throws {
        let t = try timeline("bank-outage")
        expectGold("bank-outage", in: t, noise: false)
        #expect(t.documents[2].published == "2026-10-15", "\"Thursday 15 October\" alone on a line is the live page's date, in the year its weekday fits")
        #expect(t.documents[3].published == "2026-10-18", "the undated blog names Thursday, Friday and Sunday as days just past")
        #expect(has(t, "2026-10-13", "apologised in a video"), "\"7.30am\" is a clock time on the page's day")
        #expect(has(t, "2026-10-15", "EFTPOS and credit cards are working again"), "a live blog's \"11.58am\" stamps its entry")
        #expect(has(t, "2026-10-13", "Last week's outage began") && !has(t, "2026-10-20", "Last week's outage began"),
                "a weekday after \"last week\" in the sentence falls in last week")
        #expect(!has(t, "2026-10-12", "which was early Tuesday morning in New Zealand"), "one moment in two time zones happened on the local day")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("Elsewhere") } }, "\"Elsewhere in banking\" turns to another story")
        let said = t.events.first { e in e.mentions.contains { $0.text.contains("investigators said yesterday") } }
        #expect(said?.date == "2026-10-14" && said?.conflicts.isEmpty == true && said?.mentions.count == 1,
                "\"said yesterday the fire started\" dates the saying, not the fire: \(String(describing: said))")
    }

    /// The cycling-ban fixture (eight articles, written and scored before the tool was tuned on
    /// them): a page that signs off with its date, "Monday last week", "In other news".
    @Test func cyclingBanReachesTheGold() throws {
        let t = try timeline("cycling-ban")
        expectGold("cycling-ban", in: t, recall: 0.85, noise: false)
        #expect(t.documents[6].published == "2026-10-20", "the wire story signs off with its date alone on the last line, though it writes of 2030")
        #expect(has(t, "2026-10-20", "on Tuesday upheld"))
        #expect(has(t, "2026-08-10", "without pay on Monday last week"), "\"Monday last week\" is last week's Monday")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("In other news") } }, "\"In other news\" turns to another story")
    }

    /// The drug-approval fixture (eight articles, written and scored before the tool was tuned on
    /// them): a site's header stamp years before the story above the article's own date line,
    /// a deadline moved "from June 30 to Sept. 30", a live blog, a press release.
    @Test func drugApprovalReachesTheGold() throws {
        let t = try timeline("drug-approval")
        expectGold("drug-approval", in: t, noise: false)
        #expect(t.documents[1].published == "2026-06-09", "the trade page's own date line, not the site's 2018 header stamp")
        #expect(has(t, "2026-06-08", "extended its review"))
        #expect(!t.events.contains { $0.date.hasPrefix("2025-09") }, "a deadline moved from June 30 to Sept. 30 moves forward")
        #expect(has(t, "2026-08", "filed with the European Medicines Agency in August"), "a later \"and expects ... next year\" does not carry August into next year")
    }

    /// The election-recount fixture (eight articles, written and scored before the tool was tuned
    /// on them): a TV page stamped "Posted: Wed 11:52 AM, Nov 18, 2026" under a 2011 copyright, a
    /// press release with its "About the Board" boilerplate, an undated court story, a British
    /// excerpt cut mid-sentence ("Ms Okafor", "Mr Tull") and a recap list.
    @Test func electionRecountReachesTheGold() throws {
        let t = try timeline("election-recount")
        expectGold("election-recount", in: t, noise: false)
        #expect(t.documents[4].published == "2026-11-18", "a clock time before the date still dates the post")
        #expect(t.documents[4].title == "Recount finds box of uncounted ballots in Port Alder", "the line above the copyright line is the site's name")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("established in 1974") } }, "a press release's \"About\" box is boilerplate")
        let found = t.events.first { e in e.mentions.contains { $0.text.contains("Workers find a box") } }
        #expect(found?.date == "2026-11-17" && found?.conflicts.map(\.attribute) == ["date"], "the TV page has the box found a day later")
        let tally = t.events.first { e in e.mentions.contains { $0.text.contains("recount completed Thursday") } }
        #expect(tally?.conflicts.map(\.attribute) == ["figure"], "the excerpt's margin of 178 disputes the 187 of the others")
        let okafor = t.actors.first { $0.name == "Denise Okafor" }
        #expect(okafor?.aliases.contains("Ms Okafor") == true, "an honorific without its period is still a title")
        #expect(t.actors.contains { $0.name == "Priya Haldane" }, "\"County Clerk\" is her title, not her name")
        #expect(!t.actors.contains { $0.name == "Board of Elections" }, "the board's short name is the county board's")
    }

    /// The mine-rescue corpus, written and scored before any tuning for it: a wire story with a
    /// yearless dateline, a live blog with "Key events" stamps, a day-month-year paper, a page
    /// under a stale "Published: 14/03/2021" stamp with a wrong weekday ("Tuesday, Nov. 4"), an
    /// undated markets story, an opinion column, and a morning briefing with run-in items about
    /// other news.
    @Test func mineRescueReachesTheGold() throws {
        let t = try timeline("mine-rescue")
        expectGold("mine-rescue", in: t, noise: false)
        #expect(t.documents[3].published != "2021-03-14", "a template's stale stamp is not the page's date")
        #expect(has(t, "2026-11-04", "rescue shaft"), "the date wins over a wrong weekday")
        #expect(!t.events.contains { $0.title.contains("central bank") || $0.title.contains("Heavy rain") }, "a briefing's items about other news go")
        let contact = t.events.first { $0.title.contains("reached their refuge chamber") }
        #expect(contact?.date == "2026-10-29" && contact?.conflicts.map(\.attribute) == ["date"], "the Lima paper has contact a day later")
        let suspension = t.events.first { $0.title.contains("suspended the operating licence") }
        #expect(suspension?.conflicts.map(\.attribute) == ["date"], "the column misdates the suspension")
        #expect(t.actors.contains { $0.name == "Andesur" && $0.kind == .organization }, "a company with no organization word")
        #expect(!t.actors.contains { $0.name == "GMT" })
    }

    @Test func ridgeFireReachesTheGold() throws {
        let t = try timeline("ridge-fire")
        expectGold("ridge-fire", in: t, noise: false)
        #expect(t.documents.map(\.published) == ["2025-08-05", "2025-08-07", "2025-08-09", "2025-08-09", "2025-08-12", "2025-08-15", "2025-08-19", "2025-08-22"],
                "a wire's sign-off and a day-month-year line with its weekday date their pages")
        #expect(t.documents.map(\.title)[0] == "Wildfire forces 2,400 from homes near Halden Ridge, B.C.")
        #expect(t.documents.map(\.title)[2] == "What we know about the Halden Ridge wildfire")
        let jump = t.events.first { $0.title.contains("crossed Highway 97") }
        #expect(jump?.date == "2025-08-07" && jump?.conflicts.map(\.attribute) == ["date"], "the explainer has the fire crossing on Wednesday night")
        let arrest = t.events.first { $0.title.contains("was arrested on Sunday") }
        #expect(arrest?.date == "2025-08-10" && arrest?.conflicts.map(\.attribute) == ["date"], "the timeline has the arrest a day early")
        let names = t.actors.map(\.name)
        #expect(names.contains("Okanara Regional District") && !names.contains("Board") && !names.contains("CNW"), "\(names)")
    }

    @Test func cabinetFallReachesTheGold() throws {
        let t = try timeline("cabinet-fall")
        expectGold("cabinet-fall", in: t, noise: false)
        let resignation = t.events.first { $0.date == "2025-03-12" && $0.title.contains("Ravensberg offered his cabinet") }
        #expect(resignation?.conflicts.count == 1, "the debate report has the resignation on Thursday morning")
        #expect(resignation?.conflicts.first?.values.map(\.value) == ["2025-03-12", "2025-03-13"])
        #expect(!t.events.contains { e in e.conflicts.contains { c in c.values.contains { $0.documents.contains("n1") } } },
                "a live blog's entries are dated by when they were posted, and dispute no other report's day")
        #expect(!t.events.contains { $0.date == "2025-03-18" && $0.title.contains("Earlier in the day") },
                "'earlier in the day' after a vote tabled for next Tuesday is not that Tuesday")
        #expect(resignation?.mentions.contains { $0.text.contains("resigned this week") } == true, "'this week' beside other reports still counts")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("Polls published this week") } }, "a passing remark is no event")
    }

    /// A held-out corpus on a bridge closure, scored before tuning: a page stamped with its clock
    /// time ("Nov. 3, 2025, 5:02 p.m. ET"), a local paper's "UPDATE 7.45pm:" entry after a
    /// sentence about yesterday, a sentence that gives two days, and "£40m" beside "£40 million".
    @Test func bridgeClosureReachesTheGold() throws {
        let t = try timeline("bridge-closure")
        expectGold("bridge-closure", in: t, noise: false)
        #expect(t.documents.first { $0.id == "b7" }?.published == "2025-11-03", "a date line with the time it was posted")
        #expect(has(t, "2025-09-16", "Police have confirmed the bridge is now closed"), "an update's stamp is on the page's day")
        #expect(!t.events.contains { e in e.conflicts.contains { c in
            c.values.contains { v in v.documents.count == 1 && c.values.contains { $0.value != v.value && $0.documents.contains(v.documents[0]) } }
        } }, "one sentence's two days are two happenings, not a dispute")
        #expect(!t.events.contains { e in e.conflicts.contains { $0.attribute != "date" && $0.attribute != "place" } },
                "'£40m' and '£40 million' are one sum")
    }

    /// Held out as the bridge-closure fixture was: a football club's insolvency told by a wire, a
    /// local paper, the club, a fan forum's posts, a live blog, a weekend analysis, a US sports
    /// site and the league. A wire stamp with its update note and a forum post's header date their
    /// pages; a ticket office's weekly hours are no happening; "entered administration" ties the
    /// reports of the insolvency, one of which has the day wrong; the court's two deadlines
    /// are kept as a dispute; the bids deadline is one event, though its first report shared
    /// little with the next.
    @Test func clubCrisisReachesTheGold() throws {
        let t = try timeline("club-crisis")
        expectGold("club-crisis", in: t, noise: false)
        #expect(t.documents.first { $0.id == "c1" }?.published == "2025-11-04", "a wire stamp followed by its update note")
        #expect(t.documents.first { $0.id == "c4" }?.published == "2025-11-08", "a forum post's header")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Ticket Office") } }, "opening hours are no event")
        #expect(has(t, "2025-10-31", "which were due on Friday"), "wages that were due: a past Friday")
        let insolvency = try #require(t.events.first { e in e.mentions.contains { $0.timex == "3 November" } })
        #expect(insolvency.date == "2025-11-04" && insolvency.sources >= 5, "the day one source has wrong is a dispute within the event")
        #expect(insolvency.conflicts.contains { c in c.values.contains { $0.value == "2025-11-03" } })
        #expect(t.events.contains { e in e.conflicts.contains { c in Set(c.values.map(\.value)) == ["2025-12-10", "2025-12-11"] } })
        let bids = t.events.filter { e in e.date == "2025-11-14" && e.mentions.contains { $0.text.contains("bid") } }
        #expect(bids.count == 1 && bids[0].sources == 4, "one bids deadline, told by four pages")
    }

    /// Held out as the bridge-closure fixture was: a ship held by pirates, told by an Indian
    /// paper, a shipping trade page, the owner, a foreign ministry ("Date: 14.11.2025"), a Manila
    /// site ("INQUIRER.net / 10:42 AM November 19, 2025"), a wire, a security firm's weekly
    /// report and a Kenyan paper. Every page is dated from its own stamp; a ministry's saying,
    /// two days after the release it tells of, is no happening of its own.
    @Test func shipSeizureReachesTheGold() throws {
        let t = try timeline("ship-seizure")
        expectGold("ship-seizure", in: t, noise: false)
        #expect(t.documents.first { $0.id == "s4" }?.published == "2025-11-14", "a dotted date, day first")
        #expect(t.documents.first { $0.id == "s5" }?.published == "2025-11-19", "a clock and date after the site's name")
        #expect(!t.events.contains { e in e.date == "2025-11-19" && e.mentions.contains { $0.document == "s5" } },
                "'released late on Monday, the department said on Wednesday' dates the release, not the saying")
    }

    /// Held out as the bridge-closure fixture was: an earthquake told by the USGS page (its time
    /// in UTC, the evening before the local morning), a Japanese wire, a broadcaster, a UN
    /// situation report, a British paper, a Japanese daily ("2025/11/17 19:05"), a forum post
    /// stamped "3 days ago" and an English-language daily. A clock before a day and month ("at
    /// 03:12 on 15 November") is on that day; the UTC day is the same moment, not a dispute.
    @Test func quakeJapanReachesTheGold() throws {
        let t = try timeline("quake-japan")
        expectGold("quake-japan", in: t, noise: false)
        #expect(has(t, "2025-11-15", "aftershock followed at 03:12"), "a clock before its day and month")
        #expect(has(t, "2025-11-14", "06:47 local time on 14 November"))
        let quake = try #require(t.events.first { e in e.mentions.contains { $0.document == "q1" } })
        #expect(quake.date == "2025-11-14", "the local day")
        #expect(!quake.conflicts.contains { $0.attribute == "date" }, "21:47 UTC on the 13th is 06:47 JST on the 14th")
        let aftershock = try #require(t.events.first { e in e.mentions.contains { $0.text.contains("aftershock followed at 03:12") } })
        #expect(aftershock.date == "2025-11-15" && !aftershock.conflicts.contains { $0.attribute == "date" },
                "the quake's reports, a day before, are another happening: one page tells of both on their own days")
    }

    /// Held out as the bridge-closure fixture was: a cholera outbreak told by a ministry's
    /// statement ("2nd October 2025"), a WHO bulletin ("epidemiological week 40"), a local paper,
    /// a situation report ("the week ending 19 October"), a radio transcript, a post and an aid
    /// group's blog ("Published: 04/11/2025", day first among the others). Its tallies rise from
    /// page to page, and no page disputes another.
    @Test func choleraOutbreakReachesTheGold() throws {
        let t = try timeline("cholera-outbreak")
        expectGold("cholera-outbreak", in: t, noise: false)
        #expect(t.documents.first { $0.id == "o1" }?.published == "2025-10-02")
        #expect(t.documents.first { $0.id == "o7" }?.published == "2025-11-04", "04/11/2025 among pages of October and November")
        #expect(has(t, "2025-W42", "week ending 19 October"))
        #expect(has(t, "2025-W40", "epidemiological week 40"))
        let disputed = t.events.filter { !$0.conflicts.isEmpty }.map(\.title)
        #expect(disputed.isEmpty, "a rising toll and a count 'as of' a day dispute nothing: \(disputed)")
    }

    /// Held out as the bridge-closure fixture was: an airliner's engine failure told by an
    /// aviation site ("created Monday, Nov 3rd 2025 22:41Z, last updated ..."), a TV station, the
    /// regulator, a wire, the airline's dated updates on one page and the safety board's preliminary report a
    /// month later ("the board said Tuesday in its preliminary report", a happening of its own).
    @Test func engineFailureReachesTheGold() throws {
        let t = try timeline("engine-failure")
        expectGold("engine-failure", in: t, recall: 0.75, noise: false)
        #expect(t.documents.first { $0.id == "a1" }?.published == "2025-11-03", "a byline line with created and updated stamps")
        #expect(has(t, "2025-12-02", "in its preliminary report"), "a finding published weeks after the happening it explains")
        #expect(has(t, "2025-11-07", "further 60 flights today"), "'today' under 'Update 2 (7 Nov 2025, 10:00 PST)' on a page of the 9th")
        #expect(has(t, "2025-11-04", "opened an investigation on Tuesday"), "the Tuesday of the page's update, not the one before its creation")
    }

    /// Held out as the bridge-closure fixture was: a stage collapse at a music festival told by a
    /// public broadcaster, a regulator's press conference transcript, a music site with an
    /// embedded post, a prohibition notice ("Date of issue: 10/11/2025", day first), a Xinhua
    /// wire, a wiki article with its reference marks and references list, a forum thread with no
    /// date, a weekly's long read ("November 29 – December 5, 2025"), a ticket seller's email and
    /// a government media release.
    @Test func festivalCollapseReachesTheGold() throws {
        let t = try timeline("festival-collapse")
        expectGold("festival-collapse", in: t, noise: false)
        let published = Dictionary(uniqueKeysWithValues: t.documents.map { ($0.id, $0.published ?? "") })
        #expect(published["f6"] == "2025-11-21", "a wiki page is as of its last edit, not its infobox's date")
        #expect(published["f8"] == "2025-11-29", "a weekly's issue dates from the first day of its week")
        #expect(published["f4"] == "2025-11-10", "a notice's 'Date of issue', day first")
        #expect(has(t, "2025-11-08", "08/11/2025"), "the notice's other dates are day first too")
        #expect(has(t, "2025-11-08", "9:40 last night"), "a clock with 'last night' is the night before")
        #expect(has(t, "2025-11-09", "opened an investigation the same day"), "a reference mark does not hide a sentence's end")
        #expect(has(t, "2026-02-24", "moved to February 24"), "a date things are moved to lies ahead")
        let postponed = t.events.first { e in e.mentions.contains { $0.text.hasPrefix("The Vale have postponed the rest") } }
        #expect(postponed?.date == "2025-11-10" && postponed?.sources == 2 && postponed?.conflicts.isEmpty == true,
                "the music site's undated lede joins the wiki's 10 November")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Retrieved") || $0.text.contains("Categories") } },
                "a wiki's references and categories are no events")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("print edition") } }, "a publication note is no event")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("Not after Saturday") } }, "a date alone is no event")
        let death = try #require(t.events.first { $0.date == "2025-11-13" && $0.title.contains("died") })
        #expect(death.conflicts.first { $0.attribute == "date" }.map { $0.values.map(\.value) } == ["2025-11-13", "2025-11-14"],
                "the long read has the rigger dying a day late")
    }

    /// Held out as the bridge-closure fixture was: a pilots' sick-out at an Indian airline told
    /// by a PTI wire ("New Delhi, Nov 10 (PTI)" and no dash), a paper's "Published - November 11,
    /// 2025 09:42 pm IST", a minister's posts with their stamps under them, a TOI stamp, the
    /// regulator's notice in dotted dates, a stock exchange filing ("Regulations, 2015"), a
    /// business paper's week in review and the pilots' union's statement ("15th November 2025").
    @Test func airlineSickoutReachesTheGold() throws {
        let t = try timeline("airline-sickout")
        expectGold("airline-sickout", in: t, noise: false)
        #expect(t.documents.first { $0.id == "v1" }?.published == "2025-11-10", "the wire's dateline")
        #expect(has(t, "2025-11-15", "called off its agitation after talks held today"), "a post is as of the stamp under it")
        #expect(has(t, "2025-11-09", "late on Sunday night") && !has(t, "2025-11-17", "ahead of Monday's early departures"),
                "the Monday ahead of Sunday night is the 10th")
        #expect(!t.events.contains { $0.date == "2015" }, "a statute's year is its name's")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Photo Credit") } }, "a caption is no report")
        #expect(!t.actors.contains { $0.name == "CEO of SkyVista Airways" && $0.aliases.contains("SkyVista Airways") })
        #expect(!t.actors.contains { $0.name == "PTI" }, "the wire credited in the dateline is no party to the story")
        let talks = try #require(t.events.first { e in e.mentions.contains { $0.document == "v8" && $0.text.contains("conciliation") } })
        #expect(talks.date == "2025-11-15" && talks.conflicts.first { $0.attribute == "date" }.map { $0.values.map(\.value) } == ["2025-11-15", "2025-11-14"],
                "the business paper ends the talks a day early")
    }

    /// Held out as the bridge-closure fixture was: a mayor's indictment told by an AP wire, a
    /// court docket (dated entries, "(Entered: 11/14/2025)" stamps, a PACER receipt), a Bloomberg
    /// story, a TV station's page, the city's release, a podcast transcript with time codes and a
    /// sponsor read, an explainer's key dates and the developer's release with its safe harbor.
    @Test func mayorIndictmentReachesTheGold() throws {
        let t = try timeline("mayor-indictment")
        expectGold("mayor-indictment", in: t, noise: false)
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("Bond set at") } }, "a clerk's entry stamp dates no happening")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Use code") || $0.text.contains("Become a member") } },
                "a sponsor read and an appeal to the reader are furniture")
        #expect(!t.actors.contains { $0.name == "SARAH KIM" }, "a speaker's label after a time code names who speaks")
        #expect(t.actors.first { $0.name == "Dana Whitcomb" }?.aliases.contains("Dana M. Whitcomb") == true, "a middle initial")
        #expect(!t.events.contains { e in e.conflicts.contains { $0.attribute == "figure" } }, "$180,000 paid and a $40 million contract are different sums")
        #expect(!t.events.contains { $0.actors.contains("Brennerton City Council") && $0.title.contains("administrative leave") },
                "the town is not its council")
        let sworn = try #require(t.events.first { $0.title.contains("sworn in") || $0.mentions.contains { $0.text.contains("sworn in") } })
        #expect(sworn.date == "2025-11-19" && sworn.conflicts.first { $0.attribute == "date" }.map { $0.values.map(\.value) } == ["2025-11-19", "2025-11-20"],
                "the explainer has the swearing-in a day late")
    }

    /// Held out as the bridge-closure fixture was: a trade dispute told in the seeds' manner, with
    /// its background by months ("in March", "in August", "that summer"): an aggregator's page, a
    /// Reuters page scraped with its stamp run together ("November 12, 20257:05 AM EST"), a state
    /// paper, a farm paper, a broadcaster and the ministry's announcement ("No. 31 of 2025").
    @Test func canolaTruceReachesTheGold() throws {
        let t = try timeline("canola-truce")
        expectGold("canola-truce", in: t, noise: false)
        #expect(has(t, "2024-SU", "following consultations that summer"), "that summer is the summer of the year just named")
        let wire = t.documents.first { $0.id == "c2" }
        #expect(wire?.published == "2025-11-12" && wire?.publishedFrom == .text, "a stamp whose year runs into its clock")
        #expect(wire?.title == "Canada, China trade ministers agree to work on lifting canola, EV tariffs", "a menu listed one section to a line")
        #expect(!t.events.contains { $0.date == "2025" }, "a numbered announcement's year is its label's")
        #expect(!t.events.contains { e in e.conflicts.contains { $0.attribute == "figure" } }, "75.8% and 76 percent agree")
        let agreed = try #require(t.events.first { $0.title.contains("road map") })
        #expect(agreed.date == "2025-11-11" && agreed.conflicts.first { $0.attribute == "date" }.map { $0.values.map(\.value) } == ["2025-11-11", "2025-11-12"],
                "the wire has the agreement on Wednesday")
    }

    /// Held out as the bridge-closure fixture was: protests that bring down a government, told
    /// by a Euronews page ("Published on 02/12/2025 - 09:30 GMT+1"), a France 24 page ("Issued
    /// on: 02/12/2025"), a live blog, the government's statement ("04.12.2025 | 11:30"), a
    /// Balkan site whose stamp runs together ("December 5, 202516:4005.12.2025") and an analysis
    /// written in December about the spring ahead.
    @Test func budgetProtestsReachTheGold() throws {
        let t = try timeline("budget-protests")
        expectGold("budget-protests", in: t, noise: false)
        let published = Dictionary(uniqueKeysWithValues: t.documents.map { ($0.id, $0.published ?? "") })
        #expect(published["b1"] == "2025-12-02" && published["b2"] == "2025-12-02" && published["b5"] == "2025-12-05")
        #expect(t.actors.contains { $0.name == "Bulgaria" }, "every country of the world is known")
        #expect(has(t, "2026-SP", "probably in the spring"), "the spring ahead of a December page is next year's")
        #expect(t.events.first { $0.title.contains("voted 180-12") }?.date == "2025-12-05",
                "'by Thursday he had resigned' is a bound that yields to the Friday of the vote")
    }

    /// Held out as the bridge-closure fixture was: a department store chain's collapse told over
    /// three months, by the Guardian ("Wed 3 Sep 2025 14.12 BST"), a trade site, Sky News
    /// ("Thursday 2 October 2025 11:42, UK"), a local paper, a GOV.UK press release ("Published
    /// 12 November 2025" under its lede) and an analysis that looks to "early next year".
    @Test func storeCollapseReachesTheGold() throws {
        let t = try timeline("store-collapse")
        expectGold("store-collapse", in: t, recall: 0.75, noise: false)
        let published = Dictionary(uniqueKeysWithValues: t.documents.map { ($0.id, $0.published ?? "") })
        #expect(published == ["r1": "2025-09-03", "r2": "2025-09-30", "r3": "2025-10-02", "r4": "2025-10-04", "r5": "2025-11-12", "r6": "2025-11-20"])
        #expect(has(t, "2026", "rebrand the stores early next year"), "a plan for next year is dated by it")
        #expect(has(t, "2025-10", "will close by the end of the month"))
    }

    /// Held out as the bridge-closure fixture was, and scored before any tuning (no change was
    /// made for it): a government shutdown's end told by Axios ("Nov 12, 2025 - Politics &
    /// Policy", "Why it matters:"), Politico ("11/13/2025 07:41 PM EST"), a White House statement
    /// ("Tonight"), a CBO cost estimate and The Hill ("11/15/25 10:30 AM ET").
    @Test func shutdownDealReachesTheGold() throws {
        let t = try timeline("shutdown-deal")
        expectGold("shutdown-deal", in: t, noise: false)
        #expect(t.documents.map { $0.published ?? "" } == ["2025-11-12", "2025-11-13", "2025-11-13", "2025-11-14", "2025-11-15"])
        #expect(has(t, "2025-11-13", "signed H.R. 5371") && has(t, "2026-01-30", "through Jan. 30"))
        #expect(t.events.allSatisfy { $0.conflicts.isEmpty }, "no page disputes another")
    }

    /// Held out and scored before tuning: a typhoon told by a Guardian live blog (its date line
    /// is its latest post, "First published on" its first, and its posts are headed "7.30am
    /// GMT"), an AP explainer, a weather bulletin ("at 9:10 PM today"), a disaster council's
    /// situational report, a Manila daily, a Red Cross appeal that has the landfall a day late,
    /// and a live page of entries stamped "5:00 PM".
    @Test func typhoonLandfallReachesTheGold() throws {
        let t = try timeline("typhoon-landfall")
        expectGold("typhoon-landfall", in: t, noise: false)
        #expect(t.documents.map { $0.published ?? "" } == ["2025-11-09", "2025-11-10", "2025-11-09", "2025-11-11", "2025-11-12", "2025-11-12", "2025-11-09"])
        #expect(has(t, "2025-11-10", "cancelled on Monday"), "a live page's Monday is the day of its latest post")
        #expect(has(t, "2025-11-14", "until Friday"), "a state that lasts until Friday lasts until the next one")
        #expect(!t.events.contains { $0.date == "1077" }, "a proclamation's number is no year")
        let landfall = try #require(t.events.first { $0.mentions.contains { $0.text.contains("9:10 PM today") } })
        #expect(landfall.conflicts.contains { $0.attribute == "date" && $0.values.map(\.value) == ["2025-11-09", "2025-11-10"] })
        #expect(!landfall.mentions.contains { $0.text.contains("raises Signal No. 5") }, "a signal raised at 5 PM is not a landfall at 9:10 PM")
    }

    /// Held out and scored before tuning: a chipmaker's job cuts told by its Business Wire
    /// release ("SANTA CLARA, Calif.--(BUSINESS WIRE)--Nov. 12, 2025--", with a safe harbor), an
    /// earnings call transcript, a Reuters page, a state's WARN listing, a local paper stamped
    /// "Updated: … | Published: …", a Yonhap wire, a reddit thread and the CEO's memo.
    @Test func chipLayoffsReachesTheGold() throws {
        let t = try timeline("chip-layoffs")
        expectGold("chip-layoffs", in: t, noise: false)
        #expect(t.documents.first?.published == "2025-11-12", "a wire's dateline glued to its double dashes")
        #expect(!t.events.contains { $0.date == "1995" || $0.date == "2025-09-27" }, "neither a statute's year nor a quarter's end dates a happening")
        #expect(has(t, "2025-11-12", "reduce our workforce") && has(t, "2025-11-12", "reduce its global workforce"),
                "the release's lede reaches past the quarter it reports")
        #expect(has(t, "2026-06", "last wafers"), "\"the last wafers should\" lies ahead")
        #expect(!t.actors.contains { $0.name.hasPrefix("Shares of") || $0.name == "Affected" })
        #expect(has(t, "2026-01-16", "Layoff Begin Date") && has(t, "2026-01-16", "layoffs would begin"), "a listing's record is text")
        #expect(!t.events.contains { $0.mentions.contains { $0.text.contains("11/10/2025") } }, "another company's record tells another story")
    }

    /// Held out and scored before tuning: a drug trial's results told by an embargoed EurekAlert
    /// release, the journal's page, STAT (with a correction note), an expert reaction roundup, a
    /// Reuters page and a GlobeNewswire notice ("November 09, 2025 18:05 ET | Source: …, Inc.").
    @Test func obesityTrialReachesTheGold() throws {
        let t = try timeline("obesity-trial")
        expectGold("obesity-trial", in: t, noise: false)
        #expect(has(t, "2025-11-10", "rose 11% on Monday") && has(t, "2025-11-07", "rose 6% Friday"), "two days' moves are two events")
        #expect(!t.events.contains { $0.mentions.contains { $0.text.contains("misstated") || $0.text.contains("18:05 ET") } })
        #expect(t.events.allSatisfy { $0.conflicts.allSatisfy { $0.attribute != "figure" } }, "a share of weight lost and a share of patients do not conflict")
    }

    /// Held out and scored before tuning: a climate summit told by a newsletter digest, a UN
    /// release, a Guardian report, an undated AFP wire (placed at the day its "Thursday" agrees
    /// with the others), a weekly of weekday-headed entries and a Brazilian government page
    /// ("Brasília, 19/11/2025", "on Wednesday (19)").
    @Test func climateSummitReachesTheGold() throws {
        let t = try timeline("climate-summit")
        expectGold("climate-summit", in: t, noise: false)
        #expect(t.documents.map { $0.published ?? "" } == ["2025-11-18", "2025-11-22", "2025-11-22", "2025-11-20", "2025-11-23", "2025-11-19"])
        #expect(has(t, "2025-11-19", "Wednesday (19)"), "a day written out wins over a weekday alone")
        #expect(!t.events.contains { $0.date == "2025-10-30" }, "the 30th conference is no day")
        let fire = try #require(t.events.first { $0.mentions.contains { $0.text.contains("fire broke out Thursday") } })
        #expect(fire.date == "2025-11-20" && fire.conflicts.contains { $0.attribute == "date" })
    }

    /// Held out and scored before tuning: a stadium's six-year saga told by pages written in
    /// 2019, 2021, 2023, 2024 and 2025 and a wiki article. The 2019 page's plan to "finish in
    /// 2022" does not make its stamp a later page's.
    @Test func stadiumSagaReachesTheGold() throws {
        let t = try timeline("stadium-saga")
        expectGold("stadium-saga", in: t, noise: false)
        #expect(t.documents.map { $0.published ?? "" } == ["2019-06-12", "2021-03-04", "2023-09-20", "2025-11-14", "2025-11-17", "2024-04-09"])
        #expect(has(t, "2019-06-11", "approved the plan in 2019"), "a year later names the day earlier pages give")
    }

    /// Held out and scored before tuning: a football manager's sacking told by the club's
    /// statement (its next fixture's "Sat 22 Nov 2025 | 15:00" below the text), BBC Sport, a
    /// match report ("in the 89th minute", "early in the second half"), a gossip column whose
    /// items cite "(Sun)", a local paper and the club's post.
    @Test func managerSackedReachesTheGold() throws {
        let t = try timeline("manager-sacked")
        expectGold("manager-sacked", in: t, noise: false)
        #expect(t.documents.map { $0.published ?? "" } == ["2025-11-16", "2025-11-16", "2025-11-15", "2025-11-17", "2025-11-17", "2025-11-16"],
                "a fixture's stamp below the text is not the page's date")
        #expect(!t.events.contains { $0.date.contains("H") }, "a match's second half is no half of the year")
    }

    /// Held out and scored before tuning: a central bank's rate cut told by an undated preview,
    /// a Reuters wire, a mortgage blog with its comments, an undated page of key highlights and
    /// a page of quick-look fields ("Decision Date: November 6, 2025").
    @Test func rateCutReachesTheGold() throws {
        let t = try timeline("rate-cut")
        expectGold("rate-cut", in: t, recall: 0.8, "a blog's comments are no article")
        #expect(!t.events.contains { $0.date == "2023" || $0.date == "2025-SU" }, "a record's baseline ('the lowest level since early 2023') is no event")
        let cut = try #require(t.events.first { $0.mentions.contains { $0.text.contains("Decision Date") } })
        #expect(cut.date == "2025-11-06" && cut.sources == 5, "a field that gives only the day joins that day's event, and the wire's lede the other pages' ledes")
        let budget = t.events.filter { $0.date == "2025-11-26" && $0.mentions.contains { $0.text.contains("Budget") } }
        #expect(budget.count == 1)
        #expect(t.events.filter { $0.date == "2025-12-18" }.map(\.sources) == [3], "three pages that barely name the next meeting's day name one happening")
    }

    /// Held out and scored before tuning: border talks told by an Al Jazeera page, a CNN page
    /// ("Updated 8:12 AM EST, Tue November 4, 2025"), an undated AP wire, a Pakistani daily and
    /// an undated explainer of questions and answers.
    @Test func borderTalksReachesTheGold() throws {
        let t = try timeline("border-talks")
        expectGold("border-talks", in: t)
        #expect(t.documents.map { $0.published ?? "" } == ["2025-10-31", "2025-11-04", "2025-11-04", "2025-11-08", "2025-11-08"],
                "the undated wire shares too little with the others' reports of its days to be placed: it keeps the guess, and none of its relative days")
        #expect(!t.events.contains { e in e.mentions.contains { $0.document == "n3" } })
    }

    /// Held out and scored before tuning: a regulator's fine told by its press release, The
    /// Verge, an undated Bloomberg wire with a larger figure, an undated newsletter whose items
    /// close "Read the full story." (the second about another company) and a blog.
    @Test func euFineReachesTheGold() throws {
        let t = try timeline("eu-fine")
        expectGold("eu-fine", in: t, "the newsletter's item about a chipmaker is another story")
        let fine = try #require(t.events.first { $0.date == "2025-11-12" && $0.sources == 5 })
        #expect(fine.conflicts.contains { $0.values.contains { $0.value.contains("1.5") } })
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("today's edition") } }, "a newsletter speaking of itself reports nothing")
    }

    /// Held out and scored before tuning: a fraud trial told by a report of jury selection, an
    /// undated report of the verdict, a radio page, an undated report of testimony and an
    /// opinion column. The verdict's page is placed by its Tuesday, which says much what the
    /// radio page's lede says, and by the sentencing day the radio page names too; the
    /// testimony's page shares too few words with the others to be placed, so its weekdays are
    /// left out.
    @Test func fraudTrialReachesTheGold() throws {
        let t = try timeline("fraud-trial")
        expectGold("fraud-trial", in: t)
        #expect(t.events.first { $0.date == "2025-10-22" }?.sources == 2, "a judge's expected opening and the column's 'trial opened on Oct. 22' are one event")
        #expect(t.events.first { $0.date == "2026-02-24" }?.sources == 3, "'He will be sentenced in February.' says no more than the sentencing set for Feb. 24")
        #expect(t.documents.first { $0.id == "j2" }?.published == "2025-11-25")
        #expect(has(t, "2025-11-25", "on Tuesday found Victor Hale"))
        #expect(has(t, "2025-11-25", "Tuesday's conviction of Victor Hale should"), "the column's 'should' is about the conviction's meaning, not its day")
        #expect(has(t, "2025-11-25", "A jury has convicted Victor Hale"), "the radio page's undated lede tells of the verdict the day before")
    }

    /// Held out and scored before tuning: a fire in an underground metro station told in Indian
    /// styles: a PTI wire whose dateline has no dash ("Mumbai, Nov 12 (PTI) Three ..."), a
    /// paper's page "Updated on Nov 13, 2025 11:42 PM IST", an undated explainer in questions
    /// and answers, a page "Published - November 20, 2025 10:05 pm IST" with days in
    /// parentheses ("on Monday (November 17)"), and a live blog whose entries are stamped with
    /// day and time ("Nov 12, 2025 13:05 IST").
    @Test func metroFireReachesTheGold() throws {
        let t = try timeline("metro-fire")
        expectGold("metro-fire", in: t)
        #expect(!t.events.contains { e in e.mentions.contains { $0.timex == "Nov 12" } }, "the wire's dateline dates the page, not its lede")
        #expect(has(t, "2025-11-12", "announces Rs 5 lakh ex gratia"), "a live blog's entry is as of the day and time stamped above it")
        let fire = try #require(t.events.first { e in e.mentions.contains { $0.text.hasPrefix("The blaze started at around 11.40 pm") } })
        #expect(fire.date == "2025-11-11", "the wire, dated the morning after, gives the very minute the live blog gives Tuesday")
        let night = try #require(t.events.first { e in e.mentions.contains { $0.text.hasPrefix("The fire, which broke out in the early hours of Wednesday") } })
        #expect(night.date == "2025-11-11" && night.conflicts.first { $0.attribute == "date" }.map { $0.values.map(\.value) } == ["2025-11-11", "2025-11-12"],
                "one paper dates the fire by the night's end")
        #expect(!t.actors.contains { ["PTI", "FIR"].contains($0.name) })
    }

    /// Held out and scored before tuning: a chipmaker's quarter told by its press release (a
    /// Business Wire dateline, a quarter "which ended September 27, 2025", boilerplate about its
    /// annual report), a Reuters wire, a midday market digest of items "Name — text" about
    /// other companies, an undated analysis blog and a trade paper's masthead above its headline.
    @Test func chipEarningsReachesTheGold() throws {
        let t = try timeline("chip-earnings")
        expectGold("chip-earnings", in: t, "the digest's items about other companies tell other stories")
        #expect(!t.events.contains { e in e.date == "2025-09-27" || e.mentions.contains { $0.timex == "fourth-quarter" || $0.timex == "the third quarter" } },
                "a quarter's end, 'fourth-quarter revenue' and the quarter a figure is compared with date no happening")
        #expect(!t.actors.contains { ["NVKS", "GAAP"].contains($0.name) }, "a ticker and an accounting standard are no actors")
        #expect(t.events.first { $0.date == "2025-10-30" }.map { Set($0.mentions.map(\.document)) } == ["e1", "e2", "e4", "e5"],
                "the release's 'today', after its dateline, is the wire's Thursday, and the undated blog's 'last Thursday' places it after")
        #expect(!t.events.contains { $0.date == "2025-12" }, "'the outlook for the December quarter' is a quarter, no month's happening")
        #expect(t.documents.first { $0.id == "e5" }?.title == "Norvik names operations chief Priya Raman as next CEO")
    }

    /// Held out and scored before tuning: a footballer's ban told in British styles: a
    /// broadcaster's page "Last updated on 12 November 2025", a club statement "12th November
    /// 2025", a match report, an undated fan blog under its masthead and tagline, and a report of
    /// his return in "the Boxing Day derby on Friday".
    @Test func strikerBanReachesTheGold() throws {
        let t = try timeline("striker-ban")
        expectGold("striker-ban", in: t, recall: 0.8)
        #expect(t.actors.contains { $0.name == "Kai Okafor" && $0.kind == .person }, "'striker Kai Okafor': a role before a name makes it a person's")
        #expect(t.documents.first { $0.id == "s4" }?.title == "Okafor's ban: which games he misses and when he's back", "a blog's masthead and tagline are no headline")
        #expect(t.events.first { $0.date == "2025-12-26" }?.sources == 2, "the blog's coming Boxing Day derby is the one the last report tells")
    }

    /// Held out and scored before tuning: a project told over years, in seasons ("the fall of
    /// 2022", "last spring"), halves, quarters and a public radio's dated list, with an opinion
    /// page that gives no date and a list that puts the first foundation a day before the trade
    /// paper's Tuesday.
    @Test func windFarmReachesTheGold() throws {
        let t = try timeline("wind-farm")
        expectGold("wind-farm", in: t, "'Donate today.' is the station's voice")
        let foundation = t.events.first { $0.mentions.contains { $0.text.contains("first monopile") } }
        #expect(foundation?.date == "2024-09-17", "the account written the day after wins over the recap a year later")
        #expect(foundation?.conflicts.first?.values.map(\.value) == ["2024-09-17", "2024-09-16"])
        let names = Set(t.actors.map(\.name))
        #expect(names.isSuperset(of: ["Norvik Energy", "Sorensen Wind", "Sarah Bouchard"]) && !names.contains("Cape Elizabeth"), "\(names)")
    }

    /// Held out and scored before tuning: a ferry's sinking told in Philippine styles: a
    /// broadsheet's page stamped "Philippine Daily Ledger / 10:42 AM November 13, 2025" with the
    /// sinking "at around 11:30 p.m.", a broadcaster's "Published ... Updated" page, an AFP wire,
    /// a state agency's report closing "(PNA)" and an undated analysis under its site's name.
    @Test func ferrySinkingReachesTheGold() throws {
        let t = try timeline("ferry-sinking")
        expectGold("ferry-sinking", in: t)
        #expect(t.events.contains { e in e.date == "2025-11-12" && e.mentions.contains { $0.timex == "around 11:30 p.m." } }, "a clock later than the morning stamp is the night before's")
        #expect(t.events.contains { e in e.date == "2025-11-12" && e.mentions.contains { $0.document == "f4" } }, "the agency's paragraph closing '(PNA)' is text")
        #expect(t.documents.first { $0.id == "f5" }?.title == "Why ferries keep sinking in the Philippines", "a section's label between the site's name and the headline")
        #expect(!t.events.contains { !$0.conflicts.isEmpty && $0.mentions.contains { $0.text.contains("the PCG said Friday") } }, "a day that only dates the telling disputes nothing")
    }

    /// Held out and scored before tuning: a dam's collapse told by a UN News page under its
    /// masthead and tagline and a dated section line, an OCHA flash update of bulleted highlights,
    /// a Reuters wire, a Kenyan daily with an ISO stamp and a 24-hour clock ("at 2140 hours on
    /// Tuesday"), and an NGO's release with its "About" boilerplate.
    @Test func damCollapseReachesTheGold() throws {
        let t = try timeline("dam-collapse")
        expectGold("dam-collapse", in: t)
        #expect(t.documents.first { $0.id == "u1" }?.title == "Kenya dam collapse: UN releases emergency funds as death toll climbs",
                "neither the masthead's tagline nor the dated section line is the headline")
        #expect(t.events.contains { e in e.date == "2025-11-11" && e.mentions.contains { $0.timex == "2140 hours on Tuesday" } }, "a 24-hour clock, and 'burst' in the past")
        let names = Set(t.actors.map(\.name))
        #expect(names.isSuperset(of: ["Tumaini Relief", "Lena Haddad", "Esther Chelimo"]) && !names.contains("United States"), "\(names)")
        #expect(!t.issues.contains { $0.name == "hours" })
    }

    /// Held out and scored before tuning: a university president's resignation told by the
    /// student paper under its masthead and tagline ("Serving Hartwell University since 1921"),
    /// a trade site with a table of dated rows ("Sept. 12, 2025 | An anonymous blogger posts
    /// ..."), a TV station, an undated editorial and the board's statement under its office's name.
    @Test func campusResignationReachesTheGold() throws {
        let t = try timeline("campus-resignation")
        expectGold("campus-resignation", in: t, recall: 0.85)
        #expect(has(t, "2025-09-12", "anonymous blogger") && has(t, "2025-09-19", "external review by the law firm"), "a table's dated rows are reports")
        #expect(has(t, "2025-11-05", "planned a walkout for Wednesday"), "what was planned for a weekday lies ahead of the planning")
        #expect(t.documents.map { $0.title ?? "" } == ["Kessler resigns as president amid plagiarism findings", "Hartwell president quits after review of her research",
                                                        "Hartwell board names interim president after Kessler exit", "Kessler's fall was avoidable",
                                                        "Statement from the Board of Trustees on the resignation of President Anne Kessler"])
    }

    /// Held out and scored before tuning: an exam paper's leak told in Indian styles: a wire
    /// ("New Delhi, Nov 12 (PTI)") under a breadcrumb trail "Home / India News", a national daily
    /// with "on Friday (November 14, 2025)", a city page stamped "TNN | Nov 13, 2025, 04.12 AM
    /// IST" that has the arrests a day later and one fewer, an explainer's dated list, and a
    /// syndicated protest report.
    @Test func examLeakReachesTheGold() throws {
        let t = try timeline("exam-leak")
        expectGold("exam-leak", in: t)
        #expect(t.documents.first { $0.id == "x1" }?.title == "Education Ministry hands CNAT paper leak probe to CBI", "a breadcrumb trail is no headline")
        let arrests = t.events.first { e in e.mentions.contains { $0.text.contains("arrested five persons") } }
        #expect(arrests?.date == "2025-11-11", "the page with the arrests a day later disputes the others' day")
        #expect(arrests?.conflicts.contains { $0.attribute == "date" } == true)
        #expect(arrests?.conflicts.contains { $0.attribute == "figure" && $0.values.map(\.value) == ["5 persons", "6 persons"] } == true,
                "small counts spelled out are figures")
        #expect(has(t, "2025-11-17", "nationwide protest"), "what has been called for a weekday lies ahead")
        #expect(t.events.filter { e in e.date == "2025-11-10" && e.mentions.contains { $0.text.contains("not leaked") || $0.text.contains("denied that the paper") } }.count == 1,
                "the acronym and the board's full name tell one denial")
    }

    /// Held out and scored before tuning: a hosepipe ban told in British styles: a BBC page
    /// under a menu of sections ("Home News Sport Weather iPlayer") with "Updated 2 hours ago", a
    /// Guardian page, a local paper's "Tuesday week", a Times page stamped "July 12 2025, 12.01am,
    /// The Times" that has the drought declared a day later, and the company's release.
    @Test func hosepipeBanReachesTheGold() throws {
        let t = try timeline("hosepipe-ban")
        expectGold("hosepipe-ban", in: t)
        #expect(t.documents.map { $0.title ?? "" } == ["Hosepipe ban announced for 1.2 million customers in Sussex",
                                                        "Hosepipe ban for 1.2m people as drought grips south-east England",
                                                        "Water boss apologises as campaigners protest over hosepipe ban",
                                                        "Ofwat to review water firm's drought plan as hosepipe ban begins", "Temporary Use Ban starts today"])
        #expect(has(t, "2025-07-22", "Tuesday week"), "'Tuesday week' is a week after the coming Tuesday")
        let drought = t.events.first { e in e.mentions.contains { $0.text.contains("declared drought across the South East") } }
        #expect(drought?.date == "2025-07-03" && drought?.conflicts.contains { $0.attribute == "date" } == true)
        #expect(!t.events.contains { $0.conflicts.contains { $0.attribute == "place" } }, "England holds Sussex: no dispute of place")
        let announced = t.events.first { e in e.date == "2025-07-08" && e.mentions.contains { $0.text.contains("announced the ban on Tuesday, five days") } }
        #expect(announced?.mentions.contains { $0.text.contains("announced the temporary use ban on Tuesday") } == true,
                "two pages' reports of one day with one verb and a word besides are one happening")
    }

    /// Held out and scored before tuning: drones over an airport, told by a Nordic site stamped
    /// "22.09.2025 22:47 | Updated 23.09.2025 07:15", a live blog of bare 24-hour entries that
    /// cross midnight, newest first, a page with an embedded post, a Reuters wire, and an undated
    /// opinion piece.
    @Test func droneClosureReachesTheGold() throws {
        let t = try timeline("drone-closure")
        expectGold("drone-closure", in: t)
        #expect(has(t, "2025-09-22", "following the situation closely") && has(t, "2025-09-23", "has reopened"),
                "a live blog's entries before midnight are the day before's")
    }

    /// Held out and scored before tuning: a study told by the university's release under its
    /// embargo line, a Guardian-style page, a trade site, a GOV.UK release with "Today (14
    /// November 2025)" and a newsletter post dated "Nov 15" that has the study out on Tuesday.
    @Test func drugStudyReachesTheGold() throws {
        let t = try timeline("drug-study")
        expectGold("drug-study", in: t)
        let release = t.documents.first { $0.id == "s1" }
        #expect(release?.title == "Common blood pressure drug linked to higher risk of hip fractures in older adults" && release?.published == "2025-11-12",
                "an embargo line dates the release and is no headline")
        #expect(has(t, "2025-11-14", "we have begun a review") && has(t, "2025-12-04", "Commission on Human Medicines"))
    }

    /// Held out and scored before tuning: a bus crash told by a TV station ("Published: Nov. 18,
    /// 2025 at 6:12 AM EST|Updated: 2 hours ago"), a state police release with "at approximately
    /// 2315 hours" and an UPDATE heading, an AP wire dated at its foot, a local paper that has the
    /// crash early Tuesday, and a school district's post.
    @Test func busCrashReachesTheGold() throws {
        let t = try timeline("bus-crash")
        expectGold("bus-crash", in: t)
        let crash = t.events.first { e in e.mentions.contains { $0.text.contains("crashed on a Pennsylvania interstate late Monday") } }
        #expect(crash?.date == "2025-11-17")
        #expect(crash?.conflicts.first { $0.attribute == "date" }?.values.map(\.value) == ["2025-11-17", "2025-11-18"],
                "an update's stamp dates the telling and disputes nothing")
        #expect(has(t, "2025-11-22", "memorial service"), "'will be held Saturday' lies ahead")
        #expect(!t.events.contains { $0.date == "2016" }, "a 2016 Prevost is a bus's model, not a happening")
    }

    /// Held out and scored before tuning: a volcano's eruption told in East Asian styles: a Kyodo
    /// wire under its masthead, an NHK page, an AP page that dates the eruption by US time, a
    /// Yonhap "(LEAD)" wire ending "(END)", a Xinhua wire, a meteorological agency's numbered
    /// bulletin, a Japan Times page, an undated forum post.
    @Test func volcanoEruptionReachesTheGold() throws {
        let t = try timeline("volcano-eruption")
        expectGold("volcano-eruption", in: t)
        let lowered = t.events.first { e in e.mentions.contains { $0.text.contains("lowered the volcanic alert level") } }
        #expect(lowered?.date == "2025-11-21" && lowered?.conflicts.isEmpty == true, "lowering the alert three days after raising it is another happening")
        #expect(!t.events.contains { e in e.date == "2025-11-18" && e.mentions.contains { $0.text.contains("lifted at 5 p.m.") } },
                "'since Tuesday's eruption' is no time the story moves to")
        #expect(has(t, "2025-11-20", "through Thursday"), "flights canceled through Thursday run to the coming Thursday")
        #expect(has(t, "2025-11-22", "earliest seat is on Saturday"))
        #expect(t.actors.contains { $0.name == "Japan Meteorological Agency" })
    }

    /// Held out and scored before tuning: an aid worker's kidnapping told from four continents: an
    /// Al Jazeera page whose stamp scrapes twice ("10 Nov 202510 Nov 2025"), an ABC (Australia)
    /// page, a France 24 page stamped "12/11/2025 - 19:05", an NZ Herald page, a minister's media
    /// release, an undated charity statement with the day wrong, a Sydney page, an Arab News wire.
    @Test func aidKidnapReachesTheGold() throws {
        let t = try timeline("aid-kidnap")
        expectGold("aid-kidnap", in: t)
        #expect(t.documents.first { $0.id == "k1" }?.published == "2025-11-10", "a stamp scraped twice over is still the page's")
        let kidnap = t.events.first { e in e.mentions.contains { $0.text.contains("was seized late on Sunday") } }
        #expect(kidnap?.date == "2025-11-09")
        #expect(kidnap?.mentions.contains { $0.text.contains("abducted in western Niger at the weekend") } == true,
                "the page that names the day names the happening again at the weekend")
        #expect(kidnap?.mentions.contains { $0.text.contains("was kidnapped on November 9") } == true,
                "the verb nearest the date tells which of its day's happenings a report is")
        #expect(kidnap?.conflicts.first { $0.attribute == "date" }?.values.map(\.value) == ["2025-11-09", "2025-11-10"])
        #expect(kidnap?.conflicts.contains { $0.attribute == "place" } == false, "fighters held in Niamey set no kidnapping there")
        #expect(has(t, "2025-11-19", "has been freed"), "the lede joins the release other pages date the day before")
        #expect(has(t, "2025-11-22", "deadline") && has(t, "2025-11-22", "fly home"))
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("deadline") } && e.mentions.contains { $0.text.contains("fly home") } },
                "a deadline and a flight home on one day are two happenings")
    }

    /// Held out and scored before tuning: a musician's death, told by obituaries heavy with the
    /// years of a life: a New York paper's with its print line, an AP wire, a Guardian obituary
    /// ending with its life line, a New Orleans paper on the funeral, an undated blog, a radio
    /// station's page, a jazz magazine, a Variety page stamped the night he died.
    @Test func pianistObitReachesTheGold() throws {
        let t = try timeline("pianist-obit")
        expectGold("pianist-obit", in: t)
        let birth = t.events.first { e in e.mentions.contains { $0.text.contains("born on March 3, 1938") } }
        #expect(birth?.date == "1938-03-03")
        #expect(birth?.mentions.contains { $0.text.contains("Born in Memphis, Tennessee, in 1938") } == true, "a year's report finds the day of that year")
        let debut = t.events.first { e in e.mentions.contains { $0.text.contains("released by Meridian Records in 1961") } }
        #expect(debut?.mentions.contains { $0.text.contains("in 1961 made his debut") } == true, "', and in 1961' opens the later date's clause")
        #expect(has(t, "1937-03-03", "born 3 March 1937"), "an obituary's life line is read")
        #expect(has(t, "2025-11-19", "announced Wednesday"), "a weekday that dates a telling is no day of the week the sentence names")
        #expect(has(t, "2025-11-25", "next week"))
        #expect(!t.events.contains { $0.date == "2025-11-13" }, "a weekly Thursday set is no Thursday")
        #expect(t.actors.contains { $0.name == "Walter Brandeis" } && !t.actors.contains { $0.name == "Walter Lee Brandeis" },
                "a middle name in the life line is the same man")
        #expect(!t.events.contains { e in e.status == .expected && e.mentions.contains { $0.text.contains("harder than I expected") } })
    }

    /// Held out and scored before tuning: a Christmas Eve ice storm and its power cuts, across
    /// the new year: a TV page under the Wayback Machine's capture address, a cooperative's
    /// release, a paper dated only by the address on its first line, an AP wire, a blog stamped
    /// "1/7/26", a column, a British page that has the last homes back a day early, an undated excerpt.
    @Test func iceStormReachesTheGold() throws {
        let t = try timeline("ice-storm")
        expectGold("ice-storm", in: t)
        let published = Dictionary(uniqueKeysWithValues: t.documents.map { ($0.id, $0.published) })
        #expect(published["i1"] == "2025-12-24", "the archive's capture time is not the page's date")
        #expect(published["i3"] == "2025-12-29", "the page's own address dates it")
        #expect(published["i8"] == "2026-01-01", "a holiday the excerpt gives as past bounds its date")
        #expect(has(t, "2025-12-29", "rose to seven on Monday"), "last week's storm does not move Monday into last week")
        #expect(has(t, "2025-12-29", "Monday after Christmas"))
        #expect(has(t, "2025-12-28", "expects to restore power to most members by Sunday night"), "the trailing 'he said' does not make Sunday past")
        #expect(has(t, "2025-12-28", "told on Christmas Eve to expect power by Sunday"), "Sunday is looked ahead to from Christmas Eve")
        #expect(has(t, "2025-12-28", "still in the dark that Sunday"), "'that Sunday' is the Sunday spoken of")
        #expect(has(t, "2026-01-06", "Last Tuesday, chief executive"), "'last Tuesday', written on a Wednesday, is not the day before")
        #expect(has(t, "2026-01-06", "finally said sorry"))
        let reconnected = t.events.first { e in e.mentions.contains { $0.text.contains("were reconnected on Wednesday") && $0.timex == "Wednesday" } }
        #expect(reconnected?.mentions.contains { $0.text.contains("not reconnected until New Year's Day") && $0.timex == "New Year's Day" } == true)
        #expect(reconnected?.conflicts.first { $0.attribute == "date" }?.values.map(\.value) == ["2025-12-31", "2026-01-01"], "the British page has the last homes back a day early")
    }

    /// Held out and scored before tuning: an SUV brake-hose recall: a regulator's recall report
    /// of labelled fields with a chronology and model years, a wire, a forum thread "Posted 3
    /// days ago", a TV page, a trade weekly that disputes a date and a count, an owner letter
    /// dated only "January 2026", a Q&A explainer, a Canadian Press story.
    @Test func brakeRecallReachesTheGold() throws {
        let t = try timeline("brake-recall")
        expectGold("brake-recall", in: t)
        #expect(!t.events.contains { $0.date == "2022" || $0.date == "2023" }, "a model's year dates nothing")
        #expect(t.documents.first { $0.id == "r6" }?.published == "2026-01-01", "a letter dated 'January 2026' is of that month")
        #expect(has(t, "2026-02", "we will send you a second notice"), "the reader addressed in another clause leaves the dated one a report")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Monday through Friday") } }, "opening hours are no happening")
        #expect(has(t, "2025-11-14", "announced a recall of 212,441 Tundra and Ridgeline SUVs last Friday"))
        let evaluation = t.events.first { $0.date == "2025-09-18" }
        #expect(evaluation?.mentions.contains { $0.text.contains("preliminary evaluation in September") } == true)
    }

    /// Held out and scored before tuning: a state's ban on phones in classrooms over six months
    /// of a bill's passage: a legislature's bill page with a table of actions, a wire, a local
    /// paper that has the Senate vote a day later, a union's release, a TV page, an undated
    /// op-ed, a district newsletter "| June 2026" with sections in capitals, an education site.
    @Test func phoneBanReachesTheGold() throws {
        let t = try timeline("phone-ban")
        expectGold("phone-ban", in: t)
        #expect(has(t, "2025-12-01", "Prefiled") && has(t, "2026-01-07", "First Read"), "a table of dated actions is read row by row")
        #expect(has(t, "2026-05-08", "Signed by Governor"))
        #expect(t.documents.first { $0.id == "b7" }?.published.map { $0.hasPrefix("2026-06") } == true, "'| June 2026' closing the masthead gives the month")
        #expect(has(t, "2026-08-24", "Beginning Aug. 24"), "an item whose heading shares the story's title words is the story's")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Bus routes") } }, "an item on another matter stays out")
        #expect(has(t, "2026-02-12", "two days before the committee voted"))
    }

    /// Held out and scored before tuning: an avalanche above a Swiss resort: a cantonal police
    /// release "Press release – 15.01.2026, 18:40", a Swiss site, a British tabloid "PUBLISHED:
    /// 09:12 GMT, 17 January 2026 | UPDATED: ...", an Instagram caption over "January 19" with no
    /// year, an AP wire, a translated local paper, an undated bulletin excerpt, a club's notice.
    @Test func alpineAvalancheReachesTheGold() throws {
        let t = try timeline("alpine-avalanche")
        expectGold("alpine-avalanche", in: t)
        let published = Dictionary(uniqueKeysWithValues: t.documents.map { ($0.id, $0.published) })
        #expect(published["a1"] == "2026-01-15" && published["a3"] == "2026-01-17" && published["a6"] == "2026-01-19")
        #expect(published["a4"] == "2026-01-19", "a caption's last line gives its day, the corpus its year")
        let avalanche = t.events.first { e in e.mentions.contains { $0.text.contains("swept down the north face") } }
        #expect(avalanche?.date == "2026-01-15")
        #expect(avalanche?.mentions.contains { $0.text.contains("Mont Gelé last Thursday") } == true, "'last Thursday' on a Tuesday is five days back")
        #expect(has(t, "2026-01-22", "memorial service for all the victims will be held on Thursday"))
        #expect(has(t, "2026-01-18", "found the third yesterday afternoon"))
    }

    /// Held out and scored before tuning: a video game's delay in Japanese and games-press
    /// styles: a timely-disclosure notice with a four-digit securities code, a scoop the day
    /// before, a games site under a menu of plain words, a wire dated by its dateline, an
    /// undated Reddit thread, an earnings story, a later story on the new date, a newsletter.
    @Test func gameDelayReachesTheGold() throws {
        let t = try timeline("game-delay")
        expectGold("game-delay", in: t)
        #expect(t.documents.first { $0.id == "g3" }?.title == "Ashen Crown II delayed to spring 2026", "a menu of plain words is no headline")
        #expect(!t.events.contains { $0.date == "2025-07" || $0.date == "2031" }, "the July-September quarter is one quarter; a securities code is no year")
        #expect(has(t, "2025-10-31", "plunged 9 pct") && has(t, "2026-03-19", "will launch on March 19, 2026"))
    }

    /// Held out and scored before tuning: a small city's boil-water advisory: a utility's
    /// notice with an update, a live blog under day headings with no year, a TV page under a
    /// stale copyright, an AP wire with a correction line, a council member's Facebook post and
    /// its comments, an undated weekly cut at both ends, a state press release, an op-ed.
    @Test func boilWaterReachesTheGold() throws {
        let t = try timeline("boil-water")
        expectGold("boil-water", in: t)
        #expect(has(t, "2026-08-15", "handed out more than 3,000 cases of bottled water"), "'today' under the blog's Saturday heading")
        #expect(has(t, "2026-08-15", "said at a news conference"), "a post's clock under Saturday's heading")
        #expect(t.documents.first { $0.id == "w7" }?.title == "Health Department lifts Marlow Springs boil water advisory; DEQ issues consent order",
                "a press release's contact line is no headline")
        #expect(t.documents.first { $0.id == "w5" }?.title?.hasPrefix("Tonight the council voted") == true, "a post's stamp without its year is no headline")
        let advisory = t.events.first { e in e.mentions.contains { $0.text.contains("when the city issued the advisory") } }
        #expect(advisory?.date == "2026-08-14")
    }

    /// Held out and scored before tuning: a singer's cancelled home tour in Australian styles:
    /// an Instagram caption with "2d", a music site "3rd March 2026", a news site "Updated 4 Mar
    /// 2026, 6:12am", a ticketing FAQ written day first, a forum reply "Yesterday at 09:14:22
    /// PM", an AAP wire, a promoter's release "16.03.26" listing new dates, a column.
    @Test func tourCancelledReachesTheGold() throws {
        let t = try timeline("tour-cancelled")
        expectGold("tour-cancelled", in: t)
        let published = Dictionary(uniqueKeysWithValues: t.documents.map { ($0.id, $0.published) })
        #expect(published["m7"] == "2026-03-16" && published["m4"] == "2026-03-05" && published["m6"] == "2026-03-10")
        #expect(has(t, "2026-11-20", "Friday 20 & Saturday 21 November"), "a listing's row, its weekday naming the year")
        #expect(has(t, "2026-03-06", "was to open at Brisbane's Riverstage on Friday"), "'was to' looks ahead")
        #expect(has(t, "2026-03-19", "go on sale") && !has(t, "2026-03-19", "presale code"))
    }

    /// Held out and scored before tuning: a lynx's escape from an English wildlife park in
    /// British styles: a police X thread with a stamp under each post, a BBC page under a menu,
    /// a local paper, the park's Facebook post "11 March at 18:22", a council notice written
    /// day first, a tabloid with the escape a day early, an undated radio transcript, a follow-up.
    @Test func lynxEscapeReachesTheGold() throws {
        let t = try timeline("lynx-escape")
        expectGold("lynx-escape", in: t)
        #expect(has(t, "2026-03-12", "the council has closed public footpaths"), "the notice's own day, after an opening phrase's")
        #expect(has(t, "2026-03-16", "the council are coming in to look at everything on Monday"), "the present progressive looks ahead")
        let escape = t.events.first { e in e.mentions.contains { $0.text.contains("got out of her enclosure") } }
        #expect(escape?.date == "2026-03-10" && escape?.mentions.contains { $0.text.hasPrefix("The lynx that escaped from Ashcombe Wildlife Park on Tuesday") } == true)
    }

    /// Held out and scored before tuning: a hiker lost for a week in a Utah park: a sheriff's
    /// incident log "03/02/26 2214 – ...", a park news release, a GoFundMe page with updates
    /// under "Mar 6, 2026 · Update posted by ...", a TV page, an AP wire, an undated Reddit
    /// thread, an undated hospital statement, a feature "A week ago tomorrow".
    @Test func hikerRescueReachesTheGold() throws {
        let t = try timeline("hiker-rescue")
        expectGold("hiker-rescue", in: t)
        #expect(!t.events.contains { $0.date.count == 4 && $0.date < "2000" }, "a log's 24-hour clock is no year")
        #expect(has(t, "2026-03-06", "Searchers found Ethan's backpack today") && has(t, "2026-03-08", "spotted him yesterday afternoon"), "a fundraiser's updates under their stamps")
        #expect(has(t, "2026-03-08", "A week ago tomorrow"))
    }

    /// Held out and scored before tuning: a retailer's ransomware breach: an SEC Form 8-K, a
    /// notice letter, an attorney general's listing of labelled fields, a tech site, an undated
    /// Hacker News thread, a legal news page, a ransomware tracker, an FAQ.
    @Test func dataBreachReachesTheGold() throws {
        let t = try timeline("data-breach")
        expectGold("data-breach", in: t)
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("request for comment") } }, "a reporter's unanswered call is no happening")
        #expect(has(t, "2026-03-05", "added Hollins to its dark web leak site on Thursday") && has(t, "2026-03-16", "hit with a proposed class action"))
    }

    /// Held out and scored before tuning: a UK Supreme Court ruling that quashed an oil field's
    /// consent: a court's press summary with neutral citations, a Guardian page under a menu of
    /// sections, a law firm's insight, a Hansard debate "debated on Monday 16 March 2026", an
    /// undated Wikipedia article, an RNS announcement, a podcast's episode line, an opinion page.
    @Test func oilfieldRulingReachesTheGold() throws {
        let t = try timeline("oilfield-ruling")
        expectGold("oilfield-ruling", in: t)
        #expect(t.documents.first { $0.id == "j2" }?.title == "Supreme court rules Kellan oil field approval unlawful in landmark climate case", "a menu is no headline")
        #expect(t.documents.first { $0.id == "j4" }?.published == "2026-03-16", "a parliament's record dates its debate")
        #expect(!t.events.contains { e in e.mentions.contains { $0.timex == "2026" && $0.text.contains("UKSC") } }, "a neutral citation is no date")
    }

    /// Held out and scored before tuning: a desalination plant fire and water cuts in Kuwait in Gulf
    /// styles: a KUNA wire "KUWAIT, March 2 (KUNA) --", an Arab Times page with a Hijri date
    /// "Tuesday 14 Ramadan 1447 AH", a Gulf News page, a ministry's rationing table dated day
    /// first, an Al Jazeera page, undated posts "· 7h", a National analysis, a Kuwait Times page.
    @Test func waterOutageReachesTheGold() throws {
        let t = try timeline("water-outage")
        expectGold("water-outage", in: t)
        #expect(!t.events.contains { $0.date.hasPrefix("1447") || $0.date == "2026-02-25" }, "a Hijri year is no date; a decision's 'would ... on Wednesday' looks ahead")
        #expect(t.documents.first { $0.id == "q4" }?.published == "2026-03-02", "a ministry's notice issued day first")
    }

    /// Held out and scored before tuning: a prison escape in South Africa in its styles: a News24
    /// page "Updated 2h ago / Published 14 Jun 2026" with summary bullets, a department's statement
    /// "Date: 2026/06/14", a police statement "2026-06-15", IOL, TimesLIVE "17 June 2026 - 16:05", an
    /// undated group post "18h ·", a committee summary, an undated local page cut mid-sentence.
    @Test func prisonEscapeReachesTheGold() throws {
        let t = try timeline("prison-escape")
        expectGold("prison-escape", in: t)
        #expect(has(t, "2026-06-13", "escaped between 22:00 and 23:00"), "a clock range takes the day its end names")
        #expect(!t.actors.contains { $0.name.hasPrefix("Meanwhile") }, "a sentence's opening adverb is no part of a name")
        #expect(!t.events.contains { e in e.conflicts.contains { $0.attribute == "place" } }, "Polokwane lies in Limpopo; Seshego Zone in Seshego")
    }

    /// Held out and scored before tuning: a planning refusal in Ireland in its styles: RTÉ
    /// "Thursday, 04 Jun 2026 16:05 / Updated / ...", The Irish Times "Thu Jun 4 2026 - 18:30",
    /// TheJournal.ie "6.05pm, 5 Jun 2026", a planning order with labelled fields, a Dáil debate,
    /// Silicon Republic, the Irish Independent "Tue 16 Jun 2026 at 19:02", an undated local page.
    @Test func datacentreRefusalReachesTheGold() throws {
        let t = try timeline("datacentre-refusal")
        expectGold("datacentre-refusal", in: t)
        #expect(has(t, "2026-06-15", "has granted Greystone Compute Ireland leave") && !t.events.contains { $0.date == "2026-06-16" },
                "a lede in the present perfect joins the day its own page gives its verb")
    }

    /// Held out and scored before tuning: a fuel price rise and a threatened strike in Nigeria in
    /// its styles: Punch, a Senate release "Tuesday, 4th August, 2026", a labour communique whose
    /// title in capitals gives its meeting's date, Channels TV, Vanguard "On 10 August 2026 6:12
    /// pmIn News", a Nairaland thread "9:14am On Aug 04", Leadership, BusinessDay.
    @Test func fuelPriceReachesTheGold() throws {
        let t = try timeline("fuel-price")
        // Known gap: "The agreement was signed at about 11:30 pm" joins the talks of the day before.
        expectGold("fuel-price", in: t, recall: 0.85)
        #expect(t.documents.first { $0.id == "n5" }?.published == "2026-08-10", "a blog's stamp run into its section is a stamp")
        #expect(!t.actors.contains { $0.name.contains("HELD") || $0.name == "Congress" || $0.name == "END" }, "a sentence in capitals names no actor")
        #expect(t.actors.contains { $0.aliases.contains("NNPC") }, "an acronym may leave out its company's legal form")
        #expect(t.actors.contains { $0.name == "National Industrial Court of Nigeria" && $0.aliases.contains("National Industrial Court") },
                "a body's name with its country and without it are one actor")
        #expect(has(t, "2026-08-06", "to appear before the Committee"), "'resolved to summon ... to appear on Thursday' looks ahead")
    }

    /// Held out and scored before tuning: a fruit fly detection in Auckland in New Zealand styles:
    /// RNZ "7:14 pm on 7 February 2026", a ministry page of numbered updates newest first "Update
    /// 3 – 12 February 2026", NZ Herald "8 Feb, 2026 05:30 AM" with a "Latest from" list, a
    /// Beehive release, Stuff "12:55, Feb 12 2026", 1News "Published 5:41pm", the ODT, a noticeboard.
    @Test func fruitFlyReachesTheGold() throws {
        let t = try timeline("fruit-fly")
        expectGold("fruit-fly", in: t)
        #expect(t.documents.first { $0.id == "z2" }?.published == "2026-02-12", "an update's number is no first day of a range")
        #expect(has(t, "2026-02-09", "bins have been placed"), "a numbered update's heading dates the text below it")
        #expect(has(t, "2026-04", "lifted in early April"), "'expect ... to be lifted in early April' looks ahead")
    }

    /// Held out and scored before tuning: a dengue outbreak in Iloilo in Philippine styles: a
    /// provincial post "July 13 at 4:15 PM ·", Rappler "Jul 14, 2026 9:20 AM PHT", PNA, a DOH
    /// advisory "DOH ADVISORY NO. 2026-0142 | 15 July 2026", GMA, Manila Bulletin "MB Online · 17
    /// Jul 2026 09:10 AM", an undated local page, Inquirer "By: ... / Philippine Daily Inquirer / 05:10 AM July 18, 2026".
    @Test func dengueCalamityReachesTheGold() throws {
        let t = try timeline("dengue-calamity")
        expectGold("dengue-calamity", in: t)
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("By:") } }, "a byline's stamp behind slashes is no happening")
        #expect(has(t, "2026-07-15", "hereby directed"), "a page's own act, after an opening phrase with its own date")
        #expect(has(t, "2019-08-06", "national dengue epidemic on August 6"), "a day in a sentence that opens on a year is of that year")
    }

    /// Held out and scored before tuning: a glacial lake outburst in Hunza in Pakistani styles:
    /// Dawn "Published July 4, 2026 / Updated about 5 hours ago", an NDMA advisory "Dated: 04 July
    /// 2026", an ISPR release "Rawalpindi - July 05, 2026", The Express Tribune, Geo, APP
    /// "ISLAMABAD, Jul 9 (APP):", an undated Pamir Times page, Business Recorder.
    @Test func glacierFloodReachesTheGold() throws {
        let t = try timeline("glacier-flood")
        // Known gap: "helicopters today evacuated 86 stranded tourists" joins the day before's
        // suspension of traffic, whose tourists were stranded.
        expectGold("glacier-flood", in: t, recall: 0.85)
        #expect(has(t, "2026-07-05", "have started construction"), "a lede's present perfect after an opening phrase is of the page's day")
    }

    /// Held out and scored before tuning: a fatal landslide in a black rainstorm in Hong Kong
    /// styles: a government release dated only at its foot ("Ends/Wednesday, August 12, 2026 /
    /// Issued at HKT 21:40"), RTHK "2026-08-12 HKT 19:48", an Observatory release "Issued at 16:45
    /// HKT 13/Aug/2026", SCMP "Published: 8:30pm, 13 Aug 2026", The Standard, HKFP "21:10, 20
    /// August 2026", an undated Reddit thread, a department's report release.
    @Test func hkLandslideReachesTheGold() throws {
        let t = try timeline("hk-landslide")
        // Known gap: the road's full reopening on Saturday joins its partial reopening of Friday.
        expectGold("hk-landslide", in: t, recall: 0.85)
        #expect(t.documents.first { $0.id == "s3" }.map { "\($0.published ?? "-") \($0.publishedFrom.rawValue)" } == "2026-08-13 text", "13/Aug/2026 is a date")
        #expect(!has(t, "2008-06-07", "Black Rainstorm Warning Signal was issued"), "a bare clock coordinated with 'at 7:10 p.m. yesterday' is of yesterday")
        #expect(t.events.allSatisfy { $0.conflicts.allSatisfy { c in !c.values.contains { $0.value.contains("100 millimetres") } } },
                "'more than 100 millimetres' does not dispute 156.3")
        let people = Set(t.actors.filter { $0.kind == .person }.map(\.name))
        #expect(people.isSuperset(of: ["Bernadette Linn", "Ringo Mok", "Tony Tse Wai-chuen"]), "\(people)")
    }

    /// Held out and scored before tuning: a forest fire in Izmir in Turkish styles: Anadolu
    /// "|04.07.2026 - Update : 04.07.2026", Daily Sabah "JUL 02, 2026 - 11:48 PM GMT+3", Hürriyet
    /// Daily News "July 03 2026 21:05:00", TRT World, Duvar English, an AFAD release with days
    /// written 02.07.2026, a Reuters wire with only its dateline, Turkish Minute "on the 7th".
    @Test func izmirWildfireReachesTheGold() throws {
        let t = try timeline("izmir-wildfire")
        expectGold("izmir-wildfire", in: t)
        #expect(!t.events.contains { $0.mentions.contains { $0.text.contains("every summer") } }, "'every summer' is a set, no happening's date")
        #expect(t.events.allSatisfy { !$0.conflicts.contains { $0.attribute == "place" } }, "Seferihisar lies in Izmir ('Izmir's Seferihisar district'), and one page disputes nothing")
        #expect(has(t, "2026-07-07", "on the 7th") && has(t, "2026-07-05", "formally arrested on Sunday"))
    }

    /// Held out and scored before tuning: a strike at a Chilean copper mine in Latin American and
    /// mining-trade styles: a union statement "Antofagasta, March 2, 2026", BNamericas, a Reuters
    /// wire with only its dateline, MercoPress "Friday, March 6th 2026 - 09:12 UTC", a ministry
    /// release "06/03/2026", MINING.COM, an undated LinkedIn post, a material-fact filing.
    @Test func copperStrikeReachesTheGold() throws {
        let t = try timeline("copper-strike")
        // Known gap: the LinkedIn post dates its news only by "today" and "tomorrow", and stays
        // at the corpus's middle day, its reports left out.
        expectGold("copper-strike", in: t)
        #expect(t.documents.first { $0.id == "s5" }?.published == "2026-03-06", "06/03/2026 among March pages is the 6th of March")
        let union = try #require(t.actors.first { $0.name.hasPrefix("Union No. 1") })
        #expect(union.name == "Union No. 1 of Workers of Minera Cerro Alto" && union.aliases.contains("Union No. 1"), "a body's number is part of its name, and its full name adds its company")
        #expect(!t.actors.contains { $0.name.contains("Company and") }, "'the Company and Union No. 1' are two bodies")
    }

    /// Held out and scored before tuning: an undersea data cable damaged between Estonia and
    /// Finland in Baltic and Nordic styles: ERR "News | 12.04.2026 18:40", Yle "12.4. 21:15
    /// •Updated 13.4. 08:02" with no year, LSM, The Baltic Times "2026.04.14 14:05", a NATO release,
    /// a police release "Press release 15.04.2026 14.10", an X post, Postimees.
    @Test func balticCableReachesTheGold() throws {
        let t = try timeline("baltic-cable")
        expectGold("baltic-cable", in: t)
        #expect(has(t, "2026-04-15", "suspects the captain"), "a release's lede in the present is of its day")
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-")" } == ["s1 2026-04-12", "s2 2026-04-12", "s3 2026-04-13", "s4 2026-04-14", "s5 2026-04-14", "s6 2026-04-15", "s7 2026-04-12", "s8 2026-04-27"],
                "'12.4. 21:15' is a day and month; '2026.04.14' is year first; 'Press release 15.04.2026' is a stamp")
        #expect(has(t, "2026-04-14", "captain was questioned on Tuesday"))
    }

    /// Held out and scored before tuning: a fatal fire at a garment factory in Gazipur in
    /// Bangladeshi styles: bdnews24 "Published : 05 May 2026, 22:40", The Daily Star "Wed May 6,
    /// 2026 10:12 AM", Dhaka Tribune "Published at 03:25 pm May 6th, 2026", a BSS wire, Prothom Alo
    /// "Update: 08 May 2026, 19: 40", a Facebook post "May 9 at 11:02 AM ·", The Business Standard,
    /// an undated campaign statement.
    @Test func factoryFireReachesTheGold() throws {
        let t = try timeline("factory-fire")
        expectGold("factory-fire", in: t)
        #expect(!t.events.contains { e in e.conflicts.contains { $0.attribute == "date" } && e.mentions.contains { $0.text.contains("today announced compensation") } },
                "the association's announcement is not its statement of the day before: they share little but its name")
        #expect(t.documents.first { $0.id == "s6" }?.published == "2026-05-09", "a post's 'May 9' is of the corpus's year, though it reads a promise 'by 12 May' as past")
        #expect(has(t, "2026-05-09", "blocked the Dhaka-Tangail highway"), "pages two days apart that each say 'today' tell of different days")
        #expect(t.actors.contains { $0.name == "Shahidul Haque" }, "'Deputy Commissioner' is one title")
    }

    /// Held out and scored before tuning: an opposition MP's arrest, remand and bail in Zimbabwean
    /// styles: NewsDay "BY STAFF REPORTER ON JUNE 15, 2026 | 3 MINUTE READ", The Herald, a lawyers'
    /// X post "4:12 PM · Jun 19, 2026", an embassy statement, ZimLive, Bulawayo24 "25 Jun 2026 at
    /// 06:12hrs | Views: 3,418", NewZimbabwe, an undated opinion piece.
    @Test func mpBailReachesTheGold() throws {
        let t = try timeline("mp-bail")
        expectGold("mp-bail", in: t)
        #expect(has(t, "2026-06-17", "The United States is concerned"), "a statement's lede in the present takes its stand on the page's day")
        #expect(t.events.contains { e in e.conflicts.contains { $0.attribute == "date" } && e.mentions.contains { $0.text.contains("Wednesday evening") } },
                "Wednesday evening and Thursday for the release are a dispute")
        #expect(t.actors.contains { $0.name == "Tendai Marufu" && $0.aliases.contains("MP Tendai Marufu") }, "'MP' and 'Member of Parliament' are titles")
    }

    /// Held out and scored before tuning: a caustic spill from an alumina refinery into a Jamaican
    /// river in Jamaican styles: The Gleaner "Published:Sunday | September 6, 2026 | 12:16 AM",
    /// the Jamaica Observer's byline and e-mail above its date, RJR "Sep 8, 2026 | 3:41 PM", a JIS
    /// release with "Story Highlights", an undated company statement, a Facebook post, Nationwide
    /// News, Loop News.
    @Test func causticSpillReachesTheGold() throws {
        let t = try timeline("caustic-spill")
        // Known gap: "began on Thursday night, according to residents, while the company insists
        // it started on Friday" is a dispute within one sentence, read as two events.
        expectGold("caustic-spill", in: t)
        #expect(!t.events.contains { $0.date.hasPrefix("2026-05") }, "'May Pen' is a town, not the month of May")
        #expect(t.actors.contains { $0.name == "National Water Commission" && $0.aliases.contains("NWC") }, "'THE' set in capitals opens the lede, not the name")
        #expect(t.actors.contains { $0.name == "May Pen Hospital" })
        #expect(t.actors.contains { $0.name == "Andrea Rowe-Gordon" }, "a portfolio of two parts joined by 'and' stands before the name")
        #expect(has(t, "2026-09-05", "visited the site yesterday and took samples"), "an agency's visit is not its notice two days later: they share only its name")
        #expect(t.documents.first { $0.id == "s2" }?.title == "NWC shuts Rio Minho intake after alumina spill", "a writer's role under the byline is no headline")
    }

    /// Held out and scored before tuning: a water treatment plant shut by illegal-mining pollution
    /// in Ghanaian styles: a utility's release signed "2nd March, 2026" at its foot, GhanaWeb
    /// "General News of Tuesday, 3 March 2026", a GNA wire "Accra, March 5, GNA -", Graphic Online
    /// "Mar - 05 - 2026 , 07:32", Citi Newsroom, 3news, MyJoyOnline, an undated feature article.
    @Test func birimPlantReachesTheGold() throws {
        let t = try timeline("birim-plant")
        expectGold("birim-plant", in: t)
        #expect(t.actors.contains { $0.name == "Ghana Water" && $0.aliases.contains("Ghana Water Limited") }, "a country's name before a company's is part of the name; its legal form is not")
        #expect(!t.actors.contains { ["Natural Resources", "Birim Central", "Ghana News"].contains($0.name) },
                "a minister's portfolio and an executive's district before a comma are no actors: \(t.actors.map(\.name))")
        #expect(t.actors.contains { $0.name == "Samuel Adjei Darko" })
        #expect(t.events.contains { e in e.conflicts.contains { $0.attribute == "figure" } && e.mentions.contains { $0.text.contains("12 excavators") } })
    }

    /// Held out and scored before tuning: an express train's derailment in eastern Taiwan in
    /// Taiwanese styles: Focus Taiwan "09/14/2026 11:58 PM" with "Hualien, Sept. 14 (CNA)", the
    /// Taipei Times "Wed, Sep 16, 2026 page3", a ministry release "Release Date: 2026-09-15",
    /// Taiwan News "2026/09/16 14:05", Liberty Times "9/17/2026 5:12 PM", a Reddit post "3 days
    /// ago", an editorial.
    @Test func railDerailReachesTheGold() throws {
        let t = try timeline("rail-derail")
        expectGold("rail-derail", in: t)
        let derailment = t.events.filter { $0.date == "2026-09-14" && $0.mentions.contains { $0.text.contains("derail") } }
        #expect(derailment.count == 1 && Set(derailment.first?.mentions.map(\.document) ?? []).isSuperset(of: ["s1", "s5", "s7"]),
                "'over Monday's derailment' in a sentence dated otherwise tells of that derailment")
        #expect(t.actors.contains { $0.name == "Executive Yuan" && $0.kind == .organization })
        #expect(!t.actors.contains { $0.name == "Taiwan News" }, "'TAIPEI (Taiwan News) —' credits a dateline")
        #expect(t.actors.first { $0.name == "Hualien County Fire Department" }?.aliases.contains("Hualien") == false, "a county is not its fire department")
    }

    /// Held out and scored before tuning: a private bus operators' strike in Sri Lankan styles:
    /// Daily Mirror "11 October 2026 06:48 pm - 4 - {{hitsCtrl.values.hits}}" and "midnight on
    /// Tuesday (13)", Ada Derana, News 1st "14-10-2026 | 6:10 PM", EconomyNext "17:22 pm", a
    /// Facebook post, cabinet decisions dated "15.10.2026", Daily FT "00:00", The Sunday Times
    /// "Sunday, October 18, 2026 View(s):".
    @Test func busStrikeReachesTheGold() throws {
        let t = try timeline("bus-strike")
        // Known gap: the strike that began "at midnight" is told on both days around it, and the
        // reports of the night's side stay apart from those of the morning's.
        expectGold("bus-strike", in: t)
        #expect(!t.events.contains { $0.date == "2026-10-06" }, "'midnight on Tuesday (13)' is the 13th, not the Tuesday before")
        #expect(t.documents.first { $0.id == "s8" }?.published == "2026-10-18")
        #expect(t.documents.first { $0.id == "s8" }?.title == "Bus strike shows the cost of a broken fare formula", "a stamp with its counter of views is no headline")
        #expect(t.events.contains { e in e.conflicts.contains { $0.attribute == "figure" } && e.mentions.contains { $0.text.contains("1,500 extra buses") } })
    }

    /// Held out and scored before tuning: a Scottish school closed over crumbling concrete in
    /// Scottish styles: a council release "News release issued: 02 March 2026", The Scotsman
    /// "Published 2nd Mar 2026, 17:45 GMT", BBC, Press and Journal "March 5 2026, 6.30pm", the
    /// Official Report of First Minister's Questions, STV "Posted 9 Mar 2026, 4.12pm", a parent
    /// council's post, Daily Record "13 MAR 2026".
    @Test func raacSchoolReachesTheGold() throws {
        let t = try timeline("raac-school")
        // Known gaps: the First Minister's answers in the Official Report are undated sentences
        // in the present and future, so the questions session is no event; "RAAC", an acronym the
        // text spells out in lower case, is taken for an organization.
        expectGold("raac-school", in: t, recall: 0.75)
        #expect(t.documents.first { $0.id == "s1" }?.published == "2026-03-02", "'News release issued:' labels the release's date")
        #expect(has(t, "2026-03-09", "S1 to S3 pupils following on Monday"))
    }

    /// Held out and scored before tuning: a levy on mobile money withdrawals in Ugandan styles:
    /// Daily Monitor "Friday, May 08, 2026 — updated on May 08, 2026", a ministry statement
    /// "Dated this 11th day of May, 2026", New Vision "Published 12th May 2026 at 04:35 PM",
    /// Nile Post with "last week Thursday", ChimpReports "May 14, 2026 | 6:02 pm", NTV
    /// "16/05/2026", an association's post, a Monitor editorial.
    @Test func momoLevyReachesTheGold() throws {
        let t = try timeline("momo-levy")
        expectGold("momo-levy", in: t)
        #expect(has(t, "2026-05-07", "last week Thursday"), "'last week Thursday' is the Thursday of the week before")
        #expect(has(t, "2026-05-15", "charged in court"), "'the arrested would be charged on Friday' looks ahead")
        #expect(has(t, "2026-05-13", "comes a day after police arrested"), "'comes a day after' dates the arrests the day before the page")
    }

    /// Held out and scored before tuning: an explosion at a Gozo fireworks factory in Maltese
    /// styles: Times of Malta "Saturday, 8 August 2026, 16:40 / Updated 19:05", a police post
    /// "8 August at 15:52 ·", The Malta Independent "Last update: about 3 hours ago", a press
    /// release "Reference Number: PR261402 / Release Date: Aug 11, 2026", MaltaToday, Newsbook
    /// "13/08/2026 at 18:20", Lovin Malta, Gozo News "Thursday, 20th August 2026".
    @Test func fireworksBlastReachesTheGold() throws {
        let t = try timeline("fireworks-blast")
        // Known gaps: "the display planned for the feast of the Assumption on Saturday has been
        // cancelled" is read as the Saturday past; "Triq il-Wileġ" (a street) is taken for a place
        // apart from the village it lies in.
        expectGold("fireworks-blast", in: t)
        #expect(t.documents.first { $0.id == "s2" }?.published == "2026-08-08", "a post's day without a year, from the corpus")
        #expect(has(t, "2026-08-15", "laid to rest"))
    }

    /// Held out and scored before tuning: the delayed opening of a Haifa light rail line in
    /// Israeli styles: ynetnews "Published: 06.07.26, 18:44" (month first), The Jerusalem Post
    /// "JUNE 9, 2026 21:15 / Updated: ...", Haaretz "Jun 10, 2026 2:32 pm IDT", Globes, a
    /// ministry announcement "25.06.2026" with "Friday, 3.7.2026", i24NEWS, The Times of Israel,
    /// an undated opinion piece.
    @Test func haifaRailReachesTheGold() throws {
        let t = try timeline("haifa-rail")
        // Known gap: Globes' "more likely to take place on July 1 than on June 28" stands as an
        // event of July 1, not as a dispute over the opening's day.
        expectGold("haifa-rail", in: t)
        #expect(t.documents.first { $0.id == "s1" }?.published == "2026-06-07", "'06.07.26' read month first: the page looks ahead to June 28")
        #expect(has(t, "2026-06-07", "postponed"))
        #expect(has(t, "2026-07-02", "by Thursday"), "a report ordered by Thursday is due ahead")
        #expect(has(t, "2026-07-03", "until Friday, 3.7.2026"))
        #expect(!t.events.contains { $0.date == "2026-06-26" }, "'Friday, 3.7.2026' is one date")
    }

    /// Held out and scored before tuning: a Welsh health board's downgrade of a town's A&E in
    /// Welsh styles: a bilingual release "Dydd Mawrth 6 Hydref 2026 / Tuesday 6 October 2026",
    /// WalesOnline "10:21, 7 OCT 2026 / Updated ...", BBC, Nation.Cymru "14 Oct 2026  3 minutes
    /// Read", the Senedd's Record of Proceedings "Plenary 14/10/2026", Carmarthen Journal, BBC
    /// Cymru Fyw, a written statement "First published: 20 October 2026".
    @Test func aeDowngradeReachesTheGold() throws {
        let t = try timeline("ae-downgrade")
        // Known gap: the Record's "made its decision last week" stays apart from the decision's day.
        expectGold("ae-downgrade", in: t)
        #expect(t.events.filter { e in e.mentions.contains { $0.text.contains("would meet the campaigners on Monday") || $0.text.contains("met members") } }.count == 1,
                "the meeting promised for Monday and the one held then are one")
        #expect(!t.events.contains { $0.date == "2026-10-03" }, "'has called a protest march for Saturday' looks ahead")
        #expect(!t.events.contains { e in e.date == "2026-10-06" && e.mentions.contains { $0.text.contains("8am to 8pm") } }, "opening hours are of 1 December, not of the page's day")
    }

    /// Held out and scored before tuning: a Fiji sugar mill's breakdown in Fijian styles: Fiji
    /// Village "July 4, 2026 4:25 pm", The Fiji Times "Monday, July 06, 2026 - 5:00 am", FBC News
    /// "Wednesday 08/07/2026", a council's post, a media release "Thursday 9th July, 2026", Fiji
    /// Sun with a "Feedback:" footer, RNZ Pacific "5:31 pm on 13 July 2026"; two happenings on
    /// each of two days.
    @Test func sugarMillReachesTheGold() throws {
        let t = try timeline("sugar-mill")
        expectGold("sugar-mill", in: t)
        let meeting = t.events.filter { e in e.mentions.contains { $0.text.contains("growers met in Ba") } }
        #expect(meeting.count == 1 && meeting.first?.sources == 2 && meeting.first?.conflicts.contains { $0.attribute == "figure" } == true,
                "'met' and 'meeting' are one verb: the council's post and FBC tell one meeting, with 300 against 500 growers")
        #expect(t.documents.first { $0.id == "s3" }?.published == "2026-07-08", "'Wednesday 08/07/2026': the weekday says day first")
        let cabinet = t.events.filter { e in e.mentions.contains { $0.text.contains("approved by Cabinet") } }
        #expect(cabinet.count == 1 && cabinet.first?.date == "2026-07-08" && !(cabinet.first?.mentions.contains { $0.text.contains("growers met") } ?? true))
    }

    /// Held out and scored before tuning: a ship's grounding in the Suez Canal in Egyptian styles:
    /// Ahram Online "Ahram Online , Tuesday 14 Apr 2026", Egypt Independent, Daily News Egypt, an
    /// authority statement "Ismailia, 17/4/2026" under a Hijri date, Egypt Today "CAIRO - 18 April
    /// 2026:", a trade paper and a weekly's analysis with its print footer.
    @Test func canalGroundingReachesTheGold() throws {
        let t = try timeline("canal-grounding")
        expectGold("canal-grounding", in: t)
        #expect(t.documents.map { $0.published ?? "-" } == ["2026-04-14", "2026-04-15", "2026-04-17", "2026-04-17", "2026-04-18", "2026-04-20", "2026-04-20", "2026-04-22"])
        let refloat = try #require(t.events.first { e in e.mentions.contains { $0.text.contains("successfully refloated at 11:20 pm") } })
        #expect(refloat.date == "2026-04-16" && refloat.conflicts.contains { $0.attribute == "date" }, "late on Thursday night or just after midnight on Friday")
        #expect(!t.events.contains { $0.date.hasPrefix("1447") })
    }

    /// Held out and scored before tuning: a state of emergency in Trinidad and Tobago: the
    /// Express, Newsday, a police post "Sixty-three (63)", the Guardian, CNC3, a release of the
    /// Prime Minister's office "Monday 19th January, 2026" and an editorial.
    @Test func soeTrinidadReachesTheGold() throws {
        let t = try timeline("soe-trinidad")
        expectGold("soe-trinidad", in: t)
        #expect(has(t, "2026-01-27", "Senate approved the extension") && has(t, "2026-04-26", "until April 26"))
        #expect(t.documents.first { $0.id == "t6" }?.published == "2026-01-19")
    }

    /// Held out and scored before tuning: a rise in Everest's royalty in Nepali styles: the
    /// Kathmandu Post with a Bikram Sambat day "(Chaitra 18)", The Himalayan Times "held here
    /// today", myRepublica "NPT", Rising Nepal "Kathmandu, April 6 (RSS):", a notice dated only in
    /// Bikram Sambat "Date: 2082/12/26", a climber's blog "on the 5th".
    @Test func everestRoyaltyReachesTheGold() throws {
        let t = try timeline("everest-royalty")
        expectGold("everest-royalty", in: t)
        #expect(!t.documents.contains { $0.published?.hasPrefix("2082") == true } && !t.events.contains { $0.date.hasPrefix("2082") })
        #expect(has(t, "2026-04-28", "hearing with both sides for Baisakh 15"))
        #expect(has(t, "2026-04-01", "Cabinet meeting on Wednesday") && !t.events.contains { $0.date == "2025-SP" })
    }

    /// Held out and scored before tuning: an aircraft's runway excursion in Lagos in Nigerian
    /// styles: Punch "2nd March 2026", Vanguard "On March 2, 2026 12:47 am In News by ...", an
    /// NSIB release "at about 1832hrs (local time) on Sunday, 1st March 2026", Channels TV with a
    /// wrong weekday "Sunday, March 2", The Guardian "05 March 2026 | 2:10 am" with "yesterday",
    /// a passenger's X thread, a BusinessDay analysis with "Tuesday last week".
    @Test func runwaySkidReachesTheGold() throws {
        let t = try timeline("runway-skid")
        expectGold("runway-skid", in: t)
        let skid = try #require(t.events.first { e in e.mentions.contains { $0.text.contains("Sunday, March 2") } })
        #expect(skid.date == "2026-03-01" && skid.conflicts.contains { $0.attribute == "date" }, "a wrong weekday is a source's slip of the day")
        #expect(t.actors.contains { $0.name == "Nigerian Civil Aviation Authority" && $0.aliases.contains("NCAA") })
        #expect(!t.actors.contains { $0.name == "SKE" || $0.aliases.contains("Lagos") })
    }

    /// Held out and scored before tuning: an infant formula recall in Australian styles: ABC
    /// "Posted Fri 5 Jun 2026 at 4:12pm, updated ..." with "Key points:", an FSANZ notice with
    /// "Best before 12/03/2028", news.com.au, Guardian Australia "Mon 8 Jun 2026 05.31 AEST" with
    /// "later today", an ASX trading halt, SBS "Updated 3 hours ago", a parents' forum with post
    /// stamps, an AFR analysis with "last Tuesday's trading halt".
    @Test func formulaRecallReachesTheGold() throws {
        let t = try timeline("formula-recall")
        expectGold("formula-recall", in: t)
        #expect(has(t, "2026-06-07", "Took ours back"), "a forum's post stamp dates the post under it")
        #expect(!t.events.contains { $0.date.hasPrefix("2028") }, "a best-before date is no event")
        #expect(t.actors.contains { $0.name == "Harwood Nutrition" && $0.kind == .organization && $0.aliases.contains("Harwood Nutrition Pty Ltd") })
    }

    /// Held out and scored before tuning: a cargo ship bringing down part of a bridge, with traps:
    /// a wire excerpt cut mid-sentence with no date at all, a page with a 2019 copyright header and
    /// "Posted 10/14" without a year, a live blog under day headings, a board's statement, a TV page,
    /// a newspaper that has the second recovery a day later, an undated blog, a transit release.
    @Test func bridgeStrikeReachesTheGold() throws {
        let t = try timeline("bridge-strike")
        // Known gaps: the newspaper's "recovered on Saturday morning" stays apart from the second
        // recovery on Friday; the first recovery on Wednesday joins Tuesday's search, its day in dispute.
        expectGold("bridge-strike", in: t)
        #expect(t.documents.first { $0.id == "b2" }?.published == "2026-10-14", "'Posted 10/14' dates its page in the corpus's year")
        #expect(has(t, "2026-10-14", "Divers have recovered a body") && has(t, "2026-10-16", "second highway worker"), "the second body is another happening")
        #expect(!t.events.contains { $0.date.hasPrefix("2019") })
        #expect(!t.events.contains { $0.mentions.contains { $0.text.hasPrefix("Ferries will run every 30 minutes") } })
    }

    /// Held out and scored before tuning: a county governor's impeachment in Kenyan styles: Nation
    /// pages with "Also Read:" teasers, a Capital FM dateline "LOWANA, Kenya, Feb 10 –", The Star's
    /// "In Summary" bullets, Citizen Digital, The Standard, a Kenya Gazette notice of a special
    /// sitting, an undated opinion piece; two counts of the assembly's vote.
    @Test func governorImpeachReachesTheGold() throws {
        let t = try timeline("governor-impeach")
        // Known gaps: the gazetted sitting and "a two-day hearing that began on Tuesday" stay two
        // events; so do the opinion's "The Senate's decision on March 4" and the Senate's verdict.
        expectGold("governor-impeach", in: t)
        #expect(has(t, "2026-02-12", "will be mentioned on Thursday"), "'was certified urgent and will be mentioned on Thursday' looks ahead")
        #expect(!t.events.contains { $0.date == "2026-02-25" }, "'voted to remove the governor on Wednesday night' dates the vote")
        let lede = try #require(t.events.first { e in e.mentions.contains { $0.text.contains("has moved to the High Court") } })
        #expect(lede.conflicts.isEmpty, "a lede dated by its dateline tells its page's news")
        #expect(has(t, "2026-02-10", "In a petition filed on Tuesday") && !t.events.contains { $0.conflicts.contains { $0.attribute == "date" } },
                "a petition that names the tabling in passing is no report of the tabling a day off")
        let vote = try #require(t.events.first { e in e.mentions.contains { $0.text.hasPrefix("Lowana County MCAs have voted") } })
        #expect(vote.mentions.contains { $0.text.hasPrefix("37 of the 52 members voted") }, "a page's lede and the sentence that dates its verb are one event")
    }

    /// Held out and scored before tuning: a K-pop group's contract dispute in Korean styles: Yonhap
    /// "(LEAD)" wires "SEOUL, March 2 (Yonhap) --" with "said Monday" and "(END)", The Korea
    /// Herald "Published : Mar. 3, 2026 - 09:12", JoongAng Daily "Published: 04 Mar. 2026, 18:05",
    /// The Korea Times "2026-03-18 17:40 KST", a fan site, an undated forum post whose timeline
    /// list gives days without a year; two figures for one day's fall in shares.
    @Test func idolContractReachesTheGold() throws {
        let t = try timeline("idol-contract")
        // Known gaps: the press conference and the termination it announced stay two events; so do
        // the fan site's "the first court hearing, which took place today" and the hearing.
        expectGold("idol-contract", in: t)
        let fall = try #require(t.events.first { e in e.mentions.contains { $0.text.hasPrefix("Shares of Halcyon Media") } })
        #expect(fall.mentions.contains { $0.text.hasPrefix("Halcyon Media, which owns 80 percent") }, "one day's fall told by two pages")
        #expect(fall.conflicts.contains { $0.attribute == "figure" }, "8.2 percent against 7.9 percent, not the 80 percent the parent owns")
        #expect(t.actors.contains { $0.name == "SOLARIS" && $0.kind == .organization }, "a group named in capitals, 'members of SOLARIS'")
        #expect(!t.actors.contains { $0.name.hasPrefix("Lawyers for") || $0.name == "K" })
    }

    /// Held out and scored before tuning: a pharmacy chain's examinership in Irish styles: RTÉ
    /// "Updated / Friday, 6 Mar 2026 18:45", The Irish Times "Sat Mar 7 2026 - 06:00",
    /// TheJournal.ie "6.45pm, 10 Mar 2026" with "on Friday last", a page stamped only "Today at
    /// 06:30", "until June 2nd", "on Wednesday next", a lede set in capitals, a company statement.
    @Test func pharmacyExaminershipReachesTheGold() throws {
        let t = try timeline("pharmacy-examinership")
        // Known gaps: "Kinsella, which entered examinership on Friday last" and "The examinership
        // process began on March 6" stay apart from the appointment; "Kinsella" alone is taken for
        // the managing director.
        expectGold("pharmacy-examinership", in: t)
        #expect(has(t, "2026-05-27", "Meetings of the company's creditors"), "'on Wednesday next' is the coming week's")
        #expect(t.documents.first { $0.id == "p4" }?.published == "2026-03-12", "a page that names March 13 as still to come is from before it")
        #expect(t.actors.contains { $0.name == "Kinsella Pharmacy Group" && $0.aliases.contains("KINSELLA PHARMACY GROUP") }, "a name set in capitals is the name")
        #expect(t.actors.contains { $0.name == "Apotheka" } && t.actors.contains { $0.name == "Mandate" })
        #expect(has(t, "2026-03-06", "appointed Aoife Brennan of Grant Marsh as interim examiner this afternoon") && has(t, "2026-03-06", "The High Court has appointed an interim examiner"))
        let appointed = try #require(t.events.first { e in e.mentions.contains { $0.text.hasPrefix("The High Court has appointed an interim examiner") } })
        #expect(appointed.mentions.contains { $0.text.hasPrefix("Mr Justice Conor Whelan appointed") }, "a page's lede and the sentence that dates its verb past a name")
    }

    /// Held out and scored before tuning: a measles outbreak at a school in American styles: local
    /// TV pages "Published: 5:42 PM EST January 27, 2026" under a site menu, a county release
    /// ending "###", a newspaper with a correction note, "UPDATED: 4:30 PM EST Feb 10, 2026", a
    /// state data table "Data as of 02/11/2026" updated "every Wednesday by 5 p.m.", a parent's blog.
    @Test func measlesSchoolReachesTheGold() throws {
        let t = try timeline("measles-school")
        // Known gaps: "321 people were vaccinated at Tuesday's clinic" stays apart from the clinic
        // (312 doses); "the 41 kids who have been home since Feb. 2" from the exclusion.
        expectGold("measles-school", in: t)
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("every Wednesday") } }, "a weekly schedule's clock is no happening")
        let second = try #require(t.events.first { e in e.mentions.contains { $0.text.hasPrefix("The second vaccination clinic") } })
        #expect(second.date == "2026-02-10" && second.status == .occurred, "'was held as planned today' tells the plan done")
        #expect(t.events.contains { e in e.mentions.contains { $0.text.contains("punished?\" said one mother") } },
                "a quote closed after its question mark runs on into 'said one mother'")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("\"") && !$0.text.dropFirst().contains("\"") } }, "no mention opens on a closing quote")
    }

    /// Held out and scored before tuning: rocket debris falling in Brazil: a Brazilian wire with
    /// "late Tuesday night", a site under a 2019 copyright header and stale stamp with "on
    /// Wednesday (15)", a space site giving the reentry's UTC day, an excerpt cut mid-sentence with
    /// no date, an agency note "Brasília, 16/04/2026", a wire with a wrong weekday, an undated post.
    @Test func debrisFallReachesTheGold() throws {
        let t = try timeline("debris-fall")
        // Known gaps: the reentry at 01:42 UTC on April 15 stays apart from the local night of the
        // 14th; the undated excerpt's relative days are left out, as guesses.
        expectGold("debris-fall", in: t)
        #expect(t.documents.first { $0.id == "r2" }?.published?.hasPrefix("2019") != true, "a stale header stamp is not trusted")
        #expect(!t.events.contains { $0.date.hasPrefix("2019") })
        #expect(has(t, "2026-04-15", "on Wednesday (15)"), "the day of the month in parentheses after its weekday")
        #expect(!t.events.contains { $0.date == "1972" }, "'the 1972 Convention' dates the statute, not a happening")
    }

    /// Held out and scored before tuning: a residential tower fire in Gulf styles: Khaleej Times
    /// "Published: Sun 15 Mar 2026, 11:58 PM", WAM datelines "SHARJAH, 16th March, 2026 (WAM) --"
    /// under a Gregorian and Hijri date line, Gulf News "Last updated: March 16, 2026 | 10:15", an
    /// undated explainer in questions, an undated excerpt cut mid-sentence, an undated post.
    @Test func towerFireReachesTheGold() throws {
        let t = try timeline("tower-fire")
        // Known gaps: the WAM page takes the date line above its dateline (the 15th, not the 16th),
        // so its investigation reads as still to come; the undated excerpt's "on Sunday" is left out.
        expectGold("tower-fire", in: t)
        #expect(!t.events.contains { $0.date.hasPrefix("2026-03-1") && $0.mentions.contains { $0.text.contains("1447") } })
        #expect(has(t, "2026-03-15", "fire broke out in a 32-storey residential tower"))
    }

    /// Held out and scored before tuning, with no fix yet: a power fault on a Singapore MRT line
    /// in Singaporean and Malaysian styles: The Straits Times "Published Jul 21, 2026, 10:38 AM /
    /// Updated ...", CNA "22 Jul 2026 05:45PM (Updated: ...)", Mothership, a ministry release,
    /// TODAY, a forum thread, The Star "Tuesday, 21 Jul 2026 6:44 PM MYT", an undated statement.
    @Test func mrtDisruptionReachesTheGold() throws {
        let t = try timeline("mrt-disruption")
        // Known gaps: "LTA has directed SMRT to replace all power cables ... by December 2026" is
        // dated by its deadline, not the release's day; "Get the TODAY app." is read as text.
        expectGold("mrt-disruption", in: t, recall: 0.8, noise: false)
        #expect(has(t, "2026-08-04", "ministerial statement in Parliament on Aug 4"))
        #expect(has(t, "2026-07-22", "resumed at 5.30am on Wednesday") && has(t, "2024-09", "In September 2024"))
    }

    /// Held out and scored before tuning: a fatal crane collapse in Toronto in Canadian styles: a
    /// CBC page "Posted: Mar 03, 2026 5:12 PM EST | Last Updated: ...", a Canadian Press wire, a
    /// minister's statement, a Star page "timer3 min. read", a city page of updates newest first
    /// under "Update: Friday, March 6 at 10 a.m.", a Facebook event, a coroner's release, an undated thread.
    @Test func craneCollapseReachesTheGold() throws {
        let t = try timeline("crane-collapse")
        expectGold("crane-collapse", in: t)
        #expect(has(t, "2026-03-06", "may return to their homes from 2 p.m. today") && has(t, "2026-03-05", "completed their assessment")
                && has(t, "2026-03-04", "opened an emergency reception centre"), "an update's heading dates the text below it")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("Update:") } }, "an update's heading is no happening")
        #expect(has(t, "2026-03-10", "has announced that an inquest"), "a title set off after the name leaves the lede's present perfect")
    }

    /// Held out and scored before tuning: a Spanish heatwave in European styles: a Euronews page
    /// "Updated: 07/07/2026 - 18:42", a Local page in questions and answers, a weather agency's
    /// notice "Madrid, 05.07.2026 13:00 official time" with "Next update: ...", a DW page "Date
    /// 08.07.2026", a Reuters wire with no year, a SUR page, an El País page, an undated forum post.
    @Test func heatwaveSpainReachesTheGold() throws {
        let t = try timeline("heatwave-spain")
        expectGold("heatwave-spain", in: t)
        #expect(t.documents.first { $0.id == "h3" }?.published == "2026-07-05", "a notice's dateline in its zone dates it; its next update does not")
        #expect(has(t, "2026-07-05", "AEMET on Sunday issued red alerts"), "a sentence whose other day is nearer is not that day's event in dispute")
    }

    /// Held out and scored before tuning: a doctors' strike in Kenya in East African styles: a Star
    /// page "02 March 2026 - 14:20", a Nation page, a union's statement "3RD MARCH 2026", a labour
    /// court's ruling signed "THIS 6TH DAY OF MARCH, 2026", posts "@KMPDU_Kenya · Mar 8" with no
    /// year, a ministry's circular "Date: 10/03/2026", a wire "NAIROBI, Kenya, Mar 12 –", an undated opinion.
    @Test func doctorsStrikeReachesTheGold() throws {
        let t = try timeline("doctors-strike")
        expectGold("doctors-strike", in: t)
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-")" } == [
            "d1 2026-03-02", "d2 2026-03-03", "d3 2026-03-03", "d4 2026-03-06", "d5 2026-03-08", "d6 2026-03-10", "d7 2026-03-12", "d8 2026-03-16",
        ], "a ruling's sign-off dates it; a post's stamp gives its day; a comment may come after the latest dated page")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("DATED") } }, "a sign-off is no happening")
        #expect(has(t, "2026-03-10", "hereby directed") && has(t, "2026-03-06", "hereby suspended"), "a page's own act is of its day")
    }

    /// Held out and scored before tuning: a norovirus outbreak on a cruise ship in US styles: a TV
    /// page "Published: ... Updated: ...", a CDC page of labelled fields "Sailing Dates: 2/14/2026 -
    /// 2/24/2026", an EFE wire, an undated Reddit thread with "Monday the 17th", an undated company
    /// statement, a trade page with old teasers, a Herald page cut mid-sentence, an undated AP wire.
    @Test func cruiseOutbreakReachesTheGold() throws {
        let t = try timeline("cruise-outbreak")
        expectGold("cruise-outbreak", in: t)
        #expect(t.documents.first { $0.id == "c2" }.map { "\($0.published ?? "-") \($0.title ?? "-")" } == "2026-02-20 Cruise Ship Outbreak Updates",
                "a labelled field's span is no stamp, and slogans run together are no headline")
        #expect(!t.events.contains { $0.date == "2026-02-26" }, "one day later than planned is no day")
        #expect(!t.events.contains { $0.date == "2026-02-17" && $0.mentions.contains { $0.text.contains("scheduled to return") } }, "a plan told in the past is of the nearest such day")
    }

    /// Held out and scored before tuning: a pardon and acquittal after an arson-murder conviction
    /// in Australian styles: an ABC page "Posted ... at 1:15pm, updated ... at 5:02pm", a Herald
    /// page under text-size controls, a minister's media release, a 9News page "5:40am Feb 25,
    /// 2026", a radio transcript, a Guardian analysis, a court's judgment with its "Hearing
    /// dates:", a local paper dated "23/04/2026".
    @Test func firePardonReachesTheGold() throws {
        let t = try timeline("fire-pardon")
        expectGold("fire-pardon", in: t)
        #expect(t.documents.first { $0.id == "w3" }?.title == "Pardon granted to Daniel Okafor", "a minister's formal name is no headline")
        #expect(has(t, "2026-02-24", "released shortly after 3pm"), "a clock before the page's last update is of its day")
        #expect(has(t, "2026", "introduce legislation later this year"), "the rest of this year dates what is to come")
        #expect(has(t, "2012-02-24", "sentenced in February 2012"), "a month's telling joins the one event of a day in it with its verb")
    }

    /// Held out and scored before tuning: a hydrogen fluoride leak at a South Korean chemical
    /// plant in Korean styles: a Yonhap wire under "2026-03-05 15:21", a Korea Herald page, a
    /// ministry's release "Date: 2026.3.6 (Fri)", a translated Reddit thread stamped "26.03.07
    /// 13:45" year first with "Update 26.03.09: ...", a JoongAng Daily page, the company's undated
    /// statement, a Reuters wire with no year, a Korea Times editorial.
    @Test func gasLeakReachesTheGold() throws {
        let t = try timeline("gas-leak")
        expectGold("gas-leak", in: t)
        #expect(t.documents.first { $0.id == "k4" }?.published == "2026-03-07", "a stamp of two figures each, year first")
        #expect(has(t, "2026-03-09", "Update 26.03.09: police raided the plant"), "an update's inline heading dates the text after it")
        #expect(!t.events.contains { $0.date.hasPrefix("2007") || $0.date.hasPrefix("2009") })
    }

    /// Held out and scored before tuning: bird flu at a North Yorkshire egg farm in British
    /// official and trade styles: a GOV.UK page closing with its change log, a legal declaration
    /// signed and dated at its foot, a Farmers Weekly page, a BBC page, a US trade site, a radio
    /// bulletin "BULLETIN 0800 FRIDAY 6 FEBRUARY", an undated council FAQ, a Sunday comment under "© 2019".
    @Test func avianFluReachesTheGold() throws {
        let t = try timeline("avian-flu")
        expectGold("avian-flu", in: t)
        #expect(t.documents.first { $0.id == "a6" }?.published == "2026-02-06", "the bulletin's heading dates it")
        #expect(has(t, "2026-02-04", "Culling began on Wednesday morning"), "the relative clause's date is the confirmation's")
        #expect(has(t, "2026-02-06", "Culling has finished at a poultry farm"), "the bulletin's own news")
    }

    /// Held out and scored before tuning: a northern Indian grid failure in Indian styles: a PTI
    /// wire under "Updated: 10-11-2026 18:42 IST", a TOI page "Nov 11, 2026, 04.12 IST", a live
    /// blog newest first, a PIB release "Posted On: 11 NOV 2026 6:40PM", a Tribune page with its
    /// dateline on a line of its own, a distributor's advisory with a table of planned shutdowns,
    /// a Mint page with summary bullets, an undated explainer in questions.
    @Test func gridFailureReachesTheGold() throws {
        let t = try timeline("grid-failure")
        expectGold("grid-failure", in: t)
        #expect(has(t, "2026-11-11", "The Ministry of Power has constituted a three-member committee"), "the release's own news, not the outage's day")
        #expect(has(t, "2026-11-14", "Narela, Bawana, Alipur"), "a table's row is a happening of its day")
        #expect(has(t, "2012-07-30", "on 30 and 31 July 2012"))
    }

    /// Held out and scored before tuning: a tanker drivers' strike told in Nigerian styles: a
    /// daily's "Published 11 November 2025", a "November 17, 2025 4 min read" page, an undated
    /// blog under a stale "© 2019", a ministry's press release signed "21st November, 2025", a
    /// Reuters wire, an undated editorial cut mid-sentence with a wrong weekday, a TV station's page.
    @Test func tankerStrikeReachesTheGold() throws {
        let t = try timeline("tanker-strike")
        expectGold("tanker-strike", in: t)
        #expect(t.documents.first { $0.id == "n5" }?.title == "FG SUSPENDS NATIONAL HAULAGE LEVY; TANKER DRIVERS CALL OFF STRIKE", "the ministry's name is its letterhead")
        #expect(has(t, "2025-11-18", "Long queues resurfaced"), "the undated blog's Tuesday is the strike's second day")
        #expect(!t.events.contains { $0.date.contains("W") }, "'up from N945 last week' sets a price against last week's, no happening")
        let off = t.events.first { e in e.mentions.contains { $0.text.contains("suspended the strike on Friday") } }
        #expect(off?.conflicts.first { $0.attribute == "date" }?.values.map(\.value) == ["2025-11-21", "2025-11-20"])
    }

    /// A newsletter's numbered items, under headings of their own or run in ("3. Weather. ..."):
    /// the one about the corpus's story is kept even when no other document reports its event;
    /// those that name nothing another document names are left out.
    @Test(arguments: [
        """
        THE WEEKLY WHARF — Issue 12 — March 14, 2026

        1. Lindell strike

        The Dockworkers Guild said its members at Port Lindell will vote on Thursday.

        2. Museum news

        The Marrow Maritime Museum will reopen its east wing in May.

        3. Weather

        Forecasters expect storms on Sunday.

        """,
        """
        Morning Wharf — Saturday, 14 March 2026

        1. Strike vote. The Dockworkers Guild said its members at Port Lindell will vote on Thursday.

        2. Museum news. The Marrow Maritime Museum will reopen its east wing in May.

        3. Weather. Forecasters expect storms on Sunday.

        """,
    ])
    func digestItemsAboutAnotherStoryAreLeftOut(digest: String) {
        func file(_ id: String, _ text: String) -> SourceFile { SourceFile(id: id, path: id + ".txt", text: text, manifestDate: nil) }
        let corpus = Corpus(files: [
            file("a", "Published: March 10, 2026\n\nHarbor workers at Port Lindell walked out on Monday, the Dockworkers Guild said.\n"),
            file("b", "Published: March 12, 2026\n\nThe Dockworkers Guild said talks with Port Lindell would resume on Friday.\n"),
            file("c", "Published: March 13, 2026\n\nThe Kessel Foundation gave the strikers a grant on Thursday.\n"),
            file("d", digest),
        ])
        let titles = TimelineBuilder().build(corpus).events.map(\.title)
        #expect(titles.contains { $0.contains("vote on Thursday") }, "the item about the story stays, with one source: \(titles)")
        #expect(titles.contains { $0.contains("Kessel Foundation") }, "an article's own news stays, whatever it names")
        #expect(!titles.contains { $0.contains("Museum") || $0.contains("storms") }, "items about other stories go: \(titles)")
    }

    @Test func riverFloodWithWeekdaysAndMarkdown() throws {
        let t = try timeline("river-flood")
        #expect(t.documents.first?.title == "Levee breach floods lower Tarnwick")
        #expect(has(t, "2023-06-02", "levee"))
        #expect(has(t, "2023-06-03", "state of emergency"))
        #expect(has(t, "2023-06-06", "below flood stage"))
        #expect(has(t, "2023-05", "needed repairs"))
        #expect(has(t, "2023-07-10", "inquiry"))
        let breach = try #require(t.events.first { $0.date == "2023-06-02" })
        #expect(breach.sources == 2)
        #expect(t.events.first { $0.date == "2023-07-10" }?.status == .scheduled)
    }
}

@Suite struct BadInputTests {
    @Test func missingPathIsAnErrorNamingIt() {
        #expect(throws: CorpusError.notFound("/no/such/corpus")) { try Corpus.read(paths: ["/no/such/corpus"]) }
    }

    @Test func emptyFolderIsAnError() throws {
        let dir = try temporaryCorpus([:])
        #expect(throws: CorpusError.noDocuments(dir)) { try Corpus.read(paths: [dir]) }
    }

    @Test func badFilesAmongGoodOnesAreSkippedWithWarnings() throws {
        let dir = try temporaryCorpus([
            "good.txt": Data("Published On: March 3, 2024\nThe council voted on Monday to close the bridge.\n".utf8),
            "binary.txt": Data([0x00, 0x01, 0x02, 0x41]),
            "latin1.txt": Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6E]),
            "empty.md": Data(),
            "notes.pdf": Data("ignored".utf8),
        ])
        let corpus = try Corpus.read(paths: [dir])
        #expect(corpus.files.map(\.id) == ["good"])
        #expect(corpus.warnings.count == 3)
        #expect(corpus.warnings.contains { $0.contains("binary.txt") && $0.contains("binary") })
        #expect(corpus.warnings.contains { $0.contains("latin1.txt") && $0.contains("UTF-8") })
        let t = TimelineBuilder().build(corpus)
        #expect(t.events.contains { $0.date == "2024-02-26" || $0.date == "2024-03-04" })
    }

    @Test func badManifestLineIsAnErrorNamingTheLine() throws {
        let dir = try temporaryCorpus(["a.txt": Data("Text.\n".utf8), "manifest.tsv": Data("a.txt\t2024-13-45\n".utf8)])
        #expect(throws: CorpusError.badManifest(path: dir + "/manifest.tsv", line: 1, reason: "'2024-13-45' is not a date of the form YYYY-MM-DD")) {
            try Corpus.read(paths: [dir])
        }
    }

    @Test func manifestDatesUndatedArticles() throws {
        let dir = try temporaryCorpus(["a.txt": Data("The mill closed on Friday.\n".utf8), "manifest.tsv": Data("a.txt\t2024-05-08\n".utf8)])
        let t = try TimelineBuilder().build(paths: [dir]).timeline
        #expect(t.documents[0].published == "2024-05-08")
        #expect(t.documents[0].publishedFrom == .manifest)
        #expect(t.events.first?.date == "2024-05-03")
    }

    @Test func untrustedTextIsEscapedInDOTAndSVG() throws {
        let dir = try temporaryCorpus(["x.txt": Data("Published On: May 1, 2024\nThe \"<script>\" & \\ gang struck on April 30, officials said.\n".utf8)])
        let t = try TimelineBuilder().build(paths: [dir]).timeline
        let dot = TimelinePicture().dot(t)
        let svg = try GraphvizRenderer.svg(dot: dot)
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
    }

    @Test func malformedDOTIsAnErrorAndTheNextRenderStillWorks() throws {
        #expect(throws: OutputError.self) { try GraphvizRenderer.svg(dot: "digraph { a -> ") }
        #expect(try GraphvizRenderer.svg(dot: "digraph { a [pos=\"0,0!\"] }").contains("<svg"))
    }
}
