import CGraphviz
import Foundation

/// Renders DOT to SVG in-process through Graphviz's libgvc. Graphviz is not thread-safe, so
/// every call holds one process-wide lock; one context is reused, since a context per call leaks.
public enum GraphvizRenderer {
    nonisolated(unsafe) private static var context: OpaquePointer? = nil
    private static let lock = NSLock()

    /// SVG for a DOT graph whose nodes carry pinned positions (`pos="x,y!"`), laid out by `nop2`.
    public static func svg(dot: String, engine: String = "nop2") throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if context == nil { context = gvContext() }
        guard let gvc = context else { throw OutputError.render("cannot create a Graphviz context") }
        agseterr(AGMAX)
        agreseterrors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            resetParser()
            throw OutputError.render("Graphviz could not parse the DOT text")
        }
        defer { agclose(graph) }
        if agerrors() != 0 {
            resetParser()
            throw OutputError.render("Graphviz reported errors while parsing the DOT text")
        }
        guard gvLayout(gvc, graph, engine) == 0 else { throw OutputError.render("Graphviz layout '\(engine)' failed") }
        defer { gvFreeLayout(gvc, graph) }
        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, "svg", &data, &length) == 0, let data else {
            throw OutputError.render("Graphviz could not render SVG")
        }
        defer { gvFreeRenderData(data) }
        let bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func resetParser() {
        for _ in 0..<3 {
            agreseterrors()
            if let g = "digraph{}".withCString({ agmemread($0) }) { agclose(g) }
            if agerrors() == 0 { break }
        }
        agreseterrors()
    }
}
