import EventModel

/// The actors of a corpus with their aliases merged: "Finance Minister Ana Ortiz" and
/// "Ortiz" are one person; "Paris", "French" and "France" one country.
struct ActorIndex {
    private(set) var actors: [Actor] = []
    private var people: [String: String] = [:]
    private var byWord: [String: Set<String>] = [:]
    private var kinds: [String: ActorKind] = [:]
    /// Multi-word organizations by their first word, so that "Aldmoor" finds "Aldmoor Foods".
    private var orgsByFirstWord: [String: Set<String>] = [:]
    /// The first words of organizations that a subdivision's word follows ("Lagos" of "Lagos State
    /// Accident and Emergency Centre"): places, which stand for none of them on their own.
    private var placeFirstWords: Set<String> = []
    /// Multi-word organizations by their last word, so that "the Agency" finds "European Space Agency".
    private var orgsByLastWord: [String: Set<String>] = [:]
    /// The organizations' names, so that one named with its owner ("Antwerp's Verhaegen Museum") finds its own.
    private var organizations: Set<String> = []
    /// The companies the corpus names with a legal form, by their names without it ("Harwood
    /// Nutrition" of "Harwood Nutrition Pty Ltd"): organizations, whatever "said" after them suggests.
    private var companies: Set<String> = []
    /// Acronyms merged into the name they abbreviate ("CMA" → "Competition and Markets Authority").
    private var redirect: [String: String] = [:]

    /// What a name mention is as far as actors go: its place in the text aside.
    struct NameKey: Hashable {
        var surface: String
        var canonical: String
        var kind: NameMention.Kind
        var title: String?
        init(_ n: NameMention) { surface = n.surface; canonical = n.canonical; kind = n.kind; title = n.title }

        /// FNV-1a of the key's text and kind, as a key of an `IntTable`: equal keys have equal fingerprints.
        var fingerprint: Int {
            var h: UInt64 = 0xcbf29ce484222325
            func mix(_ s: String) {
                var s = s
                s.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100000001b3 } }
                h = (h ^ 0xff) &* 0x100000001b3
            }
            mix(surface); mix(canonical); mix(title ?? "")
            switch kind {
            case .actor(let a): mix(a.rawValue)
            case .place: mix("\u{1}")
            case .other: mix("\u{2}")
            }
            return max(Int(bitPattern: UInt(title == nil ? h : h ^ 0x5bd1e995)), Int.min + 1)
        }
    }
    /// The actor of each name given to `init`, by its index there.
    private var actorOfName: [String?] = []

    /// The user's rules, applied after the automatic merging.
    private var lexicon = CorpusLexicon()

    /// Names the corpus sets in a country or region ("Brennerton, Ohio"): places, which no
    /// organization's name stands for.
    private var places: Set<String> = []

    /// The index of `names`, which are distinct and in order of first mention in the corpus.
    /// `places` are names the corpus gives as places.
    init(_ names: [NameKey], lexicon: CorpusLexicon = CorpusLexicon(), places: Set<String> = []) {
        self.lexicon = lexicon
        self.places = places
        var aliases: [String: Set<String>] = [:]
        for n in names {
            if case .actor(.organization) = n.kind, let short = Self.withoutCompanySuffix(Self.clean(n.canonical)) { companies.insert(short) }
        }
        for n in names {
            if case .actor(.person) = n.kind, n.canonical.split(separator: " ").count >= 2, !n.canonical.contains("-") || Self.endsInNameHalves(n.canonical) {
                let name = Self.clean(n.canonical)
                if companies.contains(name) { continue }
                people[name] = name
                for w in name.split(separator: " ") where w.count > 1 { byWord[String(w), default: []].insert(name) }
            }
        }
        for n in names {
            if case .actor(let kind) = n.kind, kind == .organization, n.title == nil {
                let name = Self.withoutCompanySuffix(Self.clean(n.canonical)) ?? Self.clean(n.canonical)
                // Not "Hualien County Fire Department": a first word with a place's word after it is the place's.
                let words = name.split(separator: " ")
                if words.count >= 2, !ActorRecognizer.placeTailWords.contains(words[1].lowercased()) { orgsByFirstWord[String(words[0]), default: []].insert(name) }
                // "Lagos State Accident and Emergency Centre", "Ulsan District Court": the first word is a place's name.
                if words.count >= 2, ActorRecognizer.subdivisionWords.contains(words[1].lowercased()) { placeFirstWords.insert(String(words[0])) }
                if words.count >= 2 { orgsByLastWord[String(words[words.count - 1]), default: []].insert(name) }
                organizations.insert(name)
            }
        }
        for n in names {
            guard let name = resolveName(n) else { continue }
            var kind: ActorKind = .organization
            if case .actor(let k) = n.kind { kind = k }
            if people[name] != nil { kind = .person }
            if companies.contains(name) { kind = .organization }
            kinds[name] = kinds[name] ?? kind
            aliases[name, default: []].insert(n.surface)
            if let title = n.title { aliases[name, default: []].insert(title + " " + n.surface) }
        }
        for name in kinds.keys.sorted() where kinds[name] != .person {
            // "Philippine Coast Guard (PCG)", known as "Coast Guard": the initials of the name
            // as the text gives it may be the acronym too, with or without its legal form
            // ("Nigerian National Petroleum Company Limited", "NNPC").
            let given = [name] + (aliases[name] ?? []).filter { $0.hasSuffix(" " + name) || (Self.withoutCompanySuffix($0).map { $0 == name || $0.hasSuffix(" " + name) } ?? false) }.sorted()
            let spelled = given + given.compactMap { form -> String? in
                guard let space = form.lastIndex(of: " ") else { return nil }
                let last = String(form[form.index(after: space)...].lowercased().filter { $0 != "." })
                return ActorRecognizer.companySuffixes.contains(last) ? String(form[..<space]) : nil
            }
            guard let form = spelled.first(where: { let a = Self.initials($0); return a.count >= 2 && a != name && kinds[a] != nil }),
                  kinds[name] != nil, case let initials = Self.initials(form), let forms = aliases[initials] else { continue }
            aliases[name, default: []].formUnion(forms.union([initials]))
            aliases[initials] = nil
            kinds[initials] = nil
            redirect[initials] = name
            // "Nigerian Civil Aviation Authority (NCAA)": the acronym spells the longer form,
            // which is then the body's name, its country's word and all.
            let full = Self.withoutCompanySuffix(form) ?? form
            if full != name, full.hasSuffix(" " + name), kinds[full] == nil {
                aliases[full] = aliases[name]!.union([name])
                kinds[full] = kinds[name]
                aliases[name] = nil
                kinds[name] = nil
                for (k, v) in redirect where v == name { redirect[k] = full }
                redirect[name] = full
            }
        }
        // "National Industrial Court of Nigeria", known as "National Industrial Court": the
        // country or region after the name says where it is; the shorter name is the same body
        // when no other place's has it. So does another body the corpus names ("Union No. 1 of
        // Workers of Minera Cerro Alto", known as "Union No. 1": a union of that company's).
        var placed: [String: [String]] = [:]
        let bodies = Set(kinds.keys.filter { kinds[$0] != .person }).union(organizations)
        for name in kinds.keys where kinds[name] != .person {
            var from = name.startIndex
            while let of = name.range(of: " of ", range: from..<name.endIndex) {
                let tail = name[of.upperBound...].split(separator: " ")
                if TimelineBuilder.broadPlaces.contains(tail.joined(separator: " "))
                    || tail.indices.contains(where: { bodies.contains(tail[$0...].joined(separator: " ")) }) {
                    placed[String(name[..<of.lowerBound]), default: []].append(name)
                }
                from = of.upperBound
            }
        }
        for (head, full) in placed.sorted(by: { $0.key < $1.key }) where full.count == 1 && head.contains(" ") {
            guard let kind = kinds[head], kind != .person, redirect[head] == nil else { continue }
            let name = full[0]
            aliases[name, default: []].formUnion((aliases[head] ?? []).union([head]))
            aliases[head] = nil
            kinds[head] = nil
            redirect[head] = name
            for (k, v) in redirect where v == head { redirect[k] = name }
        }
        // "KINSELLA PHARMACY GROUP is to close ...": a name set in capitals, as a lede's first words
        // often are, is the name the corpus writes in mixed case.
        var mixedCase: [String: String] = [:]
        for name in kinds.keys.sorted() where name != name.uppercased() { mixedCase[name.lowercased()] = mixedCase[name.lowercased()] ?? name }
        for name in kinds.keys.sorted() where name.contains(" ") && name == name.uppercased() {
            guard let target = mixedCase[name.lowercased()], kinds[target] != nil else { continue }
            aliases[target, default: []].formUnion((aliases[name] ?? []).union([name]))
            aliases[name] = nil
            kinds[name] = nil
            redirect[name] = target
            for (k, v) in redirect where v == name { redirect[k] = target }
        }
        actors = aliases.keys.sorted().map { name in
            Actor(name: name, kind: kinds[name] ?? .organization, aliases: aliases[name]!.filter { $0 != name }.sorted())
        }
        actorOfName = names.map { actor($0) }
    }

    /// A company's name without the legal forms that close it ("Harwood Group Limited" →
    /// "Harwood Group", "Harwood Nutrition Pty Ltd" → "Harwood Nutrition"), or nil when it has none.
    static func withoutCompanySuffix(_ name: String) -> String? {
        var words = name.split(separator: " ")
        while words.count > 1, let last = words.last, ActorRecognizer.companySuffixes.contains(last.lowercased().filter { $0 != "." && $0 != "," }) {
            words.removeLast()
        }
        guard words.count < name.split(separator: " ").count, words.count >= 1, !(words.count == 1 && words[0].count <= 2) else { return nil }
        let short = words.joined(separator: " ")
        return short.hasSuffix(",") ? String(short.dropLast()) : short
    }

    /// "Competition and Markets Authority" → "CMA": the capitals of a name's capitalized words.
    static func initials(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return "" }
        return String(words.compactMap { w in w.first.flatMap { $0.isUppercase ? $0 : nil } })
    }

    /// The one longer name that ends with `name` of two words or more, found among `names` by
    /// its last word; one named with its owner ("Antwerp's Verhaegen Museum") or a part or office
    /// of it ("CEO of SkyVista Airways") does not count.
    static func onlyNameEnding(with name: String, among names: [String: Set<String>]) -> String? {
        guard name.contains(" "), let last = name.split(separator: " ").last, let candidates = names[String(last)] else { return nil }
        let matches = candidates.filter {
            $0.hasSuffix(" " + name) && !$0.hasSuffix("'s " + name) && !$0.hasSuffix("’s " + name) && !$0.hasSuffix(" of " + name)
        }
        return matches.count == 1 ? matches.first : nil
    }

    /// A person's name without the initials between the first and the last name ("Dana M.
    /// Whitcomb" → "Dana Whitcomb"), or nil when it has none.
    static func withoutMiddleInitials(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 3 else { return nil }
        let middle = words.dropFirst().dropLast()
        let kept = middle.filter { w in !(w.count <= 2 && w.first?.isUppercase == true && (w.count == 1 || w.last == ".")) }
        guard kept.count < middle.count else { return nil }
        return ([words.first!] + kept + [words.last!]).joined(separator: " ")
    }

    /// Whether a name ends in a hyphenated given name and has no other hyphen ("Tony Tse
    /// Wai-chuen"; not "Hong Kong-based", which the recognizer does not give as a name either).
    static func endsInNameHalves(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last, !words.dropLast().contains(where: { $0.contains("-") }) else { return false }
        let halves = last.split(separator: "-", omittingEmptySubsequences: false)
        return halves.count == 2 && halves[0].first?.isUppercase == true && halves[1].first?.isLowercase == true
    }

    /// "Bernadette Linn Hon-ho" as Bernadette Linn, when the corpus names her so too; nil otherwise.
    private func withoutNameHalves(_ name: String) -> String? {
        guard Self.endsInNameHalves(name) else { return nil }
        let short = name.split(separator: " ").dropLast().joined(separator: " ")
        return short.contains(" ") && people[short] != nil ? short : nil
    }

    /// A person's name of three words as its first and last ("Walter Lee Brandeis" → "Walter
    /// Brandeis"), or nil for any other name.
    static func firstAndLast(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count == 3, words[1].first?.isUppercase == true, words[1].count > 2 else { return nil }
        return words[0] + " " + words[2]
    }

    static func clean(_ s: String) -> String {
        var t = s
        for suffix in ["'s", "’s", "'", "’"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
        if t.hasPrefix("The ") { t.removeFirst(4) }
        return t
    }

    private func resolveName(_ n: NameKey) -> String? {
        guard !lexicon.isEmpty else { return automaticName(n) }
        if lexicon.aliases[n.surface] != nil || lexicon.ignored.contains(n.surface) { return lexicon.actor(n.surface) }
        return automaticName(n).flatMap(lexicon.actor)
    }

    private func automaticName(_ n: NameKey) -> String? {
        if let short = Self.withoutCompanySuffix(Self.clean(n.canonical)), companies.contains(short), n.kind != .place { return short }
        switch n.kind {
        case .actor(.person):
            let name = Self.clean(n.canonical)
            if companies.contains(name) { return name }
            // "Ms Van Damme": the one person whose full name ends with a surname of two words.
            if let full = Self.onlyNameEnding(with: name, among: byWord) { return full }
            // "Dana M. Whitcomb" is Dana Whitcomb, when the corpus names her so too.
            if let plain = Self.withoutMiddleInitials(name), people[plain] != nil { return plain }
            if let short = withoutNameHalves(name) { return short }
            // So is "Walter Lee Brandeis" Walter Brandeis, in an obituary's life line.
            if let plain = Self.firstAndLast(name), people[plain] != nil { return plain }
            if people[name] != nil { return name }
            if let matches = byWord[name].map({ Set($0.map { withoutNameHalves($0) ?? $0 }) }), matches.count == 1 { return matches.first }
            return n.title != nil ? name : nil
        case .actor(let kind):
            let name = Self.withoutCompanySuffix(Self.clean(n.canonical)) ?? Self.clean(n.canonical)
            // "Antwerp's Verhaegen Museum" is the Verhaegen Museum, when the corpus names it so too.
            if let owner = name.range(of: "'s ") ?? name.range(of: "’s "), organizations.contains(String(name[owner.upperBound...])) {
                return String(name[owner.upperBound...])
            }
            // "the Integrity Unit" after "the International Cycling Integrity Unit": the one
            // organization whose name ends with this one.
            if kind == .organization, let full = Self.onlyNameEnding(with: name, among: orgsByLastWord) { return full }
            if kind == .organization, let full = onlyOrganization(beginning: name) ?? onlyOrganization(extending: name) { return full }
            // "the Agency" after "the European Space Agency": the one organization the word ends.
            if kind == .organization, !name.contains(" "), name.contains(where: \.isLowercase), let orgs = orgsByLastWord[name] {
                return orgs.count == 1 ? orgs.first : nil
            }
            // "the Board" when no body named in full ends with the word: no actor of its own.
            if kind == .organization, Gazetteer.shared.isPointer(name) { return nil }
            return name
        case .place:
            return nil
        case .other:
            let name = Self.clean(n.canonical)
            if companies.contains(name) { return name }
            // "Staff at the 14 Kinsella pharmacies": a name that is a person's surname and the
            // first word of a company's name, with no title, is the company, named for its family.
            if !name.contains(" "), byWord[name] != nil, let full = onlyOrganization(beginning: name), companies.contains(full) { return full }
            if !name.contains(" "), let matches = byWord[name].map({ Set($0.map { withoutNameHalves($0) ?? $0 }) }), matches.count == 1 { return matches.first }
            if places.contains(name) { return nil }
            if byWord[name] == nil, let full = onlyOrganization(beginning: name) { return full }
            // "Norvale", named elsewhere as a company ("shares of Norvale").
            if !name.contains(" "), byWord[name] == nil, organizations.contains(name) { return name }
            return nil
        }
    }

    /// "Norvale" after "Norvale Therapeutics": the one organization of several words that a
    /// one-word name begins.
    private func onlyOrganization(beginning name: String) -> String? {
        guard !name.contains(" "), !placeFirstWords.contains(name), let orgs = orgsByFirstWord[name] else { return nil }
        // "Northvale Health" and "Northvale Health System" are one body's names, the longer in full.
        let full = orgs.filter { o in !orgs.contains { $0.hasPrefix(o + " ") } }
        return full.count == 1 ? full.first : nil
    }

    /// "Northvale Health" after "Northvale Health System": the one organization whose name goes on
    /// by one word from this one of several words. Not a place ("Maranga District" of "Maranga
    /// District Hospital"), nor a body with a part named after it ("Hartwell University Board of Trustees").
    private func onlyOrganization(extending name: String) -> String? {
        guard let space = name.firstIndex(of: " "), let orgs = orgsByFirstWord[String(name[..<space])],
              let last = name.split(separator: " ").last, !ActorRecognizer.subdivisionWords.contains(last.lowercased()) else { return nil }
        let longer = orgs.filter { $0.hasPrefix(name + " ") && !$0.dropFirst(name.count + 1).contains(" ") }
        return longer.count == 1 ? longer.first : nil
    }

    /// The actor the name of index `name` (in the names given to `init`) stands for, if it is one.
    func actor(ofName name: Int) -> String? { actorOfName[name] }

    private func actor(_ n: NameKey) -> String? {
        if case .other = n.kind, n.surface.contains("-") { return nil }
        guard let found = resolveName(n) else { return nil }
        let name = redirect[found] ?? found
        return kinds[name] != nil ? name : nil
    }
}

/// Distinct names, numbered in the order they are first added, and found again by fingerprint.
struct NameTable {
    private(set) var keys: [ActorIndex.NameKey] = []
    private var byFingerprint = IntTable(capacity: 1024)
    /// Names whose fingerprint an earlier, different name already has.
    private var collided: [ActorIndex.NameKey: Int32] = [:]

    /// The number of `key`, given the next number when it is new.
    mutating func intern(_ key: ActorIndex.NameKey) -> Int32 {
        let fingerprint = key.fingerprint
        let k = byFingerprint[fingerprint]
        if k < 0 {
            byFingerprint.insert(fingerprint, Int32(keys.count))
        } else {
            if keys[Int(k)] == key { return k }
            if let c = collided[key] { return c }
            collided[key] = Int32(keys.count)
        }
        keys.append(key)
        return Int32(keys.count - 1)
    }
}
