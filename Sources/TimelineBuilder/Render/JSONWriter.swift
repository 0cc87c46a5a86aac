import EventModel
import Foundation

/// Writes `timeline.json` directly to bytes, in the layout of Foundation's pretty-printed,
/// key-sorted encoding (two-space indent, `"key" : value`), because the generic encoder is by
/// far the slowest step of a large build. Tests hold the two to the same bytes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var indent = 0
    /// Whether the next member is the first of its object or array.
    private var first = true

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Hands the bytes written so far to `sink` and starts over.
    mutating func flush(_ sink: (Data) throws -> Void) rethrows {
        guard !bytes.isEmpty else { return }
        try sink(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func newline() {
        bytes.append(10)
        for _ in 0..<indent { bytes.append(32) }
    }

    /// Starts a value: a separator and line break inside a container.
    private mutating func element() {
        if indent > 0 {
            if !first { bytes.append(44) }
            newline()
        }
        first = false
    }

    mutating func key(_ name: StaticString) {
        element()
        bytes.append(34)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [34, 32, 58, 32])
        pendingKey = true
    }

    /// A value right after its key is written on the key's line.
    private var pendingKey = false

    private mutating func begin() {
        if pendingKey { pendingKey = false } else { element() }
    }

    mutating func open(_ bracket: UInt8) {
        begin()
        bytes.append(bracket)
        indent += 2
        first = true
    }

    mutating func close(_ bracket: UInt8) {
        indent -= 2
        if first { bytes.append(10) }
        newline()
        bytes.append(bracket)
        first = false
    }

    mutating func string(_ s: String) {
        begin()
        bytes.append(34)
        var s = s
        s.withUTF8 { utf8 in
            var run = 0
            for (k, b) in utf8.enumerated() where b < 32 || b == 34 || b == 92 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<k]))
                run = k + 1
                escape(b)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(34)
    }

    /// A byte that JSON strings must escape.
    private mutating func escape(_ b: UInt8) {
        switch b {
        case 34: bytes.append(92); bytes.append(34)
        case 92: bytes.append(92); bytes.append(92)
        case 10: bytes.append(92); bytes.append(110)
        case 13: bytes.append(92); bytes.append(114)
        case 9: bytes.append(92); bytes.append(116)
        case 8: bytes.append(92); bytes.append(98)
        case 12: bytes.append(92); bytes.append(102)
        default: bytes.append(contentsOf: [92, 117, 48, 48, Self.hex[Int(b >> 4)], Self.hex[Int(b & 15)]])
        }
    }

    mutating func raw(_ s: String) {
        begin()
        bytes.append(contentsOf: s.utf8)
    }

    mutating func null() { raw("null") }
    mutating func int(_ n: Int) { raw(String(n)) }
    mutating func double(_ x: Double) {
        if x.rounded() == x, abs(x) < 1e15 { raw(String(Int(x))) } else { raw(x.description) }
    }

    mutating func strings(_ xs: [String]) {
        open(91)
        for x in xs { string(x) }
        close(93)
    }

    mutating func optional(_ name: StaticString, _ s: String?) {
        guard let s else { return }
        key(name); string(s)
    }

    // MARK: the timeline's types, their keys in sorted order

    mutating func timeline(_ t: Timeline, _ sink: (Data) throws -> Void) rethrows {
        open(123)
        key("actors"); open(91)
        for a in t.actors {
            open(123)
            key("aliases"); strings(a.aliases)
            key("kind"); string(a.kind.rawValue)
            key("name"); string(a.name)
            close(125)
        }
        close(93)
        key("documents"); open(91)
        for d in t.documents {
            open(123)
            optional("byline", d.byline)
            key("id"); string(d.id)
            key("path"); string(d.path)
            key("published"); if let p = d.published { string(p) } else { null() }
            key("publishedFrom"); string(d.publishedFrom.rawValue)
            key("title"); if let x = d.title { string(x) } else { null() }
            close(125)
            if bytes.count >= 1 << 20 { try flush(sink) }
        }
        close(93)
        key("events"); open(91)
        for e in t.events {
            event(e)
            if bytes.count >= 1 << 20 { try flush(sink) }
        }
        close(93)
        key("format"); string(t.format)
        key("issues"); open(91)
        for i in t.issues {
            open(123)
            key("aliases"); strings(i.aliases)
            key("name"); string(i.name)
            close(125)
        }
        close(93)
        close(125)
        bytes.append(10)
        try flush(sink)
    }

    mutating func event(_ e: Event) {
        open(123)
        key("actors"); strings(e.actors)
        key("confidence"); double(e.confidence)
        key("conflicts"); open(91)
        for c in e.conflicts {
            open(123)
            key("attribute"); string(c.attribute)
            key("values"); open(91)
            for v in c.values {
                open(123)
                key("documents"); strings(v.documents)
                key("evidence"); strings(v.evidence)
                key("value"); string(v.value)
                close(125)
            }
            close(93)
            close(125)
        }
        close(93)
        key("date"); string(e.date)
        key("id"); string(e.id)
        key("issues"); strings(e.issues)
        key("mentions"); open(91)
        for m in e.mentions {
            open(123)
            key("document"); string(m.document)
            key("end"); int(m.end)
            optional("place", m.place)
            key("start"); int(m.start)
            optional("status", m.status?.rawValue)
            key("text"); string(m.text)
            optional("timex", m.timex)
            optional("value", m.value)
            close(125)
        }
        close(93)
        optional("place", e.place)
        key("precision"); string(e.precision.rawValue)
        key("sources"); int(e.sources)
        key("status"); string(e.status.rawValue)
        key("title"); string(e.title)
        close(125)
    }
}
