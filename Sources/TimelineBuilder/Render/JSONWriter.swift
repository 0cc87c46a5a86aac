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
    /// A line break and the deepest indent the timeline uses, so that a break is one copy.
    private static let breakAndIndent: [UInt8] = [10] + [UInt8](repeating: 32, count: 16)

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Hands the bytes written so far to `sink` and starts over.
    mutating func flush(_ sink: (Data) throws -> Void) rethrows {
        guard !bytes.isEmpty else { return }
        try sink(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func newline() {
        if indent < Self.breakAndIndent.count {
            Self.breakAndIndent.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[...indent])) }
        } else {
            bytes.append(10)
            for _ in 0..<indent { bytes.append(32) }
        }
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
        bytes.append(34); bytes.append(32); bytes.append(58); bytes.append(32)
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
        if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var s = s
            s.withUTF8 { escaped($0) }
        }
        bytes.append(34)
    }

    /// The bytes of a string, escaped as JSON needs.
    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var run = 0
        for (k, b) in utf8.enumerated() where b < 32 || b == 34 || b == 92 {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<k]))
            run = k + 1
            escape(b)
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
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
    mutating func int(_ n: Int) {
        begin()
        if n < 0 { bytes.append(45) }
        var rest = n.magnitude
        let start = bytes.count
        repeat { bytes.append(48 + UInt8(rest % 10)); rest /= 10 } while rest > 0
        bytes[start...].reverse()
    }
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

    mutating func timeline(_ t: Timeline, workers: Int = 1, _ sink: (Data) throws -> Void) rethrows {
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
        try events(t.events, workers: workers, sink)
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

    /// The events, as the members of the array just opened. Runs of mentions are written on
    /// `workers` threads, a few at a time, and handed to `sink` in order: the mentions are almost
    /// all of a large timeline's JSON, and one event may hold thousands of them.
    mutating func events(_ events: [Event], workers: Int, _ sink: (Data) throws -> Void) rethrows {
        guard !events.isEmpty else { return }
        // Runs of about the same number of mentions, small enough that a round of them stays a few megabytes.
        let total = events.reduce(0) { $0 + 1 + $1.mentions.count }
        let size = min(2048, max(64, total / max(1, workers * 8)))
        struct Piece { var event: Int, mentions: Range<Int> }
        var runs: [[Piece]] = [[]]
        var weight = 0
        for (k, e) in events.enumerated() {
            var low = 0
            repeat {
                let high = min(e.mentions.count, low + size - weight)
                runs[runs.count - 1].append(Piece(event: k, mentions: low..<high))
                weight += 1 + high - low
                low = high
                if weight >= size { runs.append([]); weight = 0 }
            } while low < e.mentions.count
        }
        if runs[runs.count - 1].isEmpty { runs.removeLast() }
        try flush(sink)
        let round = max(1, workers * 2)
        let base = indent
        for first in stride(from: 0, to: runs.count, by: round) {
            let batch = Array(runs[first..<min(runs.count, first + round)])
            var written = [[UInt8]](repeating: [], count: batch.count)
            written.withUnsafeMutableBufferPointer { out in
                let out = out
                let write = { (b: Int) in
                    var part = JSONWriter(capacity: 1 << 16)
                    // Within an event's mentions, the writer is two levels deeper, past the first.
                    let lead = batch[b][0]
                    part.indent = lead.mentions.lowerBound == 0 ? base : base + 4
                    part.first = lead.mentions.lowerBound == 0 && lead.event == 0
                    for piece in batch[b] { part.event(events[piece.event], mentions: piece.mentions) }
                    out[b] = part.bytes
                }
                if workers > 1 && batch.count > 1 { DispatchQueue.concurrentPerform(iterations: batch.count, execute: write) } else { (0..<batch.count).forEach(write) }
            }
            for part in written { try sink(Data(part)) }
        }
        first = false
    }

    /// Part of an event: the mentions in `range`, with what comes before them when it starts
    /// with the first and what comes after when it ends with the last.
    mutating func event(_ e: Event, mentions range: Range<Int>) {
        if range.lowerBound == 0 { eventHead(e) }
        for k in range { mention(e.mentions[k]) }
        if range.upperBound == e.mentions.count { eventTail(e) }
    }

    private mutating func eventHead(_ e: Event) {
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
    }

    private mutating func mention(_ m: Mention) {
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

    private mutating func eventTail(_ e: Event) {
        close(93)
        optional("place", e.place)
        key("precision"); string(e.precision.rawValue)
        key("sources"); int(e.sources)
        key("status"); string(e.status.rawValue)
        key("title"); string(e.title)
        close(125)
    }
}
