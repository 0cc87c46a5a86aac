import EventModel
import Foundation
import Testing
@testable import TimelineBuilder

@Suite struct DiffTests {
    static let seedFiles = try! FileManager.default.contentsOfDirectory(atPath: Paths.seeds).filter { $0.hasSuffix(".txt") }.sorted()
    static let ferry = Paths.fixtures + "/ferry-strike"

    func build(_ path: String) throws -> Timeline { try TimelineBuilder().build(paths: [path]).timeline }

    func firstTwoSeeds() throws -> String {
        var files: [String: Data] = [:]
        for name in Self.seedFiles.prefix(2) { files[name] = FileManager.default.contents(atPath: Paths.seeds + "/" + name)! }
        return try temporaryCorpus(files)
    }

    @Test func newSeedsAddTheTariffAndTheCurbsAndCorroborateTheMeeting() throws {
        let diff = TimelineComparer.compare(try build(firstTwoSeeds()), try build(Paths.seeds))
        #expect(diff.removed.isEmpty)
        #expect(diff.added.contains { $0.date == "2025-02" && $0.mentions.contains { $0.text.contains("10% tax") } })
        #expect(diff.added.contains { $0.date == "2025-10-09" && $0.mentions.contains { $0.text.contains("export restrictions") } })
        let meeting = try #require(diff.changed.first { $0.new.date == "2025-10-30" && $0.new.sources == 5 })
        #expect(meeting.fields.contains("mentions") && meeting.fields.contains("conflicts"))
        #expect(meeting.new.mentions.count > meeting.old.mentions.count)
        let newDates = meeting.new.conflicts.filter { $0.attribute == "date" }.flatMap { $0.values.map(\.value) }
        let oldDates = meeting.old.conflicts.filter { $0.attribute == "date" }.flatMap { $0.values.map(\.value) }
        #expect(newDates.contains("2025-10-31") && !oldDates.contains("2025-10-31"))
        let text = DiffText.changelog(diff)
        #expect(text.contains("conflict added: date"))
        #expect(text.contains("\n  + ") && text.contains("\n  ~ "))
    }

    @Test func aCorpusAgainstItselfHasNoChanges() throws {
        let timeline = try build(Paths.seeds)
        let diff = TimelineComparer.compare(timeline, timeline)
        #expect(diff.isEmpty)
        #expect(DiffText.changelog(diff) == "0 added, 0 removed, 0 changed\n")
        let json = String(decoding: try DiffText.json(diff), as: UTF8.self)
        #expect(json.contains("\"format\" : \"timeline-diff/1\""))
    }

    @Test func foldersAndTheirSavedJSONGiveTheSameDiff() throws {
        let v1 = try firstTwoSeeds()
        let saved = try temporaryCorpus([:]) + "/v1.json"
        try TimelineText.json(try build(v1)).write(to: URL(fileURLWithPath: saved))
        let fromFolder = try DiffText.json(TimelineComparer.compare(try TimelineSource.load(v1).timeline, try TimelineSource.load(Paths.seeds).timeline))
        let fromJSON = try DiffText.json(TimelineComparer.compare(try TimelineSource.load(saved).timeline, try TimelineSource.load(Paths.seeds).timeline))
        #expect(fromFolder == fromJSON)
        #expect(try DiffText.decode(fromJSON).format == "timeline-diff/1")
    }

    @Test func aRefinedDateIsOneChangedEvent() throws {
        let diff = TimelineComparer.compare(try build(Self.ferry + "/v1"), try build(Self.ferry + "/v2"))
        let vote = try #require(diff.changed.first { $0.new.date == "2026-04-21" })
        #expect(vote.old.date == "2026-04")
        #expect(vote.fields.contains("date"))
        #expect(!diff.added.contains { $0.date == "2026-04-21" })
        #expect(!diff.removed.contains { $0.date == "2026-04" })
        #expect(DiffText.changelog(diff).contains("date 2026-04 → 2026-04-21"))
    }

    @Test func aThreatCalledOffIsAStatusChange() throws {
        let diff = TimelineComparer.compare(try build(Self.ferry + "/v1"), try build(Self.ferry + "/v2"))
        let strike = try #require(diff.changed.first { $0.fields.contains("status") })
        #expect(strike.old.status == .threatened && strike.new.status == .averted)
        #expect(strike.new.date == "2026-03-16")
        #expect(DiffText.changelog(diff).contains("status threatened → averted"))
        #expect(diff.removed.isEmpty)
    }

    @Test func anEventNoLongerReportedIsRemoved() throws {
        let diff = TimelineComparer.compare(try build(Self.ferry + "/v2"), try build(Self.ferry + "/v1"))
        #expect(diff.removed.contains { $0.mentions.contains { $0.text.contains("called off") } })
        #expect(DiffText.changelog(diff).contains("\n  − "))
    }

    @Test func theDiffPictureMarksAddedAndRemovedEvents() throws {
        let old = try build(Self.ferry + "/v2"), new = try build(Self.ferry + "/v1")
        let diff = TimelineComparer.compare(old, new)
        let dot = DiffPicture.dot(diff, new: new)
        #expect(dot.contains("REMOVED · ") && dot.contains("CHANGED · "))
        let svg = try DiffPicture.svg(TimelineComparer.compare(new, old), new: old)
        #expect(svg.contains("<svg") && svg.contains("NEW · "))
    }

    @Test func aFolderAtAGitRevisionIsReadWithoutCheckout() throws {
        let repo = try temporaryCorpus([:])
        func git(_ args: String...) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.org"] + args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run(); p.waitUntilExit()
            #expect(p.terminationStatus == 0, "git \(args)")
        }
        let fm = FileManager.default
        try fm.createDirectory(atPath: repo + "/news", withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: Self.ferry + "/v1") { try fm.copyItem(atPath: Self.ferry + "/v1/" + name, toPath: repo + "/news/" + name) }
        try git("init", "-q")
        try git("add", "news")
        try git("commit", "-q", "-m", "v1")
        try fm.copyItem(atPath: Self.ferry + "/v2/03-strike-averted.txt", toPath: repo + "/news/03-strike-averted.txt")
        let atRevision = try Corpus.read(gitRevision: "HEAD", path: "news", repository: repo)
        #expect(atRevision.files.map(\.id) == ["01-union-threat", "02-operator-reply"])
        let diff = TimelineComparer.compare(TimelineBuilder().build(atRevision), try build(repo + "/news"))
        #expect(diff.changed.contains { $0.fields.contains("status") })
        #expect(throws: CorpusError.self) { try Corpus.read(gitRevision: "no-such-revision", path: "news", repository: repo) }
    }

    @Test func unreadableVersionsAreErrors() throws {
        let dir = try temporaryCorpus(["broken.json": Data("{\"format\": 3}".utf8), "other.json": Data("{\"format\":\"x\",\"documents\":[],\"events\":[],\"actors\":[],\"issues\":[]}".utf8)])
        #expect(throws: DiffError.self) { try TimelineSource.load(dir + "/broken.json") }
        #expect(throws: DiffError.self) { try TimelineSource.load(dir + "/other.json") }
        #expect(throws: CorpusError.notFound("/no/such/corpus")) { try TimelineSource.load("/no/such/corpus") }
    }
}
