import EventModel
import Foundation

/// The four files of `timeline build`.
public enum OutputSet {
    public static func write(_ timeline: Timeline, to folder: String, maxEvents: Int = 80) throws {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        catch { throw OutputError.cannotCreate(folder) }
        let json = try TimelineText.json(timeline)
        let chronology = Data(TimelineText.chronology(timeline).utf8)
        let dot = TimelinePicture(maxEvents: maxEvents).dot(timeline)
        let svg = try GraphvizRenderer.svg(dot: dot)
        try AtomicFile.write(Data(dot.utf8), to: folder + "/timeline.dot")
        try AtomicFile.write(Data(svg.utf8), to: folder + "/timeline.svg")
        try AtomicFile.write(json, to: folder + "/timeline.json")
        try AtomicFile.write(chronology, to: folder + "/chronology.txt")
    }
}
