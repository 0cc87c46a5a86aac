/// Small word tools shared by the stages: a crude English lemma and the word lists.
enum Words {
    static let stopwords = Resources.wordSet("stopwords.txt")
    static let generic = Resources.wordSet("generic-words.txt")

    /// A lemma good enough to match "tariffs" with "tariff" and "meeting" with "meet".
    static func lemma(_ word: String) -> String {
        var w = word.lowercased()
        if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
        let n = w.count
        if n > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if n > 4, w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if n > 4, w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes") { return String(w.dropLast(2)) }
        if n > 5, w.hasSuffix("ing") { return String(w.dropLast(3)) }
        if n > 4, w.hasSuffix("ied") { return String(w.dropLast(3)) + "y" }
        if n > 4, w.hasSuffix("ed") { return String(w.dropLast(w.hasSuffix("eed") ? 1 : 2)) }
        if n > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }

    /// Whether a lower-case word can carry the content of a report.
    static func isContent(_ lower: String) -> Bool {
        lower.utf8.count >= 3 && !stopwords.contains(lower) && !generic.contains(lower)
    }
}
