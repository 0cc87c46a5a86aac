import EventModel

/// The actors of a corpus with their aliases merged: "Finance Minister Ana Ortiz" and
/// "Ortiz" are one person; "Paris", "French" and "France" one country.
struct ActorIndex {
    private(set) var actors: [Actor] = []
    private var people: [String: String] = [:]
    private var byWord: [String: Set<String>] = [:]
    private var kinds: [String: ActorKind] = [:]

    init(_ names: [NameMention]) {
        var aliases: [String: Set<String>] = [:]
        for n in names {
            if case .actor(.person) = n.kind, n.canonical.split(separator: " ").count >= 2, !n.canonical.contains("-") {
                let name = Self.clean(n.canonical)
                people[name] = name
                for w in name.split(separator: " ") where w.count > 1 { byWord[String(w), default: []].insert(name) }
            }
        }
        for n in names {
            guard let name = resolveName(n) else { continue }
            var kind: ActorKind = .organization
            if case .actor(let k) = n.kind { kind = k }
            if people[name] != nil { kind = .person }
            kinds[name] = kinds[name] ?? kind
            aliases[name, default: []].insert(n.surface)
            if let title = n.title { aliases[name, default: []].insert(title + " " + n.surface) }
        }
        actors = aliases.keys.sorted().map { name in
            Actor(name: name, kind: kinds[name] ?? .organization, aliases: aliases[name]!.filter { $0 != name }.sorted())
        }
    }

    static func clean(_ s: String) -> String {
        var t = s
        for suffix in ["'s", "’s", "'", "’"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
        if t.hasPrefix("The ") { t.removeFirst(4) }
        return t
    }

    private func resolveName(_ n: NameMention) -> String? {
        switch n.kind {
        case .actor(.person):
            let name = Self.clean(n.canonical)
            if people[name] != nil { return name }
            if let matches = byWord[name], matches.count == 1 { return matches.first }
            return n.title != nil ? name : nil
        case .actor:
            return Self.clean(n.canonical)
        case .place:
            return nil
        case .other:
            let name = Self.clean(n.canonical)
            if !name.contains(" "), let matches = byWord[name], matches.count == 1 { return matches.first }
            return nil
        }
    }

    /// The actor a name stands for, if it is one.
    func resolve(_ n: NameMention) -> String? {
        if case .other = n.kind, n.surface.contains("-") { return nil }
        guard let name = resolveName(n), kinds[name] != nil else { return nil }
        return name
    }
}
