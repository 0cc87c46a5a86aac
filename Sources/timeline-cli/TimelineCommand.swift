import ArgumentParser

@main
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Turn a folder of news articles about a developing story into a dated event graph.",
        subcommands: [Build.self, Chronology.self, Diff.self, Tag.self]
    )
}
