import Foundation

/// A user's corrections to the actors of one corpus, for when the automatic merging is not
/// what they want: names that are another actor, and names that are no actor at all. Good
/// output never needs one; it refines.
///
/// The file is tab-separated, one rule per line; `#` starts a comment:
///
///     alias	Beijing	China             the name on the left is the actor on the right
///     alias	The Fed	Federal Reserve
///     ignore	Leave a Reply             never an actor
///
/// A name is matched as written in the text or as the actor it was resolved to.
public struct CorpusLexicon: Sendable, Equatable {
    /// Names and the actor each stands for.
    public var aliases: [String: String] = [:]
    /// Names that are never actors.
    public var ignored: Set<String> = []

    public init(aliases: [String: String] = [:], ignored: Set<String> = []) {
        self.aliases = aliases
        self.ignored = ignored
    }

    public var isEmpty: Bool { aliases.isEmpty && ignored.isEmpty }

    /// Reads a lexicon file.
    public static func read(path: String) throws -> CorpusLexicon {
        guard FileManager.default.fileExists(atPath: path) else { throw CorpusError.notFound(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw CorpusError.unreadable(path) }
        return try parse(data, path: path)
    }

    /// Parses the text of a lexicon file; `path` names it in errors.
    public static func parse(_ data: Data, path: String) throws -> CorpusLexicon {
        guard let text = String(validating: data, as: UTF8.self) else { throw CorpusError.unreadable(path) }
        var lexicon = CorpusLexicon()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            func bad(_ reason: String) -> CorpusError { .badLexicon(path: path, line: n + 1, reason: reason) }
            switch fields[0].lowercased() {
            case "alias":
                guard fields.count == 3 else { throw bad("expected alias<TAB>NAME<TAB>ACTOR") }
                guard fields[1] != fields[2] else { throw bad("'\(fields[1])' is given as an alias of itself") }
                lexicon.aliases[fields[1]] = fields[2]
            case "ignore":
                guard fields.count == 2 else { throw bad("expected ignore<TAB>NAME") }
                lexicon.ignored.insert(fields[1])
            default:
                throw bad("unknown rule '\(fields[0])'; a line is alias<TAB>NAME<TAB>ACTOR or ignore<TAB>NAME")
            }
        }
        for name in lexicon.aliases.keys.sorted() {
            var seen: Set<String> = [name]
            var target = name
            while let next = lexicon.aliases[target] {
                guard seen.insert(next).inserted else { throw CorpusError.badLexicon(path: path, line: 0, reason: "the aliases of '\(name)' go round in a circle") }
                target = next
            }
        }
        return lexicon
    }

    /// Adds the rules of another lexicon; its rules win where both name the same alias.
    public mutating func add(_ other: CorpusLexicon) {
        aliases.merge(other.aliases) { _, theirs in theirs }
        ignored.formUnion(other.ignored)
    }

    /// The actor a name stands for after the user's rules: itself, another actor, or nil
    /// when the name is to be ignored.
    func actor(_ name: String) -> String? {
        var target = name
        while let next = aliases[target] { target = next }
        return ignored.contains(target) ? nil : target
    }
}
