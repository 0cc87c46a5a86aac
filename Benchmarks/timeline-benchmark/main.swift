import Foundation
import EventModel
import TimelineBuilder

// Benchmarks, in release mode:
//   timeline-benchmark DOCS.jsonl        tagging throughput over {"doc","dct","text"} lines,
//                                        repeated to at least 50 MB, one thread, median of 5 runs
//   timeline-benchmark build N [RUNS]    `build` of N generated articles: MB/s, articles/s,
//                                        peak RSS, and the ratio to `wc -w` on the same files
//   timeline-benchmark generate N FOLDER writes the N generated articles into FOLDER
//   timeline-benchmark picture N [RUNS]  the picture of a synthetic timeline of N events, all
//                                        drawn: layout to DOT, and DOT to SVG through libgvc
let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("timeline-benchmark: \(message)\n".utf8))
    exit(2)
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2 }

/// Peak resident set size of this process, in MB.
func peakRSS() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb / 1024
}

func tagBenchmark(_ path: String) throws {
    let docs = try TaggingInput.readJSONLines(path: path)
    let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
    let repeats = max(1, (50_000_000 + bytes - 1) / max(bytes, 1))
    let tagger = TemporalTagger.shared
    var rates: [Double] = []
    var found = 0
    for _ in 0..<5 {
        let t = seconds { for _ in 0..<repeats { for d in docs { found &+= tagger.tag(d.text, documentDate: d.dct).count } } }
        rates.append(Double(bytes * repeats) / 1e6 / t)
    }
    rates.sort()
    print(String(format: "tagging: %.1f MB of text, median %.2f MB/s (min %.2f, max %.2f) over 5 runs, %d expressions",
                 Double(bytes * repeats) / 1e6, rates[2], rates[0], rates[4], found / 5))
}

/// The fixture text the generator takes its filler sentences from.
func fillerFolders() -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    return [root + "/seeds", root + "/Tests/TimelineBuilderTests/Fixtures/harbor-strike", root + "/Tests/TimelineBuilderTests/Fixtures/river-flood"]
}

func buildBenchmark(count: Int, runs: Int) throws {
    let folder = NSTemporaryDirectory() + "timeline-bench-\(count)"
    try? FileManager.default.removeItem(atPath: folder)
    var generator = CorpusGenerator(count: count, fillerFolders: fillerFolders())
    let bytes = try generator.write(to: folder)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var times: [Double] = []
    var events = 0
    var stages: [[String: Double]] = []
    let out = folder + "-out"
    defer { try? FileManager.default.removeItem(atPath: out) }
    for _ in 0..<runs {
        let clock = StageClock()
        // The timeline is let go after the timing, as `timeline build` exits without freeing it.
        var kept: [Timeline] = []
        times.append(try seconds {
            let builder = TimelineBuilder(progress: { stage, done, total in clock.note(stage, done, total) })
            let timeline = try builder.build(paths: [folder]).timeline
            clock.mark("merging")
            try OutputSet.write(timeline, to: out, maxEvents: 80)
            clock.mark("writing")
            events = timeline.events.count
            kept.append(timeline)
        })
        stages.append(clock.durations)
        kept.removeAll()
    }
    var wc: [Double] = []
    for _ in 0..<runs {
        wc.append(try seconds {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "find '\(folder)' -name '*.txt' -print0 | xargs -0 cat | wc -w > /dev/null"]
            try p.run(); p.waitUntilExit()
        })
    }
    let t = median(times), w = median(wc)
    let parts = ["reading", "cleaning", "extracting", "merging", "writing"].map { name in
        String(format: "%@ %.2f s", name, median(stages.map { $0[name] ?? 0 }))
    }
    print("stages (medians): " + parts.joined(separator: ", "))
    print(String(format: "build: %d articles, %.1f MB, median %.2f s over %d runs: %.1f MB/s, %.0f articles/s, %.1f µs/article; peak RSS %.0f MB; wc -w %.3f s (build/wc %.1f×); %d events",
                 count, Double(bytes) / 1e6, t, runs, Double(bytes) / 1e6 / t, Double(count) / t, t / Double(count) * 1e6, peakRSS(), w, t / w, events))
}

/// Wall-clock time of each build stage, from the builder's progress reports: "reading" ends
/// when the first document is cleaned, "cleaning" when all are, and so on.
final class StageClock: @unchecked Sendable {
    private let lock = NSLock()
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var durations: [String: Double] = [:]

    func mark(_ stage: String) {
        lock.lock(); defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        durations[stage, default: 0] += Double(now - last) / 1e9
        last = now
    }

    func note(_ stage: String, _ done: Int, _ total: Int) {
        if stage == "reading" && durations["reading"] == nil { mark("reading") }
        if done == total && stage != "merging" { mark(stage == "reading" ? "cleaning" : stage) }
    }
}

func pictureBenchmark(count: Int, runs: Int) throws {
    let timeline = syntheticTimeline(count: count)
    let picture = TimelinePicture(maxEvents: timeline.events.count)
    var dotTimes: [Double] = [], svgTimes: [Double] = []
    var dot = "", svg = ""
    for _ in 0..<runs {
        dotTimes.append(seconds { dot = picture.dot(timeline) })
        svgTimes.append(try seconds { svg = try GraphvizRenderer.svg(dot: dot) })
    }
    let total = zip(dotTimes, svgTimes).map { $0 + $1 }
    print(String(format: "picture: %d events drawn; median over %d runs: layout+DOT %.1f ms, SVG %.1f ms, total %.1f ms (max %.1f ms); DOT %.0f KB, SVG %.0f KB",
                 timeline.events.count, runs, median(dotTimes) * 1000, median(svgTimes) * 1000, median(total) * 1000, (total.max() ?? 0) * 1000,
                 Double(dot.utf8.count) / 1024, Double(svg.utf8.count) / 1024))
}

do {
    guard let first = arguments.first else { fail("usage: timeline-benchmark DOCS.jsonl | build N [RUNS] | generate N FOLDER | picture N [RUNS]") }
    if first == "generate" {
        guard arguments.count >= 3, let n = Int(arguments[1]), n > 0 else { fail("usage: timeline-benchmark generate N FOLDER") }
        var generator = CorpusGenerator(count: n, fillerFolders: fillerFolders())
        let bytes = try generator.write(to: arguments[2])
        print("wrote \(n) articles, \(bytes) bytes, to \(arguments[2])")
    } else if first == "build" {
        guard arguments.count >= 2, let n = Int(arguments[1]), n > 0 else { fail("usage: timeline-benchmark build N [RUNS]") }
        try buildBenchmark(count: n, runs: arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3)
    } else if first == "picture" {
        guard arguments.count >= 2, let n = Int(arguments[1]), n > 0 else { fail("usage: timeline-benchmark picture N [RUNS]") }
        try pictureBenchmark(count: n, runs: arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5)
    } else {
        try tagBenchmark(first)
    }
} catch {
    fail("\(error)")
}
