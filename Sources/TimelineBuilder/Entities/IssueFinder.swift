import EventModel

/// The subjects a story keeps coming back to: noun phrases that recur across documents, merged
/// by lemma, with no topic list.
struct IssueFinder {
    private(set) var issues: [Issue] = []
    private var keys: [(key: [String], name: String)] = []

    init(analyses: [DocumentAnalysis]) {
        var df: [String: Int] = [:]
        var surfaces: [String: [String: Int]] = [:]
        for a in analyses {
            for (key, surface) in a.phrases { df[key, default: 0] += 1; surfaces[key, default: [:]][surface, default: 0] += 1 }
        }
        let minimum = analyses.count >= 3 ? max(2, analyses.count / 3) : 1
        var chosen: [String] = []
        let bigrams = df.filter { $0.key.contains(" ") && $0.value >= minimum }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        for (key, _) in bigrams.prefix(8) { chosen.append(key) }
        let unigrams = df.filter { !$0.key.contains(" ") && $0.value >= max(minimum, analyses.count >= 3 ? analyses.count / 2 : 1) }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        for (key, _) in unigrams where !chosen.contains(where: { $0.split(separator: " ").contains(Substring(key)) }) {
            if chosen.count >= 14 { break }
            chosen.append(key)
        }
        for key in chosen.sorted() {
            let forms = surfaces[key]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            issues.append(Issue(name: forms[0], aliases: Array(forms.dropFirst()).sorted()))
            keys.append((key.split(separator: " ").map(String.init), forms[0]))
        }
    }

    /// The issues whose words all occur among an event's content lemmas.
    func issues(for lemmas: Set<String>) -> [String] {
        keys.filter { $0.key.allSatisfy(lemmas.contains) }.map(\.name).sorted()
    }
}
