/// The value types of a timeline: what `timeline build` writes as `timeline.json` and what
/// `timeline diff` reads back. They carry no behaviour beyond coding, so any tool can use them.

/// Where a document's publication date came from.
public enum PublicationSource: String, Codable, Sendable, Hashable {
    case text, manifest, inferred, none
}

/// One article of the corpus.
public struct Document: Codable, Sendable, Hashable {
    /// The file name without its extension, unique in the corpus.
    public var id: String
    public var path: String
    public var title: String?
    /// ISO date (YYYY-MM-DD), or nil when it cannot be told.
    public var published: String?
    public var publishedFrom: PublicationSource
    public var byline: String?

    public init(id: String, path: String, title: String? = nil, published: String? = nil,
                publishedFrom: PublicationSource = .none, byline: String? = nil) {
        self.id = id; self.path = path; self.title = title
        self.published = published; self.publishedFrom = publishedFrom; self.byline = byline
    }

    enum CodingKeys: String, CodingKey { case id, path, title, published, publishedFrom, byline }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(publishedFrom, forKey: .publishedFrom)
        try c.encodeIfPresent(byline, forKey: .byline)
    }
}

/// The TimeML TIMEX3 types.
public enum TimexType: String, Codable, Sendable, Hashable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A temporal expression found in a text, with its TimeML value.
public struct TemporalExpression: Codable, Sendable, Hashable {
    /// UTF-8 byte offsets into the text, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    public var type: TimexType
    public var value: String

    public init(start: Int, end: Int, text: String, type: TimexType, value: String) {
        self.start = start; self.end = end; self.text = text; self.type = type; self.value = value
    }
}

/// How precisely a date is known.
public enum Precision: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case year, quarter, month, week, day

    /// Coarse to fine: year 0 … day 4.
    public var rank: Int {
        switch self {
        case .year: return 0
        case .quarter: return 1
        case .month: return 2
        case .week: return 3
        case .day: return 4
        }
    }
    public static func < (a: Precision, b: Precision) -> Bool { a.rank < b.rank }
}

/// What the text says of an event's reality on its publication date.
public enum EventStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case occurred, ongoing, scheduled, expected, threatened, averted
}

/// One sentence of one document that reports an event.
public struct Mention: Codable, Sendable, Hashable {
    public var document: String
    /// UTF-8 byte offsets of the sentence in the document's file, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    /// The temporal expression that dates the event in this sentence, and its value.
    public var timex: String?
    public var value: String?
    public var status: EventStatus?
    public var place: String?

    public init(document: String, start: Int, end: Int, text: String, timex: String? = nil,
                value: String? = nil, status: EventStatus? = nil, place: String? = nil) {
        self.document = document; self.start = start; self.end = end; self.text = text
        self.timex = timex; self.value = value; self.status = status; self.place = place
    }
}

/// One side of a disagreement: a value and the documents that report it.
public struct ConflictValue: Codable, Sendable, Hashable {
    public var value: String
    public var documents: [String]
    public var evidence: [String]

    public init(value: String, documents: [String], evidence: [String] = []) {
        self.value = value; self.documents = documents; self.evidence = evidence
    }
}

/// Sources that disagree about an attribute of one event: its date, place or a figure.
public struct Conflict: Codable, Sendable, Hashable {
    public var attribute: String
    public var values: [ConflictValue]

    public init(attribute: String, values: [ConflictValue]) {
        self.attribute = attribute; self.values = values
    }
}

/// One real-world event, with every mention of it across the corpus.
public struct Event: Codable, Sendable, Hashable {
    public var id: String
    /// A TimeML value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Www-WE, YYYY-Qn.
    public var date: String
    public var precision: Precision
    public var status: EventStatus
    public var title: String
    public var actors: [String]
    public var issues: [String]
    public var place: String?
    public var mentions: [Mention]
    public var conflicts: [Conflict]
    /// 0…1, from the number of corroborating documents and how explicit the date is.
    public var confidence: Double
    /// The number of distinct documents that report the event.
    public var sources: Int

    public init(id: String, date: String, precision: Precision, status: EventStatus, title: String,
                actors: [String] = [], issues: [String] = [], place: String? = nil,
                mentions: [Mention] = [], conflicts: [Conflict] = [], confidence: Double = 0, sources: Int = 0) {
        self.id = id; self.date = date; self.precision = precision; self.status = status
        self.title = title; self.actors = actors; self.issues = issues; self.place = place
        self.mentions = mentions; self.conflicts = conflicts; self.confidence = confidence; self.sources = sources
    }
}

/// The kinds of actor the tool tells apart.
public enum ActorKind: String, Codable, Sendable, Hashable {
    case person, country, organization, government
}

/// A participant in events: a person, a country or an organization, with the names it goes by.
public struct Actor: Codable, Sendable, Hashable {
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]

    public init(name: String, kind: ActorKind, aliases: [String] = []) {
        self.name = name; self.kind = kind; self.aliases = aliases
    }
}

/// A subject in dispute that recurs across events.
public struct Issue: Codable, Sendable, Hashable {
    public var name: String
    public var aliases: [String]

    public init(name: String, aliases: [String] = []) { self.name = name; self.aliases = aliases }
}

/// The whole timeline of a corpus: the contract of `timeline.json` (format `timeline/1`).
public struct Timeline: Codable, Sendable, Hashable {
    public var format: String
    public var documents: [Document]
    public var events: [Event]
    public var actors: [Actor]
    public var issues: [Issue]

    public init(documents: [Document], events: [Event], actors: [Actor], issues: [Issue]) {
        self.format = "timeline/1"
        self.documents = documents; self.events = events; self.actors = actors; self.issues = issues
    }
}

/// One event as two versions of a corpus report it, and which of its fields differ.
public struct EventChange: Codable, Sendable, Hashable {
    public var old: Event
    public var new: Event
    /// Among "date", "status", "mentions", "actors", "issues", "conflicts", "place", "title".
    public var fields: [String]

    public init(old: Event, new: Event, fields: [String]) { self.old = old; self.new = new; self.fields = fields }
}

/// What changed between two versions of a corpus: events added, removed, and changed.
public struct TimelineDiff: Codable, Sendable, Hashable {
    public var format: String
    public var added: [Event]
    public var removed: [Event]
    public var changed: [EventChange]

    public init(added: [Event] = [], removed: [Event] = [], changed: [EventChange] = []) {
        self.format = "timeline-diff/1"; self.added = added; self.removed = removed; self.changed = changed
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}
