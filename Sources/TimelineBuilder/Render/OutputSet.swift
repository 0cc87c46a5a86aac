import EventModel
import Foundation

/// The four files of `timeline build`.
public enum OutputSet {
    /// Writes the files into `folder`, each whole or not at all.
    public static func write(_ timeline: Timeline, to folder: String, maxEvents: Int = 80) throws {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        catch { throw OutputError.cannotCreate(folder) }
        // The JSON, the largest file, is written while the picture is laid out and rendered.
        var failures: [Error?] = [nil, nil]
        var picture: (dot: String, svg: String, chronology: Data)? = nil
        failures.withUnsafeMutableBufferPointer { failed in
            DispatchQueue.concurrentPerform(iterations: 2) { job in
                do {
                    if job == 0 {
                        let dot = TimelinePicture(maxEvents: maxEvents).dot(timeline)
                        picture = (dot, try GraphvizRenderer.svg(dot: dot), Data(TimelineText.chronology(timeline).utf8))
                    } else {
                        try AtomicFile.write(to: folder + "/timeline.json") { sink in try TimelineText.writeJSON(timeline, sink) }
                    }
                } catch {
                    failed[job] = error
                }
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        guard let picture else { return }
        try AtomicFile.write(Data(picture.dot.utf8), to: folder + "/timeline.dot")
        try AtomicFile.write(Data(picture.svg.utf8), to: folder + "/timeline.svg")
        try AtomicFile.write(picture.chronology, to: folder + "/chronology.txt")
    }
}
