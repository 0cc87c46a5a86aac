import Foundation
import Testing
@testable import TimelineBuilder

@Suite struct WordBookTests {
    static let text = """
        Treasury Secretary Jane Roe said on Tuesday that the Ministry's tariffs, the “first” since 1990s-era talks — \
        rose 2,000-fold to 3:30pm on Oct. 9th; ÉCOLE École école WHO Who who — NATO’s re-election.\nMarch 5, 2026.
        """

    @Test func bookTokensAreThePlainTokensWithTheirFacts() {
        let bytes = Array(Self.text.utf8)
        let book = WordBook()
        let plain = Tokenizer.tokenize(bytes)
        let (tokens, tagged) = Tokenizer.tokenize(bytes, book: book)
        #expect(tokens.count == plain.count)
        #expect(tagged.count == plain.count)
        for (t, p) in zip(tokens, plain) {
            #expect(t.lower == p.lower && t.kind == p.kind && t.start == p.start && t.end == p.end && t.suffix == p.suffix, "\(p.lower)")
            #expect(t.id > 0)
            #expect(t.facts.contains(.stopword) == Words.stopwords.contains(p.lower), "\(p.lower)")
            #expect(t.facts.contains(.content) == Words.isContent(p.lower), "\(p.lower)")
            #expect(t.facts.contains(.organization) == Gazetteer.shared.orgWords.contains(p.lower), "\(p.lower)")
            #expect(t.facts.contains(.calendar) == TemporalTagger.shared.isCalendarWord(p.lower), "\(p.lower)")
            if t.facts.contains(.content) { #expect(book.lemma(t.id) == Words.lemma(p.lower), "\(p.lower)") }
        }
        // Content keys: a content word's lemma, a figure of three characters or a decimal point,
        // a capitalized two-letter word; nothing for the rest.
        func key(_ t: Token) -> String? {
            let k = book.contentKey(t.id)
            return k >= 0 ? book.contentKeys[Int(k)] : nil
        }
        let keys = Dictionary(tokens.map { (Self.text.utf8.dropFirst($0.start).prefix($0.end - $0.start), $0) }.map { (String(decoding: $0.0, as: UTF8.self), key($0.1)) },
                              uniquingKeysWith: { a, _ in a })
        #expect(keys["tariffs"] == "tariff")
        #expect(keys["2,000"] == "#2,000")
        #expect(keys["3:30pm"] == "#3:30")
        #expect(keys["9th"] == .some(nil))
        #expect(keys["WHO"] == .some(nil))
        #expect(keys["Oct"] == "oct")
        #expect(keys["the"] == .some(nil))
        #expect(keys["—"] == .some(nil))
        #expect(Set(book.contentKeys).count == book.contentKeys.count)
        let other = WordBook()
        let two = Tokenizer.tokenize(Array("EU and Us and us".utf8), book: other).tokens.map { other.contentKey($0.id) }
        #expect(two.map { $0 >= 0 ? other.contentKeys[Int($0)] : "-" } == ["eu", "-", "-", "-", "-"])
        // The same spelling keeps its id; another spelling gets another.
        let again = Tokenizer.tokenize(bytes, book: book).tokens
        #expect(again.map(\.id) == tokens.map(\.id))
        let who = tokens.filter { $0.lower == "who" }
        #expect(Set(who.map(\.id)).count == 3)
    }

    @Test func theTaggerReadsBookTokensAsItsOwn() {
        let tagger = TemporalTagger.shared
        let date = CalendarDate(year: 2026, month: 3, day: 6)!
        for text in [Self.text, "The talks resumed last week and end in May.", "On 9/10/2025 at 10:30 a.m. the 3rd round began."] {
            let bytes = Array(text.utf8)
            let (_, tagged) = Tokenizer.tokenize(bytes, book: WordBook())
            let own = tagger.analyze(bytes: bytes, documentDate: date)
            let viaBook = tagger.analyze(bytes: bytes, tokens: tagged, documentDate: date)
            #expect(own.expressions == viaBook.expressions, "\(text)")
            #expect(own.sentenceStarts == viaBook.sentenceStarts, "\(text)")
        }
    }

    @Test func aFullBookStartsAfreshOnlyBetweenTexts() {
        let book = WordBook(capacity: 8)
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
        let (tokens, _) = Tokenizer.tokenize(Array(words.joined(separator: " ").utf8), book: book)
        #expect(tokens.map { book.lower[Int($0.id)] } == words, "past its capacity within a text, every id stays valid")
        #expect(book.generation == 0)
        let (again, _) = Tokenizer.tokenize(Array("twelve".utf8), book: book)
        #expect(book.generation == 1 && book.lower[Int(again[0].id)] == "twelve")
    }

    @Test func intTableKeepsEveryKeyThroughGrowth() {
        var table = IntTable(capacity: 4)
        for k in stride(from: -5000, to: 5000, by: 7) {
            let added = table.insert(k << 32 | 3, Int32(truncatingIfNeeded: k))
            #expect(added)
        }
        let again = table.insert(12 << 32 | 3, 0)
        #expect(!again)
        #expect(table[12 << 32 | 3] == 12)
        #expect(table[-4998 << 32 | 3] == -1)
        #expect(table[15 << 32 | 3] == -1)
        #expect(table.count == 1429)
    }

    @Test func stringTableGivesIdsInOrderOfFirstUse() {
        var table = StringTable(capacity: 2)
        let words = (0..<3000).map { "w\($0)é" }
        for (i, w) in words.enumerated() {
            let id = table.intern(w)
            #expect(id == Int32(i))
        }
        let known = table.intern("w17é")
        #expect(known == 17)
        #expect(table.id("w2999é") == 2999)
        #expect(table.id("w3000é") == -1)
        #expect(table.keys.count == 3000)
    }
}
