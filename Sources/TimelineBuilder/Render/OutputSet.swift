import EventModel
import Foundation

/// The four files of `timeline build`.
public enum OutputSet {
    public static func write(_ timeline: Timeline, to folder: String, maxEvents: Int = 80) throws {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        catch { throw OutputError.cannotCreate(folder) }
        let chronology = Data(TimelineText.chronology(timeline).utf8)
        let dot = TimelinePicture(maxEvents: maxEvents).dot(timeline)
        let svg = try GraphvizRenderer.svg(dot: dot)
        try AtomicFile.write(Data(dot.utf8), to: folder + "/timeline.dot")
        try AtomicFile.write(Data(svg.utf8), to: folder + "/timeline.svg")
        try AtomicFile.write(to: folder + "/timeline.json") { sink in try TimelineText.writeJSON(timeline, sink) }
        try AtomicFile.write(chronology, to: folder + "/chronology.txt")
    }
}
