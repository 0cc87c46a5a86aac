import Foundation
import EventModel

/// What a line of an article is.
public enum LineRole: Sendable, Equatable {
    /// Running text: sentences that can report events.
    case body
    /// A short line without closing punctuation: a headline or section heading.
    case heading
    /// Publication date, byline or update stamp: metadata, not content.
    case metadata
    /// Page furniture or a teaser for another story.
    case furniture
}

/// A line of an article with its role, by UTF-8 byte offsets into the article's text.
public struct ArticleLine: Sendable {
    public var start: Int
    public var end: Int
    public var role: LineRole
}

/// An article with its furniture told apart from its content.
public struct CleanArticle: Sendable {
    public var file: SourceFile
    public var bytes: [UInt8]
    public var lines: [ArticleLine]
    public var title: String?
    public var byline: String?
    /// Text of the lines that carry a publication date ("Published On: Oct 27, 2025").
    public var publishedLines: [String]
    /// Text of update stamps ("Updated: Feb. 9, 2026 at 6:12 AM"): the publication date's last
    /// resort, since an update follows publication closely.
    public var updatedLines: [String] = []
    /// Text of bare stamp lines that come after the running text has begun ("10:15 AM · Nov 16,
    /// 2025" under a post, "Sat 22 Nov 2025 | 15:00" under a club's next fixture): the page's
    /// date when no line above its text gives one.
    public var laterStamps: [String] = []
    /// The day a web address on a line of its own names in its path
    /// ("https://www.example.com/2025/12/29/storm-deaths/"): the page's date when neither a stamp
    /// nor a date line above its text gives one.
    public var addressDate: CalendarDate? = nil
    /// Where the numbered items of a digest begin ("1. The Harwick recall", "2. Festival news"):
    /// a newsletter that runs several stories, each under a numbered heading over text of its
    /// own. Empty unless the article has two such items or more.
    public var items: [Int] = []
    /// Where the clock stamps of a live blog's entries begin ("18:10" on a line of its own). Empty
    /// unless the article has three such stamps or more.
    public var entryStamps: [Int] = []
    /// Whether the page's own stamp was found to be written day first ("10/11/2025" on a page of
    /// 10 November), so that its other slashed dates are read that way too.
    public var dayFirst = false
    /// Whether the page's own stamp was found to be written year first in two figures each
    /// ("26.03.07" on a page of 7 March 2026), so that its other such dates are read that way too.
    public var yearFirst = false
    /// The day the page says it was last updated, when that is after its publication date.
    public var updated: CalendarDate? = nil

    public func text(_ line: ArticleLine) -> String { String(decoding: bytes[line.start..<line.end], as: UTF8.self) }
}

/// Strips page furniture with the rules of `furniture.tsv`.
public struct Cleaner: Sendable {
    struct Rule { var kind: String; var phrase: [UInt8] }
    let rules: [Rule]
    /// The rules by the first byte of their phrase, in file order.
    let rulesByFirstByte: [[Rule]]
    /// The rules whose phrase follows a number ("# thoughts on"), with the phrase after the "#".
    let countedRules: [Rule]
    /// The words of a site's controls (`control` in `furniture.tsv`): a line of them alone
    /// ("Menu Search Sign in") is furniture.
    let controlWords: Set<String>
    /// The names of a site's sections (`section` in `furniture.tsv`): a menu of them in words
    /// alone ("Home News Sport Weather iPlayer") is furniture.
    let sectionWords: Set<String>
    /// The phrases that open a picture's credit (`credit` in `furniture.tsv`).
    let credits: [[UInt8]]
    /// The phrases that close a newsletter's item (`item-end` in `furniture.tsv`).
    let itemEnds: [[UInt8]]

    public static let shared = Cleaner()

    public init() {
        // A phrase keeps its trailing space: "by " is a byline, "by" would also start "Byron".
        rules = Resources.lines("furniture.tsv").compactMap { line -> Rule? in
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { return nil }
            let phrase = String(fields[1].drop(while: { $0 == " " })).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            return phrase.isEmpty ? nil : Rule(kind: fields[0].trimmingCharacters(in: .whitespaces), phrase: Array(phrase.utf8))
        }
        var index = [[Rule]](repeating: [], count: 256)
        let afterNumber = { (r: Rule) in r.phrase.count > 2 && r.phrase[0] == 35 && r.phrase[1] == 32 }
        for r in rules where r.kind != "control" && r.kind != "section" && r.kind != "credit" && r.kind != "item-end" && !afterNumber(r) { index[Int(r.phrase[0])].append(r) }
        rulesByFirstByte = index
        countedRules = rules.filter(afterNumber).map { Rule(kind: $0.kind, phrase: Array($0.phrase.dropFirst())) }
        controlWords = Set(rules.filter { $0.kind == "control" }.map { String(decoding: $0.phrase, as: UTF8.self) })
        sectionWords = Set(rules.filter { $0.kind == "section" }.map { String(decoding: $0.phrase, as: UTF8.self) })
        credits = rules.filter { $0.kind == "credit" }.map(\.phrase)
        itemEnds = rules.filter { $0.kind == "item-end" }.map(\.phrase)
    }

    func rule(for line: [UInt8]) -> String? {
        line.withUnsafeBufferPointer { rule(for: $0) }
    }

    /// The kind of the first rule whose phrase starts the line, compared in lower case.
    func rule(for line: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = line.first else { return nil }
        // "* A version of this article appears in print ...": a footnote's mark before the phrase.
        if first == 42, line.count > 2, line[1] == 32 {
            let kind = rule(for: UnsafeBufferPointer(rebasing: line[2...]))
            return kind == "drop" || kind == "cut" ? kind : nil
        }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
        for r in rulesByFirstByte[Int(lower(first))] where r.phrase.count <= line.count {
            var same = true
            for (k, b) in r.phrase.enumerated() where lower(line[k]) != b { same = false; break }
            guard same else { continue }
            if r.kind == "byline", r.phrase == Array("by ".utf8), line.count > 60, !Self.mayBeStamp(line) { continue }
            if r.kind == "published" || r.kind == "updated", r.phrase.last == 32, line.count > 80 || !line.contains(where: { $0 &- 48 < 10 }) { continue }
            if r.kind == "end" || r.kind == "letterhead", !(line.count == r.phrase.count || line.count == r.phrase.count + 1 && line[r.phrase.count] == 58) { continue }
            return r.kind
        }
        if first &- 48 < 10 {
            var k = 0
            while k < line.count, line[k] &- 48 < 10 { k += 1 }
            for r in countedRules where k + r.phrase.count <= line.count {
                var same = true
                for (j, b) in r.phrase.enumerated() where lower(line[k + j]) != b { same = false; break }
                if same { return r.kind }
            }
        }
        return nil
    }

    public func clean(_ file: SourceFile) -> CleanArticle {
        var bytes = Array(file.text.utf8)
        Self.decodeEntities(&bytes)
        Self.unglueClocks(&bytes)
        Self.blankReferenceMarks(&bytes)
        var lines: [ArticleLine] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 10 {
            var s = start, e = i
            // Spaces, tabs and the carriage return of a Windows line end are no part of a line.
            while s < e, bytes[s] == 32 || bytes[s] == 9 || bytes[s] == 13 { s += 1 }
            while e > s, bytes[e - 1] == 32 || bytes[e - 1] == 9 || bytes[e - 1] == 13 { e -= 1 }
            if e > s { lines.append(ArticleLine(start: s, end: e, role: .body)) }
            start = i + 1
        }
        var title: String? = nil
        var byline: String? = nil
        var published: [String] = []
        var updated: [String] = [], later: [String] = []
        var cut = false
        // After a wiki's references heading, the page's own stamp may still come ("This page was
        // last edited on ...").
        var apparatus = false
        var pendingLabel: String? = nil
        var clockLines: [Int] = []
        var menus: [Int] = []
        var copyrights: [Int] = []
        // The lines that name a document's kind ("PRESS RELEASE").
        var letterheads: [Int] = []
        var labels: [Range<Int>] = []
        // The bars after the dates of a table's rows, read as the colon of a dated line.
        var rowBars: [Int] = []
        var inText = false
        var addressDate: CalendarDate? = nil
        bytes.withUnsafeBufferPointer { all in
            let tableRows = Self.datedTableRows(lines, all)
            let listings = Self.listingRows(lines, all)
            for k in lines.indices {
                let line = UnsafeBufferPointer(rebasing: all[lines[k].start..<lines[k].end])
                if cut {
                    lines[k].role = .furniture
                    if apparatus, let kind = rule(for: line), kind == "published" || kind == "updated" {
                        lines[k].role = .metadata
                        let text = String(decoding: line, as: UTF8.self)
                        if kind == "published" { published.append(text) } else { updated.append(text) }
                    }
                    continue
                }
                if let label = pendingLabel {
                    let text = String(decoding: line, as: UTF8.self)
                    lines[k].role = .metadata
                    if label == "published" { published.append(text) } else if label == "updated" { updated.append(text) } else if label == "byline" { byline = text }
                    pendingLabel = nil
                    continue
                }
                if let address = Self.webAddress(line) {
                    lines[k].role = .furniture
                    // Above the text, the page's own address; below it, a link to another.
                    if addressDate == nil, !inText { addressDate = Self.dateInPath(address) }
                    continue
                }
                // "Nairaland - Copyright © 2005 - 2026 Oluwaseun Osewa.": a notice with the site's name before it.
                if line.count <= 120, Self.isCopyrightNotice(line) { lines[k].role = .furniture; copyrights.append(k); continue }
                switch rule(for: line) {
                case "cut":
                    cut = true; lines[k].role = .furniture; continue
                case "end":
                    cut = true; apparatus = true; lines[k].role = .furniture; continue
                case "drop":
                    lines[k].role = .furniture; continue
                case "copyright":
                    lines[k].role = .furniture; copyrights.append(k); continue
                case "letterhead":
                    lines[k].role = .furniture; letterheads.append(k); continue
                case .some(let kind):
                    lines[k].role = .metadata
                    let text = String(decoding: line, as: UTF8.self)
                    let hasValue = text.split(separator: ":", maxSplits: 1).count > 1 && text.last(where: { !$0.isWhitespace }) != ":"
                    if kind == "published" || kind == "byline" || kind == "updated" {
                        if hasValue || kind == "byline" && text.lowercased().hasPrefix("by ") || kind != "byline" && text.contains(where: \.isNumber) {
                            if kind == "published" { published.append(text) } else if kind == "updated" { updated.append(text) } else { byline = text }
                            // "By Ann Lee · Health desk · Thursday, October 16, 2025": a byline that also dates the article.
                            if kind == "byline", Self.mayBeStamp(line), let stamp = stampSegment(text) {
                                if stamp.updated { updated.append(stamp.text) } else { published.append(stamp.text) }
                            }
                        } else {
                            pendingLabel = kind
                        }
                    }
                    continue
                case .none:
                    break
                }
                if line.starts(with: Self.about), isAuthorBox(String(decoding: line, as: UTF8.self)) { cut = true; lines[k].role = .furniture; continue }
                // "Sept. 12, 2025 | An anonymous blogger posts ...": a table's row, its date and what happened.
                if let bar = Self.datedRowBar(line) ?? (tableRows.contains(k) ? Self.dateCellBar(line) : nil) { lines[k].role = .body; rowBars.append(lines[k].start + bar); inText = true; continue }
                if listings.contains(k) { lines[k].role = .body; inText = true; continue }
                if Self.isClockStamp(line) || Self.isDatedClockStamp(line) { lines[k].role = .metadata; clockLines.append(lines[k].start); continue }
                if Self.isUpdateHeading(line) { lines[k].role = .metadata; continue }
                if Self.mayBeStamp(line), let stamp = stampSegment(String(decoding: line, as: UTF8.self)) {
                    lines[k].role = .metadata
                    if stamp.updated { updated.append(stamp.text) } else if inText { later.append(stamp.text) } else { published.append(stamp.text) }
                    if stamp.cut { cut = true }
                    continue
                }
                if Self.isNavigation(line) || isControls(line) || !inText && Self.isMenuLine(line) { lines[k].role = .furniture; menus.append(k); continue }
                if isCaption(line) { lines[k].role = .furniture; continue }
                // Above the text, where the headline is looked for, a line of a date alone is a stamp.
                if !inText, Self.isDateOnly(line) { lines[k].role = .metadata; continue }
                // "August 17 at 8:03 PM ·": a post's stamp without its year, above the post.
                if !inText, line.count <= 32, line.contains(where: { $0 &- 48 < 10 }), Self.isStampAlone(line) { lines[k].role = .metadata; continue }
                if isHeading(line) { lines[k].role = .heading; continue }
                inText = true
                let label = Self.speakerLabel(line)
                // "SARAH KIM: This episode is brought to you by ...": what a speaker reads out may be furniture too.
                if label > 0, rule(for: UnsafeBufferPointer(rebasing: line[label...])) == "drop" { lines[k].role = .furniture; continue }
                if label > 0 { labels.append(lines[k].start..<(lines[k].start + label)); lines[k].start += label }
            }
        }
        for label in labels { bytes.replaceSubrange(label, with: repeatElement(32, count: label.count)) }
        for bar in rowBars { bytes[bar] = 58 }
        let records = Self.records(lines, bytes)
        for record in records { for k in record { lines[k].role = .body } }
        // A line above the site's menu or copyright line is its masthead or tagline; the headline comes after.
        let bodyStart = lines.firstIndex { $0.role == .body } ?? lines.count
        // A site's menu may also list its sections one to a line ("World", "Business",
        // "Markets"): three one-word headings in a row or more.
        var run = 0
        for k in 0..<bodyStart {
            if lines[k].role == .heading, Self.words(bytes[lines[k].start..<lines[k].end]).count == 1 { run += 1 } else { run = 0 }
            if run >= 3 { menus.append(k) }
        }
        let afterMenu = (menus + copyrights).filter { $0 < bodyStart }.max().map { $0 + 1 } ?? 0
        // A heading's text without the marks of a Markdown heading.
        let headingText = { (k: Int) -> Range<Int> in
            var s = lines[k].start
            while s < lines[k].end, bytes[s] == 35 || bytes[s] == 32 { s += 1 }
            return s..<lines[k].end
        }
        // Four words or more, or three of which one is a word of four lower-case letters or
        // more ("Fire hits depot"): not a section's label ("Premier of Victoria") or a poster's
        // name ("Posted by u/kasamori_local"), nor a minister's formal name ("The Hon. Jane Doe MP"),
        // nor a site's slogans run together.
        let isHeadline = { (k: Int) -> Bool in
            let text = headingText(k)
            let words = Self.words(bytes[text])
            return (words.count >= 4 || words.count == 3 && words.contains(where: { $0.count >= 4 && bytes[$0].allSatisfy { $0 &- 97 < 26 } })
                && !bytes[text].withUnsafeBufferPointer(Self.isTimeAlone)) && !Self.isMasthead(bytes[text]) && !Self.isDatedSection(bytes[text]) && !Self.isStyledName(bytes[text])
                && !Self.isSloganRun(bytes[text])
        }
        let bodyLine = lines.firstIndex { $0.role == .body } ?? lines.count
        for k in lines.indices.dropFirst(afterMenu) where lines[k].role != .furniture && lines[k].role != .metadata {
            if lines[k].role == .body { break }
            guard isHeadline(k) else { continue }
            // "FEDERAL MINISTRY OF TRANSPORT / PRESS RELEASE / FG SUSPENDS ...": a name above the
            // line that names the document's kind is the issuer's, when a headline follows.
            if Self.isName(bytes[headingText(k)]), let label = letterheads.first(where: { $0 > k && $0 < bodyLine }),
               (label + 1..<bodyLine).contains(where: { lines[$0].role == .heading && isHeadline($0) }) { continue }
            // "UN News / Global perspective Human stories / ... / Kenya dam collapse: ...": a few
            // words under a masthead, with no day or month ("Serving Hartwell since 1921"), are its
            // tagline when a longer headline follows.
            let words = Self.words(bytes[headingText(k)]).count
            if words <= 5, k > 0, lines[k - 1].role == .heading, Self.isMasthead(bytes[headingText(k - 1)]),
               !TemporalTagger.shared.tag(bytes: Array(bytes[headingText(k)]), documentDate: nil).contains(where: { $0.type != .duration && $0.value.utf8.count >= 7 }),
               (k + 1..<bodyLine).contains(where: { lines[$0].role == .heading && isHeadline($0) && Self.words(bytes[headingText($0)]).count > words }) { continue }
            // "Sea Safety Watch Philippines / Analysis / Why ferries keep sinking": a section's
            // label of one word between two headings follows the site's name and heads the headline.
            var h = k
            if k + 2 < lines.count, lines[k + 1].role == .heading, Self.words(bytes[headingText(k + 1)]).count == 1,
               lines[k + 2].role == .heading, isHeadline(k + 2) { h = k + 2 }
            title = String(decoding: bytes[headingText(h)], as: UTF8.self); break
        }
        if title == nil, let first = lines.first(where: { $0.role == .body }) {
            title = Self.words(bytes[first.start..<first.end]).prefix(14).map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " ")
        }
        // The outlet a paragraph closes with, "(PNA)" or "(Mail)", is no part of its text.
        let credited = lines.indices.filter { k in lines[k].role == .body && Self.isCreditedItem(bytes[lines[k].start..<lines[k].end]) }
        for k in credited {
            let open = Self.closingAside(bytes[lines[k].start..<lines[k].end])!
            bytes.replaceSubrange(open..<lines[k].end, with: repeatElement(32, count: lines[k].end - open))
            lines[k].end = open - 1
        }
        // "DATED, SIGNED AND DELIVERED AT NAIROBI THIS 6TH DAY OF MARCH, 2026.": a sign-off line at
        // the foot stamps the document; it tells no happening.
        for k in lines.indices.filter({ lines[$0].role != .furniture }).suffix(3) where lines[k].role == .body || lines[k].role == .heading {
            let text = Array(bytes[lines[k].start..<lines[k].end])
            if PublicationDating.isSignOff(text),
               TemporalTagger.shared.tag(bytes: text, documentDate: nil).contains(where: { $0.type == .date && CalendarDate(iso: $0.value) != nil }) {
                lines[k].role = .metadata
            }
        }
        var article = CleanArticle(file: file, bytes: bytes, lines: lines, title: title, byline: byline, publishedLines: published)
        article.updatedLines = updated
        article.laterStamps = later
        article.addressDate = addressDate
        var items = lines.indices.filter { k in
            lines[k].role == .heading && k + 1 < lines.count && lines[k + 1].role == .body && Self.isNumbered(bytes[lines[k].start..<lines[k].end])
                || lines[k].role == .body && (Self.isRunInItem(bytes[lines[k].start..<lines[k].end]) || Self.isNamedItem(bytes[lines[k].start..<lines[k].end]))
        }
        // A gossip column's items each name their outlet; one paragraph that does is a wire's credit.
        if credited.count >= 2 { items = Array(Set(items + credited)).sorted() }
        if items.count >= 2 { article.items = items.map { lines[$0].start } } else if records.count >= 2 {
            // A listing's records ("Company: …", "Notice Received: …") are its items.
            article.items = records.map { lines[$0.lowerBound].start }
        } else {
            // A newsletter's sections under headings in capitals ("THE VERHAEGEN THEFT", "AUTUMN
            // SALES") are its items too, when there are two or more from where its running text begins.
            let firstBody = lines.firstIndex { $0.role == .body } ?? lines.count
            let sections = lines.indices.filter { k in
                k + 1 >= firstBody && (lines[k].role == .heading || lines[k].role == .body) && k + 1 < lines.count
                    && lines[k + 1].role == .body && Self.isCapitals(bytes[lines[k].start..<lines[k].end])
            }
            if sections.count >= 2 { article.items = sections.map { lines[$0].start } } else {
                // A newsletter's items under headings of any case, each closing "Read the full story.".
                let headed = lines.indices.filter { k in
                    k + 1 >= firstBody && lines[k].role == .heading && k + 1 < lines.count && lines[k + 1].role == .body
                        && (k + 1..<min(lines.count, k + 4)).prefix { $0 == k + 1 || lines[$0].role == .body }.contains { endsItem(bytes[lines[$0].start..<lines[$0].end]) }
                }
                if headed.count >= 2 { article.items = headed.map { lines[$0].start } }
            }
        }
        if clockLines.count >= 3 { article.entryStamps = clockLines }
        return article
    }

    /// Whether a paragraph closes with a newsletter item's link ("... Read the full story.").
    func endsItem(_ line: ArraySlice<UInt8>) -> Bool {
        let line = line.last == 46 ? line.dropLast() : line
        return itemEnds.contains { phrase in
            guard line.count > phrase.count else { return false }
            let tail = line.suffix(phrase.count)
            guard zip(tail, phrase).allSatisfy({ ($0 &- 65 < 26 ? $0 | 0x20 : $0) == $1 }) else { return false }
            let before = line[line.endIndex - phrase.count - 1]
            return before == 32 || before == 46
        }
    }

    static let about = Array("About ".utf8)
    /// Words that end with a period without ending a sentence ("Inc.", "Dr.").
    static let abbreviations = Resources.wordSet("abbreviations.txt")

    /// A listing's records, one field to a line ("Company: Acme Inc.", "Notice Received:
    /// 11/14/2025", "Layoff Begin Date: 01/16/2026"), as ranges of line indexes: runs of two
    /// records or more, each opening with the run's first label, of three fields or more with
    /// labels of their own, one of them a date's. Such fields are the listing's text, not
    /// headings; a single record heads a page ("Date Filed: …"), and a transcript's turns ("Jo
    /// Lee: Thank you.") come back to a speaker sooner.
    static func records(_ lines: [ArticleLine], _ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = 0
        while k < lines.count {
            guard lines[k].role == .heading || lines[k].role == .body, let first = fieldLabel(bytes[lines[k].start..<lines[k].end]) else { k += 1; continue }
            var end = k + 1
            var labels = [first]
            while end < lines.count, lines[end].role == .heading || lines[end].role == .body,
                  let label = fieldLabel(bytes[lines[end].start..<lines[end].end]) { labels.append(label); end += 1 }
            var starts = labels.indices.filter { labels[$0] == first }.map { k + $0 }
            starts.append(end)
            let run = zip(starts, starts.dropFirst()).map { $0..<$1 }
            let dated = (k..<end).contains { j in bytes[lines[j].start..<lines[j].end].contains { $0 &- 48 < 10 } }
            if dated, run.count >= 2, run.allSatisfy({ r in r.count >= 3 && Set(labels[(r.lowerBound - k)..<(r.upperBound - k)]).count == r.count }) { out += run }
            k = end
        }
        return out
    }

    /// The label of a field line ("Notice Received: 11/14/2025" → "notice received"): one to
    /// five words, the first capitalized, not all in capitals, before a colon and a short value.
    static func fieldLabel(_ line: ArraySlice<UInt8>) -> String? {
        guard line.count <= 120, let first = line.first, first &- 65 < 26, let colon = line.prefix(41).firstIndex(of: 58),
              colon + 2 < line.endIndex, line[colon + 1] == 32 else { return nil }
        let label = line[line.startIndex..<colon]
        guard label.allSatisfy({ ($0 | 0x20) &- 97 < 26 || $0 == 32 || $0 == 45 || $0 == 47 }), label.contains(where: { $0 &- 97 < 26 }),
              label.split(separator: 32).count <= 5 else { return nil }
        return String(decoding: label, as: UTF8.self).lowercased()
    }

    /// Whether the bytes hold a byte, found with the C library's vectorized search.
    static func holds(_ byte: UInt8, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in p.count > 0 && memchr(p.baseAddress!, Int32(byte), p.count) != nil }
    }

    /// The HTML character references scraped text may keep (`entities.tsv`), by name.
    static let entities: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        for row in Resources.rows("entities.tsv") where row.count >= 2 { if let code = UInt32(row[1], radix: 16) { table[row[0]] = code } }
        return table
    }()

    /// Replaces the HTML character references that scraped text may keep ("Halden &amp; Pryce",
    /// "it&#8217;s", "&nbsp;") with the characters they stand for.
    static func decodeEntities(_ bytes: inout [UInt8]) {
        guard Self.holds(38, bytes), let amp = bytes.firstIndex(of: 38) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        out += bytes[..<amp]
        var i = amp
        while i < bytes.count {
            guard bytes[i] == 38, let semi = bytes[(i + 1)..<min(bytes.count, i + 10)].firstIndex(of: 59), semi > i + 1 else {
                out.append(bytes[i]); i += 1; continue
            }
            let name = String(decoding: bytes[(i + 1)..<semi], as: UTF8.self)
            var code: UInt32? = nil
            if name.hasPrefix("#x") || name.hasPrefix("#X") { code = UInt32(name.dropFirst(2), radix: 16) }
            else if name.hasPrefix("#") { code = UInt32(name.dropFirst()) }
            else { code = entities[name] ?? entities[name.lowercased()] }
            // A non-breaking space, numeric or named, is a space.
            if code == 0xA0 { code = 0x20 }
            guard let code, code >= 0x20, let scalar = Unicode.Scalar(code) else { out.append(bytes[i]); i += 1; continue }
            out += Array(String(Character(scalar)).utf8)
            i = semi + 1
        }
        bytes = out
    }

    /// Whether a line holds a copyright sign or the word "Copyright" followed by a year, wherever
    /// it stands in the line.
    static func isCopyrightNotice(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = Array("copyright".utf8)
        var i = 0
        while i + 1 < line.count {
            var after = -1
            if line[i] == 0xC2, line[i + 1] == 0xA9 { after = i + 2 }
            else if line[i] | 0x20 == 99, i + word.count <= line.count, (0..<word.count).allSatisfy({ line[i + $0] | 0x20 == word[$0] }) { after = i + word.count }
            if after >= 0 {
                var j = after
                while j < line.count, line[j] == 32 || line[j] == 0xC2 || line[j] == 0xA9 { j += 1 }
                if j + 4 <= line.count, (j..<j + 4).allSatisfy({ line[$0] &- 48 < 10 }) { return true }
            }
            i += 1
        }
        return false
    }

    /// Parts a clock's "am" or "pm" from a word that scraping ran into it ("6:12 pmIn News"), so
    /// that the time and the word are read apart.
    static func unglueClocks(_ bytes: inout [UInt8]) {
        var at: [Int] = []
        var i = 2
        while i + 1 < bytes.count {
            if bytes[i] == 109, bytes[i - 1] == 97 || bytes[i - 1] == 112, bytes[i + 1] &- 65 < 26 {
                let d = bytes[i - 2] == 32 && i >= 3 ? i - 3 : i - 2
                if bytes[d] &- 48 < 10 { at.append(i + 1) }
            }
            i += 1
        }
        for k in at.reversed() { bytes.insert(32, at: k) }
    }

    /// Blanks the marks a wiki sets in its text ("died.[1][2]", "Background[edit]", "[citation
    /// needed]"), which point to the references, say nothing, and hide where a sentence ends, and
    /// a transcript's time codes ("[00:12:31]"), which are no clock times. Spaces take their
    /// place, so every offset into the text stays where it was.
    static func blankReferenceMarks(_ bytes: inout [UInt8]) {
        guard Self.holds(91, bytes) else { return }
        var i = 0
        // Where the last mark blanked ended: a mark right after it ("[2][a]") is attached too.
        var lastEnd = -1
        while let open = bytes[i...].firstIndex(of: 91) {
            i = open + 1
            guard let close = bytes[i..<min(bytes.count, i + 18)].firstIndex(of: 93), close > i else { continue }
            let inner = bytes[i..<close]
            let attached = open == lastEnd || open > 0 && bytes[open - 1] != 32 && bytes[open - 1] != 10
            let mark: Bool
            let lineStart = open == 0 || bytes[open - 1] == 10
            // "[00:12:31] SARAH KIM: ...": a transcript's time code, where its line starts.
            if lineStart, inner.contains(58), inner.allSatisfy({ $0 &- 48 < 10 || $0 == 58 }) { mark = true }
            else if inner.allSatisfy({ $0 &- 48 < 10 }) { mark = attached && inner.count <= 3 }
            else if inner.count == 1 { mark = attached && inner[i] &- 97 < 26 }
            else {
                let word = String(decoding: inner, as: UTF8.self)
                mark = word == "edit" || word == "citation needed" || attached && (word.hasPrefix("note ") || word.hasPrefix("nb ")) && word.last?.isNumber == true
            }
            guard mark else { continue }
            for k in open...close { bytes[k] = 32 }
            i = close + 1
            lastEnd = i
        }
    }

    /// "About J. Williams", "About the Board", or "About Acme Corp: Acme is …": the author box or
    /// company boilerplate that ends an article.
    func isAuthorBox(_ text: String) -> Bool {
        guard text.hasPrefix("About ") else { return false }
        let words = text.split(separator: " ")
        let named = words.count > 2 && words[1] == "the" ? words.dropFirst(2) : words.dropFirst()
        if words.count <= 5, named.allSatisfy({ $0.first?.isUppercase == true }), !text.hasSuffix(".") { return true }
        guard let colon = words.firstIndex(where: { $0.hasSuffix(":") }), colon <= 5 else { return false }
        return words[1...colon].allSatisfy { $0.first?.isUppercase == true }
    }

    /// "Valley Ledger | News | Sports | Obituaries", "The Examiner | Business" or "Home > Norway >
    /// Science & Tech": a site's menu or masthead (short labels between bars) or breadcrumb trail
    /// (labels between ">", "›", "»" or a spaced "/": "Home / India News"), with no figure or
    /// sentence in them.
    static func isNavigation(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // The length of the separator at `i`, or 0; most lines have none and are done with at once.
        @inline(__always) func separator(_ i: Int) -> Int {
            let b = line[i]
            if b == 124 || b == 62 { return 1 }
            if b == 47, i > 0, i + 1 < line.count, line[i - 1] == 32, line[i + 1] == 32 { return 1 }
            if b == 0xC2, i + 1 < line.count, line[i + 1] == 0xBB { return 2 }
            if b == 0xE2, i + 2 < line.count, line[i + 1] == 0x80, line[i + 2] == 0xBA { return 3 }
            return 0
        }
        var bars = 0, arrows = 0
        var i = 0
        while i < line.count {
            let n = separator(i)
            if n > 0 { if line[i] == 124 { bars += 1 } else { arrows += 1 } }
            i += max(n, 1)
        }
        guard bars >= 1 && arrows == 0 || arrows >= 1 && bars == 0 else { return false }
        let most = arrows > 0 ? 4 : 3
        // Every part between separators: one to `most` words, without digits or full stops.
        var words = 0, inWord = false
        i = 0
        while i <= line.count {
            let n = i < line.count ? separator(i) : 1
            if n > 0 {
                guard words >= 1 && words <= most else { return false }
                words = 0; inWord = false
                i += n
                continue
            }
            let b = line[i]
            if b &- 48 < 10 { return false }
            // A full stop ends a sentence, unless it follows an initial ("B.C.", "U.S.").
            if b == 46, !(i >= 1 && line[i - 1] &- 65 < 26 && (i == 1 || line[i - 2] == 32 || line[i - 2] == 46)) { return false }
            if b == 32 { inWord = false } else if !inWord { inWord = true; words += 1 }
            i += 1
        }
        return true
    }

    /// The length of a transcript's speaker label that opens a line ("DAN OKAFOR: ", "Q: "), with
    /// the space after it; 0 when there is none. The label names who speaks, not what happened.
    static func speakerLabel(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 1, letters = 0
        for j in 0..<min(line.count - 1, 32) {
            let b = line[j]
            if b == 58 { return letters > 0 && line[j + 1] == 32 && j + 2 < line.count ? j + 2 : 0 }
            if b &- 65 < 26 { letters += 1; continue }
            if b == 32 { words += 1; if words > 3 { return 0 }; continue }
            guard b == 46 || b == 39 || b == 45 else { return 0 }
        }
        return 0
    }

    /// The web address a line consists of, with at most a label before it ("The Wayback
    /// Machine - https://web.archive.org/web/20251227154210/https://example.com/..."). An
    /// archive's address yields the address it archived. Nil for any other line.
    static func webAddress(_ line: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
        // The address is the line's last word: look from the end, so that prose costs little.
        var start = line.count
        while start > 0, line[start - 1] != 32 { start -= 1 }
        guard start <= 40, line.count - start >= 8, line[start] == 104 || line[start] == 119 else { return nil }
        let bytes = Array(line)
        guard Self.addressStart(bytes[start...]) == start else { return nil }
        // Words before it are a label set off by a dash or a colon ("Source: https://...").
        if start > 0 {
            var k = start
            while k > 0, bytes[k - 1] == 32 { k -= 1 }
            guard k > 0, bytes[k - 1] == 45 || bytes[k - 1] == 58 || bytes[k - 1] == 0x94 || bytes[k - 1] == 0x93 else { return nil }
        }
        var address = bytes[start...]
        // The archive's capture time is no date of the page's.
        while let inner = Self.addressStart(address.dropFirst()) { address = address[inner...] }
        return address
    }

    /// Where the first "http://", "https://" or "www." of some bytes starts.
    static func addressStart(_ bytes: ArraySlice<UInt8>) -> Int? {
        var k = bytes.startIndex
        while k < bytes.endIndex {
            let http = bytes[k...].starts(with: Self.http) && bytes[k...].dropFirst(4).prefix(4).contains(58)
            if http || (k == bytes.startIndex || bytes[k - 1] == 32) && bytes[k...].starts(with: Self.www) { return k }
            k += 1
        }
        return nil
    }

    static let http = Array("http".utf8), www = Array("www.".utf8)

    /// The day a web address's path names: three segments "/2025/12/29/" or one "/2025-12-29".
    static func dateInPath(_ address: ArraySlice<UInt8>) -> CalendarDate? {
        let segments = address.split(separator: 47).map(Array.init)
        func number(_ s: [UInt8]) -> Int? { s.isEmpty || s.count > 4 || !s.allSatisfy({ $0 &- 48 < 10 }) ? nil : Int(String(decoding: s, as: UTF8.self)) }
        for k in segments.indices.dropFirst() {
            if segments[k].count == 4, k + 2 < segments.count, segments[k + 1].count == 2, let y = number(segments[k]), let m = number(segments[k + 1]) {
                let day = Array(segments[k + 2].prefix { $0 &- 48 < 10 })
                if day.count == 2, let d = number(day), (1990...2100).contains(y), let date = CalendarDate(year: y, month: m, day: d) { return date }
            }
            let parts = segments[k].split(separator: 45, omittingEmptySubsequences: false).map(Array.init)
            if parts.count >= 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, let y = number(parts[0]), let m = number(parts[1]), let d = number(parts[2]),
               (1990...2100).contains(y), let date = CalendarDate(year: y, month: m, day: d) { return date }
        }
        return nil
    }

    /// A short line that only gives a date ("Wednesday, February 4, 2026", "2026-01-15T09:30:00Z"):
    /// a stamp, never the headline or a report.
    /// So is a stamp with the paper it appeared in after a comma ("July 12 2025, 12.01am, The Times").
    static func isDateOnly(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 72, line.contains(where: { $0 &- 48 < 10 }) else { return false }
        if line.count <= 48, fullDatesAlone(line) != nil { return true }
        // "On 10 August 2026 6:12 pm In News": a blog's stamp with the section it was filed in.
        if let filed = sectionFiled(line), fullDatesAlone(UnsafeBufferPointer(rebasing: line[..<filed])) != nil { return true }
        // "Sunday, October 18, 2026 View(s):": a stamp with the page's counter of views.
        if let counter = viewCounter(line), fullDatesAlone(UnsafeBufferPointer(rebasing: line[..<counter])) != nil { return true }
        guard let comma = line.lastIndex(of: 44), comma <= 48, comma + 2 < line.count else { return false }
        let source = Array(line[(comma + 1)...])
        let names = words(source[...])
        guard (1...4).contains(names.count), names.allSatisfy({ source[$0.lowerBound] &- 65 < 26 }),
              !source.contains(where: { $0 &- 48 < 10 }) else { return false }
        return fullDatesAlone(UnsafeBufferPointer(rebasing: line[..<comma])) != nil
    }

    /// Where a page's counter of views starts at a line's end ("... View(s):", "... Views: 3,418").
    static func viewCounter(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: " view", options: [.caseInsensitive, .backwards]) else { return nil }
        var rest = text[range.upperBound...]
        if rest.hasPrefix("(s)") { rest = rest.dropFirst(3) } else if rest.first == "s" || rest.first == "S" { rest = rest.dropFirst() }
        guard rest.first == ":", rest.dropFirst().allSatisfy({ $0 == " " || $0 == "," || $0.isASCII && $0.isNumber }) else { return nil }
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    }

    /// Where " In " starts before one to three capitalized words without digits that end a line
    /// ("... In News", "... in World Africa"): the section a stamp's page was filed in.
    static func sectionFiled(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard line.count > 6 else { return nil }
        var i = line.count - 4
        while i > 0 {
            if line[i] == 32, line[i + 1] | 0x20 == 105, line[i + 2] == 110, line[i + 3] == 32 {
                let rest = Array(line[(i + 4)...])
                let names = words(rest[...])
                guard (1...3).contains(names.count), names.allSatisfy({ rest[$0.lowerBound] &- 65 < 26 }), !rest.contains(where: { $0 &- 48 < 10 }) else { return nil }
                return i
            }
            i -= 1
        }
        return nil
    }

    /// Whether a line says nothing but a day of the year and a time, three letters or digits
    /// aside ("August 17 at 8:03 PM ·"): a stamp that leaves its year to the page's context.
    static func isStampAlone(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let found = TemporalTagger.shared.tag(bytes: Array(line), documentDate: nil).filter { $0.type == .date || $0.type == .time }
        guard found.contains(where: { $0.value.utf8.count >= 10 && $0.value.utf8.dropFirst(4).first == 45 }) else { return false }
        return uncovered(line, by: found) <= 3
    }

    /// How many letters and digits of a line lie outside the expressions found in it.
    static func uncovered(_ line: UnsafeBufferPointer<UInt8>, by found: [TemporalExpression]) -> Int {
        var covered = [Bool](repeating: false, count: line.count)
        for e in found { for j in e.start..<min(e.end, line.count) { covered[j] = true } }
        var leftover = 0
        for (j, b) in line.enumerated() where !covered[j] && (b &- 65 < 26 || b &- 97 < 26 || b &- 48 < 10) { leftover += 1 }
        return leftover
    }

    /// The expressions of full calendar dates in a line that says nothing else but three letters
    /// or digits at most ("Published: Oct. 9, 2025", "Nov 12, 2025 13:05 IST"), if it is one.
    static func fullDatesAlone(_ line: UnsafeBufferPointer<UInt8>) -> [TemporalExpression]? {
        let found = TemporalTagger.shared.tag(bytes: Array(line), documentDate: nil)
            .filter { ($0.type == .date || $0.type == .time) && CalendarDate(iso: String($0.value.prefix(10))) != nil }
        guard !found.isEmpty else { return nil }
        return uncovered(line, by: found) <= 3 ? found : nil
    }

    /// Where the bar lies in a table's row that gives a full date in its first cell and, in its
    /// second, what happened in four words or more ("Oct. 24, 2025 | The review finds ...").
    static func datedRowBar(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let bar = dateCellBar(line) else { return nil }
        var end = bar + 2
        while end + 1 < line.count, !(line[end] == 124 && line[end - 1] == 32) { end += 1 }
        // Four words or more, one of them in lower case: a sentence, not a label ("Source: Halvora Pharma, Inc.").
        let cell = Array(line)[(bar + 2)..<min(end, line.count)]
        let found = words(cell[...])
        return found.count >= 4 && found.contains(where: { r in r.count >= 3 && cell[r].allSatisfy { $0 &- 97 < 26 } }) ? bar : nil
    }

    /// Where the bar after a full date that opens a line stands ("03/04/2026 | S 388 | Third
    /// Read and Passed"), if one does.
    static func dateCellBar(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard line.count <= 400, let first = line.first, first &- 48 < 10 || first &- 65 < 26 else { return nil }
        var bar = 1
        while bar + 1 < min(line.count, 40), !(line[bar] == 124 && line[bar - 1] == 32 && line[bar + 1] == 32) { bar += 1 }
        guard bar + 1 < min(line.count, 40), let dates = fullDatesAlone(UnsafeBufferPointer(rebasing: line[..<(bar - 1)])), dates.first?.start == 0 else { return nil }
        return bar
    }

    /// The lines of tables of dated rows: three rows in a row or more that each open with a
    /// full date and a bar ("12/01/2025 | | Prefiled", "05/08/2026 | | Signed by Governor"), a
    /// record of actions, whose short cells are happenings too.
    static func datedTableRows(_ lines: [ArticleLine], _ all: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        var rows = Set<Int>(), run: [Int] = []
        for k in lines.indices {
            if dateCellBar(UnsafeBufferPointer(rebasing: all[lines[k].start..<lines[k].end])) != nil { run.append(k); continue }
            if run.count >= 3 { rows.formUnion(run) }
            run = []
        }
        if run.count >= 3 { rows.formUnion(run) }
        return rows
    }

    /// Whether a line is a row of a listing of dates: short cells of names between dashes, bars
    /// or a table's gaps, one of them a day alone ("SYDNEY – Hordern Pavilion – Friday 20 &
    /// Saturday 21 November", "Sat 14 March | Melbourne | Margaret Court Arena", "14.11.2026
    /// 10:00 – 14:00 hrs   Narela, Bawana"). A cell that opens with a figure ("14:00 hrs") may
    /// go on in lower case.
    static func isListingRow(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 120, let first = line.first, first &- 48 < 10 || first &- 65 < 26 else { return false }
        let text = Array(line)
        var cells: [Range<Int>] = [], start = 0, j = 0
        while j < text.count {
            // A tab, or two spaces or more, part a table's columns.
            if text[j] == 9 || text[j] == 32 && j + 1 < text.count && text[j + 1] == 32 {
                cells.append(start..<j)
                while j < text.count, text[j] == 32 || text[j] == 9 { j += 1 }
                start = j; continue
            }
            // " – ", " — ", " - ", " | " part the cells.
            if text[j] == 32, j + 2 < text.count, text[j + 1] == 45 || text[j + 1] == 124, text[j + 2] == 32 {
                cells.append(start..<j); start = j + 3; j += 3; continue
            }
            if text[j] == 32, j + 4 < text.count, text[j + 1] == 0xE2, text[j + 2] == 0x80, text[j + 3] == 0x93 || text[j + 3] == 0x94, text[j + 4] == 32 {
                cells.append(start..<j); start = j + 5; j += 5; continue
            }
            j += 1
        }
        if start < text.count { cells.append(start..<text.count) }
        guard (2...5).contains(cells.count) else { return false }
        var dated = 0
        for cell in cells {
            let words = Self.words(text[cell])
            guard (1...6).contains(words.count) else { return false }
            let bytes = Array(text[cell])
            if bytes.withUnsafeBufferPointer({ isStampAlone($0) }) {
                // A clock's cell ("10:00") names no day of its own.
                let days = TemporalTagger.shared.tag(bytes: bytes, documentDate: nil).filter { !$0.value.hasPrefix("XXXX-XX-XX") }
                if !days.isEmpty { dated += 1 }
                continue
            }
            if text[cell.lowerBound] &- 48 < 10 { continue }
            guard words.allSatisfy({ text[$0.lowerBound] &- 65 < 26 || text[$0.lowerBound] &- 48 < 10 || text[$0.lowerBound] == 38 }) else { return false }
        }
        return dated == 1
    }

    /// The lines of listings of dates: two rows or more in a row (`isListingRow`), each a
    /// happening of its day.
    static func listingRows(_ lines: [ArticleLine], _ all: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        var rows = Set<Int>(), run: [Int] = []
        for k in lines.indices {
            if isListingRow(UnsafeBufferPointer(rebasing: all[lines[k].start..<lines[k].end])) { run.append(k); continue }
            if run.count >= 2 { rows.formUnion(run) }
            run = []
        }
        if run.count >= 2 { rows.formUnion(run) }
        return rows
    }

    static func isNavigation(_ line: [UInt8]) -> Bool { line.withUnsafeBufferPointer { isNavigation($0) } }

    /// Whether a line ends with a picture's credit, after a bar ("Passengers wait at the counter
    /// on Tuesday. | Photo Credit: PTI") or in parentheses ("(Photo: Reuters)"): a caption.
    func isCaption(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 400, let last = line.last else { return false }
        // A credit is short: look for its bar or parenthesis in the line's last 60 bytes.
        var start: Int? = nil
        var k = line.count - 1
        let stop = max(0, line.count - 60)
        let mark: UInt8 = last == 41 ? 40 : 124
        while k > stop, line[k] != mark { k -= 1 }
        if k > stop || line[k] == mark {
            if mark == 40 { start = k + 1 } else if k + 1 < line.count, k > 0, line[k - 1] == 32 { start = k + 1 }
        }
        guard var s = start else { return false }
        while s < line.count, line[s] == 32 { s += 1 }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
        return credits.contains { phrase in
            s + phrase.count <= line.count && phrase.indices.allSatisfy { lower(line[s + $0]) == phrase[$0] }
        }
    }

    /// Whether a short line holds nothing but a site's controls ("Menu Search Sign in") or its
    /// menu of sections.
    func isControls(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 64 else { return false }
        let text = String(decoding: line, as: UTF8.self)
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "·" })
        if !words.isEmpty && words.allSatisfy({ controlWords.contains(String($0)) }) { return true }
        // A menu of four words or more, each with a capital but for a section's second word, three of
        // them or more a site's sections or controls, and one at most anything else ("Home News Sport
        // Weather iPlayer", "Environment  Climate crisis  Wildlife  Energy  Pollution").
        let known = words.filter { controlWords.contains(String($0)) || sectionWords.contains(String($0)) }.count
        let shown = text.split(separator: " ")
        let small = shown.indices.filter { k in !(shown[k].contains(where: \.isUppercase) || shown[k] == "|" || shown[k] == "·") }
        return words.count >= 4 && known >= 3 && known >= words.count - 1 && line.count <= (small.isEmpty ? 48 : 64)
            && (small.isEmpty || small.count == 1 && small[0] > 0)
    }

    /// "10:05 a.m.", "Update 7:45 p.m.": the time stamps of a live blog's entries.
    static func isClockStamp(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 32, line.contains(58) || line.contains(46) else { return false }
        var words = String(decoding: line, as: UTF8.self).lowercased().split(separator: " ").map(String.init)
        if let first = words.first, ["update", "updated", "updated:", "update:", "posted", "posted:"].contains(first) { words.removeFirst() }
        guard (1...3).contains(words.count), let clock = words.first else { return false }
        // "4:42", or "4.42pm" when a.m. or p.m. makes the dotted number a clock time.
        let dotted = !clock.contains(":")
        let parts = clock.split(separator: dotted ? "." : ":", maxSplits: 1)
        guard parts.count == 2, parts[0].count <= 2, parts[0].allSatisfy(\.isNumber),
              parts[1].prefix(2).count == 2, parts[1].prefix(2).allSatisfy(\.isNumber) else { return false }
        let rest = (String(parts[1].dropFirst(2)) + words.dropFirst().joined()).filter { $0 != "." }
        if dotted, !(rest.hasPrefix("am") || rest.hasPrefix("pm")) { return false }
        return rest.count <= 5 && rest.allSatisfy(\.isLetter)
    }

    static func isClockStamp(_ line: [UInt8]) -> Bool { line.withUnsafeBufferPointer { isClockStamp($0) } }

    /// "Nov 12, 2025 13:05 IST", "12 November 2025, 1:05 pm": a line of a day and a clock time
    /// alone, as a live blog stamps its entries.
    static func isDatedClockStamp(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 40, line.contains(58) || line.contains(46), let first = line.first, first &- 48 < 10 || first &- 65 < 26,
              line.contains(where: { $0 &- 48 < 10 }), let found = fullDatesAlone(line) else { return false }
        return found.count <= 2 && found.contains { $0.type == .time && $0.value.utf8.count > 10 }
    }

    /// "Update: Friday, March 6 at 10 a.m.": an update's heading of its own line, its day and
    /// clock short of the year, over the text it dates.
    static func isUpdateHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 48, var k = updateLabelLength(line) else { return false }
        while k < line.count, line[k] == 32 { k += 1 }
        guard k < line.count else { return false }
        let rest = Array(line[k...])
        let found = TemporalTagger.shared.tag(bytes: rest, documentDate: nil)
        guard (1...2).contains(found.count), found.contains(where: { $0.type == .time }),
              found.contains(where: { $0.type == .date && $0.value.utf8.count == 10 && !$0.value.hasPrefix("XXXX-XX") }) else { return false }
        return rest.withUnsafeBufferPointer { uncovered($0, by: found) } <= 3
    }

    /// The length of the label that opens an update's heading, a word of `update-heading` and a
    /// colon ("Update:"), if the line opens with one. A numbered update ("Update 3 (9 Nov 2025,
    /// ...)") has none: it is read by `EventExtractor.reanchored` instead.
    static func updateLabelLength<C: Collection>(_ line: C) -> Int? where C.Element == UInt8 {
        let word = line.prefix { ($0 | 0x20) &- 97 < 26 }
        guard !word.isEmpty, line.dropFirst(word.count).first == 58,
              EventExtractor.updateWords.contains(String(decoding: word, as: UTF8.self).lowercased()) else { return nil }
        return word.count + 1
    }

    static let stampSeparators = [" · ", " | ", " — ", " – ", " • ", " / "]
    static let separatorBytes = stampSeparators.map { Array($0.utf8) }

    /// A cheap first look for `stampSegment`: short enough, and holding a separator.
    static func mayBeStamp(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 400 else { return false }
        var i = 0
        while i + 2 < line.count {
            if line[i] == 32 {
                let next = line[i + 1]
                if next == 0xC2 || next == 0xE2 || next == 124 || next == 47,
                   separatorBytes.contains(where: { sep in i + sep.count <= line.count && line[i..<(i + sep.count)].elementsEqual(sep) }) { return true }
            }
            i += 1
        }
        return false
    }

    static func mayBeStamp(_ line: [UInt8]) -> Bool { line.withUnsafeBufferPointer { mayBeStamp($0) } }

    /// The parts of a line between stamp separators.
    static func segments(_ line: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0, i = 0
        while i < line.count {
            if line[i] == 32, let sep = separatorBytes.first(where: { i + $0.count <= line.count && line[i..<(i + $0.count)].elementsEqual($0) }) {
                out.append(line[start..<i])
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        out.append(line[start...])
        return out
    }

    /// A line of short segments, one of them a date ("Farmers Guardian · 14 May 2026 · Share",
    /// "CITY AM — MARKETS — Updated 2 March 2026, 7:05am"): a site's stamp, not running text.
    /// Returns the dated segment, whether it is an update, and whether the line also holds
    /// furniture that ends the article ("Leave a Reply").
    func stampSegment(_ text: String) -> (text: String, updated: Bool, cut: Bool)? {
        guard let last = text.last else { return nil }
        let utf8 = Array(text.utf8)
        let pieces = Self.segments(utf8)
        // "… | Source: Acme Pharma, Inc.": a period after an abbreviation ends no sentence.
        var sentence = ".!?\"”".contains(last)
        if last == ".", let space = utf8.lastIndex(of: 32) {
            sentence = !Self.abbreviations.contains(String(decoding: utf8[(space + 1)..<(utf8.count - 1)], as: UTF8.self).lowercased())
        }
        guard pieces.count >= (sentence ? 3 : 2), pieces.allSatisfy({ $0.split(separator: 32).count <= 10 }) else { return nil }
        let segments = pieces.map { String(decoding: $0, as: UTF8.self) }
        let tagger = TemporalTagger.shared
        // The stamp `dated`, an update when `judged` says so, and whether the line also ends the article.
        func stamp(_ dated: String, _ judged: String) -> (text: String, updated: Bool, cut: Bool) {
            let lower = judged.lowercased()
            return (dated, lower.contains("updated") || lower.contains("modified"), segments.contains { rule(for: Array(Self.trimmed($0).utf8)) == "cut" })
        }
        // A weekly's issue stamp spans its week ("November 29 – December 5, 2025"): the dash
        // between is no separator, and the issue dates from its first day.
        let whole = tagger.tag(text, documentDate: nil)
        for (a, b) in zip(whole, whole.dropFirst()) where a.type == .date && b.type == .date && b.start - a.end <= 5 {
            guard let first = CalendarDate(iso: a.value), let last = CalendarDate(iso: b.value), first < last else { continue }
            let between = utf8[a.end..<b.start]
            guard between.contains(where: { $0 == 45 || $0 == 0xE2 }), !between.contains(where: { $0 &- 48 < 10 || ($0 | 0x20) &- 97 < 26 }) else { continue }
            return stamp(String(decoding: utf8[a.start..<b.end], as: UTF8.self), text)
        }
        for segment in segments {
            guard segment.split(separator: " ").count <= 7 else { continue }
            let found = tagger.tag(segment, documentDate: nil).filter { ($0.type == .date || $0.type == .time) && CalendarDate(iso: String($0.value.prefix(10))) != nil }
            guard !found.isEmpty else { continue }
            let covered = found.reduce(0) { $0 + $1.end - $1.start }
            guard segment.utf8.count - covered <= 16 else { continue }
            return stamp(segment, segment)
        }
        return nil
    }

    /// A line that starts with an item number: "1. ", "12) ".
    static func isNumbered(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex, line[i] &- 48 < 10, i - line.startIndex < 2 { i += 1 }
        return i > line.startIndex && i + 1 < line.endIndex && (line[i] == 46 || line[i] == 41) && line[i + 1] == 32
    }

    /// Whether a paragraph opens a digest's item with a run-in heading: "2. Hearing set. The
    /// committee confirmed ...", a number, a heading of a few words and its own full stop, and text.
    static func isRunInItem(_ line: ArraySlice<UInt8>) -> Bool {
        guard isNumbered(line), let number = line.firstIndex(of: 32) else { return false }
        var words = 1, i = number + 1
        while i + 1 < line.endIndex, words <= 5 {
            if line[i] == 32 { words += 1 }
            if line[i] == 46, line[i + 1] == 32 { return i + 2 < line.endIndex && line[i + 2] &- 65 < 26 }
            i += 1
        }
        return false
    }

    /// "Pinecrest Foods — The snack maker rose 6% ...": a market digest's item, a name of a few
    /// capitalized words, a dash and a sentence about it.
    static func isNamedItem(_ line: ArraySlice<UInt8>) -> Bool {
        var words = 0, i = line.startIndex, capitals = true
        while i < line.endIndex, words < 7 {
            guard line[i] &- 65 < 26 || line[i] &- 48 < 10 || line[i] == 38 else { return false }
            words += 1
            while i < line.endIndex, line[i] != 32 { if line[i] &- 97 < 26 { capitals = false }; i += 1 }
            guard i + 4 < line.endIndex else { return false }
            i += 1
            // An em or en dash, a space, then a capital.
            // A name in capitals before the dash is a dateline's place ("MANILA – The Senate ...").
            if line[i] == 0xE2, line[i + 1] == 0x80, line[i + 2] == 0x94 || line[i + 2] == 0x93, line[i + 3] == 32 {
                return i + 4 < line.endIndex && line[i + 4] &- 65 < 26 && !capitals
            }
        }
        return false
    }

    /// "... ahead of a possible move in January. (Mail)": a gossip column's item, a paragraph
    /// that closes with the outlet it is taken from, in parentheses after its last sentence.
    static func isCreditedItem(_ line: ArraySlice<UInt8>) -> Bool {
        guard let open = closingAside(line), line.endIndex - open <= 32 else { return false }
        let credit = Self.words(line[(open + 1)..<(line.endIndex - 1)])
        return (1...3).contains(credit.count) && credit.allSatisfy { line[$0.lowerBound] &- 65 < 26 }
    }

    /// Where the parenthesis opens that closes a line after its last sentence ("... on board.
    /// (PNA)"), if the line ends so.
    static func closingAside<Line: RandomAccessCollection>(_ line: Line) -> Int? where Line.Element == UInt8, Line.Index == Int {
        guard line.last == 41, let open = line.lastIndex(of: 40), open - line.startIndex >= 2, line[open - 1] == 32,
              [46, 33, 63, 34].contains(line[open - 2]) else { return nil }
        return open
    }

    /// "3 days ago", "Tuesday evening": a line that is a temporal expression but for a few characters.
    static func isTimeAlone(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        TemporalTagger.shared.tag(bytes: Array(line), documentDate: nil).contains { line.count - ($0.end - $0.start) <= 3 }
    }

    /// "14 November 2025 Humanitarian Aid": a page's full date and the section it files the
    /// story under, a stamp rather than a headline.
    static func isDatedSection(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count <= 64, let first = line.first, first &- 48 < 10 || first &- 65 < 26 else { return false }
        let text = Array(line)
        guard let date = TemporalTagger.shared.tag(bytes: text, documentDate: nil).first, date.start == 0, date.type == .date || date.type == .time,
              CalendarDate(iso: String(date.value.prefix(10))) != nil else { return false }
        let rest = Self.words(text[date.end...])
        return (1...3).contains(rest.count) && rest.allSatisfy { text[$0.lowerBound] &- 65 < 26 }
    }

    /// The words that close a publication's name (`masthead-words.txt`).
    static let mastheadWords = Resources.wordSet("masthead-words.txt")

    /// The sections of a site's menu (`menu-words.txt`).
    static let menuWords = Resources.wordSet("menu-words.txt")

    /// Whether a line names three of a menu's sections or more, with nothing else and no
    /// separators ("News Reviews Guides Videos").
    static func isMenuLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 120, let first = line.first, first &- 65 < 26 else { return false }
        var count = 0, k = 0
        while k < line.count {
            if line[k] == 32 { k += 1; continue }
            var j = k
            while j < line.count, line[j] != 32 { j += 1 }
            guard line[k..<j].allSatisfy({ ($0 | 0x20) &- 97 < 26 }),
                  menuWords.contains(String(decoding: UnsafeBufferPointer(rebasing: line[k..<j]), as: UTF8.self).lowercased()) else { return false }
            count += 1
            k = j
        }
        return count >= 3
    }

    /// "Silicon Valley Business Daily", "THE MARLOW END - an independent Marlow Town blog": a few
    /// capitalized words, or a name and its tagline, ending in a word that closes a
    /// publication's name: the masthead above a headline.
    static func isMasthead(_ line: ArraySlice<UInt8>) -> Bool {
        let words = Self.words(line)
        guard let last = words.last, mastheadWords.contains(String(decoding: line[last], as: UTF8.self).lowercased()) else { return false }
        if (2...6).contains(words.count), words.allSatisfy({ line[$0.lowerBound] &- 65 < 26 }) { return true }
        let text = String(decoding: line, as: UTF8.self)
        return words.count <= 12 && (stampSeparators.contains { text.contains($0) } || text.contains(" - "))
    }

    /// Whether a line runs three phrases or more together with full stops ("Centers for Disease
    /// Control and Prevention. CDC twenty four seven. Saving Lives, Protecting People"): a site's
    /// header as scraped, not a headline.
    static func isSloganRun(_ line: ArraySlice<UInt8>) -> Bool {
        var breaks = 0
        for i in line.indices.dropLast(2) where line[i] == 46 && line[i + 1] == 32 && line[i + 2] &- 65 < 26 {
            // "U.S. Senate": a stop after a single capital closes an initial, not a phrase.
            if i - 2 >= line.startIndex, line[i - 2] == 46 || line[i - 2] == 32 { continue }
            breaks += 1
        }
        return breaks >= 2
    }

    /// The honorifics and post-nominals of a person's formal name (`styled-names.tsv`).
    static let nameStyles: [String: Set<String>] = Dictionary(grouping: Resources.rows("styled-names.tsv").filter { $0.count >= 2 }, by: { $0[0] })
        .mapValues { Set($0.map { $0[1] }) }

    /// Whether a line is a person's formal name and nothing else ("The Hon. Rhys Calder MP",
    /// "Sir Keir Lansing KC"): the minister a release is issued under, not its headline.
    static func isStyledName(_ line: ArraySlice<UInt8>) -> Bool {
        let words = Self.words(line).map { String(decoding: line[$0], as: UTF8.self) }
        guard (2...7).contains(words.count), isName(line) else { return false }
        let opening = words[0] == "The" ? words[1] : words[0]
        return nameStyles["honorific"]?.contains(opening) == true || nameStyles["post-nominal"]?.contains(words[words.count - 1]) == true
    }

    /// Words that join the capitalized words of a name ("Ministry of Transport").
    static let nameJoiners: Set<String> = ["of", "the", "and", "for", "de", "du", "la", "-", "–", "&"]

    /// Whether a line is a name: each word capitalized, but for the words that join a name's.
    static func isName(_ line: ArraySlice<UInt8>) -> Bool {
        Self.words(line).allSatisfy { w in
            let first = line[w.lowerBound]
            return first &- 65 < 26 || first == 40 || first &- 48 < 10 || nameJoiners.contains(String(decoding: line[w], as: UTF8.self))
        }
    }

    /// Whether a line is written in capitals: two words or more, and no lower-case letter.
    static func isCapitals(_ line: ArraySlice<UInt8>) -> Bool {
        var letters = 0, spaces = 0
        for b in line {
            if b >= 97 && b <= 122 { return false }
            if b >= 65 && b <= 90 { letters += 1 }
            if b == 32 { spaces += 1 }
        }
        return letters >= 4 && spaces >= 1
    }

    /// Where the space-separated words of a line lie.
    static func words(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = line.startIndex
        for i in line.indices where line[i] == 32 {
            if i > start { out.append(start..<i) }
            start = i + 1
        }
        if line.endIndex > start { out.append(start..<line.endIndex) }
        return out
    }

    /// `text` without the white space at its ends.
    static func trimmed<Text: StringProtocol>(_ text: Text) -> Text.SubSequence {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else {
            return text[text.endIndex...]
        }
        return text[first...last]
    }

    /// Whether a line gives a life's two ends, "born ..." and then "; died ...".
    static func isLifeLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        func find(_ word: StaticString, from: Int) -> Int? {
            let n = word.utf8CodeUnitCount
            guard line.count >= n else { return nil }
            return word.withUTF8Buffer { w in (from..<(line.count - n + 1)).first { i in (0..<n).allSatisfy { line[i + $0] == w[$0] } } }
        }
        guard let born = find(" born ", from: 0) else { return false }
        return find("; died ", from: born) != nil
    }

    /// A line with no closing punctuation and few words: a headline or section heading.
    func isHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = line.last else { return false }
        // A section's name may end in an abbreviation's period ("U.S.", "Washington, D.C.").
        if last == 46, line.filter({ $0 == 32 }).count < 3 {
            let word = line[((line.lastIndex(of: 32) ?? -1) + 1)...]
            if word.count <= 5, word.filter({ $0 == 46 }).count >= 2, word.allSatisfy({ $0 == 46 || (65...90).contains($0) }) { return true }
        }
        if last == 46 || last == 33 || last == 63 || last == 34 || last == 58 { return false }
        // "... with 146 people on board. (PNA)": a paragraph that closes with its agency's credit.
        if Self.closingAside(line) != nil { return false }
        if line.count >= 3, line[line.count - 3] == 0xE2, line[line.count - 2] == 0x80, [0x9D, 0x99, 0xA6].contains(line[line.count - 1]) { return false }
        if line.first == 45 || line.first == 42 || (line.count >= 3 && line[0] == 0xE2 && line[1] == 0x80 && line[2] == 0xA2) { return false }
        // An obituary's closing life line ("Walter Lee Brandeis, pianist, born 3 March 1937; died
        // 16 November 2025") tells two happenings, with no full stop.
        if Self.isLifeLine(line) { return false }
        var words = 0
        var inWord = false
        for b in line {
            if b == 32 { inWord = false } else if !inWord { inWord = true; words += 1; if words > 16 { return false } }
        }
        return true
    }
}
