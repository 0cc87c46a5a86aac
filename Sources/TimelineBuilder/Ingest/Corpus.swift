import Dispatch
import EventModel
import Foundation

/// Why a corpus cannot be read at all.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
    case notFound(String)
    case noDocuments(String)
    case unreadable(String)
    case badManifest(path: String, line: Int, reason: String)
    case badLexicon(path: String, line: Int, reason: String)
    case git(String)

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no such file or folder"
        case .noDocuments(let p): return "\(p): no readable .txt or .md articles found"
        case .unreadable(let p): return "\(p): cannot be read"
        case .badManifest(let p, let line, let reason): return "\(p):\(line): \(reason)"
        case .badLexicon(let p, let line, let reason): return line > 0 ? "\(p):\(line): \(reason)" : "\(p): \(reason)"
        case .git(let m): return m
        }
    }
}

/// POSIX `read`, which `Corpus.read` hides inside the type.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }

/// One article file as read from disk: its bytes are valid UTF-8 text.
public struct SourceFile: Sendable {
    public var id: String
    public var path: String
    public var text: String
    /// The publication date a manifest gives for it.
    public var manifestDate: CalendarDate?
}

/// A corpus as read from disk: its articles, and a warning for each file that was skipped.
public struct Corpus: Sendable {
    public var files: [SourceFile]
    public var warnings: [String]
    /// The user's rules for the corpus's actors, from `lexicon.tsv` files.
    public var lexicon: CorpusLexicon

    public init(files: [SourceFile], warnings: [String] = [], lexicon: CorpusLexicon = CorpusLexicon()) {
        self.files = files; self.warnings = warnings; self.lexicon = lexicon
    }

    /// Reads the `.txt` and `.md` files of each folder (or each file given), in name order.
    /// A folder may hold `manifest.tsv`: lines of `FILE<TAB>YYYY-MM-DD` giving publication dates,
    /// and `lexicon.tsv`: the user's rules for actors (see `CorpusLexicon`).
    public static func read(paths: [String]) throws -> Corpus {
        var files: [SourceFile] = []
        var warnings: [String] = []
        var lexicon = CorpusLexicon()
        let fm = FileManager.default
        for root in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDir) else { throw CorpusError.notFound(root) }
            var candidates: [String] = []
            var manifest: [String: CalendarDate] = [:]
            if isDir.boolValue {
                guard let names = try? fm.contentsOfDirectory(atPath: root) else { throw CorpusError.unreadable(root) }
                let base = root.hasSuffix("/") ? String(root.dropLast()) : root
                for name in names.sorted() where !name.hasPrefix(".") {
                    let lower = name.lowercased()
                    if lower.hasSuffix(".txt") || lower.hasSuffix(".md") { candidates.append(base + "/" + name) }
                }
                let manifestPath = base + "/manifest.tsv"
                if fm.fileExists(atPath: manifestPath) { manifest = try readManifest(manifestPath) }
                let lexiconPath = base + "/lexicon.tsv"
                if fm.fileExists(atPath: lexiconPath) { lexicon.add(try CorpusLexicon.read(path: lexiconPath)) }
            } else {
                candidates = [root]
            }
            // Files are read and checked on all cores, and kept in name order.
            var read = [(file: SourceFile?, warnings: [String])](repeating: (nil, []), count: candidates.count)
            read.withUnsafeMutableBufferPointer { out in
                DispatchQueue.concurrentPerform(iterations: (candidates.count + 63) / 64) { chunk in
                    for k in (chunk * 64)..<min(candidates.count, chunk * 64 + 64) {
                        let path = candidates[k]
                        var notes: [String] = []
                        if let data = contents(of: path) {
                            out[k] = (sourceFile(path: path, data: data, manifest: manifest, warnings: &notes), notes)
                        } else {
                            out[k] = (nil, ["\(path): cannot be read, skipped"])
                        }
                    }
                }
            }
            files.reserveCapacity(files.count + read.count)
            for k in read.indices {
                warnings += read[k].warnings
                if let file = read[k].file.take() { files.append(file) }
            }
            if candidates.isEmpty, isDir.boolValue { warnings.append("\(root): no .txt or .md files") }
        }
        var corpus = try finish(files, warnings, paths.joined(separator: ", "))
        corpus.lexicon = lexicon
        return corpus
    }

    /// The bytes of the regular file at `path`, or nil when it cannot be read. One open, one
    /// status and one read for an article: Foundation's reader cost several times as much per
    /// file, which counts over a hundred thousand articles.
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than the size, to see a file that grew while it was read.
        let capacity = Int(info.st_size) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var filled = 0
            while filled < capacity {
                let n = readBytes(fd, buffer.baseAddress! + filled, capacity - filled)
                if n < 0 { if errno == EINTR { continue }; failed = true; break }
                if n == 0 { break }
                filled += n
            }
            count = filled
        }
        if failed { return nil }
        if bytes.count == capacity { return FileManager.default.contents(atPath: path).map { [UInt8]($0) } }
        return bytes
    }

    /// An article from its bytes, or nil with a warning when they are not usable text.
    static func sourceFile(path: String, data: some ContiguousBytes, manifest: [String: CalendarDate], warnings: inout [String]) -> SourceFile? {
        if data.withUnsafeBytes({ $0.isEmpty }) { warnings.append("\(path): empty, skipped"); return nil }
        let decoded: (String?, Bool)? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if memchr(raw.baseAddress!, 0, min(bytes.count, 8192)) != nil { return nil }
            return (String(validating: bytes, as: UTF8.self), memchr(raw.baseAddress!, 13, bytes.count) != nil)
        }
        guard let (validated, returns) = decoded else { warnings.append("\(path): binary file, skipped"); return nil }
        guard var text = validated else { warnings.append("\(path): not valid UTF-8, skipped"); return nil }
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst() }
        if returns { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        let id = name.utf8.lastIndex(of: UInt8(ascii: ".")).map { String(name[..<$0]) } ?? name
        return SourceFile(id: id, path: path, text: text, manifestDate: manifest[name] ?? manifest[id])
    }

    static func finish(_ input: [SourceFile], _ warnings: [String], _ name: String) throws -> Corpus {
        var files = input
        // Ids that two files share ("a.txt" and "a.md") get a number; most corpora have none.
        var ids = StringTable(capacity: files.count)
        var seen: [Int] = []
        seen.reserveCapacity(files.count)
        for i in files.indices {
            let id = Int(ids.intern(files[i].id))
            if id == seen.count { seen.append(1); continue }
            seen[id] += 1
            files[i].id += "-\(seen[id])"
        }
        if files.isEmpty { throw CorpusError.noDocuments(name) }
        return Corpus(files: files, warnings: warnings)
    }

    /// Reads a folder as it was at a git revision, through git and without a checkout: the
    /// `.txt` and `.md` files directly in `path`, and its `manifest.tsv`.
    public static func read(gitRevision revision: String, path: String, repository: String? = nil) throws -> Corpus {
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        func git(_ arguments: [String], what: String) throws -> Data { try Corpus.git(arguments, what: what, in: repository) }
        let listing = try git(["ls-tree", "-z", "--name-only", "\(revision):\(folder.isEmpty ? "." : folder)"], what: "\(revision):\(path)")
        let names = String(decoding: listing, as: UTF8.self).split(separator: "\0").map(String.init).sorted()
        var files: [SourceFile] = []
        var warnings: [String] = []
        var manifest: [String: CalendarDate] = [:]
        let prefix = folder.isEmpty ? "" : folder + "/"
        if names.contains("manifest.tsv") {
            let data = try git(["cat-file", "blob", "\(revision):\(prefix)manifest.tsv"], what: "\(revision):\(prefix)manifest.tsv")
            manifest = try parseManifest(data, path: "\(revision):\(prefix)manifest.tsv")
        }
        var lexicon = CorpusLexicon()
        if names.contains("lexicon.tsv") {
            let data = try git(["cat-file", "blob", "\(revision):\(prefix)lexicon.tsv"], what: "\(revision):\(prefix)lexicon.tsv")
            lexicon = try CorpusLexicon.parse(data, path: "\(revision):\(prefix)lexicon.tsv")
        }
        for name in names where !name.hasPrefix(".") && (name.lowercased().hasSuffix(".txt") || name.lowercased().hasSuffix(".md")) {
            let data = try git(["cat-file", "blob", "\(revision):\(prefix)\(name)"], what: "\(revision):\(prefix)\(name)")
            if let file = sourceFile(path: prefix + name, data: data, manifest: manifest, warnings: &warnings) { files.append(file) }
        }
        var corpus = try finish(files, warnings, "\(revision):\(path)")
        corpus.lexicon = lexicon
        return corpus
    }

    /// Runs git in the current folder and returns what it prints; its error becomes a `CorpusError`.
    static func git(_ arguments: [String], what: String, in directory: String?) throws -> Data {
        let process = Process()
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw CorpusError.git("\(what): cannot run git (\(error))") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let line = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "git failed"
            throw CorpusError.git("\(what): \(line)")
        }
        return data
    }

    static func readManifest(_ path: String) throws -> [String: CalendarDate] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CorpusError.unreadable(path) }
        return try parseManifest(data, path: path)
    }

    static func parseManifest(_ data: Data, path: String) throws -> [String: CalendarDate] {
        guard let text = String(validating: data, as: UTF8.self) else { throw CorpusError.unreadable(path) }
        var out: [String: CalendarDate] = [:]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2 else { throw CorpusError.badManifest(path: path, line: n + 1, reason: "expected FILE<TAB>YYYY-MM-DD") }
            guard let date = CalendarDate(iso: fields[1]) else {
                throw CorpusError.badManifest(path: path, line: n + 1, reason: "'\(fields[1])' is not a date of the form YYYY-MM-DD")
            }
            out[fields[0]] = date
        }
        return out
    }
}
