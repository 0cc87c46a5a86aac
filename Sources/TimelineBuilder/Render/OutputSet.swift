import EventModel
import Foundation

/// The four files of `timeline build`.
public enum OutputSet {
    /// Writes the files into `folder`, each whole or not at all.
    public static func write(_ timeline: Timeline, to folder: String, maxEvents: Int = 80) throws {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        catch { throw OutputError.cannotCreate(folder) }
        // The JSON, the largest file, the picture and the chronology are made side by side.
        var failures: [Error?] = [nil, nil, nil]
        var picture: (dot: String, svg: String)? = nil
        var chronology: Data? = nil
        failures.withUnsafeMutableBufferPointer { failed in
            DispatchQueue.concurrentPerform(iterations: 3) { job in
                do {
                    switch job {
                    case 0: try AtomicFile.write(to: folder + "/timeline.json") { sink in try TimelineText.writeJSON(timeline, sink) }
                    case 1:
                        let dot = TimelinePicture(maxEvents: maxEvents).dot(timeline)
                        picture = (dot, try GraphvizRenderer.svg(dot: dot))
                    default: chronology = Data(TimelineText.chronology(timeline).utf8)
                    }
                } catch {
                    failed[job] = error
                }
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        guard let picture, let chronology else { return }
        try AtomicFile.write(Data(picture.dot.utf8), to: folder + "/timeline.dot")
        try AtomicFile.write(Data(picture.svg.utf8), to: folder + "/timeline.svg")
        try AtomicFile.write(chronology, to: folder + "/chronology.txt")
    }
}
