/// Many short lists in one array, with where each starts: the merge keeps a few words for each of
/// hundreds of thousands of reports, and one array per report cost as much to allocate and free as
/// the grouping itself.
struct FlatLists<Element> {
    private(set) var elements: [Element] = []
    /// List `i` is `elements[ends[i - 1]..<ends[i]]` (from 0 for the first).
    private(set) var ends: [Int] = []

    init() {}

    init(reservingLists lists: Int, elements total: Int) {
        ends.reserveCapacity(lists)
        elements.reserveCapacity(total)
    }

    @inline(__always) func bounds(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// List `i`.
    @inline(__always) subscript(i: Int) -> ArraySlice<Element> { elements[bounds(i)] }

    /// Adds a list at the end.
    mutating func append<S: Sequence>(_ list: S) where S.Element == Element {
        elements.append(contentsOf: list)
        ends.append(elements.count)
    }

    /// Adds all of `other`'s lists at the end.
    mutating func append(contentsOf other: FlatLists) {
        let base = elements.count
        elements += other.elements
        ends += other.ends.map { $0 + base }
    }
}
