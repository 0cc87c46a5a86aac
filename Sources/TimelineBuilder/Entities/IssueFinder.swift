import EventModel

/// The subjects a story keeps coming back to: noun phrases that recur across documents, merged
/// by lemma, with no topic list.
struct IssueFinder {
    private(set) var issues: [Issue] = []
    private var keys: [(key: [String], name: String)] = []

    /// How many documents use each phrase key, and in which surface forms: sums, so that
    /// documents can be counted in any order and the counts of parts of a corpus added up.
    struct Counts {
        struct Entry {
            var documents = 0
            /// The last document counted, so that each counts once.
            var last = -1
            /// Surface forms, each with the number of documents whose first use it is.
            var surfaces: [(form: String, documents: Int)] = []

            /// Counts a use in `document`, unless that document was counted already.
            mutating func count(_ surface: String, _ document: Int) {
                guard last != document else { return }
                last = document
                documents += 1
                add(surface, 1)
            }

            mutating func add(_ form: String, _ n: Int) {
                if let k = surfaces.firstIndex(where: { $0.form == form }) { surfaces[k].documents += n } else { surfaces.append((form, n)) }
            }
        }
        var documents = 0
        /// The phrases, in the order they were first counted, and where each key is in that order.
        private(set) var phrases: [(key: String, entry: Entry)] = []
        private var positions: [String: Int] = [:]
        /// Phrases met before, by the spelling ids of their words in one word book: the key's
        /// position and the surface form. A cache, let go when the book starts afresh or grows big.
        private var spelled = IntTable()
        private var spelledPhrase: [Int32] = []
        private var spelledSurface: [String] = []
        private var generation = -1

        /// The counts by key.
        var entries: [String: Entry] { Dictionary(uniqueKeysWithValues: phrases.lazy.map { ($0.key, $0.entry) }) }

        /// Counts a phrase (by its key, in its surface form) of document `index`; the
        /// documents of one `Counts` must be counted one after another.
        mutating func add(_ key: String, _ surface: @autoclosure () -> String, document index: Int) {
            phrases[position(key)].entry.count(surface(), index)
        }

        /// Counts the phrase of one content word, or of two (`second` is 0 for one), by their
        /// spelling ids in `book`: the phrase is keyed by their lemmas and written as they are.
        mutating func add(_ first: Int32, _ second: Int32, book: WordBook, document index: Int) {
            if generation != book.generation || spelledPhrase.count >= 1 << 20 {
                spelled = IntTable(); spelledPhrase = []; spelledSurface = []; generation = book.generation
            }
            let pair = Int(first) << 32 | Int(second)
            var slot = Int(spelled[pair])
            if slot < 0 {
                var key = book.lemma(first)!, surface = book.lower[Int(first)]
                if second != 0 {
                    key += " " + book.lemma(second)!
                    surface += " " + book.lower[Int(second)]
                }
                slot = spelledPhrase.count
                spelled.insert(pair, Int32(slot))
                spelledPhrase.append(Int32(position(key)))
                spelledSurface.append(surface)
            }
            phrases[Int(spelledPhrase[slot])].entry.count(spelledSurface[slot], index)
        }

        private mutating func position(_ key: String) -> Int {
            if let p = positions[key] { return p }
            positions[key] = phrases.count
            phrases.append((key, Entry()))
            return phrases.count - 1
        }

        /// Adds the counts of another part of the corpus, with documents of its own.
        mutating func add(_ other: Counts) {
            documents += other.documents
            for (key, theirs) in other.phrases {
                let p = position(key)
                phrases[p].entry.documents += theirs.documents
                for (form, n) in theirs.surfaces { phrases[p].entry.add(form, n) }
            }
        }
    }

    init(_ counts: Counts) {
        let entries = counts.entries
        let df = entries.mapValues(\.documents), documents = counts.documents
        let minimum = documents >= 3 ? max(2, documents / 3) : 1
        var chosen: [String] = []
        let bigrams = df.filter { $0.key.contains(" ") && $0.value >= minimum }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        for (key, _) in bigrams.prefix(8) { chosen.append(key) }
        let unigrams = df.filter { !$0.key.contains(" ") && $0.value >= max(minimum, documents >= 3 ? documents / 2 : 1) }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        for (key, _) in unigrams where !chosen.contains(where: { $0.split(separator: " ").contains(Substring(key)) }) {
            if chosen.count >= 14 { break }
            chosen.append(key)
        }
        for key in chosen.sorted() {
            let forms = entries[key]!.surfaces.sorted { ($1.documents, $0.form) < ($0.documents, $1.form) }.map(\.form)
            issues.append(Issue(name: forms[0], aliases: Array(forms.dropFirst()).sorted()))
            keys.append((key.split(separator: " ").map(String.init), forms[0]))
        }
    }

    /// The issues whose words all occur among an event's content lemmas.
    func issues(for lemmas: Set<String>) -> [String] {
        issues(where: lemmas.contains)
    }

    /// The issues whose words all pass `has`: the lemmas of an event, however they are held.
    func issues(where has: (String) -> Bool) -> [String] {
        keys.filter { $0.key.allSatisfy(has) }.map(\.name).sorted()
    }
}
