import EventModel
import Foundation
import Testing
@testable import TimelineBuilder

/// The reports one article's sentences give: which dates report an event, at what value and with
/// what status, before any merging across documents.
@Suite struct EventExtractorTests {
    /// The reports of `body`, read as of a publication date of Friday 5 June 2026.
    static func reports(_ body: String) -> [String] {
        let file = SourceFile(id: "a", path: "a.txt", text: "Published: June 5, 2026\n\n" + body + "\n", manifestDate: nil)
        let article = Cleaner().clean(file)
        let analysis = EventExtractor().analyze(article, index: 0, document: Document(id: "a", path: "a.txt"),
                                                dct: CalendarDate(iso: "2026-06-05"))
        return analysis.candidates.map { "\($0.value) \($0.status.rawValue)" }
    }

    @Test(arguments: [
        ("The gang claimed responsibility Friday for the attack that crippled the hospital this week.", ["2026-06-05 occurred"]),
        ("Talks in May broke down on May 12, officials said.", ["2026-05-12 occurred"]),
        ("The company said in 2025 that it had met regulators on March 3, 2025.", ["2025-03-03 occurred"]),
        ("Surgeries for Tuesday and Wednesday have been postponed.", ["2026-06-02 occurred"]),
        ("Protests were held in April or May.", ["2026-04 occurred"]),
        ("The river fell on Tuesday, four days after it breached a levee on May 29.", ["2026-06-02 occurred", "2026-05-29 occurred"]),
        ("The company reported results for the quarter ended March 28, 2026, and cut 400 jobs on Tuesday.", ["2026-06-02 occurred"]),
        ("The fiscal year that ended May 31 was its worst.", [String]()),
        ("The party withdrew its budget for 2027 on Tuesday, a day after thousands marched.", ["2026-06-02 occurred", "2026-06-01 occurred"]),
        ("The app was restored on Tuesday, almost six days after the fire.", ["2026-06-02 occurred"]),
        ("Between March 14, 2022, and June 30, 2023, 4,210 participants were enrolled.", ["2022-03-14 occurred"]),
        ("Shares rose 6% on Friday ahead of the presentation.", ["2026-06-05 occurred"]),
        ("The union struck on Monday and the company replied on Wednesday.", ["2026-06-01 occurred", "2026-06-03 occurred"]),
        ("Sales rose in May and fell in June.", ["2026-05 occurred", "2026-06 occurred"]),
        ("The hearing is set for June 19, the last week of the session.", ["2026-06-19 scheduled"]),
        ("A vote is expected in July, after a debate on July 2.", ["2026-07-02 scheduled"]),
        ("The agency counted 14 cases on Thursday, up from nine a week earlier.", ["2026-06-04 occurred"]),
        ("Sales rose 5% on Monday compared with a year ago.", ["2026-06-01 occurred"]),
        ("Petrol sold for N1,100 per litre on Tuesday, up from N945 last week.", ["2026-06-02 occurred"]),
        ("The agency lowered the alert on Friday, saying activity had declined since Tuesday's eruption.", ["2026-06-05 occurred"]),
        ("The airport has been closed since Tuesday.", ["2026-06-02 occurred"]),
        ("The sensor had been out of order since July, the museum said on Monday.", ["2025-07 occurred", "2026-06-01 occurred"]),
        ("Unemployment fell to 4.1% on Monday, down from 4.4% last month.", ["2026-06-01 occurred"]),
        ("Exports were 12% higher than in 2024, the ministry said on Monday.", ["2026-06-01 occurred"]),
        ("Profits were bigger than last year.", [String]()),
        ("The company must reply no later than Monday.", ["2026-06-08 scheduled"]),
        ("The fire grew from 30 hectares to more than 4,000 hectares overnight.", ["2026-06-05 occurred"]),
        ("The festival runs from 1 to 5 July.", ["2026-07-05 scheduled"]),
        ("Our roundup of the news from COP30.\n\nMonday: Ministers arrived in the city.", ["2026-06-01 occurred"]),
        ("Two weeks ago, the plant closed.", ["2026-W21 occurred"]),
        ("11:05 a.m.: Shoppers said they found the cheese on shelves last weekend.", ["2026-W22-WE occurred"]),
        ("11:05 a.m.: Shoppers said the cheese was still on shelves.", ["2026-06-05 occurred"]),
        ("BARRE, Vt., June 3, 2026 — The company recalled its brie on Monday.", ["2026-06-01 occurred"]),
        ("\"Today is an important step,\" the mayor said.", []),
        ("The mayor told reporters: \"This week has been hard for everyone.\"", []),
        ("\"Today we signed the contract,\" the mayor said.", ["2026-06-05 occurred"]),
        ("Friday is the deadline for bids, the council said.", ["2026-06-05 scheduled"]),
        ("Eight seafarers are safe after their ship was released late on Monday, the ministry said on Wednesday.", ["2026-06-01 occurred"]),
        ("The ship was released, the ministry said on Wednesday.", ["2026-06-03 occurred"]),
        ("The engine failed on Monday, the board said on Wednesday in its preliminary report.", ["2026-06-01 occurred", "2026-06-03 occurred"]),
        ("Riders were told on Monday that wages for October would be paid late.", ["2026-06-01 occurred"]),
        ("Cod quotas for 2027 will be set later this month.", ["2026-06 scheduled"]),
        ("The vote was set for October.", ["2026-10 scheduled"]),
        ("As of June 2 the district had recorded 640 cases.", []),
        ("The festival ran from June 1 to June 3 in the old town.", ["2026-06-01 occurred"]),
        ("The hearing was postponed from June 1 to June 9.", ["2026-06-01 occurred", "2026-06-09 scheduled"]),
        ("The bank cut rates on Thursday, the lowest level since early 2023.", ["2026-06-04 occurred"]),
        ("The bank cut rates on Thursday for the fifth time since August 2024.", ["2026-06-04 occurred"]),
        ("Shares hit their highest since March.", []),
        ("The outage is the worst since August 2019, when an update took down its app.", ["2019-08 occurred"]),
        ("Prices have doubled since March.", ["2026-03 occurred"]),
        ("The strike began on Sunday ahead of Monday's vote.", ["2026-05-31 occurred", "2026-06-01 occurred"]),
        ("The union met on Thursday ahead of next Tuesday's vote.", ["2026-06-04 occurred", "2026-06-09 scheduled"]),
        ("If fixed deals end in the next year, homeowners gain from the cut on Thursday.", ["2026-06-04 occurred"]),
        ("If fixed deals end in the next year, homeowners gain.", ["2027 scheduled"]),
        ("A state letter warned the city about the pipe in 2021.", ["2021 occurred"]),
        ("The union warned of a strike next Monday.", ["2026-06-08 threatened"]),
        ("I was at Saturday's show in Leeds and honestly you could tell from the second song.", ["2026-05-30 occurred"]),
        ("Counsel for the company did not immediately respond to a request for comment Monday.", [String]()),
        ("The company, which declined to comment, cut 400 jobs on Tuesday.", ["2026-06-02 occurred"]),
        ("The strike that the union had planned at three of the company's plants for next Monday has been called off.", ["2026-06-08 averted"]),
        ("The ministry has set up a committee to inquire into the outage on Tuesday.", ["2026-06-05 occurred", "2026-06-02 occurred"]),
        ("The city has issued a boil water advisory after samples collected on Wednesday tested positive.", ["2026-06-05 occurred", "2026-06-03 occurred"]),
        ("The regulator has opened an inquiry into the merger, the regulator said on Wednesday.", ["2026-06-03 occurred"]),
        ("Trains will run at reduced frequency today.", ["2026-06-05 scheduled"]),
        ("The report, due on Wednesday, was handed in on Thursday.", ["2026-06-03 scheduled", "2026-06-04 occurred"]),
        ("Culling has finished at a farm where bird flu was found on Tuesday.", ["2026-06-05 occurred", "2026-06-02 occurred"]),
        ("Bird flu has been confirmed at a farm near Thirsk, the first case in a commercial flock this winter.", ["2026-06-05 occurred"]),
        ("At the peak, in the second week of May, the centre was admitting 60 patients a day.", ["2026-05 occurred"]),
        ("The talks took place in Geneva on Tuesday, marking the fifth in-person round since May.", ["2026-06-02 occurred"]),
        ("The agency has opened an inquiry into the crash on Tuesday at the request of the minister.", ["2026-06-05 occurred", "2026-06-02 occurred"]),
        ("The petition comes a day after police arrested 31 traders in the market.", ["2026-06-04 occurred"]),
        ("The announcement comes just two weeks after the regulator fined the bank.", ["2026-W21 occurred"]),
        ("The unit will become a clinic, open 8am to 8pm, from 1 December.", ["2026-12-01 scheduled"]),
        ("The fire broke out at 3am on Wednesday 3 June.", ["2026-06-03 occurred"]),
    ])
    func aSentenceReportsEachHappeningOnce(_ body: String, _ expected: [String]) {
        #expect(Self.reports(body) == expected)
    }

    @Test(arguments: [
        "Bootnote: readers asked about our own outage last month.",
        "Correction: An earlier version of this story misstated the date of the vote, which was on Tuesday.",
        "Editor's note: This article was updated on Thursday with comment from the mayor.",
        "Editor’s note: This article was updated on Thursday with comment from the mayor.",
        "Clarification: The hearing was moved on Monday at the request of the defence.",
    ])
    func notesAboutTheArticleAreNotReports(_ body: String) {
        #expect(Self.reports("The council voted on Tuesday to close the library.\n\n" + body) == ["2026-06-02 occurred"])
    }
}
