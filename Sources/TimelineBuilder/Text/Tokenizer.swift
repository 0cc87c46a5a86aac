/// A word, number or punctuation mark of a text, located by UTF-8 byte offsets.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable { case word, number, punct }
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// Lower-case text; for numbers, the digits and separators without a letter suffix.
    public var lower: String
    /// Letters glued to a number ("s" of "1990s", "th" of "9th", "pm" of "5pm").
    public var suffix: String
    public var capitalized: Bool
    public var spaceBefore: Bool
    /// A line break (or more) separates this token from the previous one.
    public var lineBefore: Bool
    /// Integer value of a plain number token ("1,000" and "3:30" have none).
    public var integer: Int?
    /// The spelling's id in the `WordBook` that tokenized the text, or 0.
    var id: Int32 = 0
    /// The word lists of the spelling, as its `WordBook` knows them; empty without a book.
    var facts: WordBook.Facts = []
}

/// One token as the scanner finds it, before any text is copied out of the input.
struct RawToken {
    var start: Int
    var end: Int
    /// For numbers, where the digits end and a glued letter suffix begins.
    var numberEnd: Int
    var kind: Token.Kind
    var capitalized: Bool
    var spaceBefore: Bool
    var lineBefore: Bool
    /// Integer value of a plain number of at most nine digits, or -1.
    var integer: Int
    /// For punctuation written in several bytes, the ASCII mark it stands for ("-" for dashes,
    /// "'" for curly apostrophes and backticks), or 0 to keep the bytes.
    var mark: UInt8
}

/// Splits UTF-8 text into tokens without building `Character`s: letters (and any non-ASCII
/// letter) form words, digits with inner separators form numbers, the rest is punctuation.
public enum Tokenizer {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }

    /// Non-ASCII sequences that act as punctuation or space: dashes, curly quotes, no-break space, bullets.
    /// Positive: a punctuation mark of that many bytes; negative: space of that many bytes.
    @inline(__always) static func punctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            let c = bytes[i + 2]
            if (0x90...0xA7).contains(c) || (0xB0...0xBF).contains(c) { return 3 }
            if c == 0xAF { return -3 }
        }
        if b == 0xC2, i + 1 < bytes.count {
            let c = bytes[i + 1]
            if c == 0xA0 { return -2 }
            if c == 0xB7 || c == 0xAB || c == 0xBB { return 2 }
        }
        return 0
    }

    /// Whether the number at `start` is a year run into a clock: "2025" then "7:05" or "16:40".
    static func isGluedYear(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard bytes[start] == 50 && bytes[start + 1] == 48 || bytes[start] == 49 && bytes[start + 1] == 57 else { return false }
        var k = start + 4
        while k < bytes.count, k - start <= 6, bytes[k] &- 48 < 10 { k += 1 }
        return k - start >= 5 && k - start <= 6 && k + 2 < bytes.count && bytes[k] == 58 && bytes[k + 1] &- 48 < 10 && bytes[k + 2] &- 48 < 10
    }

    /// Whether the number at `start`, `end` bytes long, is a year run into the day of the same
    /// date written again, as a page's stamp scrapes when it is set twice ("10 Nov 202510 Nov
    /// 2025"): a year and a day of a month, between two copies of one word.
    static func isRepeatedStampYear(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == 5 || end - start == 6, bytes[start] == 50 && bytes[start + 1] == 48 || bytes[start] == 49 && bytes[start + 1] == 57 else { return false }
        var day = 0
        for q in (start + 4)..<end { day = day * 10 + Int(bytes[q] - 48) }
        guard day >= 1 && day <= 31, start >= 2, bytes[start - 1] == 32, end + 1 < bytes.count, bytes[end] == 32 else { return false }
        var a = start - 1
        while a > 0, isAlpha(bytes[a - 1]) { a -= 1 }
        var b = end + 1
        while b < bytes.count, isAlpha(bytes[b]) { b += 1 }
        let before = start - 1 - a
        guard before >= 3, before == b - end - 1 else { return false }
        for q in 0..<before where bytes[a + q] != bytes[end + 1 + q] { return false }
        return true
    }

    /// Calls `emit` for each token of `bytes`, in order.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (RawToken) -> Void) {
        var i = 0
        let n = bytes.count
        var space = true
        var line = true
        while i < n {
            let b = bytes[i]
            if b == 32 || b == 9 || b == 13 { space = true; i += 1; continue }
            if b == 10 { space = true; line = true; i += 1; continue }
            if b >= 0x80 {
                let p = punctuationLength(bytes, i)
                if p < 0 { space = true; i += -p; continue }
                if p > 0 {
                    let c = p == 3 ? bytes[i + 2] : 0
                    let mark: UInt8 = p == 3 && c >= 0x90 && c <= 0x95 ? 45 : (p == 3 && c == 0x99 ? 39 : 0)
                    emit(RawToken(start: i, end: i + p, numberEnd: i + p, kind: .punct, capitalized: false,
                                  spaceBefore: space, lineBefore: line, integer: -1, mark: mark))
                    i += p; space = false; line = false
                    continue
                }
            }
            let start = i
            if isDigit(b) {
                var j = i + 1
                var value = Int(b - 48)
                var plain = true
                while j < n {
                    let s = bytes[j]
                    if isDigit(s) { value = value &* 10 &+ Int(s - 48); j += 1; continue }
                    if (s == 44 || s == 46 || s == 58 || s == 47 || s == 45), j + 1 < n, isDigit(bytes[j + 1]) { plain = false; j += 2; continue }
                    break
                }
                // "November 12, 20257:05 AM": a scraped stamp whose year runs into its clock, or
                // into the same date written again ("10 Nov 202510 Nov 2025").
                if !plain && j - start >= 7 && isGluedYear(bytes, start) || plain && isRepeatedStampYear(bytes, start, j) {
                    var year = 0
                    for q in start..<(start + 4) { year = year * 10 + Int(bytes[q] - 48) }
                    emit(RawToken(start: start, end: start + 4, numberEnd: start + 4, kind: .number, capitalized: false,
                                  spaceBefore: space, lineBefore: line, integer: year, mark: 0))
                    i = start + 4; space = false; line = false
                    continue
                }
                let numberEnd = j
                var k = j
                while k < n, isAlpha(bytes[k]), k - j < 4 { k += 1 }
                if k > j, !(k < n && isAlpha(bytes[k])) { j = k }
                let integer = plain && numberEnd - start <= 9 ? value : -1
                emit(RawToken(start: start, end: j, numberEnd: numberEnd, kind: .number, capitalized: false,
                              spaceBefore: space, lineBefore: line, integer: integer, mark: 0))
                i = j
            } else if isAlpha(b) || b >= 0x80 {
                var j = i + 1
                while j < n {
                    let c = bytes[j]
                    if isAlpha(c) { j += 1; continue }
                    if c >= 0x80 {
                        if punctuationLength(bytes, j) != 0 { break }
                        j += 1; continue
                    }
                    break
                }
                emit(RawToken(start: start, end: j, numberEnd: j, kind: .word, capitalized: b &- 65 < 26,
                              spaceBefore: space, lineBefore: line, integer: -1, mark: 0))
                i = j
            } else {
                emit(RawToken(start: start, end: i + 1, numberEnd: i + 1, kind: .punct, capitalized: false,
                              spaceBefore: space, lineBefore: line, integer: -1, mark: b == 96 ? 39 : 0))
                i += 1
            }
            space = false
            line = false
        }
    }

    public static func tokenize(_ text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { tokenize($0) }
    }

    /// Tokens whose spellings are entered in `book`, which gives their ids and word lists, and
    /// the same tokens as the temporal tagger reads them.
    static func tokenize(_ text: [UInt8], book: WordBook) -> (tokens: [Token], tagged: [WordToken]) {
        book.beginText()
        return text.withUnsafeBufferPointer { bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5)
            var tagged: [WordToken] = []
            tagged.reserveCapacity(bytes.count / 5)
            var marks: (UInt8, UInt8) = (0, 0)
            scan(bytes) { r in
                let id: Int32
                var suffix = ""
                switch r.kind {
                case .punct where r.mark != 0:
                    marks.0 = r.mark
                    id = withUnsafeBytes(of: &marks) { book.id($0.bindMemory(to: UInt8.self), 0, 1) }
                case .number:
                    id = book.id(bytes, r.start, r.numberEnd)
                    if r.end > r.numberEnd {
                        suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[r.numberEnd..<r.end]), as: UTF8.self).lowercased()
                    }
                default:
                    id = book.id(bytes, r.start, r.end)
                }
                tokens.append(Token(start: r.start, end: r.end, kind: r.kind, lower: book.lower[Int(id)], suffix: suffix, capitalized: r.capitalized,
                                    spaceBefore: r.spaceBefore, lineBefore: r.lineBefore, integer: r.integer >= 0 ? r.integer : nil,
                                    id: id, facts: book.facts[Int(id)]))
                let number = r.kind == .number
                tagged.append(WordToken(start: r.start, end: r.end, numberEnd: r.numberEnd, word: number ? 0 : book.taggerWord[Int(id)],
                                        suffix: number && r.end > r.numberEnd ? book.taggerSuffix(bytes, r.numberEnd, r.end) : 0,
                                        kind: r.kind, capitalized: r.capitalized, spaceBefore: r.spaceBefore, lineBefore: r.lineBefore,
                                        integer: r.integer))
            }
            return (tokens, tagged)
        }
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        func text(_ a: Int, _ b: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self) }
        scan(bytes) { r in
            var lower: String
            var suffix = ""
            switch r.kind {
            case .punct:
                lower = r.mark != 0 ? String(UnicodeScalar(r.mark)) : text(r.start, r.end)
            case .number:
                lower = text(r.start, r.numberEnd)
                if r.end > r.numberEnd { suffix = text(r.numberEnd, r.end).lowercased() }
            case .word:
                lower = text(r.start, r.end)
                if r.capitalized || lower.utf8.contains(where: { $0 &- 65 < 26 }) { lower = lower.lowercased() }
            }
            tokens.append(Token(start: r.start, end: r.end, kind: r.kind, lower: lower, suffix: suffix, capitalized: r.capitalized,
                                spaceBefore: r.spaceBefore, lineBefore: r.lineBefore, integer: r.integer >= 0 ? r.integer : nil))
        }
        return tokens
    }
}
