/// A TimeML calendar value ("1998", "1998-Q3", "1998-10", "1998-W43", "1998-10-23") read back for
/// arithmetic, so that anaphoric expressions ("the following year", "a year earlier", "that day")
/// can be resolved against the time the story last spoke of.
struct CalendarValue: Equatable {
    /// Precision, coarse to fine.
    enum Grain: Int, Comparable {
        case year, half, quarter, month, week, day
        static func < (a: Grain, b: Grain) -> Bool { a.rawValue < b.rawValue }

        /// The grain of a TimeML unit letter ("Y", "Q", "M", "W", "D").
        init?(unit: String) {
            switch unit {
            case "Y": self = .year
            case "Q": self = .quarter
            case "M": self = .month
            case "W", "WE": self = .week
            case "D": self = .day
            default: return nil
            }
        }
    }

    var grain: Grain
    /// The first day of the period.
    var date: CalendarDate

    init(grain: Grain, date: CalendarDate) { self.grain = grain; self.date = date }

    init?(_ value: String) {
        let u = Array(value.utf8.prefix(while: { $0 != 84 }))
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count else { return nil }
            var v = 0
            for i in r { let d = u[i] &- 48; guard d < 10 else { return nil }; v = v * 10 + Int(d) }
            return v
        }
        guard let year = num(0..<4) else { return nil }
        if u.count == 4 { self.init(grain: .year, date: CalendarDate(year: year, month: 1, day: 1)!); return }
        guard u.count >= 7, u[4] == 45 else { return nil }
        switch u[5] {
        case 81 where u.count == 7:
            guard let q = num(6..<7), (1...4).contains(q) else { return nil }
            self.init(grain: .quarter, date: CalendarDate(year: year, month: q * 3 - 2, day: 1)!)
        case 72 where u.count == 7:
            guard let h = num(6..<7), (1...2).contains(h) else { return nil }
            self.init(grain: .half, date: CalendarDate(year: year, month: h * 6 - 5, day: 1)!)
        case 87 where u.count == 8:
            guard let w = num(6..<8), (1...53).contains(w) else { return nil }
            let jan4 = CalendarDate(year: year, month: 1, day: 4)!
            self.init(grain: .week, date: jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7))
        default:
            guard let month = num(5..<7) else { return nil }
            if u.count == 7 {
                guard let d = CalendarDate(year: year, month: month, day: 1) else { return nil }
                self.init(grain: .month, date: d)
            } else {
                guard u.count == 10, u[7] == 45, let day = num(8..<10), let d = CalendarDate(year: year, month: month, day: day) else { return nil }
                self.init(grain: .day, date: d)
            }
        }
    }

    /// The TimeML value of this period at a grain no finer than its own.
    func value(at grain: Grain) -> String {
        switch grain {
        case .year: return pad(date.year, 4)
        case .half: return "\(pad(date.year, 4))-H\(date.month <= 6 ? 1 : 2)"
        case .quarter: return "\(pad(date.year, 4))-Q\(date.quarter)"
        case .month: return date.monthValue
        case .week: return date.weekValue
        case .day: return date.description
        }
    }

    var value: String { value(at: grain) }

    /// The period `n` units away, at this period's grain; nil when the unit is finer than the grain.
    func shifted(unit: Grain, by n: Int) -> CalendarValue? {
        guard unit <= grain || (grain == .week && unit == .day) else { return nil }
        switch unit {
        case .year: return CalendarValue(grain: grain, date: date.adding(months: 12 * n))
        case .half: return CalendarValue(grain: grain, date: date.adding(months: 6 * n))
        case .quarter: return CalendarValue(grain: grain, date: date.adding(months: 3 * n))
        case .month: return grain == .week ? nil : CalendarValue(grain: grain, date: date.adding(months: n))
        case .week: return CalendarValue(grain: grain, date: date.adding(days: 7 * n))
        case .day: return grain == .week ? nil : CalendarValue(grain: grain, date: date.adding(days: n))
        }
    }

    /// The enclosing period at a coarser grain ("1998-10-23" at month grain is "1998-10").
    func truncated(to coarser: Grain) -> CalendarValue? {
        guard coarser <= grain else { return nil }
        if grain == .week && coarser != .week { return CalendarValue(grain: coarser, date: date.adding(days: 3)).truncated(to: coarser) }
        let d = date
        switch coarser {
        case .year: return CalendarValue(grain: .year, date: CalendarDate(year: d.year, month: 1, day: 1)!)
        case .half: return CalendarValue(grain: .half, date: CalendarDate(year: d.year, month: d.month <= 6 ? 1 : 7, day: 1)!)
        case .quarter: return CalendarValue(grain: .quarter, date: CalendarDate(year: d.year, month: d.quarter * 3 - 2, day: 1)!)
        case .month: return CalendarValue(grain: .month, date: CalendarDate(year: d.year, month: d.month, day: 1)!)
        case .week: return CalendarValue(grain: .week, date: d.adding(days: 1 - d.weekday))
        case .day: return self
        }
    }
}
