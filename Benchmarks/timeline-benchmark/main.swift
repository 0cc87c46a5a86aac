import Foundation
import TimelineBuilder

// Tagging throughput: the text of a {"doc","dct","text"} JSON-lines file, repeated to at least
// 50 MB, tagged on one thread; prints the median of five runs in MB/s.
let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("usage: timeline-benchmark DOCS.jsonl")
    exit(2)
}
do {
    let docs = try TaggingInput.readJSONLines(path: path)
    let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
    let repeats = max(1, (50_000_000 + bytes - 1) / max(bytes, 1))
    let tagger = TemporalTagger.shared
    var rates: [Double] = []
    var found = 0
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<repeats { for d in docs { found &+= tagger.tag(d.text, documentDate: d.dct).count } }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        rates.append(Double(bytes * repeats) / 1e6 / seconds)
    }
    rates.sort()
    print(String(format: "tagging: %.1f MB of text, median %.2f MB/s (min %.2f, max %.2f) over 5 runs, %d expressions",
                 Double(bytes * repeats) / 1e6, rates[2], rates[0], rates[4], found / 5))
} catch {
    print("timeline-benchmark: \(error)")
    exit(2)
}
