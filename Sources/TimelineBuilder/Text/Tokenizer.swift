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
}

/// Splits UTF-8 text into tokens without building `Character`s: letters (and any non-ASCII
/// letter) form words, digits with inner separators form numbers, the rest is punctuation.
public enum Tokenizer {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }

    /// Non-ASCII sequences that act as punctuation or space: dashes, curly quotes, no-break space, bullets.
    static func punctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            let c = bytes[i + 2]
            if (0x90...0xA7).contains(c) || (0xB0...0xBF).contains(c) { return 3 }
            if c == 0xAF { return -3 }
        }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return -2 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return 2 }
        return 0
    }

    public static func tokenize(_ text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { tokenize($0) }
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
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
                    let isDash = bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0x95
                    let isApostrophe = bytes[i + 2] == 0x99
                    let lower = isDash ? "-" : (isApostrophe ? "'" : String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + p)]), as: UTF8.self))
                    tokens.append(Token(start: i, end: i + p, kind: .punct, lower: lower, suffix: "", capitalized: false,
                                        spaceBefore: space, lineBefore: line, integer: nil))
                    i += p; space = false; line = false
                    continue
                }
            }
            let start = i
            if isDigit(b) {
                var j = i + 1
                while j < n {
                    if isDigit(bytes[j]) { j += 1; continue }
                    let s = bytes[j]
                    if (s == 44 || s == 46 || s == 58 || s == 47 || s == 45), j + 1 < n, isDigit(bytes[j + 1]) { j += 2; continue }
                    break
                }
                let numberEnd = j
                var k = j
                while k < n, isAlpha(bytes[k]), k - j < 4 { k += 1 }
                var suffix = ""
                if k > j, !(k < n && isAlpha(bytes[k])) {
                    suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[j..<k]), as: UTF8.self).lowercased()
                    j = k
                }
                let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<numberEnd]), as: UTF8.self)
                var value: Int? = nil
                if numberEnd - start <= 9 {
                    var v = 0
                    var plain = true
                    for q in start..<numberEnd { let d = bytes[q]; if isDigit(d) { v = v * 10 + Int(d - 48) } else { plain = false; break } }
                    if plain { value = v }
                }
                tokens.append(Token(start: start, end: j, kind: .number, lower: digits, suffix: suffix, capitalized: false,
                                    spaceBefore: space, lineBefore: line, integer: value))
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
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self)
                let capital = b &- 65 < 26
                tokens.append(Token(start: start, end: j, kind: .word, lower: capital || word.utf8.contains(where: { $0 &- 65 < 26 }) ? word.lowercased() : word,
                                    suffix: "", capitalized: capital, spaceBefore: space, lineBefore: line, integer: nil))
                i = j
            } else {
                let lower = b == 96 ? "'" : String(UnicodeScalar(b))
                tokens.append(Token(start: start, end: i + 1, kind: .punct, lower: lower, suffix: "", capitalized: false,
                                    spaceBefore: space, lineBefore: line, integer: nil))
                i += 1
            }
            space = false
            line = false
        }
        return tokens
    }
}
