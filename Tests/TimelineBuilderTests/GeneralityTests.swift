import EventModel
import Foundation
import Testing
@testable import TimelineBuilder

/// Traps of corpora nobody tuned for, each in a corpus of a few lines: stale stamps, wire
/// datelines without a year, the page's own voice, live blogs and plans since carried out.
@Suite struct GeneralityTests {
    func file(_ id: String, _ text: String) -> SourceFile { SourceFile(id: id, path: id + ".txt", text: text, manifestDate: nil) }
    func clean(_ text: String) -> CleanArticle { Cleaner().clean(file("p", text)) }
    /// The day a page's own text dates it, if any.
    func pageDate(_ text: String) -> String? { PublicationDating.fromText(clean(text), tagger: TemporalTagger.shared)?.description }

    func build(_ files: [SourceFile]) -> Timeline { TimelineBuilder().build(Corpus(files: files)) }

    /// Articles about other things, so that the words of a story weigh as they would in a real corpus.
    var others: [SourceFile] {
        [file("x1", "Published: October 3, 2025\n\nA storm flooded the harbor road on Friday.\n"),
         file("x2", "Published: October 5, 2025\n\nThe museum opened a new wing on Saturday.\n"),
         file("x3", "Published: October 7, 2025\n\nFarmers began the grape harvest on Monday.\n"),
         file("x4", "Published: October 8, 2025\n\nThe city zoo welcomed twin pandas on Tuesday.\n"),
         file("x5", "Published: October 9, 2025\n\nA marathon closed the lakeside streets on Sunday.\n"),
         file("x6", "Published: October 9, 2025\n\nThe orchestra announced its winter season on Wednesday.\n")]
    }

    func has(_ t: Timeline, _ date: String, _ words: String) -> Bool {
        t.events.contains { e in e.date == date && e.mentions.contains { $0.text.contains(words) } }
    }

    @Test func reportsOfOneDayWithOneVerbAndAWordBesidesAreOneHappening() {
        let story = [
            file("a", "Published: October 10, 2025\n\nThe water company announced the hosepipe ban on Tuesday after the reservoir fell.\n"),
            file("b", "Published: October 10, 2025\n\nThe ban, announced on Tuesday, applies to all customers.\n"),
            file("c", "Published: October 10, 2025\n\nPolice arrested two men on Tuesday in Leeds.\n"),
            file("d", "Published: October 10, 2025\n\nOfficers arrested a protester on Tuesday outside parliament.\n"),
            // The story's own words, common to many reports, weigh little.
            file("e", "Published: October 10, 2025\n\nThe water ban was first floated on Monday.\n\nMinisters discussed the water ban on Wednesday.\n\n"
                 + "Critics of the company attacked the ban on Thursday.\n\nThe company announced record profits on Friday.\n"),
        ]
        let t = build(story + others)
        let ban = t.events.filter { e in e.date == "2025-10-07" && e.mentions.contains { $0.text.contains("ban") } }
        #expect(ban.count == 1 && Set(ban.first?.mentions.map(\.document) ?? []) == ["a", "b"])
        let arrests = t.events.filter { e in e.mentions.contains { $0.text.contains("arrested") } }
        #expect(arrests.count == 2, "one verb and nothing else in common: two happenings")
    }

    @Test func aLedeDatedOnlyByItsPageJoinsTheHappeningOtherPagesDateJustBefore() {
        let story = [
            file("a", "Published: October 8, 2025\n\nA federal jury in Tesk on Tuesday found Mara Lindqvist, the founder of Orvane Labs, guilty of defrauding investors.\n"),
            file("b", "Published: October 9, 2025\n\nA jury has convicted Mara Lindqvist, the founder of Orvane Labs, of defrauding investors out of millions.\n\nThe verdict came Tuesday.\n"),
            file("c", "Published: October 20, 2025\n\nA jury has convicted Pell Varga, the founder of Orvane Labs' rival, of defrauding investors.\n"),
        ]
        let t = build(story + others)
        let verdict = t.events.filter { e in e.mentions.contains { $0.text.contains("Mara Lindqvist") } }
        #expect(verdict.count == 1 && verdict.first?.date == "2025-10-07" && verdict.first?.sources == 2, "\(t.events.map { ($0.date, $0.title) })")
        #expect(has(t, "2025-10-20", "Pell Varga"), "a lede whose page names no happening just before it keeps its page's day")
    }

    @Test func twoDatesThatAgreeOnlyWithOneReportAreOneAgreement() {
        typealias A = ReportedDays.Agreement
        // "on Tuesday" agrees with reports 13 and 15, "last week" with 13 more strongly and 19.
        let found: [[A]] = [[A(report: 13, strength: 5.1), A(report: 15, strength: 4.1)],
                            [A(report: 13, strength: 6.0), A(report: 19, strength: 3.9)], []]
        #expect(ReportedDays.assign(found) == [4.1, 6.0, 0])
        #expect(ReportedDays.assign([[A(report: 13, strength: 5.1)], [A(report: 13, strength: 2.3)]]) == [5.1, 0])
    }

    @Test func anAcronymStandsForTheWordsOfTheNameItAbbreviates() {
        func org(_ name: String) -> ActorIndex.NameKey {
            ActorIndex.NameKey(NameMention(start: 0, end: 0, tokens: 0..<1, surface: name, canonical: name, kind: .actor(.organization), title: nil, isPlace: false))
        }
        let expansions = EventMerger.acronymExpansions([
            [org("National Testing Board"), org("NTB"), org("Bihar Police"), org("Central Bureau of Investigation")],
            [org("CBI"), org("Energy Regulatory Commission"), org("Election Review Committee"), org("ERC")],
        ])
        #expect(expansions["ntb"] == ["national", Words.lemma("testing"), "board"])
        #expect(expansions["cbi"]?.contains("central") == true && expansions["cbi"]?.contains("of") == false)
        #expect(expansions["bp"] == nil, "initials the corpus never writes stand for nothing")
        #expect(expansions["erc"] == nil, "initials of two names are ambiguous")
    }

    @Test func aStaleStampOnAPageThatKnowsLaterYearsIsNotTrusted() {
        let t = build([
            file("a", "Published: October 10, 2025\n\nThe Harlan Council voted on Monday to close the Tesk bridge.\n"),
            file("b", "Published: October 12, 2025\n\nEngineers inspected the Tesk bridge on Saturday.\n"),
            file("c", "BRIDGE NEWS | Page updated: 12 March 2019\n\nThe Harlan Council on Oct. 6 closed the Tesk bridge, built in 1961 and last repaired in 2023.\n"),
            file("d", "BRIDGE NEWS | Page updated: 12 March 2019\n\nThe Harlan Council on Feb. 4 opened a review of the Tesk bridge, built in 1961.\n"),
        ])
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "a 2025-10-10 text", "b 2025-10-12 text", "c 2025-10-06 inferred", "d 2019-03-12 text",
        ], "c writes of 2023, which its 2019 stamp could not have known; d writes of nothing later, so its stamp stands")
        #expect(has(t, "2025-10-06", "closed the Tesk bridge"), "c's dates are read as of the corpus's days")
    }

    @Test func aStaleStampWhoseWeekdaysFitALaterYearIsNotTrusted() {
        let t = build([
            file("a", "Published: October 10, 2025\n\nThe Harlan Council voted on Monday to close the Tesk bridge.\n"),
            file("b", "Published: October 12, 2025\n\nEngineers inspected the Tesk bridge on Saturday.\n"),
            file("c", "Bridge Notes · Posted 12 March 2019\n\nWhen the Harlan Council closed the Tesk bridge on Monday, Oct. 6, nobody expected it.\n"),
            file("d", "Bridge Notes · Posted 12 March 2019\n\nWhen the Harlan Council met on Sunday, Oct. 6, nobody expected it.\n"),
        ])
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == [
            "a 2025-10-10 text", "b 2025-10-12 text", "c 2025-10-06 inferred", "d 2019-03-12 text",
        ], "Oct. 6 was a Monday in 2025 and a Sunday in 2019")
    }

    @Test func aDottedStampWhoseTextLooksAheadToADayItHasPassedIsReadMonthFirst() {
        let story = [
            file("a", "Published: 06.07.26, 18:44\n\nThe ministry postponed the opening on Sunday. The line will now open on June 28.\n"),
            file("b", "JUNE 9, 2026\n\nA train stalled in the tunnel on Tuesday evening.\n"),
            file("c", "June 28, 2026\n\nThe line opened to passengers on Sunday morning.\n"),
            file("d", "29 June 2026\n\nService on the line was halted on Monday morning.\n"),
            file("e", "Published: 03.07.26, 09:10\n\nThe line carried its millionth passenger on Thursday.\n"),
        ]
        let t = build(story)
        let published = Dictionary(uniqueKeysWithValues: t.documents.map { ($0.id, $0.published ?? "") })
        #expect(published["a"] == "2026-06-07", "it looks ahead to June 28, which 6 July has passed")
        #expect(published["e"] == "2026-07-03", "day first, as dots are written, when nothing says otherwise")
        #expect(has(t, "2026-06-07", "postponed"))
    }

    @Test func theMedianOfTheOtherDatesLeavesOneOccurrenceOut() {
        let dates = ["2025-10-01", "2025-10-03", "2025-10-03", "2025-10-08", "2025-10-20"].compactMap { CalendarDate(iso: $0) }
        for (k, date) in dates.enumerated() {
            var others = dates
            others.remove(at: k)
            #expect(PublicationDating.medianWithout(date, sorted: dates) == PublicationDating.corpusMedian(others), "leaving out \(date)")
        }
        #expect(PublicationDating.medianWithout(dates[0], sorted: [dates[0]]) == nil)
    }

    @Test func aWireDatelineWithoutAYearDatesTheArticle() {
        let t = build([
            file("a", "Published: October 20, 2025\n\nThe Bundestag approved the budget law on Oct. 14, officials said.\n"),
            file("b", "Published: October 24, 2025\n\nThe budget law takes effect on Nov. 1, the ministry said.\n"),
            file("c", "BERLIN, Oct 14 (Reuters) - The Bundestag on Tuesday approved the budget law after a long debate.\n"),
        ] + others)
        let wire = t.documents.first { $0.id == "c" }
        #expect(wire?.published == "2025-10-14" && wire?.publishedFrom == .inferred)
        let law = t.events.first { $0.date == "2025-10-14" }
        #expect(law?.sources == 2, "the wire's \"Tuesday\" is its dateline's day, where the other report puts it")
    }

    /// Dated reports of a story spread over two weeks, for an undated article to be placed among.
    var bridgeStory: [SourceFile] {
        [file("a", "Published: October 6, 2025\n\nThe Harlan Council closed the Tesk bridge on Monday after engineers found cracks.\n"),
         file("b", "Published: October 15, 2025\n\nDivers inspected the cracked pillars of the Tesk bridge on Tuesday.\n"),
         file("c", "Published: October 18, 2025\n\nThe Harlan Council reopened the Tesk bridge to cyclists on Saturday, Mayor Ines Roth said.\n"),
         file("d", "Published: October 30, 2025\n\nThe Tesk bridge will get new pillars next year, the council said on Thursday.\n")]
    }

    @Test func anUndatedArticleIsPlacedWhereItsRelativeDaysAgreeWithOtherReports() {
        let t = build(bridgeStory + [
            file("u", "Cycling in Harlan\n\nI rode over the Tesk bridge on Saturday, the first day it was open again to cyclists.\n\nThe divers who inspected its pillars last week found the cracks were shallow.\n"),
        ] + others)
        #expect(t.documents.first { $0.id == "u" }?.published == "2025-10-20",
                "the first date under which its Saturday is the reopening and its last week (a Monday to Sunday) holds the divers' inspection")
        #expect(has(t, "2025-10-18", "first day it was open again") && has(t, "2025-10-14", "Divers inspected"))
    }

    @Test func anUndatedArticleWithOneReportThatSaysMuchTheSameAndAnotherKnownDayIsPlaced() {
        let t = build(bridgeStory + [
            file("u", "Bridge reopens\n\nThe Harlan Council reopened the cracked Tesk bridge to cyclists and walkers on Saturday, Mayor Ines Roth told reporters.\n\nTraffic in the old town was light on Tuesday.\n"),
        ] + others)
        #expect(has(t, "2025-10-18", "reopened the cracked Tesk bridge"), "its Saturday is the reopening others report, and its Tuesday a day others report too")
    }

    @Test func aMonthThatSaysNoMoreThanADayOfItIsThatDaysEvent() {
        let t = build([
            file("a", "Published: November 26, 2025\n\nJudge Carla Moreno set sentencing for Feb. 24.\n\nThe Ardent Party met its donors on Monday.\n"),
            file("b", "Published: November 28, 2025\n\nHe will be sentenced in February.\n\nIts donors are expected to decide by the end of the month.\n"),
        ] + others)
        #expect(t.events.first { $0.date == "2026-02-24" }.map { Set($0.mentions.map(\.document)) } == ["a", "b"], "the month says no more than the sentencing of Feb. 24")
        #expect(has(t, "2025-11", "expected to decide"), "a month's decision is no day's meeting for sharing one of its words")
    }

    /// "... sank at around 11:30 p.m." on a page stamped "10:42 AM November 13": a past clock
    /// later than the page's own time is the night before's; a coming one is the page's day.
    @Test func aClockAloneLaterThanThePagesStampIsTheNightBefores() {
        let t = build([file("a", "Ferry sinks off island\n\nDaily Ledger / 10:42 AM November 13, 2025\n\nThe ferry tilted and sank at around 11:30 p.m., officials said.\n\nThe governor will visit the port at 3 p.m.\n")] + others)
        #expect(has(t, "2025-11-12", "tilted and sank"), "\(t.events.map { ($0.date, $0.title) })")
        #expect(has(t, "2025-11-13", "will visit the port"))
    }

    @Test func aClockAloneOnAPageOfTheMorningAfterTakesTheDayAnotherPageGivesItsMinute() {
        let t = build([
            file("a", "Published: November 12, 2025\n\nA fire broke out at the Sahar Road station late on Tuesday night. The blaze started at around 11.40 pm in a cable duct.\n"),
            file("b", "Published: November 12, 2025\n\nThe fire started in a cable duct at around 11.40 pm on Tuesday.\n"),
            file("c", "Published: November 12, 2025\n\nThe council met at 6.15 pm in the town hall.\n"),
        ] + others)
        #expect(has(t, "2025-11-11", "The blaze started at around 11.40 pm"), "the very minute b gives Tuesday")
        #expect(has(t, "2025-11-12", "met at 6.15 pm"), "a clock no other page gives stays on its page's day")
    }

    @Test func aLiveBlogsEntriesStampedWithDayAndTimeAreAsOfTheirStamps() {
        let blog = "Flood live updates\n\nLast Updated: Nov 14, 2025 16:20 IST\n\nNov 14, 2025 16:20 IST\nThe army deploys boats in the lower Dhar valley.\n\n"
            + "Nov 13, 2025 13:05 IST\nThe state government announces relief of Rs 4 lakh for each family.\n\nNov 13, 2025 10:30 IST\nSchools in the district are shut.\n"
        let t = build([file("a", blog)] + others)
        #expect(has(t, "2025-11-14", "deploys boats") && has(t, "2025-11-13", "announces relief") && has(t, "2025-11-13", "Schools in the district"))
    }

    @Test func aWiresCreditClosesItsDatelineWithoutADash() {
        let t = build([file("a", "Mumbai, Nov 12 (PTI) Three workers were killed when a fire broke out late on Tuesday night, officials said.\n")] + others)
        #expect(t.documents.first?.published == "2025-11-12")
        #expect(!t.events.contains { e in e.mentions.contains { $0.timex == "Nov 12" } } && has(t, "2025-11-11", "Three workers were killed"))
        #expect(!t.actors.contains { $0.name == "PTI" })
    }

    @Test func aLabelledFieldsDateBeforeADashIsNoDateline() {
        #expect(pageDate("Data Breach Notifications\n\nOrganization Name: Acme Outdoor, Inc.\nDate(s) of Breach: 02/14/2026 – 02/21/2026\nType of Breach: Hacking\n") == nil, "a labelled span is a period of the story")
        #expect(pageDate("Vessel Sanitation Program\n\nSailing Dates: 2/14/2026 - 2/24/2026\nCausative Agent: Norovirus\n\nPage last reviewed: February 20, 2026\n") == "2026-02-20")
        #expect(pageDate("WASHINGTON, Feb. 14, 2026 – The agency said it had fined the company.\n") == "2026-02-14")
        #expect(pageDate("DALES RADIO NEWS\nBULLETIN 0800 FRIDAY 6 FEBRUARY 2026\n\nLEAD: Culling has finished at a farm.\n") == "2026-02-06", "a bulletin's heading")
        #expect(pageDate("Kellan Oil Field: Supreme Court Judgment\n\nVolume 781: debated on Monday 16 March 2026\n\nThe minister made a statement.\n") == "2026-03-16", "a parliament's record")
        #expect(pageDate("WEEKLY MARITIME SECURITY REPORT\nWeek 47 (17–23 November 2025)\n\nA tanker reported an approach on 19 November.\n") == "2025-11-23", "a span's last day")
        let label = { (line: String) -> Bool in
            let e = TemporalTagger.shared.tag(line, documentDate: nil).last!
            return PublicationDating.isCapitalsLabel(Array(line.utf8), e)
        }
        #expect(label("BULLETIN 0800 FRIDAY 6 FEBRUARY") && !label("STRIKE SET FOR FRIDAY 6 FEBRUARY") && !label("Bulletin 0800 Friday 6 February"))
    }

    @Test func aWiresCreditInCapitalsBeforeADashSetsOffItsDateline() {
        let t = build([file("a", "SYDNEY, Oct 8 AAP - Three workers were hurt when a crane fell on Tuesday, officials said.\n")] + others)
        #expect(t.documents.first?.published == "2025-10-08")
        #expect(has(t, "2025-10-07", "a crane fell on Tuesday"))
    }

    @Test func aFundraisersUpdatesAreOfTheDaysTheyWerePosted() {
        let t = build([
            file("a", """
                Bring Ethan Home – Search Fund

                Created October 4, 2025 · Search & Rescue

                Our brother set out on a day hike on Wednesday, October 1 and never came home.

                Updates (2)

                Oct 9, 2025 · Update posted by Lauren Calloway
                ETHAN IS ALIVE. A helicopter crew spotted him yesterday afternoon in a canyon below the rim.

                Oct 6, 2025 · Update posted by Lauren Calloway
                Searchers found his backpack today near the second saddle. The drone team arrives tomorrow.

                """),
        ] + others)
        #expect(has(t, "2025-10-08", "spotted him yesterday afternoon") && has(t, "2025-10-06", "found his backpack today"))
        #expect(t.events.first { e in e.mentions.contains { $0.text.contains("found his backpack") } }?.status == .occurred, "past as of its post, not of the page")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("ETHAN IS ALIVE") } }, "a cry of a state tells no happening of the post's day")
    }

    @Test(arguments: [
        ("SYDNEY – Hordern Pavilion – Friday 20 & Saturday 21 November", true),
        ("Sat 14 March | Melbourne | Margaret Court Arena", true),
        ("November 24 - Melbourne - Margaret Court Arena", true),
        ("14.11.2026    10:00 – 14:00 hrs  Narela, Bawana, Alipur", true),
        ("14.11.2026\tNarela\tBawana", true),
        // A table's row whose cells name two days, or a sentence after a gap.
        ("14.11.2026    15.11.2026  Narela", false),
        ("14.11.2026    supply will remain suspended in these areas", false),
        // A sentence between dashes, a heading with no day, two days in a row.
        ("The show – which sold out – was on Friday 20 November", false),
        ("SYDNEY – Hordern Pavilion – Sold out", false),
        ("Friday 20 November – Saturday 21 November", false),
        ("Tour dates", false),
    ])
    func aListingsRowIsShortCellsOfNamesWithOneDay(_ line: String, _ isRow: Bool) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { Cleaner.isListingRow($0) } == isRow)
    }

    @Test func aListingOfDatesIsHappeningsOfItsDays() {
        let t = build([file("a", """
            Published: October 9, 2025

            The band has rescheduled its Sydney and Melbourne shows.

            SYDNEY – Hordern Pavilion – Friday 20 & Saturday 21 March
            MELBOURNE – Margaret Court Arena – Tuesday 24 & Wednesday 25 March

            """)] + others)
        #expect(t.events.contains { $0.date == "2026-03-20" } && t.events.contains { $0.date == "2026-03-24" }, "\(t.events.map(\.date))")
    }

    @Test(arguments: [
        ("The lynx that escaped from the wildlife park on Tuesday has been caught in a garden.", ["escap", "lynx", "park", "wildlife"]),
        ("The man who was arrested on Tuesday was charged with theft.", ["arrest", "man"]),
        // A relative clause set off by commas is an aside; the sentence's verb stays the report's.
        ("The park, which reopened on Tuesday, has been fined.", ["fin", "park", "reopen"]),
    ])
    func aDateThatClosesARelativeClauseDatesThatClausesHappening(_ sentence: String, _ words: [String]) {
        let article = clean("Published: October 10, 2025\n\n" + sentence + "\n")
        let book = WordBook()
        let reports = EventExtractor().analyze(article, index: 0, document: Document(id: "p", path: "p.txt"), dct: CalendarDate(iso: "2025-10-10"), book: book)
        #expect(reports.candidates.first.map { $0.content.map { book.contentKeys[Int($0)] }.sorted() } == words)
    }

    @Test func anOpeningPhrasesDayLeavesThePresentPerfectToThePage() {
        let t = build([file("a", "Issued: October 12, 2025\n\nFollowing the escape of an animal from the wildlife park on 10 October 2025, the council has closed three footpaths in the woods.\n")] + others)
        #expect(has(t, "2025-10-10", "Following the escape") && has(t, "2025-10-12", "Following the escape"), "\(t.events.map(\.date))")
    }

    @Test func aQuarterThatQualifiesANounDatesNoHappening() {
        let t = build([file("a", "Published: October 30, 2025\n\nAcme expects fourth-quarter revenue of $1.7 billion.\n\nAcme reported third-quarter results on Thursday.\n\nFloods in mid-October killed 40 people.\n")] + others)
        #expect(!t.events.contains { $0.date.contains("Q") }, "\(t.events.map(\.date))")
        #expect(has(t, "2025-10-30", "reported third-quarter results") && has(t, "2025-10", "Floods in mid-October"))
    }

    @Test func aMarketDigestsItemsAboutOtherCompaniesAreLeftOut() {
        let digest = "Stocks making the biggest moves midday\n\nPublished Fri, Oct 31 2025 12:14 PM EDT\n\nNorvik Semiconductor — Shares tumbled 14% on Friday after the chipmaker cut its forecast.\n\n"
            + "Pinecrest Foods — The snack maker rose 6% on Friday after its earnings beat expectations.\n\nHalvern Bank — Shares slid 3% on Friday after the lender set aside more for bad loans.\n"
        let t = build([file("a", digest), file("b", "Published: October 31, 2025\n\nNorvik Semiconductor (NASDAQ: NVKS) shares fell on Friday after it cut its forecast.\n")] + others)
        #expect(has(t, "2025-10-31", "Shares tumbled 14%") && !t.events.contains { e in e.mentions.contains { $0.text.contains("snack maker") || $0.text.contains("bad loans") } })
        #expect(!t.actors.contains { ["NVKS", "Pinecrest Foods", "Halvern Bank"].contains($0.name) })
    }

    @Test func aRoleBeforeANameMakesItAPersons() {
        let t = build([file("a", "Published: November 12, 2025\n\nMarlow Town striker Kai Okafor was banned on Tuesday.\n\nThe novelist Ama Okoro won the prize on Monday.\n")] + others)
        let people = Set(t.actors.filter { $0.kind == .person }.map(\.name))
        #expect(people.isSuperset(of: ["Kai Okafor", "Ama Okoro"]), "\(people)")
    }

    @Test func aQuestionTellsOfNothingButWhatLeadsIntoIt() {
        let t = build([file("a", "Published: November 12, 2025\n\nAnyone know if the Tolworth game on the 22nd is still on?\n\nWhy were the bombers grounded on Sunday?\n\nYesterday's suspension of the engineer will not answer the real question: who decided on Friday to keep the bridge open?\n")] + others)
        let dates = t.events.filter { e in e.mentions.contains { $0.document == "a" } }.map(\.date)
        #expect(dates == ["2025-11-11"], "\(t.events.map { ($0.date, $0.title) })")
    }

    @Test func capitalsThatNameAMeasureOrAThingAreNoActors() {
        let t = build([
            file("a", "Published: October 9, 2025\n\nThe Office for National Statistics will publish the GDP figures at 07:00 GMT on Friday.\n"),
            file("b", "Published: October 10, 2025\n\nA reward of EUR 50,000 was offered on Thursday after CCTV showed the thieves.\n"),
        ] + others)
        let names = t.actors.map(\.name)
        #expect(names.contains("Office for National Statistics"), "an agency is an actor: \(names)")
        #expect(!names.contains("GDP") && !names.contains("GMT") && !names.contains("EUR") && !names.contains("CCTV"))
    }

    @Test func anUndatedArticleWithOneAgreeingReportKeepsItsGuess() {
        let t = build(bridgeStory + [
            file("u", "Cycling in Harlan\n\nI rode over the Tesk bridge on Saturday, the first day it was open again to cyclists.\n\nMy neighbour bought a new bicycle on Monday.\n"),
        ] + others)
        #expect(t.documents.first { $0.id == "u" }?.published == "2025-10-08", "one report that agrees, with no other day the corpus knows, is no evidence of a date: the guess is the median of the dated articles")
        #expect(!t.events.contains { e in e.mentions.contains { $0.document == "u" } }, "a guessed date leaves out what it would move")
    }

    @Test func aDateLineWhoseWeekdayIsAnotherDaysIsReadAsTheDayItsReportsAgreeOn() {
        let story = [
            file("a", "Published: March 9, 2026\n\nEngineers found deep cracks in the piers of the Fenwick bridge on Sunday, the Harlow council said.\n"),
            file("b", "Published: March 11, 2026\n\nThe Harlow council voted on Tuesday to close the Fenwick bridge to traffic.\n"),
        ]
        let moved = build(story + [
            file("c", "Wednesday, March 13, 2026\n\nThe Harlow council voted yesterday to close the Fenwick bridge to traffic.\n\nEngineers found deep cracks in its piers on Sunday.\n"),
        ] + others)
        #expect(moved.documents.first { $0.id == "c" }?.published == "2026-03-11", "March 13 is a Friday; the Wednesday before it is when its yesterday is the vote")
        #expect(moved.events.contains { e in e.date == "2026-03-10" && e.mentions.contains { $0.document == "c" } })
        let kept = build(story + [
            file("c", "Wednesday, March 13, 2026\n\nThe Harlow council voted on Tuesday to close the Fenwick bridge to traffic.\n"),
        ] + others)
        #expect(kept.documents.first { $0.id == "c" }?.published == "2026-03-13", "with nothing to tell the readings apart, the day of the month stands")
    }

    /// A Nordic stamp gives day and month with dots and no year before its clock; a figure
    /// with dots in running text is none.
    @Test func aDayAndMonthStampBeforeItsClock() {
        #expect(PublicationDating.dayMonthStamp(Array("12.4. 21:15 •Updated 13.4. 08:02".utf8)).map { "\($0.month)-\($0.day)" } == "4-12")
        #expect(PublicationDating.dayMonthStamp(Array(" 3.11. 9.05".utf8)).map { "\($0.month)-\($0.day)" } == "11-3")
        #expect(PublicationDating.dayMonthStamp(Array("12.4. Growth slowed to 21:15".utf8)) == nil)
        #expect(PublicationDating.dayMonthStamp(Array("Shares rose 12.4. 21:15".utf8)) == nil)
        #expect(PublicationDating.dayMonthStamp(Array("12.13. 21:15".utf8)) == nil, "no thirteenth month")
    }

    /// A statement's lede takes its stand in the present ("strongly condemns") on the page's day;
    /// the date in it is the happening it condemns. A later sentence in the present is no act.
    @Test func aStatementsLedeInThePresentIsOfItsDay() {
        let t = build([file("a", "Statement\n\nMay 5, 2026\n\nThe Union strongly condemns the arrest of its leader on Sunday.\n\nThe Union also welcomes the court's decision on Monday to hear the case.\n")])
        #expect(has(t, "2026-05-05", "strongly condemns") && has(t, "2026-05-03", "strongly condemns"))
        #expect(!has(t, "2026-05-05", "also welcomes"), "only the lede")
    }

    @Test func aPageSigningOffWithItsDateIsDatedByIt() {
        let t = build([file("a", "Court upholds ban\n\nThe court on Tuesday upheld the ban, which runs until Aug. 4, 2030.\n\nOctober 20, 2026\n"),
                       file("b", "Court upholds ban\n\nThe court on Tuesday upheld the ban.\n\nOctober 20, 2026, said the clerk.\n")])
        #expect(t.documents.map { "\($0.id) \($0.published ?? "-") \($0.publishedFrom.rawValue)" } == ["a 2026-10-20 text", "b 2026-10-20 inferred"],
                "a date alone on the last line is the page's, and the end of a period years ahead does not make it implausible; a date in a sentence is not")
    }

    @Test func aSiteHeaderStampAboveTheArticlesOwnDateIsNotItsDate() {
        let page = "BioPulse | Biotech news since 2011\nThursday, January 4, 2018\nHome | Regulatory | Deals | Jobs\n\nAgency delays the drug decision by three months\n\nJune 9, 2026\n\nThe agency extended its review, the company said on Monday.\n"
        let t = build([file("a", page), file("b", "Published: June 10, 2026\n\nThe agency extended its review on Monday.\n")])
        #expect(t.documents.first.map { "\($0.published ?? "-") \($0.title ?? "-")" } == "2026-06-09 Agency delays the drug decision by three months",
                "the date line below the menu is the article's, and the headline comes after the menu, not the site's tagline above it")
        #expect(has(t, "2026-06-08", "extended its review"))
    }

    @Test func namesFromManyLanguagesAreReadAsPeople() {
        let t = build([file("a", "Published: May 5, 2026\n\nTalks resumed on Monday. Kenji Moriyama met Fatima Benali and Priya Raman in Geneva, and Wolfgang Huber joined them on Tuesday.\n")])
        let people = Set(t.actors.filter { $0.kind == .person }.map(\.name))
        #expect(["Kenji Moriyama", "Fatima Benali", "Priya Raman", "Wolfgang Huber"].allSatisfy(people.contains), "\(people)")
    }

    /// A hyphenated given name keeps its second half ("Tse Wai-chuen", "Kim Sung-ho"), and the
    /// same person named without it ("Bernadette Linn") is one actor; a compound adjective
    /// ("Hong Kong-based") names no one.
    @Test func hyphenatedGivenNamesAreWhole() {
        let t = build([file("a", "Published: Aug 13, 2026\n\nMinister Kim Sung-ho met lawmaker Tony Tse Wai-chuen on Monday. Ms Bernadette Linn Hon-ho inspected the slope on Tuesday. The Hong Kong-based firm said on Wednesday it would help.\n"),
                       file("b", "Published: Aug 14, 2026\n\nSecretary Bernadette Linn ordered a review on Thursday, Linn said.\n")])
        let people = Set(t.actors.filter { $0.kind == .person }.map(\.name))
        #expect(people == ["Kim Sung-ho", "Tony Tse Wai-chuen", "Bernadette Linn"], "\(people)")
        #expect(t.actors.first { $0.name == "Bernadette Linn" }.map { Set($0.aliases).isSuperset(of: ["Linn", "Ms Bernadette Linn Hon-ho"]) } == true)
    }

    /// A title with its portfolio stands before the person ("Secretary for Development Bernadette
    /// Linn", "Head of the Geotechnical Engineering Office Ringo Mok"): the portfolio is no part of the name.
    @Test func aTitlesPortfolioIsNoPartOfTheName() {
        let t = build([file("a", "Published: Aug 20, 2026\n\nSecretary for Development Bernadette Linn spoke on Monday. Head of the Geotechnical Engineering Office Ringo Mok replied on Tuesday. Minister for Foreign Affairs Penny Wong flew in on Wednesday.\n")])
        let people = Set(t.actors.filter { $0.kind == .person }.map(\.name))
        #expect(people == ["Bernadette Linn", "Ringo Mok", "Penny Wong"], "\(people)")
    }

    @Test func wellKnownAgenciesAreOneActorUnderEitherName() {
        let t = build([file("a", "Published: May 5, 2026\n\nThe Centers for Disease Control and Prevention warned on Monday of more cases.\n"),
                       file("b", "Published: May 6, 2026\n\nThe CDC on Tuesday widened its warning, and the SEC opened an inquiry.\n")])
        let names = t.actors.map { "\($0.name) \($0.kind.rawValue)" }
        #expect(names.contains("Centers for Disease Control and Prevention government") && !names.contains { $0.hasPrefix("CDC") }, "\(names)")
        #expect(names.contains("Securities and Exchange Commission government"), "\(names)")
    }

    /// A title inside an office's name ("Directorate General of Shipping") leaves the name whole:
    /// no name opens with "of".
    @Test func anOfficeNamedWithATitleIsOneActor() {
        let t = build([file("a", "Published: May 5, 2026\n\nThe ship was seized on Monday, the Directorate General of Shipping said.\n")])
        let names = t.actors.map(\.name)
        #expect(names.contains("Directorate General of Shipping") && !names.contains("of Shipping"), "\(names)")
    }

    /// The countries of the world, their capitals and demonyms are known; a capital followed by
    /// a surname or a paper's name is no country ("Sofia Brandt", "Moscow Times").
    @Test func aCapitalBeforeANameIsNoCountry() {
        let t = build([file("a", """
            Published: May 5, 2026

            Sofia said on Monday it would withdraw the budget, and Bulgarian officials confirmed the plan on Tuesday.

            Sofia Brandt, a spokeswoman for the ministry, said on Wednesday that talks with Ghana and Zambia would resume.

            """)])
        let names = t.actors.map(\.name)
        #expect(names.contains("Bulgaria") && names.contains("Sofia Brandt") && names.contains("Ghana") && names.contains("Zambia"), "\(names)")
        #expect(t.actors.first { $0.name == "Bulgaria" }?.aliases.contains("Sofia Brandt") != true)
    }

    /// A sea named with "of" is one place ("Gulf of Guinea" is not "Gulf" and "Guinea"), so a
    /// digest's section about another sea is not tied to the story by the word "Gulf".
    @Test func aPlaceNamedWithOfIsOnePlace() {
        let t = build([
            file("a", "Published: May 5, 2026\n\nPirates seized the Harlan Star in the Gulf of Aden on Monday.\n"),
            file("b", """
                WEEKLY SECURITY REPORT
                Week 19 (4-10 May 2026)

                INDIAN OCEAN

                Harlan Star. Pirates seized the Harlan Star on Monday, and the owner said on Tuesday that the crew was safe.

                WEST AFRICA

                No incidents were reported in the Gulf of Guinea this week.

                """),
        ])
        #expect(!t.actors.contains { $0.name == "Gulf" || $0.name == "Guinea" }, "\(t.actors.map(\.name))")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Gulf of Guinea") } }, "another sea's section is another story")
    }

    /// An issue is a subject, not what happened to it: an irregular past ("found", "broke") is
    /// no part of one.
    @Test func anIssueHoldsNoIrregularPast() {
        let t = build([
            file("a", "Published: May 5, 2026\n\nInspectors found listeria at the dairy on Monday.\n"),
            file("b", "Published: May 6, 2026\n\nInspectors found listeria in a second plant on Tuesday, and a fire broke out.\n"),
            file("c", "Published: May 7, 2026\n\nThe dairy said on Wednesday that inspectors found listeria in May.\n"),
        ])
        let names = t.issues.map(\.name)
        #expect(names.contains("listeria") && !names.contains { $0.split(separator: " ").contains("found") }, "\(names)")
    }

    /// "05/11/2025" is 11 May to an American and 5 November to most of the world: of its two
    /// readings, the page takes the one among the rest of the corpus.
    @Test func aSlashedDateLineTakesTheReadingAmongTheCorpus() {
        let t = build([
            file("a", "Published: November 3, 2025\n\nThe Harlan Council voted on Monday to close the Tesk bridge.\n"),
            file("b", "Published: November 7, 2025\n\nEngineers inspected the Tesk bridge on Thursday.\n"),
            file("c", "Published on: 05/11/2025 - 21:47\n\nThe Harlan Council closed the Tesk bridge on Monday, two days after the vote.\n"),
            file("d", "Published on: 04/06/2025\n\nThe Harlan Council first debated the Tesk bridge in spring.\n"),
            file("e", "Date: 06-11-2025\n\nThe Harlan Council reopened the Tesk bridge to cyclists on Thursday.\n"),
        ])
        #expect(t.documents.first { $0.id == "c" }?.published == "2025-11-05", "day first, among the others")
        #expect(t.documents.first { $0.id == "d" }?.published == "2025-04-06", "neither reading is near the others: the page keeps what it says")
        #expect(t.documents.first { $0.id == "e" }?.published == "2025-11-06", "dashes as slashes")
    }

    /// "this week" alone dates a page's passing remark, which is no event (beside another page's
    /// report of the same happening it still counts: see the cabinet-fall fixture).
    @Test func aRemarkDatedOnlyThisWeekIsNoEvent() {
        let t = build([
            file("a", "Published: March 12, 2025\n\nThe Dutch cabinet resigned on Wednesday after the Civic Alliance quit the coalition.\n"),
            file("b", "Published: March 14, 2025\n\nThe Dutch cabinet resigned this week after the Civic Alliance quit the coalition. Attempts to reach the prime minister this week were unsuccessful.\n"),
            file("c", "Published: March 10, 2025\n\nFarmers drove tractors into The Hague on Monday to protest against nitrogen rules.\n"),
            file("d", "Published: March 11, 2025\n\nThe parliament debated the asylum bill on Tuesday until late at night.\n"),
        ])
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Attempts to reach") } })
        #expect(t.events.contains { e in e.date == "2025-03-12" && e.mentions.contains { $0.document == "a" } })
    }

    /// A page of dated updates, newest first: the text under each update's heading is read as of
    /// its day; the page's own stamp above the text dates nothing else.
    @Test func anUpdatesHeadingDatesTheTextUnderIt() {
        let t = build([file("a", """
            Harlan Air - Operational Update
            Last updated: 9 Nov 2025

            Update 3 (9 Nov 2025, 18:00)

            Our schedule is operating normally from today after the Harlan Air inspections.

            Update 2 (7 Nov 2025, 10:00)

            We have canceled a further 60 Harlan Air flights today while inspections continue.

            """)])
        #expect(t.documents.first?.published == "2025-11-09")
        #expect(has(t, "2025-11-07", "further 60"), "\(t.events.map { "\($0.date) \($0.title)" })")
        #expect(has(t, "2025-11-09", "operating normally"))
    }

    /// "At about 12:15 GMT on Monday" names a time zone, not an organization.
    @Test func aTimeZoneIsNoActor() {
        let t = build([file("a", "Published: May 5, 2026\n\nThe fire started at about 12:15 GMT on Monday, the Harlan Guild said.\n")])
        let names = t.actors.map(\.name)
        #expect(!names.contains { ["GMT", "UTC", "BST"].contains($0) }, "\(names)")
        #expect(names.contains("Harlan Guild"), "\(names)")
    }

    /// A wire's sign-off ("This report by The Canadian Press was first published Aug. 5, 2025.")
    /// dates the page and reports nothing; a correction note does not date it.
    @Test func aWireSignOffDatesThePage() {
        let t = build([file("a", "Fire near Norvale\n\nNORVALE, B.C. — Crews fought the fire on Tuesday, officials said.\n\nThis report by The Canadian Press was first published Aug. 5, 2025.\n"),
                       file("b", "Fire near Norvale\n\nPublished: August 6, 2025\n\nCrews fought the fire on Tuesday, officials said.\n\nThis article was amended on 9 August 2025 to correct a name.\n")])
        #expect(t.documents.map(\.published) == ["2025-08-05", "2025-08-06"], "\(t.documents.map(\.published))")
        #expect(!t.events.contains { $0.title.contains("published") || $0.title.contains("amended") })
        #expect(t.events.contains { $0.date == "2025-08-05" && $0.title.contains("Crews fought") })
    }

    /// "Recalled its brie on Tuesday, a day after officials linked ..." dates the linking on
    /// Monday; a span whose clause has its own date, or that is not beside a date, dates nothing.
    @Test func aSpanOfDaysAfterADateDatesItsClause() {
        let t = build([file("a", "Published: March 14, 2025\n\nThe dairy recalled its brie on Tuesday, a day after officials linked the cheese to an outbreak.\n\nThe minister resigned on Friday, two days before the vote.\n\nThe board met on Thursday, a day after the chief quit on Tuesday.\n")])
        let dated = t.events.map { ($0.date, $0.title) }
        #expect(t.events.contains { $0.date == "2025-03-10" }, "\(dated)")
        #expect(t.events.contains { $0.date == "2025-03-16" }, "\(dated)")
        #expect(!t.events.contains { $0.date == "2025-03-12" }, "\(dated)")
    }

    /// A past-tense anaphor ("earlier in the day") refers to a day that had come by the page's
    /// date, not to a day still to come that the sentence before named.
    @Test func aPastAnaphorDoesNotTakeAComingDay() {
        let text = "A motion was tabled for next Tuesday. Earlier in the day, the office said the cabinet had resigned. That day will matter."
        let values = TemporalTagger.shared.tag(text, documentDate: CalendarDate(iso: "2025-03-13")).map(\.value)
        #expect(values == ["2025-03-18", "2025-03-13", "2025-03-18"], "\(values)")
    }

    /// "Sat 9 Aug 2025 14.02 BST" under the byline is the page's date line.
    @Test func aDateLineWithAnAbbreviatedWeekdayDatesThePage() {
        let t = build([file("a", "Crews arrive in Norvale\n\nLeyland Cooke in Vancouver\nSat 9 Aug 2025 14.02 BST\n\nA team of firefighters arrived on Friday.\n")])
        #expect(t.documents.first?.published == "2025-08-09")
        #expect(t.events.contains { $0.date == "2025-08-08" })
    }

    /// A line of site controls ("Menu Search Sign in"), a breadcrumb that ends in an
    /// abbreviation ("Home | News | Canada | B.C."), a section's name ("U.S.") or a masthead
    /// ("Norvale Valley Daily News") is no headline.
    @Test(arguments: ["Home | News | Canada | B.C.\n\nWildfire forces 2,400 from homes near Norvale\n\nThe fire grew on Monday.\n",
                      "U.S.\n\nWildfire forces 2,400 from homes near Norvale\n\nBy Ann Lee\nOctober 20, 2025\n\nThe fire grew on Monday.\n",
                      "Norvale Valley Daily News\n\nWildfire forces 2,400 from homes near Norvale\n\nOctober 20, 2025\n\nThe fire grew on Monday.\n",
                      "THE RIDGE WATCH - an independent Norvale blog\n\nWildfire forces 2,400 from homes near Norvale\n\nThe fire grew on Monday.\n",
                      "Skip to content\nMenu Search Sign in\n\nThe Norvale Sun\n\nWildfire forces 2,400 from homes near Norvale\n\nThe fire grew on Monday.\n"])
    func siteControlsAreNoHeadline(_ text: String) {
        #expect(Cleaner().clean(SourceFile(id: "p", path: "p.txt", text: text, manifestDate: nil)).title == "Wildfire forces 2,400 from homes near Norvale")
    }

    /// A headline of three words is a headline when one of them is a word in lower case, not a
    /// section's label, a poster's name or how long ago the post was made.
    /// A paragraph that closes with its agency's credit, "... on board. (PNA)", is running text
    /// without the credit; a gossip column's paragraphs that each close with their outlet
    /// ("(Mail)") are items, and those about other stories are left out.
    @Test func aParagraphClosingWithItsOutletIsTextAndAColumnOfThemAreItems() {
        let wire = build([file("a", "Senate to probe sinking\n\nPublished: November 17, 2025\n\nMANILA – The Senate will open an inquiry on Nov. 24, a senator said on Monday.\n\nThe ferry capsized on Wednesday with 146 people on board. (PNA)\n")] + others)
        #expect(wire.events.contains { $0.date == "2025-11-12" && $0.title == "The ferry capsized on Wednesday with 146 people on board." }, "\(wire.events.map(\.title))")
        #expect(!wire.actors.contains { $0.name == "PNA" })
        let column = build([file("g", "Monday's gossip\n\nMonday, 17 November 2025\n\nKjell Andersen is the favourite to replace Mark Delaney, who was sacked by Harlow Town on Saturday. (Sun)\n\nManchester United are monitoring Tomas Araujo ahead of a move in January. (Mail)\n"),
                            file("h", "Published: November 16, 2025\n\nHarlow Town sacked manager Mark Delaney on Saturday.\n")] + others)
        #expect(has(column, "2025-11-15", "Kjell Andersen") && !column.events.contains { $0.title.contains("Araujo") }, "\(column.events.map(\.title))")
    }

    /// A table's row "Oct. 24, 2025 | The review finds ..." tells what happened that day; a
    /// release's stamp "November 09, 2025 18:05 ET | Source: Halvora Pharma, Inc." tells nothing.
    @Test func aTablesDatedRowIsAReportAndAStampsSourceIsNot() {
        let t = build([file("a", "Review timeline\n\nPublished Nov. 4, 2025\n\nThe president resigned on Monday.\n\nDate | Event\nOct. 24, 2025 | The review finds copied passages in four papers\n"),
                       file("b", "Drug maker reports trial results\n\nNovember 09, 2025 18:05 ET | Source: Halvora Pharma, Inc.\n\nHalvora Pharma said on Sunday its drug met the trial's goal.\n")] + others)
        #expect(has(t, "2025-10-24", "The review finds copied passages"), "\(t.events.map { ($0.date, $0.title) })")
        #expect(!t.events.contains { $0.title.contains("Source:") })
    }

    @Test(arguments: [("Fire hits depot\r\n\r\nPublished:\u{a0}Nov.\u{a0}12,\u{a0}2025\r\n\r\nA fire destroyed the bus depot on Tuesday.\r\n", "Fire hits depot"),
                      ("r/harlow\nPosted by u/depot_watcher\n3 days ago\n\nBus depot megathread\n\nThe fire destroyed the depot on Tuesday.\n", "Bus depot megathread"),
                      ("Premier of Victoria\n\nPremier announces review of event safety\n\nThe premier spoke on Tuesday.\n", "Premier announces review of event safety"),
                      ("FEDERAL MINISTRY OF TRANSPORT\n\nPRESS RELEASE\n\nFG SUSPENDS HAULAGE LEVY\n\nThe levy was suspended on Friday.\n", "FG SUSPENDS HAULAGE LEVY"),
                      ("Agency launches appeal as storm leaves trail of destruction\n\nPress release\nGeneva, 12 November 2025 – The agency today launched an appeal.\n",
                       "Agency launches appeal as storm leaves trail of destruction"),
                      ("ASSOCIATION OF HARLOW PILOTS (AHP)\n\nPRESS STATEMENT\n\n15th November 2025\n\nThe Association has called off the agitation.\n", "ASSOCIATION OF HARLOW PILOTS (AHP)")])
    func aShortHeadlineIsAHeadline(_ text: String, _ title: String) {
        #expect(Cleaner().clean(SourceFile(id: "p", path: "p.txt", text: text, manifestDate: nil)).title == title)
    }

    /// "The Board" alone points back to a body named in full and is no actor of its own; a body
    /// that one word names ("the Senate") is; a wire's credit ("/CNW/") is not.
    @Test func aLoneOrganizationWordIsNoActor() {
        let t = build([file("a", "NORVALE, B.C., August 7, 2025 /CNW/ - The Board of the Norvale Regional District declared an emergency on Wednesday.\n\nThe Senate voted on Thursday to send aid.\n"),
                       file("b", "Published: August 8, 2025\n\nThe Harlan Dockworkers Union struck on Monday.\n\nUnion president Tomas Brede said on Tuesday that the strike would go on.\n")])
        let names = t.actors.map(\.name)
        #expect(names.contains("Norvale Regional District") && names.contains("Senate") && names.contains("Harlan Dockworkers Union"), "\(names)")
        #expect(!names.contains { ["Board", "CNW", "Union"].contains($0) }, "\(names)")
    }

    /// A country's name spelled out in an organization's is part of its name ("Japan
    /// Meteorological Agency"); a demonym or an abbreviation describes it ("Chinese Commerce
    /// Ministry", "U.S. Bureau of Land Management").
    @Test func aCountrysNameInAnOrganizationsIsPartOfIt() {
        let t = build([file("a", "Published: November 18, 2025\n\nThe Japan Meteorological Agency raised the alert level on Tuesday.\n\nThe Chinese Commerce Ministry said on Monday it would review the tariffs.\n\nThe U.S. Bureau of Land Management closed the trail on Sunday.\n")])
        let names = t.actors.map(\.name)
        #expect(names.contains("Japan Meteorological Agency") && names.contains("Commerce Ministry") && names.contains("Bureau of Land Management"), "\(names)")
    }

    /// A one-word company name has no organization word; where it stands tells ("Andesur chief
    /// executive ...", "shares of Andesur"), and a title in capitals ("CEO") is no organization.
    @Test func aOneWordCompanyIsKnownByWhereItStands() {
        let t = build([file("a", "Published: May 5, 2026\n\nAndesur chief executive Gonzalo Ibarra resigned on Monday.\n"),
                       file("b", "Published: May 6, 2026\n\nShares of Andesur fell on Tuesday, a day after the CEO quit.\n\nRegulators fined Andesur on Wednesday.\n")])
        let names = t.actors.map { "\($0.name) \($0.kind.rawValue)" }
        #expect(names.contains("Andesur organization"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("CEO") }, "\(names)")
        let fined = t.events.first { $0.title.contains("fined") }
        #expect(fined?.actors == ["Andesur"], "a bare mention is the company named so elsewhere")
    }

    /// "Norvik Energy and Atlantic Crest Power" names two companies; "Bureau of Safety and
    /// Environmental Enforcement" and "Food and Drug Administration" name one body each.
    @Test func anAndBetweenTwoCompaniesNamesTwo() {
        let t = build([file("a", "Published: May 5, 2026\n\nNorvik Energy and Atlantic Crest Power filed plans on Monday. The Bureau of Safety and Environmental Enforcement and the Food and Drug Administration met on Tuesday.\n")] + others)
        let names = Set(t.actors.map(\.name))
        #expect(names.isSuperset(of: ["Norvik Energy", "Atlantic Crest Power", "Bureau of Safety and Environmental Enforcement", "Food and Drug Administration"]), "\(names)")
        #expect(!names.contains { $0.hasPrefix("Norvik Energy and") })
    }

    /// "Sorensen Wind, which built the blade," is a body, for no person is a "which"; "Cape
    /// Elizabeth", "Crescent Beach" and "the Hordern Pavilion, which" are places, and a name before a
    /// title ("said Cape Elizabeth town manager Sarah Bouchard") is the title's qualifier.
    @Test func aNameThatWhichTakesUpIsABodysAndAPlaceByItsHeadOrTailIsNoPersons() {
        let t = build([file("a", "Published: July 16, 2025\n\nSorensen Wind, which built the blade, said on Tuesday a defect was the likely cause.\n\nCrescent Beach will remain closed through Sunday, said Cape Elizabeth town manager Sarah Bouchard.\n\nThe show at the Hordern Pavilion, which had been set for Wednesday, was moved on Monday.\n")] + others)
        let kinds = Dictionary(t.actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["Sorensen Wind"] == .organization, "\(kinds)")
        #expect(kinds["Sarah Bouchard"] == .person)
        #expect(["Cape Elizabeth", "Crescent Beach", "Hordern Pavilion"].allSatisfy { kinds[$0] == nil }, "\(kinds)")
    }

    /// "Philippine Coast Guard (PCG)" is one actor under both names; the acronym spells the
    /// country's adjective, which is then part of the name.
    @Test func anAcronymOfTheNameAsWrittenIsItsAlias() {
        let t = build([file("a", "Published: November 13, 2025\n\nThe ferry capsized late Wednesday, the Philippine Coast Guard (PCG) said on Thursday.\n\nThe PCG suspended all trips on Thursday.\n")] + others)
        let guard_ = t.actors.first { $0.aliases.contains("PCG") }
        #expect(guard_?.name == "Philippine Coast Guard" && !t.actors.contains { $0.name == "PCG" }, "\(t.actors.map(\.name))")
    }

    @Test func aCompanyIsNamedWithoutItsLegalFormAndNeverTakenForAPerson() {
        let t = build([file("a", """
            Published: June 9, 2026

            Harwood Nutrition said on Thursday it had found bacteria in one batch. Harwood Nutrition Pty Ltd recalled the formula on Friday.

            Harwood Group Limited requested a trading halt on Tuesday, and Harwood Group shares fell on Thursday.

            Queensland Health said on Saturday that two infants were in hospital. Former Kestrel Health scientist Priya Nand told jurors on Monday that she had warned the board.

            Northvale Health said on Tuesday its systems were down. Northvale Health System restored them on Wednesday.
            """)])
        let names = t.actors.map { "\($0.name) \($0.kind.rawValue)" }.sorted()
        for name in ["Harwood Nutrition", "Harwood Group", "Queensland Health", "Kestrel Health", "Northvale Health System"] {
            #expect(names.contains(name + " organization"), "\(name) in \(names)")
        }
        #expect(!names.contains { $0.contains("Ltd") || $0.contains("Limited") || $0.hasPrefix("Former") || $0.hasPrefix("Northvale Health organization") }, "\(names)")
    }

    @Test func aPlaceBeforeASubdivisionACodeAndAFlightAreNoPartOfABodysName() {
        let t = build([file("a", """
            Published: March 2, 2026

            Five passengers were treated at the Lagos State Accident and Emergency Centre on Sunday, after the Skyward Air aircraft 5N-SKE skidded off the runway in Lagos.

            The Minister of Aviation, Adeyemi Olatunde, visited Lagos on Monday. Skyward Air Flight 305 was grounded on Monday.

            Thank you to Skyward Air and the crews who have worked since Sunday.
            """)])
        let names = t.actors.map { "\($0.name) \($0.kind.rawValue)" }.sorted()
        #expect(!names.contains { $0.hasPrefix("SKE") || $0.contains("Flight") }, "\(names)")
        #expect(names.contains("Skyward Air organization") && names.contains("Adeyemi Olatunde person"), "\(names)")
        #expect(!(t.actors.first { $0.name.hasPrefix("Lagos State") }?.aliases.contains("Lagos") ?? false))
        #expect(!t.events.contains { $0.mentions.contains { $0.text.hasPrefix("Thank you") } })
    }

    @Test func aCompanyIsOneActorWhateverWordsSurroundItsName() {
        let t = build([file("a", "Published: May 5, 2026\n\nShares of Harlan Therapeutics jumped on Monday. Antwerp's Verhaegen Museum closed on Tuesday.\n"),
                       file("b", "Published: May 6, 2026\n\nHarlan Therapeutics, Inc. said on Wednesday that the Verhaegen Museum had bought its building.\n")])
        let names = t.actors.map { "\($0.name) \($0.kind.rawValue)" }
        #expect(names.sorted() == ["Harlan Therapeutics organization", "Verhaegen Museum organization"], "\(names)")
    }

    @Test func theStorysBackgroundIsKeptAndOtherPastsAreNot() {
        let t = build([
            file("a", "Published: March 14, 2026\n\nThe board of Quillmark fired its chief executive, Priya Raman, on Friday.\n"),
            file("b", """
                Published: March 16, 2026

                Raman was ousted by the Quillmark board on Friday. She co-founded Quillmark in 2014. Tessel, founded in 2009, makes payroll software.
                Its shares have tripled since 2019. In 2023 a similar board fight at another software company ended with the founder's return.
                I wrote in 2018 that founders make poor chairs. Ms Raman joined the board of Tessel in 2017.

                """),
        ] + others)
        let years = Set(t.events.map(\.date).filter { $0.count == 4 })
        #expect(years == ["2014", "2017"], "a happening of the story's people, years back, is its background")
        #expect(has(t, "2014", "co-founded Quillmark"), "a profile (\"Tessel, founded in 2009, makes\") is no happening; a founding in a clause of its own is")
    }

    @Test(arguments: [
        ("SANTIAGO, Oct 14 (Reuters) - The Senate voted.", true),
        ("SANTIAGO, Chile, Oct. 23, 2025 /PRNewswire/ -- Andes Litio today said", true),
        ("LYON, France (Oct. 30, 2025) — The mayor said", true),
        ("PARIS, Oct 14 — The mayor said", true),
        ("New Delhi, Nov 10 (PTI) SkyVista Airways cancelled more than 180 flights", true),
        ("The minister met Rao, Nov 10 (a Monday), and left.", false),
        ("Oct 14, the council said it would vote.", false),
        ("The council met on Oct 14 and voted.", false),
    ])
    func datelinesAreToldFromDatesInText(_ line: String, _ dateline: Bool) throws {
        let e = try #require(TemporalTagger.shared.tag(line, documentDate: nil).first { $0.type == .date })
        #expect(PublicationDating.isDateline(Array(line.utf8), e) == dateline)
    }

    /// A page's stamp may share its line with the time it was posted and a byline or an update
    /// note; a site's labelled header date ("Last site update: ...") and a sentence are not stamps.
    @Test(arguments: [
        ("November 4, 2025 4:12 PM GMT Updated 3 hours ago", "2025-11-04"),
        ("Post by BlueArmy1887 » Sat Nov 08, 2025 6:47 pm", "2025-11-08"),
        ("Staff reporter | 2 October, 2025", "2025-10-02"),
        ("INQUIRER.net / 10:42 AM November 19, 2025", "2025-11-19"),
        ("Press release | Date: 14.11.2025 | Ministry of Foreign Affairs", "2025-11-14"),
        ("Written by Jane Doe on 14 November 2025.", "2025-11-14"),
        ("Jane Doe, Staff Writer Nov 14, 2025 Updated Nov 15, 2025", "2025-11-14"),
        ("By JANE DOE Associated Press November 14, 2025, 3:02 PM", "2025-11-14"),
        ("Publication date: 14 Nov 2025", "2025-11-14"),
        ("By Simon Hradecky, created Monday, Nov 3rd 2025 22:41Z, last updated Tuesday, Nov 4th 2025 07:40Z", "2025-11-03"),
        ("2025/11/14", "2025-11-14"),
        ("November 29 – December 5, 2025 | No. 577", "2025-11-29"),
        ("November 12, 20257:05 AM ESTUpdated 3 hours ago", "2025-11-12"),
        ("Published On 10 Nov 202510 Nov 2025", "2025-11-10"),
        ("Dec. 27, 2025 - Jan. 2, 2026 | Issue 12", "2025-12-27"),
        ("Date of issue: 14 November 2025", "2025-11-14"),
        ("Club sold to consortium on November 14, 2025", nil),
        ("Last site update: 4 February 2020", nil),
        ("The club was sold on November 4, 2025.", nil),
        ("Fans will march on Saturday 8 November | 3pm | Moor Lane", nil),
    ])
    func stampLinesDateThePage(_ line: String, _ date: String?) {
        #expect(pageDate("Club news\n\n\(line)\n\nThe board met and agreed to sell the club to a consortium of local business owners.\n") == date)
    }

    /// A page scraped with its address on a line above the text is dated by a day in the
    /// address's path; an archive's capture time, a link below the text or a path with no
    /// calendar day dates nothing.
    @Test(arguments: [
        ("https://www.plainsledger.com/2025/12/29/ice-storm-deaths-rise/", "2025-12-29"),
        ("www.example.co.uk/news/2025-11-14-council-vote", "2025-11-14"),
        ("Source: https://example.org/local/2026/03/02/bridge", "2026-03-02"),
        ("The Wayback Machine - https://web.archive.org/web/20251227154210/https://www.example.com/2025/12/24/ice-storm/", "2025-12-24"),
        ("The Wayback Machine - https://web.archive.org/web/20251227154210/https://www.example.com/news/ice-storm/", nil),
        ("https://example.com/news/2025/13/40/story", nil),
        ("https://example.com/archive/2025/12/", nil),
        ("Read more at https://example.com/2025/12/29/story", nil),
    ])
    func addressesDateThePage(_ line: String, _ date: String?) {
        #expect(pageDate("\(line)\n\nCity News\n\nCouncil votes to close the bridge\n\nThe council voted on Monday to close the bridge to traffic.\n") == date)
    }

    @Test func aMonthAloneUnderTheHeadingGivesThePagesMonth() throws {
        let letter = clean("IMPORTANT SAFETY RECALL\n\nJanuary 2026\n\nDear Owner:\n\nWe expect parts in late February 2026.\n")
        let month = try #require(PublicationDating.monthLine(letter, tagger: TemporalTagger.shared))
        #expect(month.first.description == "2026-01-01" && month.last.description == "2026-01-31")
        let story = clean("Council news\n\nThe council met in January 2026 and voted.\n")
        #expect(PublicationDating.monthLine(story, tagger: TemporalTagger.shared) == nil, "a month in a sentence is not the page's")
        let newsletter = clean("Columbia Public Schools | Family Newsletter | June 2026\n\nThe board met on June 11.\n")
        #expect(PublicationDating.monthLine(newsletter, tagger: TemporalTagger.shared)?.first.description == "2026-06-01", "a month closing a masthead after a bar")
    }

    /// Three rows or more that each open with a full date and a bar are a record of actions,
    /// each row a happening however short; one such row among sentences is read only when its
    /// cell is a sentence.
    @Test func aTableOfDatedActionsIsReadRowByRow() {
        let text = "Bill status\n\nDate | Journal Page | Action\n12/01/2025 | | Prefiled\n01/07/2026 | S 12 | S First Read\n05/08/2026 | | Signed by Governor\n\nThe bill bans phones in class.\n"
        let article = clean(text)
        let rows = article.lines.filter { article.text($0).hasPrefix("12/01/2025") || article.text($0).hasPrefix("05/08/2026") }
        #expect(rows.count == 2 && rows.allSatisfy { $0.role == .body })
        let lone = clean("Club news\n\nThe board met.\n12/01/2025 | | Prefiled\n")
        #expect(lone.lines.last.map { lone.text($0).hasPrefix("12/01/2025 |") } == true, "a lone row keeps its bar: no table")
    }

    @Test(arguments: [
        ("News Reviews Guides Videos", true),
        ("Home  About  Archive", true),
        ("Sports Opinion Weather Traffic Closings", true),
        ("Home News", false),
        ("News from the council", false),
        ("Live Music Returns Downtown", false),
    ])
    func aMenuOfPlainWordsIsNavigation(_ line: String, _ menu: Bool) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { Cleaner.isMenuLine($0) } == menu)
    }

    @Test func anAddressBelowTheTextDatesNothing() {
        let article = clean("City News\n\nThe council voted on Monday to close the bridge to traffic.\n\nhttps://example.com/2025/12/29/other-story/\n")
        #expect(PublicationDating.fromText(article, tagger: TemporalTagger.shared) == nil)
        #expect(article.lines.last?.role == .furniture, "a lone address is no part of the text")
    }

    /// A wiki article: its reference marks ("[1]", "[edit]") are blanked so that sentences end
    /// where they do; its references, categories and licence are no part of it; its last edit,
    /// after the references, dates it rather than its infobox.
    @Test func aWikiPageIsReadWithoutItsApparatus() throws {
        let text = """
            2025 Harwick bridge closure

            From Wikipedia, the free encyclopedia

            Date\t3 March 2025

            Background[edit]
            The bridge opened in 1961.[1] Inspectors closed it on 3 March 2025.[2][a] Repairs began the same day.[citation needed]

            References[edit]
            1. ^ "Bridge opens". Harwick Times. 2 May 1961. Retrieved 4 March 2025.
            2. ^ "Bridge shut". Harwick Times. 3 March 2025. Archived from the original on 5 March 2025.

            Categories: 2025 in England | Bridges

            This page was last edited on 21 March 2025, at 03:12 (UTC).
            Text is available under the Creative Commons Attribution-ShareAlike License 4.0

            """
        let article = Cleaner().clean(SourceFile(id: "w", path: "w.txt", text: text, manifestDate: nil))
        #expect(PublicationDating.fromText(article, tagger: TemporalTagger.shared)?.description == "2025-03-21")
        let body = article.lines.filter { $0.role == .body }.map { article.text($0) }
        #expect(body == ["The bridge opened in 1961.    Inspectors closed it on 3 March 2025.       Repairs began the same day."])
        let t = build([file("w", text)])
        #expect(t.events.map(\.date) == ["1961", "2025-03-03", "2025-03-03"], "\(t.events.map(\.title))")
        #expect(t.events.contains { $0.date == "2025-03-03" && $0.title.hasPrefix("Repairs began") }, "the same day is the day of the sentence before")
    }

    /// A page stamped with three two-figure numbers between dots that fit the corpus only year
    /// first ("26.03.07 13:45" among pages of March 2026) writes its other such dates year first,
    /// and an update's heading that opens its line ("Update 26.03.09: ...") dates what follows it.
    @Test func aYearFirstPageReadsItsDatesYearFirst() {
        let t = build([
            file("a", "Published: March 6, 2026\n\nThe ministry suspended the plant on Friday after the leak.\n"),
            file("b", "Ulsan leak megathread\n\nPosted by u/local\n26.03.07 13:45\n\nThe plant was suspended yesterday after the leak.\n\nUpdate 26.03.09: police raided the plant this morning after the leak.\n"),
        ])
        #expect(t.documents.first { $0.id == "b" }?.published == "2026-03-07")
        #expect(has(t, "2026-03-09", "police raided the plant"), "\(t.events.map { ($0.date, $0.title) })")
        #expect(!t.events.contains { $0.date.hasPrefix("2007") || $0.date.hasPrefix("2009") })
    }

    /// A page whose own stamp is written day first ("Date of issue: 10/11/2025" among pages of
    /// November) writes its other slashed dates day first too; so does one with a date that can
    /// only be read so ("17/11/2025").
    @Test(arguments: [
        ("Date of issue: 10/11/2025", "2025-11-08"),
        ("Issued on 17/11/2025", "2025-11-08"),
        ("Issued on 11/17/2025", "2025-08-11"),
    ])
    func aDayFirstPageReadsItsDatesDayFirst(_ stamp: String, _ day: String) {
        let t = build([
            file("a", """
                Published: November 12, 2025

                The regulator barred the contractor on Monday after the roof collapse.

                """),
            file("b", """
                PROHIBITION NOTICE

                \(stamp)

                The use of the structure is prohibited following the roof collapse at the reserve on 08/11/2025.

                """),
        ])
        #expect(t.events.contains { $0.date == day && $0.mentions.contains { $0.text.contains("08/11/2025") } }, "\(t.events.map { ($0.date, $0.title) })")
    }

    /// Scraped text may keep HTML's character references; they are read as the characters they
    /// stand for, so that no "amp" or "quot" becomes an issue and "it&#8217;s" is one word.
    @Test(arguments: [
        ("Halden &amp; Pryce said it&#8217;s &quot;safe&quot;.", "Halden & Pryce said it’s \"safe\"."),
        ("Voted on&nbsp;Tuesday &#x2014; and again&#160;later.", "Voted on Tuesday — and again later."),
        ("Fish &chips; & more &#0; done", "Fish &chips; & more &#0; done"),
        ("No references here.", "No references here."),
    ])
    func characterReferencesAreRead(_ raw: String, _ text: String) {
        var bytes = Array(raw.utf8)
        Cleaner.decodeEntities(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == text)
    }

    /// A page created on one day and updated the next: a weekday that, read as of its creation,
    /// falls days before the page, is the day of the update it tells of; other days stay as read.
    @Test func aWeekdayOfAnUpdatedPageIsReadAsOfTheUpdate() {
        let t = build([
            file("a", """
                Incident: Cascade B738 at Denver on Nov 3rd 2025, engine failure

                By Simon Hradecky, created Monday, Nov 3rd 2025 22:41Z, last updated Tuesday, Nov 4th 2025 07:40Z

                The airline grounded the jet today after the engine failed on climb out.

                The NTSB opened an investigation on Tuesday and dispatched a team to Denver.

                A similar engine had failed on Friday over Utah.

                """),
        ])
        #expect(has(t, "2025-11-04", "opened an investigation"), "\(t.events.map { ($0.date, $0.title) })")
        #expect(has(t, "2025-11-03", "grounded the jet today"), "today is the page's own day")
        #expect(has(t, "2025-10-31", "failed on Friday"), "a day before the page either way")
    }

    /// A lede with no date that tells what has just happened ("The regulator has cleared ...")
    /// happened on the page's day (festival-collapse shows it joining another page's event).
    @Test func anUndatedLedeIsThePagesDay() {
        let alone = build([file("a", "Published: November 12, 2025\n\nThe Competition and Markets Authority has cleared Maple Retail's purchase of 30 stores.\n\nThe review was launched on 10 October 2025.\n")])
        #expect(has(alone, "2025-11-12", "has cleared Maple Retail's purchase"), "\(alone.events.map { ($0.date, $0.title) })")
        let later = build([file("a", "Published: November 12, 2025\n\nShares rose, and the company said it has cleared its debts.\n\nThe review was launched on 10 October 2025.\n")])
        #expect(!later.events.contains { $0.date == "2025-11-12" }, "a perfect after a comma is no lede's news")
    }

    /// A feed of posts, each with its stamp under it ("8:05 PM · Nov 15, 2025"): each post's
    /// "today" is its own stamp's day, not the page's first.
    @Test func aFeedsPostsAreReadAsOfTheirOwnStamps() {
        let t = build([
            file("a", """
                Rakesh Menon
                @RakeshMenonMP

                Met the chief executive of SkyVista Airways today about the cancellations.

                6:40 PM · Nov 12, 2025

                Rakesh Menon
                @RakeshMenonMP

                The pilots' association called off its agitation after talks held today in Delhi.

                8:05 PM · Nov 15, 2025

                """),
        ])
        #expect(has(t, "2025-11-12", "Met the chief executive"))
        #expect(has(t, "2025-11-15", "called off its agitation"), "\(t.events.map { ($0.date, $0.title) })")
    }

    /// A picture's caption with its credit ("| Photo Credit: PTI", "(Photo: Reuters)") is no
    /// part of the running text; a sentence that names a photo is.
    @Test(arguments: [
        ("Passengers wait at the counter in New Delhi on Tuesday. | Photo Credit: PTI", true),
        ("Firefighters at the site on Monday. (Photo: Reuters)", true),
        ("Rescuers at the scene on Sunday | AP Photo/Jane Doe", true),
        ("The agency released a photo of the suspect on Tuesday.", false),
        ("Voters in Lyon (France) went to the polls on Sunday.", false),
    ])
    func aCaptionWithItsCreditIsNoReport(_ line: String, _ caption: Bool) {
        let article = Cleaner().clean(SourceFile(id: "c", path: "c.txt", text: "Headline of the story here\n\n\(line)\n", manifestDate: nil))
        #expect(article.lines.contains { $0.role == .furniture } == caption)
    }

    @Test func thePageSpeakingToItsReaderIsNotAReport() {
        let t = build([
            file("a", """
                Published: October 22, 2025

                Here is what you need to know today.

                "You will see a ruling by Friday," the lawyer told reporters.

                That's all from us tonight.

                """),
        ])
        #expect(t.events.map(\.date) == ["2025-10-24"], "only the quoted forecast is a report: \(t.events.map(\.title))")
    }

    @Test func aLiveBlogEntryHappenedOnItsDay() {
        let t = build([
            file("a", """
                LIVE: Budget vote
                Last updated: 14 October 2025

                19:42
                Thank you for following our coverage.

                18:10
                Senate approves budget

                The Senate has approved the budget by 28 votes to 15.

                Applause from the benches.

                16:30
                Senate president Paula Lagos opens the session.

                12:05
                The petition against the budget now has 7,000 signatures.

                09:00
                Good morning.

                """),
        ])
        #expect(has(t, "2025-10-14", "The Senate has approved") && has(t, "2025-10-14", "opens the session"))
        #expect(has(t, "2025-10-14", "now has 7,000"), "\"now\" gives no day, so the entry's stamp does")
        #expect(!t.events.contains { e in e.mentions.contains { ["Applause", "Thank you", "Good morning"].contains(where: $0.text.hasPrefix) } },
                "only an entry's first sentence takes its stamp, and the page's voice is no report")
    }

    @Test func aLiveBlogsDayHeadingsDateThePostsUnderThem() {
        let t = build([
            file("a", """
                LIVE UPDATES: River flood
                Last updated: 7 minutes ago

                Sunday, Oct. 12

                4:20 p.m. — The county hospital says nine people have been treated for injuries since Thursday.

                Saturday, Oct. 11

                6:45 p.m. — Volunteers filled 3,000 sandbags at the fairgrounds today, the county said. Filling continues tomorrow at 8 a.m.

                Friday, Oct. 10

                7:10 p.m. — The river broke its banks at the old mill.

                Thursday, Oct. 9

                Residents of Mill Street were evacuated by boat as the water rose.

                """),
        ] + others)
        #expect(has(t, "2025-10-12", "nine people have been treated"))
        #expect(has(t, "2025-10-11", "filled 3,000 sandbags at the fairgrounds today"), "'today' under Saturday's heading is that Saturday")
        #expect(has(t, "2025-10-12", "Filling continues tomorrow"))
        #expect(has(t, "2025-10-09", "were evacuated by boat"), "a post with no date of its own is of its heading's day")
        #expect(has(t, "2025-10-10", "broke its banks"), "a clock under Friday's heading is Friday's")
    }

    @Test(arguments: [
        (["October 10, 2025", "October 11, 2025", "October 12, 2025"], ["2025-10-10", "2025-10-11", "2025-10-12"]),
        (["Sunday, Oct. 12", "Saturday, Oct. 11", "Friday, Oct. 10"], ["2025-10-12", "2025-10-11", "2025-10-10"]),
        // Days that do not run one way are no diary's: dates a page lists.
        (["October 10, 2025", "October 12, 2025", "October 11, 2025"], []),
        // One day line is a stamp.
        (["October 10, 2025"], []),
    ])
    func dayHeadingsRunOneWayInTime(_ lines: [String], _ days: [String]) {
        let text = "Flood notes\n\n" + lines.map { $0 + "\n\nThe county opened a shelter today at the school gym, officials said.\n\n" }.joined()
        let page = clean(text)
        let expressions = TemporalTagger.shared.tag(bytes: page.bytes, documentDate: CalendarDate(iso: "2025-10-12"))
        #expect(EventExtractor().dayHeadings(expressions, in: page).map(\.timex.value) == days)
    }

    @Test(arguments: [
        // Newest first: the entries before midnight are the day before's.
        ("08:10\nFlights resumed at the airport.\n\n00:41\nThe airport reopened.\n\n22:15\nThe minister spoke about the drones.\n\n20:58\nPolice confirmed drones over the runway.\n",
         ["2025-09-22", "2025-09-22", "2025-09-23", "2025-09-23"]),
        // Oldest first, the same.
        ("20:58\nPolice confirmed drones over the runway.\n\n22:15\nThe minister spoke about the drones.\n\n00:41\nThe airport reopened.\n\n08:10\nFlights resumed at the airport.\n",
         ["2025-09-22", "2025-09-22", "2025-09-23", "2025-09-23"]),
        // No midnight crossed.
        ("19:42\nThe vote ended at the senate.\n\n16:30\nThe senate session opened.\n\n12:05\nThe petition grew at the senate.\n",
         ["2025-09-23", "2025-09-23", "2025-09-23"]),
    ])
    func aLiveBlogsEntriesBeforeMidnightAreTheDayBefores(_ entries: String, _ days: [String]) {
        let t = build([file("a", "LIVE: Drones over the airport\nLast updated: 23 September 2025 08:10\n\n" + entries)])
        #expect(t.events.flatMap { e in e.mentions.map { _ in e.date } }.sorted() == days)
    }

    @Test func aClockAloneOnItsLineFallsOnThePagesDay() {
        let text = "Residents returned on Friday, he said.\n\nUpdate 7:45 p.m.\nThe agency said its monitors found nothing."
        let values = TemporalTagger.shared.tag(text, documentDate: CalendarDate(iso: "2026-02-10")).map(\.value)
        #expect(values == ["2026-02-06", "2026-02-10T19:45"])
        let inline = TemporalTagger.shared.tag("Police arrived on Oct. 23 and left at 10 p.m.", documentDate: CalendarDate(iso: "2025-10-28")).map(\.value)
        #expect(inline == ["2025-10-23", "2025-10-23T22:00"], "a clock in running text still falls on the day the sentence named")
    }

    @Test func aChronologysLineDatesItsLaterSentences() {
        let t = build([
            file("a", """
                Published: October 20, 2025

                How it unfolded:

                Oct. 6: The council closes the Tesk bridge. Engineers begin a full inspection.
                - Oct. 9: Divers find cracks in two piers.

                On Oct. 14 the mayor visited the bridge. Residents protested outside city hall.

                """),
        ])
        #expect(has(t, "2025-10-06", "Engineers begin a full inspection"))
        #expect(has(t, "2025-10-09", "Divers find cracks"))
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.hasPrefix("Residents") } },
                "a date inside a paragraph's first sentence does not head the paragraph")
    }

    @Test(arguments: [
        ("March 13", true), ("in June", true), ("the week of Oct. 9", true), ("13 March", true),
        ("last June", false), ("this March", false), ("March 13, 2026", false), ("Friday", false), ("next week", false),
    ])
    func yearlessDatesAreTold(_ text: String, _ yearless: Bool) {
        #expect(TemporalTagger.shared.isYearless(text) == yearless)
    }

    @Test func aYearlessDateAYearOffTakesTheYearOtherArticlesGiveIt() {
        let t = build([
            file("a", "Published: March 16, 2026\n\nThe Harlan Council closed the Tesk bridge on March 13, the city said.\n"),
            file("b", "Published: June 1, 2026\n\nDrivers will long remember the closure of March 13, the mayor said.\n"),
            file("c", "Published: June 2, 2026\n\nThe Tesk bridge will reopen on March 20, the engineers said.\n"),
        ] + others)
        #expect(has(t, "2026-03-13", "will long remember"), "the corpus knows March 13, 2026; June's future tense had put it in 2027")
        #expect(has(t, "2027-03-20", "will reopen"), "no other article gives March 20, so the tense's year stands")
    }

    @Test func aPlanToldAsDoneByALaterReportHasHappened() {
        let t = build([
            file("a", "Published: October 14, 2025\n\nThe Supreme Court will hear the Tesk bridge appeal on Oct. 21, a court spokesperson said.\n"),
            file("b", "Published: October 22, 2025\n\nThe Supreme Court heard the Tesk bridge appeal on Tuesday, a court spokesperson said.\n"),
        ] + others)
        let hearing = t.events.first { $0.date == "2025-10-21" }
        #expect(hearing?.sources == 2 && hearing?.status == .occurred)
        #expect(hearing?.title.contains("heard") == true, "the report that tells it as done leads")
    }

    @Test func aSentenceThatSaysLittleButItsDayJoinsThatDaysEvent() {
        let t = build([
            file("a", "Published: October 9, 2025\n\nThe Harlan council voted on Thursday to close the Tesk bridge for repairs, citing cracked piers.\n"),
            file("b", "Published: October 10, 2025\n\nQuick Look\n- Closure vote: October 9, 2025\n- Cost: $4 million\n\nResidents said the detour added an hour to their commute.\n"),
            file("c", "Published: October 10, 2025\n\nThe vote came on Thursday.\n"),
        ] + others)
        let vote = t.events.filter { $0.date == "2025-10-09" }
        #expect(vote.count == 1 && vote.first?.sources == 3, "a field or a short sentence that gives the day and a word of the event is that event")
    }

    @Test func aSentenceThatDatesTwoHappeningsKeepsTheirDaysApart() {
        let t = build([
            file("a", "Published: October 9, 2025\n\nTrading in Tesk Mining shares was halted on Thursday pending news.\n"),
            file("b", "Published: October 10, 2025\n\nShares of Tesk Mining jumped 38% on Friday, their first full day of trading since regulators approved the Harlan mine on Thursday.\n"),
        ] + others)
        #expect(has(t, "2025-10-10", "jumped 38%"), "Friday's rise is its own event, not the halt with its day in dispute")
        #expect(t.events.allSatisfy { $0.conflicts.isEmpty })
    }

    /// In a sentence that tells two days' happenings, a figure belongs to the clause of its day:
    /// the sum Monday's demand names is not the grounding's of the week before.
    @Test func aFigureBelongsToTheDateOfItsClause() {
        let story = [
            file("a", "Published: March 10, 2026\n\nThe harbour authority on Monday demanded $12 million in compensation from the owner of the Sea Lark, the tanker that ran aground near the port last week.\n"),
            file("b", "Published: March 10, 2026\n\nThe harbour authority on Monday demanded $15 million in compensation from the owner of the Sea Lark.\n"),
            file("c", "Published: March 4, 2026\n\nThe tanker Sea Lark ran aground near the port on Tuesday, blocking the harbour.\n"),
        ]
        let t = build(story + others)
        let demand = t.events.first { e in e.date == "2026-03-09" && e.mentions.contains { $0.document == "b" } }
        #expect(demand?.conflicts.map(\.attribute) == ["figure"], "\(t.events.map { ($0.date, $0.title, $0.conflicts) })")
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("ran aground near the port on Tuesday") } && !e.conflicts.isEmpty })
    }

    /// A happening told as late on one day by one page and just after midnight by another is
    /// one, with its day in dispute; so is a sentence that names the day a state began apart
    /// from its own ("stranded since Tuesday morning, failed on Wednesday").
    @Test func aHappeningAcrossMidnightIsOne() {
        let story = [
            file("a", "Published: April 17, 2026\n\nThe Kestrel Dawn was refloated at 11:20 pm on Thursday, officials said.\n"),
            file("b", "Published: April 18, 2026\n\nA spokesman said the Kestrel Dawn had been refloated shortly after midnight on Friday.\n"),
            file("c", "Published: April 16, 2026\n\nEfforts to refloat the Kestrel Dawn, the container ship stranded in the canal since Tuesday morning, failed on Wednesday.\n"),
            file("d", "Published: April 15, 2026\n\nThe container ship Kestrel Dawn ran aground in the canal on Tuesday morning.\n"),
        ]
        let t = build(story + others)
        let refloated = t.events.filter { e in e.mentions.contains { $0.text.contains("refloated") } }
        #expect(refloated.count == 1 && refloated.first?.conflicts.map(\.attribute) == ["date"], "\(t.events.map { ($0.date, $0.title) })")
        let aground = t.events.first { e in e.mentions.contains { $0.text.contains("ran aground") } }
        #expect(aground?.conflicts.isEmpty == true && aground?.mentions.map(\.document) == ["d"])
        #expect(EventMerger.moments(day: 10, clock: 1440) == [14400, 15840])
        #expect(EventMerger.nearMoment([14400], [14380]) && !EventMerger.nearMoment([15840], [14380]))
    }

    /// A footnote's star before a line of furniture, and a dateline's date after its dash, are
    /// no part of the article's text.
    @Test func aStarredFootnoteAndADatelinesDateAreNotText() {
        let article = clean("Lessons from the canal\n\nWednesday 22 Apr 2026\n\nThe ship was freed on Thursday.\n\n* A version of this article appears in print in the 23 April, 2026 edition of the Weekly\n")
        #expect(article.lines.filter { $0.role == .body }.map { article.text($0) } == ["The ship was freed on Thursday."])
        let line = Array("CAIRO - 18 April 2026: The authority has opened an investigation.".utf8)
        #expect(String(decoding: line[EventExtractor.leadInEnd(line, from: 0, to: line.count)...], as: UTF8.self) == "The authority has opened an investigation.")
    }

    @Test func aStampOfAnotherCalendarIsNotThePagesDay() {
        let t = build([
            file("a", "Royalty raised\n\nPublished: April 2, 2026\n\nThe government raised the climbing fee on Wednesday.\n"),
            file("b", "Operators protest\n\nPublished: April 5, 2026\n\nOperators staged a sit-in outside the ministry on Sunday.\n"),
            file("n", "Notice\n\nDate: 2082/12/26\n\nIn accordance with the court order dated 2082/12/25 (April 8, 2026), the fee shall be collected at the previous rate from April 10, 2026.\n"),
        ])
        let n = t.documents.first { $0.id == "n" }
        #expect(n?.published?.hasPrefix("2082") != true, "a Bikram Sambat stamp is no day of this calendar")
        #expect(!t.events.contains { $0.date.hasPrefix("2082") })
        #expect(has(t, "2026-04-10", "previous rate"))
    }

    @Test func aPresentProgressiveLedeOverAnEarlierHappeningIsThePagesNews() {
        let t = build([file("a", "Authority seeks $15m\n\nPublished: April 20, 2026\n\nThe authority is seeking $15m from the owner over last week's grounding of the ship near the port.\n")])
        #expect(has(t, "2026-04-20", "is seeking $15m"), "the seeking is the page's news")
        #expect(t.events.contains { $0.date.hasPrefix("2026-W16") }, "the grounding keeps last week")
        let u = build([file("b", "Inmate caught\n\nPublished: June 16, 2026\n\nThe police have rearrested one of the four inmates who escaped from the prison over the weekend.\n")])
        #expect(!u.events.contains { $0.date == "2026-06-16" }, "'over the weekend' is the date, not a link to it")
    }

    @Test func aDateWhoseWeekdayNamesTheDayBeforeJoinsThatDaysEventInDispute() {
        let t = build([
            file("a", "Plane skids off runway\n\nPublished: March 2, 2026\n\nA Skyward Air aircraft skidded off runway 18L in Lagos on Sunday evening, injuring five passengers.\n"),
            file("b", "NCAA suspends fleet\n\nPublished: March 3, 2026\n\nThe suspension follows the incident on Sunday, March 2, in which one of the airline's aircraft skidded off runway 18L in Lagos.\n"),
        ] + others)
        let skid = t.events.filter { e in e.mentions.contains { $0.text.contains("skidded off runway 18L") } }
        #expect(skid.count == 1 && skid.first?.date == "2026-03-01", "\(skid.map(\.date))")
        #expect(skid.first?.conflicts.contains { $0.attribute == "date" } == true)
        #expect(EventMerger.slipDay("Sunday, March 2", "2026-03-02") == Int32(CalendarDate(iso: "2026-03-01")!.dayNumber))
        #expect(EventMerger.slipDay("Monday, March 2", "2026-03-02") == -1 && EventMerger.slipDay("Sunday", "2026-03-01") == -1)
    }

    @Test func oneDaysFigureToldTwoWaysIsOneEventInDispute() {
        let t = build([
            file("a", "Shares slide\n\nPublished: March 3, 2026\n\nShares of Corvan Media fell 8.2 percent on the Kosdaq on Tuesday, wiping out 190 billion won.\n"),
            file("b", "Agency sues\n\nPublished: March 4, 2026\n\nCorvan Media, which owns 80 percent of the agency, closed down 7.9 percent Tuesday.\n"),
            file("c", "Index rises\n\nPublished: March 4, 2026\n\nThe Kosdaq index rose 1.2 percent on Tuesday, led by chipmakers.\n"),
        ] + others)
        let fall = t.events.filter { e in e.mentions.contains { $0.text.contains("Corvan Media") } }
        #expect(fall.count == 1 && fall.first?.date == "2026-03-03", "\(fall.map(\.date))")
        #expect(fall.first?.conflicts.first { $0.attribute == "figure" }.map { $0.values.map(\.value) } == ["7.9%", "8.2%"])
        #expect(!t.events.contains { e in e.mentions.contains { $0.text.contains("Corvan") } && e.mentions.contains { $0.text.contains("index rose") } })
        #expect(EventMerger.figureRetold(8.2, [7.9]) && !EventMerger.figureRetold(8.2, [80]) && !EventMerger.figureRetold(1.2, [8.2]))
    }

    @Test(arguments: [
        ("Posted 10/14 at 7:45 PM", "10-14"), ("Updated 3/9, 5:10 PM", "3-9"), ("Posted 25/3", "3-25"),
        ("Posted 10/14/2026", nil), ("The score was 10/14 at half time", nil), ("Posted 13/13", nil),
    ] as [(String, String?)])
    func aStampsSlashedMonthAndDayWithoutAYearAreItsDay(_ line: String, _ expected: String?) {
        let found = PublicationDating.slashedStamp(Array(line.utf8)).map { "\($0.month)-\($0.day)" }
        #expect(found == expected)
    }

    @Test func aForumsPostStampsDateThePostsUnderThem() {
        let t = build([file("f", """
            Formula recall - anyone else?

            Posted 6 June 2026 - 08:14 PM

            mumof2_melb
            Just saw the recall from yesterday. We have two tins of the stage 1 in the pantry and the batch matches.

            Posted 07 June 2026 - 07:02 AM

            sleepdeprived_dad
            Took ours back to the supermarket this morning, they refunded it with no questions asked.
            """)])
        #expect(has(t, "2026-06-07", "Took ours back"), "\(t.events.map { "\($0.date) \($0.title)" })")
        #expect(has(t, "2026-06-05", "recall from yesterday"))
    }

    @Test func aPossessiveDaysNounEndsAtItsVerb() {
        let t = build([file("a", "Shares plunge\n\nPublished: June 15, 2026\n\nHarwood Group shares plunged 38 per cent when they resumed trading on Thursday, after last Tuesday's trading halt failed to calm investors rattled by the recall.\n")])
        let halt = t.events.first { $0.date == "2026-06-09" }
        #expect(halt != nil && !(halt?.issues.contains { $0.contains("investor") || $0.contains("recall") } ?? true), "\(halt?.issues ?? [])")
    }

    @Test func aSecondOfAKindIsAnotherHappeningAndAScheduleIsNone() {
        let t = build([
            file("a", "Body recovered\n\nPublished: October 14, 2026\n\nDivers recovered the body of one of the two missing highway workers from the bay on Wednesday afternoon, police said.\n"),
            file("b", "Second body found\n\nPublished: October 16, 2026\n\nDivers on Friday recovered the body of the second highway worker from the bay, police said.\n\nFerries will run every 30 minutes from 5 a.m. to 11 p.m. until the bridge reopens.\n"),
        ] + others)
        #expect(has(t, "2026-10-14", "one of the two missing") && has(t, "2026-10-16", "second highway worker"), "\(t.events.map { "\($0.date) \($0.title)" })")
        #expect(!t.events.contains { $0.mentions.contains { $0.text.hasPrefix("Ferries will run") } })
        let tokens = Tokenizer.tokenize(Array("Police arrested two men on Wednesday night, and a third suspect was held.".utf8))
        #expect(EventExtractor.sequence(tokens, window: 0..<tokens.count, timex: 5..<7) == 0, "the third is the next clause's")
    }

    @Test func aDayGlossedInParenthesesDatesItsHappening() {
        let t = build([file("a", "Court stays fee\n\nPublished at : April 8, 2026\n\nThe court has scheduled a hearing with both sides for Baisakh 15 (April 28).\n")])
        #expect(has(t, "2026-04-28", "scheduled a hearing"))
    }

    @Test func aTellingAfterTheHappeningDatesNoHappeningOfItsOwn() {
        let t = build([file("a", "Levy raised\n\nPublished: April 10, 2026\n\nA cabinet meeting on Wednesday decided to raise the fuel levy, spokesperson Anna Berg told the Herald on Thursday.\n\nThe levy rise was approved by parliament on Tuesday, officials said in a statement on Thursday.\n\nThe recount, which began on Monday, added 40 ballots found on Tuesday.\n")])
        #expect(has(t, "2026-04-08", "fuel levy"))
        #expect(has(t, "2026-04-07", "approved by parliament"))
        #expect(!t.events.contains { $0.date == "2026-04-09" }, "the telling's Thursday is no event")
        #expect(has(t, "2026-04-07", "40 ballots"), "'added' with a count is an act, not a telling")
    }
}

/// The lines of a scraped page that are neither headline nor report: breadcrumbs, date lines,
/// speaker labels and bylines.
@Suite struct PageLineTests {
    func clean(_ text: String) -> CleanArticle { Cleaner().clean(SourceFile(id: "p", path: "p.txt", text: text, manifestDate: nil)) }

    func lines(_ text: String) -> [String] {
        let a = clean(text)
        return a.lines.map { "\($0.role) \(a.text($0))" }
    }

    @Test(arguments: [
        ("Home > Norway > Science & Tech", true), ("Newsroom › Observing the Earth", true), ("World » Europe", true),
        ("Launch | Industry | Policy | Podcasts", true), ("Shares fell > 5% in Oslo", false),
        ("Listen on Apple Podcasts | Spotify | RSS", false), ("Norway's first orbital rocket explodes", false),
        ("Home / India News", true), ("News / Education", true), ("Policy / Tech / Apps", true),
        ("Rates rose 0.25 / 0.5 points", false), ("Fans cheered and/or booed the decision", false),
    ])
    func breadcrumbsAreNavigation(_ line: String, _ expected: Bool) {
        #expect(Cleaner.isNavigation(Array(line.utf8)) == expected)
    }

    @Test(arguments: [
        ("Wednesday, February 4, 2026", true), ("2026-01-15T09:30:00Z", true), ("10 December 2025", true),
        ("Nordlys raises 400 million kroner", false), ("Storm Ingunn: what to expect on Friday", false),
    ])
    func aLineThatOnlyGivesADateIsAStamp(_ line: String, _ expected: Bool) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { Cleaner.isDateOnly($0) } == expected)
    }

    @Test(arguments: [
        ("DAN OKAFOR: Ingrid, thanks for coming on.", 12), ("Q: When do you fly again?", 3), ("O'BRIEN: We will.", 9),
        ("Note: this is lower case.", 0), ("10:05 a.m. The burn began.", 0), ("THE ONE WHO KNEW: a long label", 0), ("OSLO –", 0),
    ])
    func speakerLabelsAreMeasured(_ line: String, _ length: Int) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { Cleaner.speakerLabel($0) } == length)
    }

    @Test func aTranscriptLineKeepsOnlyWhatWasSaid() {
        let text = lines("Episode 112\n\nSOLBERG: We were wrong about the valve.\n")
        #expect(text.last == "body We were wrong about the valve.")
    }

    @Test(arguments: [
        ("4 thoughts on \u{201C}What the cut means\u{201D}", true), ("12 Responses to Budget day", true), ("3 comments", true),
        ("4 thoughtful readers wrote in on Monday.", false), ("12 people were hurt on Monday.", false),
    ])
    func aBlogsCommentHeadingEndsTheArticle(_ line: String, _ cuts: Bool) {
        let a = clean("Headline words for the story\n\nThe council voted on Tuesday.\n\n\(line)\n\nMark says: great news.\n")
        #expect((a.lines.last?.role == .furniture) == cuts)
    }

    @Test(arguments: [
        ("Home News Sport Weather iPlayer", true), ("Environment  Climate crisis  Wildlife  Energy  Pollution", true),
        ("Top News | Business | Energy", true),
        ("climate Environment Wildlife Energy", false), ("Energy firms face climate crisis in Wildlife Trust row", false),
    ])
    func aMenuOfSectionsIsControls(_ line: String, _ expected: Bool) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { Cleaner().isControls($0) } == expected)
    }

    @Test func aPagesChangeLogIsNotTheStory() {
        let a = clean("Bird flu: latest situation\n\nA case was confirmed near Thirsk on 3 February 2026.\n\nUpdates to this page\nPublished 3 February 2026\n5 February 2026 Added information about housing measures.\n")
        #expect(a.lines.filter { $0.role == .body }.map { a.text($0) } == ["A case was confirmed near Thirsk on 3 February 2026."])
    }

    @Test func aNewslettersItemsCloseWithALinkToTheFullStory() {
        let text = "The Download: a fine, and a chip\n\nThis is today's edition of our newsletter.\n\nRegulator fines Veltro\n\nThe regulator fined Veltro on Wednesday. Read the full story.\n\nChipmaker unveils accelerator\n\nFerrum said it would ship a chip in March. Read the full story.\n"
        #expect(clean(text).items.count == 2)
        let plain = "Talks resume\n\nThe talks resumed on Monday.\n\nWhat comes next\n\nA vote is due on Friday.\n"
        #expect(clean(plain).items.isEmpty, "an article's own subheadings are no items")
    }

    @Test func aPostedByLineIsABylineThatTakesNothingAfterIt() {
        let a = clean("Headline words for the story\n\nPosted by Jenna Whitfield\n\nThe chief executive said Friday that a valve stuck.\n")
        #expect(a.lines.last?.role == .body)
        #expect(a.publishedLines.isEmpty)
    }
}

/// The figures reports give, and the conflicts between them.
@Suite struct FigureTests {
    @Test(arguments: [
        ("Shares fell 12 per cent on Wednesday.", ["percent 12% 12"]),
        ("Shares of the company fell 9 percent on Oct. 8.", ["percent 9% 9"]),
        ("Unemployment rose 3.5% in March.", ["percent 3.5% 3.5"]),
        ("The Senate approved the bill, voting 29-14 after a day of protests.", ["tally 29-14 290014"]),
        ("The Senate has approved the bill by 28 votes to 15.", ["tally 28-15 280015"]),
        ("The scores were 10-12 in the first half.", []),
        ("The blockade cost the company an estimated $4 million in lost shipments.", ["money $ $4 million 4000000"]),
        ("The government last week pledged £40m towards the repairs.", ["money £ £40 m 40000000"]),
        ("The post pays £65k a year.", ["money £ £65 k 65000"]),
        ("The ridge is 40 m high.", []),
        ("Files of approximately 1.2 million patients may have been accessed.", ["patient 1.2 million patients 1200000"]),
        ("Data of about 900,000 patients was exposed.", ["patient 900,000 patients 900000"]),
        ("About 300 contract workers would be moved to other sites.", ["job 300 workers 300"]),
        ("The company will lay off 60 of its 310 employees.", ["job 60 employees 60"]),
        ("Last week the company said it would cut 80 jobs, about a quarter of its workforce.", ["job 80 jobs 80"]),
        ("The lagoons had shrunk by a third in three years, and 18 communities met in 2025.", ["community 18 communities 18"]),
        ("The plant has run for 40 years and employs 2,100 people.", []),
        ("No figure at all on Tuesday.", []),
        ("Patients lost 19.4% of their body weight over 72 weeks.", ["percent of weight 19.4% 19.4"]),
        ("Some 7.1% of patients on the drug stopped treatment.", ["percent of patient 7.1% 7.1"]),
        ("Turnout reached 61 percent of the electorate.", ["percent of elector 61% 61"]),
        ("Twenty-one patients were treated for smoke inhalation.", ["patient 21 patients 21"]),
        ("Thirteen patients were treated.", ["patient 13 patients 13"]),
        ("Seven patients were treated.", ["patient 7 patients 7"]),
        ("Police on Wednesday arrested five persons, including the owner of a coaching centre.", ["person 5 persons 5"]),
        ("One person was hurt and two-thirds of the flights were cancelled.", []),
        ("The Seven Network said three of the crew were safe.", []),
    ])
    func figuresAreReadWithTheirKind(_ sentence: String, _ expected: [String]) {
        let read = FigureReader.shared.figures(in: sentence).map { f in
            "\(f.kind) \(f.value) \(f.amount.rounded() == f.amount ? String(Int(f.amount)) : String(f.amount))"
        }
        #expect(read == expected)
    }

    @Test func documentsThatGiveDifferentFiguresConflict() {
        let conflicts = FigureReader.shared.conflicts([
            ("a", "Shares fell 12 per cent on Wednesday, to 3,100 pesos."),
            ("b", "Shares fell 9 percent on Oct. 8."),
            ("b", "Shares fell 9 percent on Oct. 8."),
            ("c", "Shares fell 12% on Wednesday."),
            ("d", "Shares fell 5% and then 7% on Wednesday."),
        ])
        #expect(conflicts == [Conflict(attribute: "figure", values: [
            ConflictValue(value: "12%", documents: ["a", "c"], evidence: ["a: 12 per cent", "c: 12%"]),
            ConflictValue(value: "9%", documents: ["b"], evidence: ["b: 9 percent"]),
        ])], "a sentence that gives two figures of a kind is not taken as either")
        #expect(FigureReader.shared.conflicts([("a", "Shares fell 12 per cent."), ("b", "Shares fell 12%.")]).isEmpty)
        #expect(FigureReader.shared.conflicts([("a", "Patients lost 19.4% of their weight."), ("b", "Only 7.1% of patients stopped.")]).isEmpty,
                "shares of different wholes")
        #expect(FigureReader.shared.conflicts([("a", "Shares fell 12 per cent."), ("a", "Shares later fell 9 percent.")]).isEmpty,
                "one document alone does not make a conflict")
    }

    /// A bound ("more than 100 millimetres", "nearly 200 people") is no dispute with a figure
    /// it holds, and is one with a figure beyond it.
    @Test func aBoundIsNoDisputeWithAFigureItHolds() {
        #expect(FigureReader.shared.conflicts([("a", "More than 100 millimetres of rain fell in an hour."), ("b", "156.3 millimetres of rain fell in an hour.")]).isEmpty)
        #expect(FigureReader.shared.conflicts([("a", "Nearly 200 passengers were stranded."), ("b", "About 180 passengers were stranded."), ("c", "At least 150 passengers were stranded.")]).isEmpty)
        #expect(FigureReader.shared.conflicts([("a", "Nearly 200 passengers were stranded."), ("b", "Some 240 passengers were stranded.")]).count == 1)
        #expect(FigureReader.shared.conflicts([("a", "At least 300 cubic metres of debris fell."), ("b", "About 250 cubic metres of debris fell.")]).count == 1)
    }

    /// Deaths counted on one page and more deaths on a later one bring the toll up to date; a
    /// smaller count on the later page, or a count of another kind, is a dispute.
    @Test func aRisingTollIsBroughtUpToDateNotDisputed() {
        let oct10 = CalendarDate(iso: "2025-10-10"), oct15 = CalendarDate(iso: "2025-10-15")
        let rising = FigureReader.shared.conflicts([("a", "The outbreak has caused 4 deaths.", oct10), ("b", "The outbreak has caused 7 deaths.", oct15)])
        #expect(rising.isEmpty)
        let falling = FigureReader.shared.conflicts([("a", "The outbreak has caused 7 deaths.", oct10), ("b", "The outbreak has caused 4 deaths.", oct15)])
        #expect(falling.count == 1)
        let jobs = FigureReader.shared.conflicts([("a", "The company will cut 60 jobs.", oct10), ("b", "The company will cut 80 jobs.", oct15)])
        #expect(jobs.count == 1, "a job cut does not keep rising while the story runs")
    }

    @Test func countsOfOneThingConflictWhenTheyAreNear() {
        let jobs = FigureReader.shared.conflicts([("a", "The company will lay off 60 of its 310 employees."), ("b", "It said it would cut 80 jobs.")])
        #expect(jobs.map { $0.values.map(\.value) } == [["60 employees", "80 jobs"]], "employees and jobs are one kind; 310 is the whole, not the cut")
        #expect(FigureReader.shared.conflicts([("a", "Output was to reach 120,000 tonnes by 2027."), ("b", "Huaxin will buy up to 40,000 tonnes a year.")]).isEmpty,
                "counts severalfold apart are of different things")
        #expect(FigureReader.shared.conflicts([("a", "She received about $180,000 from the developer."), ("b", "The city awarded a $40 million contract.")]).isEmpty,
                "sums tenfold apart are of different things")
        #expect(FigureReader.shared.conflicts([("a", "Repairs will cost $4 million."), ("b", "Repairs will cost $6 million.")]).count == 1,
                "estimates of one sum disagree")
        #expect(FigureReader.shared.conflicts([("a", "China imposed a 75.8% deposit."), ("b", "The deposit of 76 percent stays.")]).isEmpty,
                "a figure and its rounding agree")
        #expect(FigureReader.shared.conflicts([("a", "Data of 1.2 million patients leaked."), ("b", "Data of 1,150,000 patients leaked.")]).isEmpty)
        #expect(FigureReader.shared.conflicts([("a", "The storm injured 14 passengers."), ("b", "The storm injured 16 passengers.")]).count == 1)
    }

    /// A person's name with a middle initial is the person the corpus names without it.
    @Test(arguments: [
        ("Dana M. Whitcomb", "Dana Whitcomb"),
        ("Robert F. Haines", "Robert Haines"),
        ("John Q Public", "John Public"),
        ("Mary Anne Smith", nil),
        ("Li Chenggang", nil),
        ("Ed Lee", nil),
    ])
    func middleInitialsAreLeftOut(_ name: String, _ plain: String?) {
        #expect(ActorIndex.withoutMiddleInitials(name) == plain)
    }

    /// A date labelled inside parentheses is a record's stamp ("(Entered: 11/14/2025)"), not a
    /// happening; a date in parentheses with no label is.
    @Test(arguments: [
        ("Bond set at $50,000. (Entered: 11/14/2025)", true),
        ("Order signed. (Filed on: Nov. 3, 2025)", true),
        ("The vote (held on Nov. 3) passed.", false),
        ("The deadline: Nov. 3.", false),
    ])
    func aLabelledDateInParenthesesIsARecordStamp(_ sentence: String, _ stamp: Bool) throws {
        let e = try #require(TemporalTagger.shared.tag(sentence, documentDate: CalendarDate(iso: "2025-11-20")).first { $0.type == .date })
        #expect(EventExtractor.isRecordStamp(e, bytes: Array(sentence.utf8)) == stamp)
    }

    /// A transcript's time codes are blanked, its speakers' labels are not content, and a
    /// speaker's sponsor read is furniture.
    @Test func aTranscriptsTimeCodesAndSponsorReadsAreNotItsText() {
        let text = """
            The Statehouse Beat - Episode 214 - November 20, 2025

            [00:00:15] SARAH KIM: Marcus Lee was sworn in as acting mayor yesterday.

            [00:02:45] SARAH KIM: This episode is brought to you by Lakeview Credit Union. Use code BEAT through Dec. 31.

            """
        let article = Cleaner().clean(SourceFile(id: "p", path: "p.txt", text: text, manifestDate: nil))
        let body = article.lines.filter { $0.role == .body }.map { article.text($0) }
        #expect(body == ["Marcus Lee was sworn in as acting mayor yesterday."])
    }
}
