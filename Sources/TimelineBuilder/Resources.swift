/// Errors about the data files that are built into the tool.
public enum ResourceError: Error, CustomStringConvertible {
    case missing(String)
    case malformed(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missing(let name): return "built-in data file \(name) is missing: rebuild the tool"
        case .malformed(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}

/// The rule and word-list files of Sources/TimelineBuilder/Resources, embedded at build time.
enum Resources {
    /// The text of a data file.
    static func text(_ name: String) -> String {
        guard let text = EmbeddedResources.files[name] else { fatalError(ResourceError.missing(name).description) }
        return text
    }

    /// The non-empty, non-comment lines of a data file, with their line numbers.
    static func lines(_ name: String) -> [(number: Int, text: String)] {
        var out: [(Int, String)] = []
        for (i, raw) in text(name).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            out.append((i + 1, String(raw)))
        }
        return out
    }

    /// Tab-separated rows of a data file.
    static func rows(_ name: String) -> [[String]] {
        lines(name).map { $0.text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    /// One word or phrase a line, lower-cased.
    static func wordSet(_ name: String) -> Set<String> {
        Set(lines(name).map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() })
    }
}

import Foundation
