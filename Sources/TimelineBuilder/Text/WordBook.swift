import Foundation

/// The spellings one worker has met, each with what the extraction stages ask of a word: its
/// lower-case text, its lemma, the word lists it belongs to, and where it enters the
/// gazetteer's tries. A word is looked up in those lists once, the first time it is seen, and
/// read by id afterwards, so that the cost of a token is one hash of its bytes.
final class WordBook {
    /// The word lists a spelling belongs to.
    struct Facts: OptionSet, Sendable {
        let rawValue: UInt16
        /// `stopwords.txt`.
        static let stopword = Facts(rawValue: 1)
        /// At least three letters and neither a stop word nor a generic word: it can carry a report.
        static let content = Facts(rawValue: 2)
        /// `org-words.txt`: "Ministry", "Council".
        static let organization = Facts(rawValue: 4)
        /// `given-names.txt`.
        static let givenName = Facts(rawValue: 8)
        /// A month or a weekday.
        static let calendar = Facts(rawValue: 16)
        /// An irregular past form or past marker of `tense-cues.tsv` ("said", "ago").
        static let past = Facts(rawValue: 32)
        /// The first word of a status cue of `status-cues.tsv`.
        static let statusCue = Facts(rawValue: 64)
        /// A content word written in lower case, neither an adverb in "-ly", a form in "-ed" nor an
        /// irregular past ("found", "struck"): it can be part of an issue's noun phrase.
        static let phrase = Facts(rawValue: 128)
        /// An auxiliary or "to" ("is", "will", "to"): the verb after it is not in the past tense.
        static let auxiliary = Facts(rawValue: 256)
        /// A form in "-ed" of more than four letters that is no stop word: a regular past tense.
        static let edForm = Facts(rawValue: 512)
        /// `place-heads.txt`: "Gulf", "Strait", which head a place named with "of".
        static let placeHead = Facts(rawValue: 1024)
        /// `place-tails.txt`: "Beach", "Airport", which close a place's name.
        static let placeTail = Facts(rawValue: 2048)
    }

    /// Past this many spellings the book starts afresh, so that a worker's memory stays bounded
    /// however many documents it reads.
    let capacity: Int

    private(set) var lower: [String] = [""]
    private(set) var facts: [Facts] = [[]]
    private var lemmas: [String?] = [nil]
    private var titleRoots: [Lexicon.Node?] = [nil]
    private var nameRoots: [Lexicon.Node?] = [nil]
    /// The spelling's id in the temporal tagger's vocabulary, or 0.
    private(set) var taggerWord: [Int32] = [0]
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    private var hashes: [UInt64] = [0]
    /// The spellings' bytes, one after another: spelling `id` is `bytes[offsets[id]..<offsets[id + 1]]`.
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0, 0]
    private let gazetteer = Gazetteer.shared
    private let tagger = TemporalTagger.shared

    /// Which of the corpus's word books this is: a report's content keys are read in its book.
    let index: Int

    /// The words that tie reports of one event together ("tariff", "#1.2"), each once; kept
    /// across fresh starts, since reports refer to them until the merge.
    private(set) var contentKeys: [String] = []
    private var contentKeyTable = StringTable()
    /// The distinct names this worker has met; kept across fresh starts, since reports refer to
    /// them by number until the merge.
    private(set) var names = NameTable()

    /// The number of a name among `names.keys`.
    func nameID(_ n: NameMention) -> Int32 { names.intern(ActorIndex.NameKey(n)) }

    /// Per spelling, its content key's index into `contentKeys`, or -1.
    private var contentKey: [Int32] = [-1]

    init(capacity: Int = 1 << 19, index: Int = 0) { self.capacity = capacity; self.index = index }

    /// The content key of a spelling: the lemma of a content word, a figure ("#2,000") or a
    /// two-letter capitalized word ("EU"), as an index into `contentKeys`; -1 for other words.
    @inline(__always) func contentKey(_ id: Int32) -> Int32 { contentKey[Int(id)] }

    /// The lemma of a content word, for comparing reports ("tariffs" → "tariff").
    @inline(__always) func lemma(_ id: Int32) -> String? { lemmas[Int(id)] }

    /// The node of the titles' trie that the word leads to from its root.
    @inline(__always) func titleRoot(_ id: Int32) -> Lexicon.Node? { titleRoots[Int(id)] }

    /// The node of the gazetteer's names trie that the word leads to from its root.
    @inline(__always) func nameRoot(_ id: Int32) -> Lexicon.Node? { nameRoots[Int(id)] }

    /// The id of the spelling in bytes `a..<b`, adding it when it is new.
    func id(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int32 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in a..<b { h = (h ^ UInt64(p[i])) &* 0x100000001b3 }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[s]
            if id == 0 { break }
            if hashes[Int(id)] == h, same(Int(id), p, a, b) { return id }
            s = (s + 1) & mask
        }
        let key = UnsafeBufferPointer(rebasing: p[a..<b])
        let id = Int32(hashes.count)
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        hashes.append(h)
        add(String(decoding: key, as: UTF8.self))
        taggerWord.append(tagger.vocabularyID(p, a, b))
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for k in 1..<hashes.count { place(Int32(k)) }
        } else {
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = id
        }
        return id
    }

    @inline(__always) private func same(_ id: Int, _ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        let start = offsets[id], n = offsets[id + 1] - start
        guard n == b - a, n > 0 else { return n == b - a }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, p.baseAddress! + a, n) == 0 }
    }

    private func place(_ id: Int32) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = id
    }

    /// Starts a text: past `capacity` spellings the book starts afresh, between texts so that the
    /// ids of one text's tokens all stay valid. Ids given before a fresh start mean nothing after
    /// it; `generation` counts fresh starts, so that what is kept by id can be let go with them.
    func beginText() {
        guard hashes.count >= capacity else { return }
        lower = [""]; facts = [[]]; lemmas = [nil]; contentKey = [-1]; titleRoots = [nil]; nameRoots = [nil]; taggerWord = [0]
        slots = [Int32](repeating: 0, count: 1 << 12); hashes = [0]; bytes = []; offsets = [0, 0]
        generation += 1
    }

    /// How many times the book has started afresh.
    private(set) var generation = 0

    /// The tagger's id of a glued suffix ("th" of "9th").
    func taggerSuffix(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int32 { tagger.vocabularyID(p, a, b) }

    /// Works out the facts of a new spelling.
    private func add(_ text: String) {
        let word = text.utf8.contains(where: { $0 &- 65 < 26 }) ? text.lowercased() : text
        var f: Facts = []
        if Words.stopwords.contains(word) { f.insert(.stopword) }
        if Words.isContent(word) { f.insert(.content) }
        if gazetteer.orgWords.contains(word) { f.insert(.organization) }
        if gazetteer.givenNames.contains(word) { f.insert(.givenName) }
        if gazetteer.placeHeads.contains(word) { f.insert(.placeHead) }
        if gazetteer.placeTails.contains(word) { f.insert(.placeTail) }
        if tagger.isCalendarWord(word) { f.insert(.calendar) }
        if EventExtractor.pastWords.contains(word) { f.insert(.past) }
        if EventExtractor.cueIndex[word] != nil { f.insert(.statusCue) }
        if EventExtractor.auxiliaries.contains(word) { f.insert(.auxiliary) }
        if word.utf8.count > 4, Words.ends(word, 101, 100), !f.contains(.stopword) { f.insert(.edForm) }
        if f.contains(.content), !f.contains(.past), let b = text.utf8.first, b &- 65 >= 26, !Words.ends(word, 108, 121), !Words.ends(word, 101, 100),
           !TemporalTagger.clockUnits.contains(word) { f.insert(.phrase) }
        lower.append(word)
        facts.append(f)
        lemmas.append(f.contains(.content) ? Words.lemma(word) : nil)
        titleRoots.append(gazetteer.titles.root.children[word])
        var key: String? = nil
        if let b = word.utf8.first, b &- 48 < 10 {
            if word.utf8.count >= 3 || word.utf8.contains(46) { key = "#" + word }
        } else if let lemma = lemmas.last! {
            key = lemma
        } else if let b = text.utf8.first, b &- 65 < 26, text.utf8.count == 2, !f.contains(.stopword) {
            key = Words.lemma(word)
        }
        if let key {
            let k = contentKeyTable.intern(key)
            if Int(k) == contentKeys.count { contentKeys.append(key) }
            contentKey.append(k)
        } else {
            contentKey.append(-1)
        }
        nameRoots.append(gazetteer.names.root.children[word])
    }
}
