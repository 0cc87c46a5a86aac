import EventModel

/// A name found in a sentence and the actor or place it stands for.
struct NameMention: Sendable {
    enum Kind: Sendable, Hashable { case actor(ActorKind), place, other }
    var start: Int
    var end: Int
    /// Token range.
    var tokens: Range<Int>
    var surface: String
    var canonical: String
    var kind: Kind
    var title: String?
    /// A capital or city: the surface names a place in its own right.
    var isPlace: Bool
}

/// General knowledge about names: countries with their capitals and demonyms, states and
/// provinces, well-known organizations, titles, organization words and given names, from the data files.
final class Gazetteer: @unchecked Sendable {
    let names = Lexicon(rows: [])
    let titles = Lexicon(rows: [])
    let orgWords: Set<String>
    /// The organization words that name one body on their own ("Senate", "Parliament"); alone,
    /// the others ("Board", "Council") only point back to a body named in full.
    let standaloneOrgWords: Set<String>
    let givenNames: Set<String>
    /// Words that head a place named with "of" ("Gulf of Guinea").
    let placeHeads: Set<String>
    /// Words that close a place's name ("Crescent Beach").
    let placeTails: Set<String>

    static let shared = Gazetteer()

    /// Whether a name is an organization word alone that does not name one body on its own
    /// ("Board", "Council"; not "Senate"): it points back to a body named in full.
    func isPointer(_ name: String) -> Bool {
        guard !name.contains(" "), name.contains(where: \.isLowercase) else { return false }
        let word = name.lowercased()
        return orgWords.contains(word) && !standaloneOrgWords.contains(word)
    }

    init() {
        for row in Resources.rows("countries.tsv") where !row.isEmpty {
            let name = row[0]
            names.add(cls: "name", phrase: name, value: "country|\(name)")
            for field in 1..<min(row.count, 4) {
                for alias in row[field].split(separator: ";") where !alias.isEmpty {
                    let role = field == 2 ? "capital" : (field == 3 ? "demonym" : "country")
                    names.add(cls: "name", phrase: String(alias), value: "\(role)|\(name)")
                }
            }
        }
        for row in Resources.rows("regions.tsv") where !row.isEmpty {
            names.add(cls: "name", phrase: row[0], value: "region|\(row[0])")
            if row.count > 1 { for alias in row[1].split(separator: ";") where !alias.isEmpty { names.add(cls: "name", phrase: String(alias), value: "region|\(row[0])") } }
        }
        for row in Resources.rows("organizations.tsv") where !row.isEmpty {
            let kind = row.count > 1 ? row[1] : "organization"
            names.add(cls: "name", phrase: row[0], value: "\(kind)|\(row[0])")
            if row.count > 2 { for alias in row[2].split(separator: ";") where !alias.isEmpty { names.add(cls: "name", phrase: String(alias), value: "\(kind)|\(row[0])") } }
        }
        for line in Resources.lines("titles.txt") {
            titles.add(cls: "title", phrase: line.text.trimmingCharacters(in: .whitespaces).lowercased(), value: line.text.trimmingCharacters(in: .whitespaces))
        }
        let orgRows = Resources.rows("org-words.txt").filter { !$0.isEmpty }
        orgWords = Set(orgRows.map { $0[0].lowercased() })
        standaloneOrgWords = Set(orgRows.filter { $0.count > 1 && $0[1] == "standalone" }.map { $0[0].lowercased() })
        givenNames = Resources.wordSet("given-names.txt")
        placeHeads = Resources.wordSet("place-heads.txt")
        placeTails = ActorRecognizer.placeTailWords
    }
}

/// Finds people, organizations, countries and places in sentences, without configuration.
struct ActorRecognizer {
    let gazetteer = Gazetteer.shared

    func isCapitalWord(_ t: Token) -> Bool { t.kind == .word && t.capitalized }

    /// Whether a word names a weekday, a month or a time zone ("in Beijing Tuesday"): it does not
    /// go on a capital's name as a surname or a paper's name does ("Sofia Brandt", "Moscow Times").
    static func isCalendarWord(_ word: String) -> Bool { TemporalTagger.shared.isCalendarWord(word) }

    /// The original spelling of tokens a..<b.
    func surface(_ bytes: [UInt8], _ tokens: [Token], _ r: Range<Int>) -> String {
        String(decoding: bytes[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end], as: UTF8.self)
    }

    func allCaps(_ bytes: [UInt8], _ t: Token) -> Bool {
        t.end - t.start >= 2 && bytes[t.start..<t.end].allSatisfy { $0 &- 65 < 26 }
    }

    /// The longest title at token `t` ("Treasury Secretary").
    @inline(__always) func title(_ tokens: [Token], _ t: Int, _ book: WordBook) -> (value: String, end: Int)? {
        guard t < tokens.count else { return nil }
        return gazetteer.titles.matches(from: book.titleRoot(tokens[t].id), tokens, t, "title")
    }

    /// Names in one sentence (token range), before corpus-wide alias resolution. The tokens are
    /// those of `book`.
    func names(_ bytes: [UInt8], _ tokens: [Token], _ sentence: Range<Int>, _ book: WordBook) -> [NameMention] {
        var out: [NameMention] = []
        var i = sentence.lowerBound
        var pendingTitle: String? = nil
        while i < sentence.upperBound {
            // Most words start neither a title nor a name.
            if !tokens[i].capitalized, book.titleRoot(tokens[i].id) == nil {
                pendingTitle = nil
                i += 1
                continue
            }
            let t = tokens[i]
            if let title = title(tokens, i, book) {
                if title.end < sentence.upperBound, isCapitalWord(tokens[title.end]) || self.title(tokens, title.end, book) != nil {
                    pendingTitle = pendingTitle.map { $0 + " " + title.value } ?? title.value
                    i = title.end
                    continue
                }
                // "Secretary for Development Bernadette Linn", "Head of the Geotechnical Engineering
                // Office Ringo Mok": a title with its portfolio, then the person.
                if let person = portfolioEnd(bytes, tokens, after: title.end, sentence, book) {
                    let title = surface(bytes, tokens, i..<person)
                    pendingTitle = pendingTitle.map { $0 + " " + title } ?? title
                    i = person
                    continue
                }
                // "the Minister for Lands and Natural Resources, Samuel Adjei Darko": the portfolio
                // before the comma is the title's, no name of its own ("the chief executive of
                // Kestrel Health," names the company).
                if let run = portfolioRun(bytes, tokens, after: title.end, sentence), run.upperBound < sentence.upperBound, tokens[run.upperBound].lower == ",",
                   tokens[title.end].lower == "for" || run.allSatisfy({ tokens[$0].lower == "and" || Self.portfolioWords.contains(tokens[$0].lower) }) {
                    i = run.upperBound
                    pendingTitle = nil
                    continue
                }
            }
            if t.capitalized || t.kind == .word && allCaps(bytes, t), !(allCaps(bytes, t) && shoutedLine(bytes, tokens, around: i)), let g = gazetteer.names.matches(from: book.nameRoot(t.id), tokens, i, "name"),
               !((g.value.hasPrefix("region|") || g.value.hasPrefix("capital|")) && g.end < sentence.upperBound && isCapitalWord(tokens[g.end])
                 && !tokens[g.end].lineBefore && !Self.isCalendarWord(tokens[g.end].lower)) {
                let bar = g.value.utf8.firstIndex(of: 124)!
                let parts = [Substring(g.value[..<bar]), Substring(g.value[g.value.utf8.index(after: bar)...])]
                let text = surface(bytes, tokens, i..<g.end)
                if isCredit(tokens, i..<g.end, sentence) { i = g.end; pendingTitle = nil; continue }
                if text == "us" || (text.lowercased() == "us" && text != "US") { i += 1; continue }
                // "US$42 million", "A$5 billion": a currency's sign, not its country.
                if g.end < sentence.upperBound, tokens[g.end].lower == "$", !tokens[g.end].spaceBefore { i = g.end; pendingTitle = nil; continue }
                var end = g.end
                if end < sentence.upperBound, tokens[end].lower == "." , tokens[end - 1].lower.count == 1 { end += 1 }
                let orgRun = capitalRun(bytes, tokens, from: end, limit: sentence.upperBound)
                // "Ghana Water Limited": a country's name before a company's is part of it.
                if parts[0] == "country" || parts[0] == "demonym", let run = orgRun,
                   isOrganization(tokens, run) || parts[0] == "country" && Self.companySuffixes.contains(tokens[run.upperBound - 1].lower),
                   titleInside(tokens, run, book) == nil {
                    // "TAIPEI (Taiwan News) —": the credit of a dateline.
                    if isCredit(tokens, i..<run.upperBound, sentence) { i = run.upperBound; pendingTitle = nil; continue }
                    // "Chinese Commerce Ministry" and "U.S. Bureau of ..." are the Commerce Ministry
                    // and the Bureau; "Japan Meteorological Agency", with the country's name
                    // spelled out, is the organization's whole name.
                    let whole = surface(bytes, tokens, i..<run.upperBound)
                    let country = surface(bytes, tokens, i..<g.end)
                    let spelled = country.contains(where: \.isLowercase) && !country.contains(".")
                    let name = parts[0] == "country" && spelled ? whole : surface(bytes, tokens, run)
                    out.append(NameMention(start: tokens[i].start, end: tokens[run.upperBound - 1].end, tokens: i..<run.upperBound,
                                           surface: whole, canonical: name,
                                           kind: .actor(.organization), title: nil, isPlace: false))
                    i = run.upperBound
                    pendingTitle = nil
                    continue
                }
                var kind: NameMention.Kind
                switch parts[0] {
                case "government": kind = .actor(.government)
                case "organization": kind = .actor(.organization)
                case "region": kind = .actor(.government)
                default: kind = .actor(.country)
                }
                if parts[0] == "capital" || parts[0] == "region", i > sentence.lowerBound,
                   ["in", "at", "from", "to", "near", ",", "and", "or", "of", "between"].contains(tokens[i - 1].lower) {
                    kind = .place
                }
                out.append(NameMention(start: tokens[i].start, end: tokens[end - 1].end, tokens: i..<end, surface: text,
                                       canonical: String(parts[1]), kind: kind, title: nil, isPlace: parts[0] == "capital" || parts[0] == "country" || parts[0] == "region"))
                i = end
                pendingTitle = nil
                continue
            }
            if var run = capitalRun(bytes, tokens, from: i, limit: sentence.upperBound) {
                if let split = titleInside(tokens, run, book) {
                    let title = surface(bytes, tokens, run.lowerBound..<split)
                    pendingTitle = pendingTitle.map { $0 + " " + title } ?? title
                    // "Municipal Chief Executive for Birim Central": the rest is a title, read as one.
                    if self.title(tokens, split, book)?.end == run.upperBound { i = split; continue }
                    run = split..<run.upperBound
                }
                if isCredit(tokens, run, sentence) { i = run.upperBound; pendingTitle = nil; continue }
                // "Former Kestrel Health scientist Priya Nand": a word that says when the name held
                // is no part of it.
                if run.count >= 2, Self.nameModifiers.contains(tokens[run.lowerBound].lower) { run = run.lowerBound + 1..<run.upperBound }
                // "The Honourable Minister thanked ...": titles with no name after them name no one.
                if pendingTitle != nil, title(tokens, run.lowerBound, book)?.end == run.upperBound { i = run.upperBound; pendingTitle = nil; continue }
                if run.count == 1, run.lowerBound > sentence.lowerBound, tokens[run.lowerBound - 1].lower == ",",
                   Self.companySuffixes.contains(tokens[run.lowerBound].lower) {
                    i = run.upperBound; pendingTitle = nil; continue
                }
                // "Shares of Acme Mining fell": a sentence's first word is capitalized for the
                // sentence, and unless it names an organization the name starts after its "of".
                if run.count > 2, tokens[run.lowerBound + 1].lower == "of", opensClause(tokens, run.lowerBound, sentence),
                   !tokens[run.lowerBound].facts.contains(.organization), !allCaps(bytes, tokens[run.lowerBound]) {
                    run = run.lowerBound + 2..<run.upperBound
                }
                let name = surface(bytes, tokens, run)
                let words = run.filter { tokens[$0].kind == .word }
                var kind: NameMention.Kind = .other
                if run.dropLast().contains(where: { tokens[$0].facts.contains(.placeHead) && tokens[$0 + 1].lower == "of" }) {
                    kind = .place
                } else if isOrganization(tokens, run) || isAcronym(bytes, tokens, run, book)
                    || run.count == 1 && pendingTitle == nil && !tokens[run.lowerBound].facts.contains(.givenName) && !opensClause(tokens, run.lowerBound, sentence)
                        && hasOrganizationContext(tokens, run, sentence) {
                    kind = .actor(.organization)
                } else if words.count >= 2, tokens[words[0]].facts.contains(.placeHead) || tokens[words[words.count - 1]].facts.contains(.placeTail) {
                    kind = .place
                } else if words.count >= 2, pendingTitle == nil, isNamedByWhich(tokens, run, sentence) {
                    kind = .actor(.organization)
                } else if pendingTitle != nil || words.count >= 2 && words.count <= 4 && looksLikePerson(bytes, tokens, run, sentence, book) {
                    kind = .actor(.person)
                }
                if !(words.first.map { tokens[$0].facts.contains(.calendar) && !isMonthInName(tokens, $0, limit: run.upperBound) } ?? false) {
                    out.append(NameMention(start: tokens[run.lowerBound].start, end: tokens[run.upperBound - 1].end, tokens: run,
                                           surface: name, canonical: name, kind: kind, title: pendingTitle, isPlace: false))
                }
                pendingTitle = nil
                i = run.upperBound
                continue
            }
            pendingTitle = nil
            i += 1
        }
        return out
    }

    /// The words after a place's name that make the rest a body of that place (`subdivision` in `clause-words.tsv`).
    static let subdivisionWords = EventExtractor.clauseWords["subdivision"] ?? []
    /// The things a number designates, which end a name before them (`numbered` in `clause-words.tsv`).
    static let numberedWords = EventExtractor.clauseWords["numbered"] ?? []

    /// The words before a name that say when it held (`name-modifier` in `clause-words.tsv`: "Former", "Acting").
    static let nameModifiers = EventExtractor.clauseWords["name-modifier"] ?? []

    /// The small words inside a title's portfolio ("Minister of Lands and Natural Resources",
    /// "Director General of the NCAA").
    static let portfolioJoiners: Set<String> = ["of", "for", "and", "the"]

    /// The words of a portfolio ("Development", "Foreign Affairs"), lowercased.
    static let portfolioWords = Resources.wordSet("portfolios.txt")

    /// Where the person's name starts after a title's portfolio ("Secretary for Development
    /// Bernadette Linn", "Minister of Labour Sandra Okoye", "Head of the Geotechnical Engineering
    /// Office Ringo Mok"): the two or three last words of the capitals after "for" or "of", when
    /// they open on a given name or follow an organization's word. Nil when no name follows.
    func portfolioEnd(_ bytes: [UInt8], _ tokens: [Token], after j: Int, _ sentence: Range<Int>, _ book: WordBook) -> Int? {
        guard let run = portfolioRun(bytes, tokens, after: j, sentence), run.count >= 3 else { return nil }
        // The shortest name first: "Foreign Affairs" is all portfolio before "Penny Wong".
        for s in ((run.lowerBound + 1)..<(run.upperBound - 1)).reversed() where tokens[s].capitalized {
            // The name's words, a hyphenated given name's halves counting as one ("Hon-ho").
            let words = (s..<run.upperBound).filter { tokens[$0].kind == .word && !(tokens[$0 - 1].lower == "-" && !tokens[$0].spaceBefore) }
            guard (2...3).contains(words.count), words.allSatisfy({ tokens[$0].capitalized && !tokens[$0].facts.contains(.organization) && !allCaps(bytes, tokens[$0]) }),
                  !words.allSatisfy({ Self.portfolioWords.contains(tokens[$0].lower) }) else { continue }
            if tokens[s].facts.contains(.givenName) || tokens[s - 1].facts.contains(.organization)
                || (run.lowerBound..<s).allSatisfy({ Self.portfolioWords.contains(tokens[$0].lower) || tokens[$0].lower == "and" }) { return s }
        }
        return nil
    }

    /// The capitals after a title's "for" or "of" ("Lands and Natural Resources", "Economic Growth
    /// and Job Creation Andrea Rowe-Gordon"), a portfolio of two parts joined by "and" as one.
    func portfolioRun(_ bytes: [UInt8], _ tokens: [Token], after j: Int, _ sentence: Range<Int>) -> Range<Int>? {
        guard j + 1 < sentence.upperBound, tokens[j].lower == "for" || tokens[j].lower == "of" else { return nil }
        let k = tokens[j + 1].lower == "the" ? j + 2 : j + 1
        guard var run = capitalRun(bytes, tokens, from: k, limit: sentence.upperBound) else { return nil }
        while run.upperBound + 1 < sentence.upperBound, tokens[run.upperBound].lower == "and",
              let more = capitalRun(bytes, tokens, from: run.upperBound + 1, limit: sentence.upperBound) { run = run.lowerBound..<more.upperBound }
        return run
    }

    /// Whether token i opens its sentence or a clause set off by a dash or colon ("SEOUL, Nov. 13
    /// (Yonhap) -- Shares of …", "Why it matters: Federal workers …"), where any word is capitalized.
    /// There, one word before "employees" may be an adjective ("Federal employees") rather than a
    /// company: it counts as one only where the corpus names it so elsewhere.
    func opensClause(_ tokens: [Token], _ i: Int, _ sentence: Range<Int>) -> Bool {
        guard i > sentence.lowerBound else { return true }
        let before = tokens[i - 1]
        guard before.kind != .word else { return false }
        return ["—", "–", "--", ":"].contains(before.lower) || before.lower == "-" && (before.spaceBefore || i >= 2 && tokens[i - 2].lower == "-")
    }

    /// The agency credited in a dateline, "SALEM, Ore. (AP) —", "Oct. 23, 2025 /CNW/ -" or
    /// "Mumbai, Nov 12 (PTI) Three ...": the source of the report, not a party to it.
    func isCredit(_ tokens: [Token], _ run: Range<Int>, _ sentence: Range<Int>) -> Bool {
        if run.lowerBound > sentence.lowerBound, run.upperBound < sentence.upperBound, tokens[run.lowerBound - 1].lower == "/",
           tokens[run.upperBound].lower == "/", !tokens[run.lowerBound].spaceBefore, !tokens[run.upperBound].spaceBefore { return true }
        guard run.lowerBound > sentence.lowerBound, run.upperBound + 1 < sentence.upperBound,
              tokens[run.lowerBound - 1].lower == "(", tokens[run.upperBound].lower == ")" else { return false }
        if ["—", "–", "-", "--"].contains(tokens[run.upperBound + 1].lower) { return true }
        // "Mumbai, Nov 12 (PTI) Three workers ...": after a dateline's day, the credit needs no dash.
        return run.lowerBound >= sentence.lowerBound + 2 && run.lowerBound - sentence.lowerBound <= 8
            && tokens[run.lowerBound - 2].kind == .number && tokens[run.upperBound + 1].capitalized
    }

    /// The legal forms that close a company's name ("Acme Therapeutics, Inc."), lowercased.
    static let companySuffixes = Resources.wordSet("company-suffixes.txt")

    /// The words that close a place's name ("County", "Station"; `place-tails.txt`).
    static let placeTailWords = Resources.wordSet("place-tails.txt")

    /// The words that join the parts of an organization's name ("Council on Foreign Relations").
    static let joiners: Set<String> = ["of", "for", "on", "and"]

    /// The words that make a name and a hyphen a compound adjective (`compound-tail` in `clause-words.tsv`).
    static let compoundTails = EventExtractor.clauseWords["compound-tail"] ?? []

    /// Whether a word in lower case after a name and a hyphen is the second half of a given name
    /// ("Wai-chuen", "Jae-myung"): short, and no compound's head ("-born", "-based", "-ing").
    static func isNameHalf(_ word: String) -> Bool {
        word.utf8.count >= 2 && word.utf8.count <= 6 && word.allSatisfy(\.isLetter) && !word.hasSuffix("ed") && !(word.hasSuffix("ing") && word.utf8.count >= 6)
            && !compoundTails.contains(word)
    }

    /// "the May Pen Hospital": a month's name that is also a common word ("May", "March"), before
    /// another capitalized word on its line, opens a name rather than a date (the tagger, by the
    /// same reading, leaves it untagged).
    func isMonthInName(_ tokens: [Token], _ i: Int, limit: Int) -> Bool {
        tokens[i].capitalized && tokens[i].facts.contains(.calendar) && tokens[i].facts.contains(.stopword) && i + 1 < limit
            && tokens[i + 1].kind == .word && tokens[i + 1].capitalized && !tokens[i + 1].lineBefore && !tokens[i + 1].facts.contains(.calendar)
    }

    /// A run of capitalized words from token i: "Jeff Moon", "Council on Foreign Relations", "J. Williams".
    func capitalRun(_ bytes: [UInt8], _ tokens: [Token], from i: Int, limit: Int) -> Range<Int>? {
        guard i < limit, tokens[i].kind == .word, tokens[i].capitalized || allCaps(bytes, tokens[i]) else { return nil }
        if tokens[i].facts.contains(.stopword) && !allCaps(bytes, tokens[i]), !isMonthInName(tokens, i, limit: limit) { return nil }
        if allCaps(bytes, tokens[i]), shoutedLine(bytes, tokens, around: i) { return nil }
        // "5N-SKE", "9M-MRO": letters joined by a hyphen to figures are a code (an aircraft's
        // registration, a model), not a name.
        if i >= 2, tokens[i - 1].lower == "-", !tokens[i].spaceBefore, !tokens[i - 1].spaceBefore, tokens[i - 2].kind == .number { return nil }
        // "THE National Water Commission": a lede's first word set in capitals is not the name's.
        if tokens[i].facts.contains(.stopword), allCaps(bytes, tokens[i]), i + 1 < limit, tokens[i + 1].capitalized, !tokens[i + 1].lineBefore,
           !allCaps(bytes, tokens[i + 1]) { return nil }
        var end = i + 1
        while end < limit {
            // "Cascade Air Flight 417": the flight is the airline's, no part of its name.
            if end + 1 < limit, tokens[end + 1].kind == .number, Self.numberedWords.contains(tokens[end].lower) { break }
            if tokens[end].kind == .word, tokens[end].capitalized, !tokens[end].lineBefore { end += 1; continue }
            if tokens[end].lower == ".", !tokens[end].spaceBefore, tokens[end - 1].lower.utf8.count == 1, end + 1 < limit, tokens[end + 1].capitalized { end += 1; continue }
            // "Fishermen's Association": a possessive inside an organization's name.
            if tokens[end].lower == "'" || tokens[end].lower == "’", !tokens[end].spaceBefore, end + 2 < limit, tokens[end + 1].lower == "s",
               !tokens[end + 1].spaceBefore, tokens[end + 2].capitalized, !tokens[end + 2].lineBefore,
               (end + 2..<min(limit, end + 6)).prefix(while: { tokens[$0].capitalized }).contains(where: { tokens[$0].facts.contains(.organization) }) {
                end += 2; continue
            }
            if tokens[end].lower == "-", !tokens[end].spaceBefore, end + 1 < limit, !tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word {
                // "Tse Wai-chuen": a hyphenated given name after a family name keeps its second half.
                if !tokens[end + 1].capitalized, end - i >= 2, Self.isNameHalf(tokens[end + 1].lower) { end += 2; break }
                end += 1; continue
            }
            // "Union No. 1": a body's number is part of its name (not a signal's: "Signal No. 5").
            if tokens[end].lower == ".", tokens[end - 1].lower == "no", !tokens[end].spaceBefore, end + 1 < limit, tokens[end + 1].kind == .number,
               tokens[end + 1].lower.allSatisfy(\.isNumber), (i..<end).contains(where: { tokens[$0].facts.contains(.organization) }) { end += 2; continue }
            // "the Company and Union No. 1": two bodies, each named by its own word, are two names;
            // after "of", "and" joins a portfolio's parts ("Department of Health and Human Services").
            if tokens[end].lower == "and", tokens[end - 1].facts.contains(.organization), !(i..<end).contains(where: { tokens[$0].lower == "of" }),
               (end + 1..<min(limit, end + 5)).prefix(while: { tokens[$0].capitalized }).contains(where: { tokens[$0].facts.contains(.organization) }) { break }
            if tokens[end].kind == .word, Self.joiners.contains(tokens[end].lower), end + 1 < limit, tokens[end + 1].capitalized, !tokens[end + 1].facts.contains(.calendar),
               !closesName(tokens, i, end),
               (i..<end).contains(where: { tokens[$0].facts.contains(.organization) })
                || tokens[end].lower == "of" && tokens[end - 1].facts.contains(.placeHead)
                || tokens[end].lower != "for" && tokens[end].lower != "on"
                    && (end + 1..<min(limit, end + 4)).prefix(while: { tokens[$0].capitalized }).contains(where: { tokens[$0].facts.contains(.organization) }) {
                // "Lawyers for Lumen Entertainment": "for" and "on" join a body's own word to what it is for.
                end += 1; continue
            }
            break
        }
        while end > i + 1, tokens[end - 1].kind != .word, !(end - i >= 4 && tokens[end - 1].kind == .number && tokens[end - 3].lower == "no") { end -= 1 }
        return i..<end
    }

    /// Whether the line of token `i` is a sentence in capitals ("COMMUNIQUE ISSUED AT THE END OF
    /// THE EMERGENCY MEETING ..."): every word in capitals, some of them words that join a
    /// sentence's parts. Its names cannot be told from its other words, and the text below names
    /// them again in their own case; a letterhead of a name alone ("NIGERIA LABOUR CONGRESS") still counts.
    func shoutedLine(_ bytes: [UInt8], _ tokens: [Token], around i: Int) -> Bool {
        // Outward from `i` to the line's ends, stopping at the first word not in capitals: an
        // acronym in running text costs a word or two, not its paragraph.
        var joining = 0, words = 0
        func count(_ q: Int) -> Bool {
            guard tokens[q].kind == .word else { return true }
            guard allCaps(bytes, tokens[q]) || tokens[q].end - tokens[q].start == 1 else { return false }
            words += 1
            if Self.sentenceJoiners.contains(tokens[q].lower) { joining += 1 }
            return true
        }
        var a = i
        while true {
            guard count(a) else { return false }
            if tokens[a].lineBefore || a == 0 { break }
            a -= 1
        }
        var b = i + 1
        while b < tokens.count, !tokens[b].lineBefore {
            guard count(b) else { return false }
            b += 1
        }
        return words >= 5 && joining >= 2
    }

    /// Words that join the parts of a sentence, not of a name (`sentence-joiner` in `clause-words.tsv`).
    static let sentenceJoiners = EventExtractor.clauseWords["sentence-joiner"] ?? []

    /// Whether "and" at `end` stands between two names, "Norvik Energy and Atlantic Crest Power":
    /// the words before it already close an organization's name of two words or more, with no
    /// "of" whose object the "and" could go on ("Bureau of Safety and Environmental Enforcement").
    func closesName(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        tokens[end].lower == "and" && end - start >= 2 && tokens[end - 1].facts.contains(.organization)
            && !(start..<end).contains(where: { Self.joiners.contains(tokens[$0].lower) })
    }

    /// Where the name starts in "Ohio Governor Ellen Marsh" or "Acme CEO Jane Roe": after a
    /// title inside the run, which takes the words before it as its qualifier. Nil when the run
    /// has no title followed by a name of two words or more ("Directorate General of Shipping"
    /// has none: a name does not open with "of").
    func titleInside(_ tokens: [Token], _ run: Range<Int>, _ book: WordBook) -> Int? {
        var j = run.lowerBound + 1
        while j < run.upperBound - 2 {
            if let title = title(tokens, j, book), title.end <= run.upperBound - 2, tokens[title.end].capitalized,
               !(run.lowerBound..<title.end).contains(where: { tokens[$0].facts.contains(.organization) && $0 >= j }) {
                // "Deputy Commissioner Shahidul Haque": titles in a row are one title.
                var end = title.end
                while let more = self.title(tokens, end, book), more.end <= run.upperBound - 2, tokens[more.end].capitalized { end = more.end }
                return end
            }
            j += 1
        }
        return nil
    }

    /// Capitals that name a measure or a thing ("GDP", "IPO", "GMT"), not an organization.
    static let thingAcronyms = Resources.wordSet("thing-acronyms.txt")

    /// An organization's acronym ("ICIU", "NTSB"): one word of three to five capitals inside a
    /// line, no title ("CEO") and no measure or thing ("GDP").
    func isAcronym(_ bytes: [UInt8], _ tokens: [Token], _ run: Range<Int>, _ book: WordBook) -> Bool {
        let t = tokens[run.lowerBound]
        return run.count == 1 && allCaps(bytes, t) && t.end - t.start >= 3 && t.end - t.start <= 5 && !t.lineBefore
            && title(tokens, run.lowerBound, book) == nil
            && !Self.thingAcronyms.contains(String(decoding: bytes[t.start..<t.end], as: UTF8.self).lowercased())
            && !isTicker(bytes, tokens, run.lowerBound)
    }

    /// A share's ticker after its exchange, "(NASDAQ: NVKS)": a name for the company's stock.
    func isTicker(_ bytes: [UInt8], _ tokens: [Token], _ i: Int) -> Bool {
        i >= 3 && tokens[i - 1].lower == ":" && tokens[i - 3].lower == "(" && allCaps(bytes, tokens[i - 2])
    }

    /// The words around a one-word name that make it an organization's (`org-contexts.tsv`).
    static let organizationContexts: (before: [[String]], after: [[String]]) = {
        var before: [[String]] = [], after: [[String]] = []
        for row in Resources.rows("org-contexts.tsv") where row.count >= 2 {
            let words = row[1].split(separator: " ").map(String.init)
            if row[0] == "before" { before.append(words) } else { after.append(words) }
        }
        return (before, after)
    }()

    /// Whether a one-word name stands where a company does: "Norvale chief executive Jo Roe",
    /// "shares of Norvale", "its operator, Norvale,".
    func hasOrganizationContext(_ tokens: [Token], _ run: Range<Int>, _ sentence: Range<Int>) -> Bool {
        let contexts = Self.organizationContexts
        // "members of K-pop girl group": a letter of a compound is no name.
        if run.count == 1, tokens[run.lowerBound].end - tokens[run.lowerBound].start < 2
            || run.upperBound < sentence.upperBound && tokens[run.upperBound].lower == "-" && !tokens[run.upperBound].spaceBefore { return false }
        for words in contexts.after where run.upperBound + words.count <= sentence.upperBound {
            if words.indices.allSatisfy({ tokens[run.upperBound + $0].lower == words[$0] }) { return true }
        }
        for words in contexts.before where run.lowerBound - words.count >= sentence.lowerBound {
            let start = run.lowerBound - words.count
            if words.indices.allSatisfy({ tokens[start + $0].lower == words[$0] }) { return true }
        }
        return false
    }

    /// "Sorensen Wind, which built the blade, said": a name that "which" takes up is no
    /// person's, and one that no preposition places is a body's.
    func isNamedByWhich(_ tokens: [Token], _ run: Range<Int>, _ sentence: Range<Int>) -> Bool {
        guard run.upperBound + 1 < sentence.upperBound, tokens[run.upperBound].lower == ",", tokens[run.upperBound + 1].lower == "which" else { return false }
        var before = run.lowerBound - 1
        if before > sentence.lowerBound, tokens[before].lower == "the" { before -= 1 }
        return !(before >= sentence.lowerBound && ["in", "at", "near", "from", "to", "into", "on", "across", "of"].contains(tokens[before].lower))
    }

    func isOrganization(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        run.contains { tokens[$0].kind == .word && tokens[$0].facts.contains(.organization) }
    }

    /// A person's name by its shape: a known given name first, or a name set off by "said" or an
    /// apposition ("Jeff Moon, a former official").
    func looksLikePerson(_ bytes: [UInt8], _ tokens: [Token], _ run: Range<Int>, _ sentence: Range<Int>, _ book: WordBook) -> Bool {
        if tokens[run.lowerBound].facts.contains(.givenName) { return true }
        // "said Cape Elizabeth town manager Sarah Bouchard": a name before a title qualifies it.
        if run.lowerBound > sentence.lowerBound, ["said", "says", "told", "according"].contains(tokens[run.lowerBound - 1].lower),
           title(tokens, run.upperBound, book) == nil { return true }
        if run.upperBound + 1 < sentence.upperBound, ["said", "says", "told"].contains(tokens[run.upperBound].lower) { return true }
        // "its director, Els Van Damme,": a name in apposition to a title.
        if run.lowerBound >= sentence.lowerBound + 2, tokens[run.lowerBound - 1].lower == ",",
           title(tokens, run.lowerBound - 2, book)?.end == run.lowerBound - 1 { return true }
        // "The Minister of Aviation, Adeyemi Olatunde,": so is one after a title's portfolio.
        if run.lowerBound >= sentence.lowerBound + 4, tokens[run.lowerBound - 1].lower == "," {
            var k = run.lowerBound - 2
            while k > sentence.lowerBound, k >= run.lowerBound - 8, tokens[k].capitalized || Self.portfolioJoiners.contains(tokens[k].lower) {
                if let t = title(tokens, k, book), t.end < run.lowerBound - 2, Self.portfolioJoiners.contains(tokens[t.end].lower), tokens[t.end].lower != "and" { return true }
                k -= 1
            }
        }
        if run.upperBound + 2 < sentence.upperBound, tokens[run.upperBound].lower == "," {
            let next = tokens[run.upperBound + 1]
            // Not "Birim Central, Mrs Comfort Asante": a title that opens another name.
            if ["a", "an", "the", "former", "who"].contains(next.lower)
                || title(tokens, run.upperBound + 1, book).map({ $0.end >= sentence.upperBound || !tokens[$0.end].capitalized }) ?? false { return true }
        }
        return false
    }
}
