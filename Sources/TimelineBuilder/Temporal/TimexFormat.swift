import EventModel
import Foundation

/// Errors in the input of `timeline tag`.
public enum TaggingError: Error, CustomStringConvertible {
    case unreadable(path: String)
    case notUTF8(path: String)
    case badLine(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read \(path)"
        case .notUTF8(let path): return "\(path) is not UTF-8 text"
        case .badLine(let path, let line, let reason): return "\(path):\(line): \(reason)"
        }
    }
}

/// One text to tag, with its identifier and creation date.
public struct TaggingInput: Sendable {
    public var id: String
    public var dct: CalendarDate?
    public var text: String

    public init(id: String, dct: CalendarDate?, text: String) { self.id = id; self.dct = dct; self.text = text }

    public static func readFile(path: String, dct: CalendarDate?) throws -> TaggingInput {
        guard let data = FileManager.default.contents(atPath: path) else { throw TaggingError.unreadable(path: path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw TaggingError.notUTF8(path: path) }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return TaggingInput(id: id, dct: dct, text: text)
    }

    /// Reads `{"doc","dct","text"}` lines; a bad line is an error naming its number.
    public static func readJSONLines(path: String) throws -> [TaggingInput] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TaggingError.unreadable(path: path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw TaggingError.notUTF8(path: path) }
        var out: [TaggingInput] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw TaggingError.badLine(path: path, line: n + 1, reason: "not a JSON object")
            }
            guard let doc = object["doc"] as? String else { throw TaggingError.badLine(path: path, line: n + 1, reason: "missing \"doc\" string") }
            guard let body = object["text"] as? String else { throw TaggingError.badLine(path: path, line: n + 1, reason: "missing \"text\" string") }
            guard let dctText = object["dct"] as? String else { throw TaggingError.badLine(path: path, line: n + 1, reason: "missing \"dct\" string") }
            guard let dct = CalendarDate(iso: dctText) else {
                throw TaggingError.badLine(path: path, line: n + 1, reason: "dct '\(dctText)' is not a date of the form YYYY-MM-DD")
            }
            out.append(TaggingInput(id: doc, dct: dct, text: body))
        }
        return out
    }
}

/// Writes tagged expressions as JSON lines or as TimeML.
public enum TimexFormat {
    /// The code-point offset of each UTF-8 byte offset that starts a character (and of the end).
    static func scalarOffsets(_ text: String) -> [Int] {
        var map = [Int](repeating: 0, count: text.utf8.count + 1)
        var scalars = 0
        for (i, b) in text.utf8.enumerated() {
            if b & 0xC0 != 0x80 { map[i] = scalars; scalars += 1 }
        }
        map[text.utf8.count] = scalars
        return map
    }

    public static func jsonLines(doc: String, text: String, expressions: [TemporalExpression]) -> String {
        let map = scalarOffsets(text)
        var out = ""
        for e in expressions {
            out += "{\"doc\": \(JSONText.quote(doc)), \"start\": \(map[e.start]), \"end\": \(map[e.end]), \"type\": \"\(e.type.rawValue)\", \"value\": \(JSONText.quote(e.value)), \"text\": \(JSONText.quote(e.text))}\n"
        }
        return out
    }

    public static func timeML(doc: String, dct: CalendarDate?, text: String, expressions: [TemporalExpression]) -> String {
        let bytes = Array(text.utf8)
        var out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>\(XMLText.escape(doc))</DOCID>\n"
        if let dct { out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(dct)\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">\(dct)</TIMEX3></DCT>\n" }
        out += "<TEXT>"
        var at = 0
        for (n, e) in expressions.enumerated() {
            out += XMLText.escape(String(decoding: bytes[at..<e.start], as: UTF8.self))
            out += "<TIMEX3 tid=\"t\(n + 1)\" type=\"\(e.type.rawValue)\" value=\"\(XMLText.escape(e.value))\">"
            out += XMLText.escape(String(decoding: bytes[e.start..<e.end], as: UTF8.self)) + "</TIMEX3>"
            at = e.end
        }
        out += XMLText.escape(String(decoding: bytes[at...], as: UTF8.self)) + "</TEXT>\n</TimeML>\n"
        return out
    }
}
