/// The value rules of `timex-patterns.tsv`: each turns a match's bindings into a TimeML value,
/// resolving relative expressions against the document date and the sentence's tense.
extension TemporalTagger {
    func evaluate(_ rule: [String], _ m: PatternMatch, _ dct: CalendarDate?, _ tense: Tense, references: [CalendarValue] = []) -> String? {
        let reference = references.last
        guard let name = rule.first else { return nil }
        let args = rule.dropFirst().map { m.bound($0) ?? $0 }
        func int(_ i: Int) -> Int? { i < args.count ? signed(args[i], m) : nil }
        switch name {
        case "lit":
            return args.first
        case "slashwd":
            // "Wednesday 08/07/2026": the weekday tells which of the numbers is the month.
            guard let value = args.first, let date = CalendarDate(iso: value), let w = int(1) else { return args.first }
            if date.weekday != w, let other = date.monthAndDaySwapped, other.weekday == w { return other.description }
            return value
        case "ymd":
            guard let y = int(0), let mo = int(1), let d = int(2), let date = CalendarDate(year: y, month: mo, day: d) else { return nil }
            return date.description
        case "ym":
            guard let y = int(0), let mo = int(1) else { return nil }
            return "\(pad(y, 4))-\(pad(mo, 2))"
        case "y":
            guard let y = int(0) else { return nil }
            return pad(y, 4)
        case "md":
            guard let mo = int(0), let d = int(1) else { return nil }
            guard let dct else { return "XXXX-\(pad(mo, 2))-\(pad(d, 2))" }
            guard let date = resolveMonthDay(mo, d, dct, tense) else { return nil }
            // "Friday, November 20" written in March: the weekday names the year, when the year
            // the tense gives is a month or more away and has the day on another weekday (a
            // wrong weekday for a day near the page is the writer's slip, not another year).
            if args.count > 2, let w = int(2), date.weekday != w, abs(date.dayNumber - dct.dayNumber) > 31,
               let other = [date.year - 1, date.year + 1].compactMap({ CalendarDate(year: $0, month: mo, day: d) })
                .filter({ $0.weekday == w && abs($0.dayNumber - dct.dayNumber) <= 366 }).min(by: { abs($0.dayNumber - dct.dayNumber) < abs($1.dayNumber - dct.dayNumber) }) {
                return other.description
            }
            return date.description
        case "holiday", "holidayweek":
            let rule = args[0]
            var date: CalendarDate?
            if args.count > 1, let y = int(1), abs(y) > 1 {
                date = holiday(rule, in: y)
            } else {
                guard let dct else { return nil }
                let dir = args.count > 1 ? int(1) : nil
                let years = [dct.year - 1, dct.year, dct.year + 1].compactMap { holiday(rule, in: $0) }
                if dir == -1 { date = years.last(where: { $0 < dct }) }
                else if dir == 1 { date = years.first(where: { $0 > dct }) }
                else if let this = holiday(rule, in: dct.year) {
                    date = resolveMonthDay(this.month, this.day, dct, tense).flatMap { holiday(rule, in: $0.year) }
                }
            }
            return name == "holidayweek" ? date?.weekValue : date?.description
        case "mon":
            guard let mo = int(0) else { return nil }
            guard let dct else { return "XXXX-\(pad(mo, 2))" }
            var y = dct.year
            if tense == .past, mo > dct.month + 1 { y -= 1 }
            if tense == .future, mo + 1 < dct.month { y += 1 }
            if tense == .unknown, mo - dct.month > 6 { y -= 1 }
            if tense == .unknown, dct.month - mo > 6 { y += 1 }
            return "\(pad(y, 4))-\(pad(mo, 2))"
        case "monweek":
            // The first or last week of a month: the week that holds the month's fourth day or
            // its fourth day from the end, so that a week mostly in the month is the one meant.
            guard let mo = int(0), let which = int(1) else { return nil }
            let y: Int
            if let year = int(2), args.count > 2 { y = year } else {
                guard let month = evaluate(["mon", String(mo)], m, dct, tense), let year = Int(month.prefix(4)) else { return nil }
                y = year
            }
            let day = which < 0 ? CalendarDate.daysIn(month: mo, year: y) - 3 : 4
            return CalendarDate(year: y, month: mo, day: day)?.weekValue
        case "weekof":
            // "the week ending 19 October", "the week of Nov. 10": the week that holds the day,
            // the nearest such day whatever the tense ("will remember the week of March 13").
            guard args.count >= 2, let day = evaluate(["md"] + Array(args.prefix(2)), m, dct, .unknown), let date = CalendarDate(iso: day) else { return nil }
            return date.weekValue
        case "weekofymd":
            guard args.count >= 3, let y = int(0), let mo = int(1), let d = int(2), let date = CalendarDate(year: y, month: mo, day: d) else { return nil }
            return date.weekValue
        case "isoweek":
            // "epidemiological week 40": a numbered week of the year the document is in.
            guard let n = int(0), (1...53).contains(n), let dct else { return nil }
            return "\(pad(dct.year, 4))-W\(pad(n, 2))"
        case "monrel":
            guard let mo = int(0), let dir = int(1) else { return nil }
            guard let dct else { return "XXXX-\(pad(mo, 2))" }
            var y = dct.year
            if dir < 0, mo >= dct.month { y -= 1 }
            if dir > 0, mo <= dct.month { y += 1 }
            return "\(pad(y, 4))-\(pad(mo, 2))"
        case "monyear":
            guard let mo = int(0), let dir = int(1) else { return nil }
            guard let dct else { return "XXXX-\(pad(mo, 2))" }
            return "\(pad(dct.year + dir, 4))-\(pad(mo, 2))"
        case "spoken":
            guard let a = int(0), let b = int(1) else { return nil }
            return String(1900 + a + b)
        case "decade":
            return args.first
        case "dayrel":
            guard let n = int(0) else { return nil }
            let suffix = args.count > 1 ? timeSuffix(args[1], m) : ""
            guard let dct else { return n == 0 ? "PRESENT_REF" : nil }
            return dct.adding(days: n).description + suffix
        case "dayref":
            // "midnight", "noon": on the day the story last named, or else the document date.
            let suffix = args.first.map { timeSuffix($0, m) } ?? ""
            guard let day = (reference?.grain == .day ? reference?.date : nil) ?? dct else { return nil }
            return day.description + suffix
        case "wdday", "dom":
            // "Monday the 14th": the 14th near the document date that falls on a Monday, in the
            // direction of the tense; the nearest 14th when none does, or when no weekday is named.
            guard let w = name == "dom" ? 0 : int(0), let d = int(name == "dom" ? 0 : 1), (1...31).contains(d) else { return nil }
            guard let dct else { return nil }
            let days = (-2...2).compactMap { k -> CalendarDate? in
                let month = dct.adding(months: k)
                return CalendarDate(year: month.year, month: month.month, day: d)
            }
            func cost(_ x: CalendarDate) -> Int {
                let gap = x.dayNumber - dct.dayNumber
                let against = (tense == .past && gap > 0) || (tense == .future && gap < 0)
                return abs(gap) + (against ? 62 : 0)
            }
            let fitting = days.filter { $0.weekday == w }
            return (fitting.isEmpty ? days : fitting).min { (cost($0), $0.dayNumber) < (cost($1), $1.dayNumber) }?.description
        case "wdweek":
            // "Tuesday week": a week after the coming Tuesday (today, when it is one).
            guard let w = int(0) else { return nil }
            guard let dct else { return nil }
            return dct.adding(days: (w - dct.weekday + 7) % 7 + 7).description
        case "wdofweek":
            // "Thursday last week", "next week Monday": the day of that name in the week N weeks from the page's.
            guard let w = int(0), let n = int(1) else { return nil }
            guard let dct else { return nil }
            return dct.adding(days: 7 * n - (dct.weekday - 1) + (w - 1)).description
        case "wdlast":
            // "Last Tuesday", written on a Wednesday, is the Tuesday of the week before: the day
            // before is "Tuesday" or "yesterday".
            guard let w = int(0) else { return nil }
            guard let dct else { return "XXXX-WXX-\(w)" }
            let back = (dct.weekday - w + 7) % 7
            return dct.adding(days: back <= 1 ? -7 - back : -back).description
        case "wd", "wdrel":
            guard let w = int(0) else { return nil }
            var suffix = ""
            var dir: Int? = nil
            if name == "wdrel" { dir = int(1) } else if args.count > 1 { suffix = timeSuffix(args[1], m) }
            guard let dct else { return "XXXX-WXX-\(w)" }
            return resolveWeekday(w, dct, dir: dir, tense: tense).description + suffix
        case "rel", "ago":
            guard args.count >= 2, let n = int(1) else { return nil }
            guard let dct else { return nil }
            // "a year ago" beside a quarter or month under discussion compares like with like.
            if name == "ago", args[0] == "Y", n < 0, let reference, [.half, .quarter, .month].contains(reference.grain),
               reference.date <= dct, reference.date.adding(months: 12) > dct, let moved = reference.shifted(unit: .year, by: n) {
                return moved.value
            }
            if name == "ago", args[0] == "DE" || args[0] == "CE" { return shift(dct, unit: "Y", by: n * (args[0] == "DE" ? 10 : 100)) }
            return shift(dct, unit: args[0], by: n)
        case "relref":
            // "a year earlier", "two days later": counted from the time the story last spoke of,
            // at that time's precision when it is at least as fine as the unit.
            guard args.count >= 2, let n = int(1), let unit = CalendarValue.Grain(unit: args[0]) else { return nil }
            let grain = args.count > 2 ? CalendarValue.Grain(unit: args[2]) : nil
            let anchor = reference ?? dct.map { CalendarValue(grain: .day, date: $0) }
            guard let anchor else { return nil }
            if let grain {
                guard let period = anchor.truncated(to: grain) ?? dct.flatMap({ CalendarValue(grain: .day, date: $0).truncated(to: grain) }) else { return nil }
                return period.shifted(unit: unit, by: n)?.value
            }
            if let reference {
                // "in 1998 ... three months later": no finer than the year the story spoke of;
                // "in June 2021 ... four years later": a year, not a month, the text cannot say which.
                let from = unit == .year && reference.grain >= .month ? reference.truncated(to: .year) ?? reference : reference
                return from.shifted(unit: unit, by: n)?.value ?? reference.value
            }
            guard let dct else { return nil }
            return shift(dct, unit: args[0], by: n)
        case "ana":
            // "that year", "the following day", "the quarter": the period of the last time spoken of.
            guard args.count >= 2, let n = int(1) else { return nil }
            if args[0] == "REF" { return n == 0 ? reference?.value : nil }
            guard let unit = CalendarValue.Grain(unit: args[0]) else { return nil }
            if let period = references.last(where: { $0.grain >= unit })?.truncated(to: unit), let moved = period.shifted(unit: unit, by: n) { return moved.value }
            guard let dct else { return nil }
            return shift(dct, unit: args[0], by: n)
        case "weekend":
            guard let dct else { return nil }
            let dir = int(0) ?? (tense == .future ? 1 : -1)
            return weekend(dct, dir: dir)
        case "quarter", "quarterrel":
            guard let q = int(0) else { return nil }
            if q == -1 { guard let dct else { return nil }; return shift(dct, unit: "Q", by: -1) }
            guard (1...4).contains(q) else { return nil }
            var year: Int
            if name == "quarterrel" {
                guard let dct, let offset = int(1) else { return nil }
                year = dct.year + offset
            } else if let y = int(1) {
                year = y
            } else {
                guard let dct else { return "XXXX-Q\(q)" }
                year = dct.year
                if q > dct.quarter, tense != .future { year -= 1 }
                if q + 1 < dct.quarter, tense == .future { year += 1 }
            }
            return "\(pad(year, 4))-Q\(q)"
        case "monquarter":
            // "the December quarter": the quarter that ends with the month, or holds it.
            guard let mo = int(0), (1...12).contains(mo) else { return nil }
            return evaluate(["quarter", String((mo - 1) / 3 + 1)] + args.dropFirst(), m, dct, tense)
        case "half":
            guard let h = int(0), (1...2).contains(h), let year = int(1) ?? dct?.year else { return nil }
            return "\(pad(year, 4))-H\(h)"
        case "seasonana":
            guard let reference else { return evaluate(["season", args[0]], m, dct, tense) }
            return "\(pad(reference.date.year, 4))-\(args[0])"
        case "season":
            let s = args[0]
            if args.count > 1, let y = int(1), y > 100 { return "\(pad(y, 4))-\(s)" }
            guard let dct else { return "XXXX-\(s)" }
            let order = ["WI": 0, "SP": 1, "SU": 2, "FA": 3]
            let target = order[s] ?? 0
            // December's winter runs into the next year: the spring, summer or autumn ahead
            // belong to the next year, those behind to this one.
            let now = dct.month == 12 ? (target == 0 ? 0 : 4) : (dct.month <= 2 ? 0 : (dct.month + 0) / 3)
            var y = dct.year
            let dir = args.count > 1 ? int(1) : nil
            // "in spring" written in April is the spring under way, whatever the tense; winter,
            // which straddles the new year, keeps to the tense.
            let current = dir == nil && target == now && target != 0
            if dir == -1 || (dir == nil && tense == .past) { if target >= now, !current { y -= 1 } }
            else if dir == 1 || (dir == nil && tense == .future) { if target <= now, !current { y += 1 } }
            return "\(pad(y, 4))-\(s)"
        case "dur":
            guard args.count >= 2 else { return nil }
            let n = args[0] == "X" ? "X" : (int(0).map(String.init) ?? "X")
            let time = args.count > 2 && args[2] == "T"
            if let count = Int(n), args[1] == "DE" || args[1] == "CE" { return "P\(count * (args[1] == "DE" ? 10 : 100))Y" }
            return "P" + (time ? "T" : "") + n + args[1]
        case "durhalf":
            return args.first == "Y" ? "P6M" : "P0.5" + (args.first ?? "")
        case "durhalf1":
            return args.first == "Y" ? "P18M" : "P1.5" + (args.first ?? "")
        case "durbare":
            return "PX" + (args.first ?? "")
        case "set":
            return "P1" + (args.first ?? "")
        case "set2":
            return "P2" + (args.first ?? "")
        case "setwd":
            return "XXXX-WXX-" + (args.first ?? "")
        case "setseason":
            guard let season = args.first, !season.isEmpty else { return nil }
            return "XXXX-" + season
        case "setmon":
            guard let mo = int(0) else { return nil }
            return "XXXX-" + pad(mo, 2)
        case "century":
            guard let c = int(0), c > 0 else { return nil }
            return pad(c - 1, 2)
        case "clockwd", "clockday", "clockmd", "clockymd":
            // "9:40 last night": the words name the day ("-1|PM") and the half of it the bare clock lies in.
            var args = args
            if name == "clockday", args.count == 3, let bar = args[2].firstIndex(of: "|") {
                args = [args[0], args[1], String(args[2][..<bar]), String(args[2][args[2].index(after: bar)...])]
            }
            func int(_ i: Int) -> Int? { i < args.count ? signed(args[i], m) : nil }
            let half = name == "clockday" && args.count > 3 && !(args[1] == "AM" || args[1] == "PM") && !args[0].contains("|") ? args[3] : args[1]
            guard args.count >= 3, let time = evaluate(["clock", args[0], half], m, nil, tense) else { return nil }
            let clock = time.split(separator: "T").last.map(String.init) ?? ""
            switch name {
            case "clockwd":
                guard let w = Int(args[2]) else { return nil }
                guard let dct else { return "XXXX-WXX-\(w)T" + clock }
                return resolveWeekday(w, dct, dir: nil, tense: tense).description + "T" + clock
            case "clockday":
                guard let n = int(2), let dct else { return nil }
                return dct.adding(days: n).description + "T" + clock
            case "clockymd":
                guard args.count >= 5, let y = int(2), let mo = int(3), let d = int(4),
                      let date = CalendarDate(year: y, month: mo, day: d) else { return nil }
                return date.description + "T" + clock
            default:
                guard args.count >= 4, let mo = int(2), let d = int(3) else { return nil }
                guard let dct else { return "XXXX-\(pad(mo, 2))-\(pad(d, 2))T" + clock }
                return resolveMonthDay(mo, d, dct, tense).map { $0.description + "T" + clock }
            }
        case "clock":
            let parts = args[0].split(separator: "|").map(String.init)
            let hm = parts[0].split(separator: ":").map(String.init)
            guard var h = Int(hm[0]) else { return nil }
            let minute = hm.count > 1 ? hm[1] : "00"
            let given = args.count > 1 && (args[1] == "AM" || args[1] == "PM") ? args[1] : ""
            let ampm = (given.isEmpty ? (parts.count > 1 ? parts[1] : "") : given).uppercased()
            if ampm == "PM", h < 12 { h += 12 }
            if ampm == "AM", h == 12 { h = 0 }
            guard h < 24 || h == 24 && minute == "00" else { return nil }
            if hm.count == 1, ampm.isEmpty { return nil }
            // A bare clock time falls on the day the story last named, or else the document date.
            let day = (reference?.grain == .day ? reference?.date : nil) ?? dct
            let zone = m.bound("timezone") == "Z" ? "Z" : ""
            return "\(day?.description ?? "XXXX-XX-XX")T\(pad(h, 2)):\(minute)" + zone
        default:
            return nil
        }
    }

    private func signed(_ s: String, _ m: PatternMatch) -> Int? {
        if let v = Int(s) { return v }
        if s.hasPrefix("-"), let b = m.bound(String(s.dropFirst())), let v = Int(b) { return -v }
        if s.hasPrefix("+"), let b = m.bound(String(s.dropFirst())), let v = Int(b) { return v }
        return nil
    }

    private func timeSuffix(_ arg: String, _ m: PatternMatch) -> String {
        if arg.hasPrefix("T=") { return "T" + (m.bound(String(arg.dropFirst(2))) ?? "") }
        return arg
    }

    /// The date of a holiday in a year. Rules: "12-25" (fixed), "11-4-4" (the fourth Thursday of
    /// November; -1 counts from the end), "11-2-1@2" (the first Tuesday on or after November 2),
    /// "easter+0" (days from Western Easter).
    func holiday(_ rule: String, in year: Int) -> CalendarDate? {
        if rule.hasPrefix("easter") {
            guard let offset = Int(rule.dropFirst(6)) else { return nil }
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return CalendarDate(year: year, month: month, day: day)?.adding(days: offset)
        }
        let main = rule.split(separator: "@")
        let parts = main[0].split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let mo = Int(parts[0]), let d = Int(parts[1]) { return CalendarDate(year: year, month: mo, day: d) }
        guard parts.count >= 3, let mo = Int(parts[0]), let weekday = Int(parts[1]) else { return nil }
        let nth = parts.count == 4 ? -(Int(parts[3]) ?? 1) : (Int(parts[2]) ?? 1)
        if nth < 0 {
            guard let last = CalendarDate(year: year, month: mo, day: CalendarDate.daysIn(month: mo, year: year)) else { return nil }
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        let from = main.count > 1 ? Int(main[1]) ?? 1 : 1
        guard let first = CalendarDate(year: year, month: mo, day: from) else { return nil }
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
    }

    func resolveMonthDay(_ month: Int, _ day: Int, _ dct: CalendarDate, _ tense: Tense) -> CalendarDate? {
        guard let same = CalendarDate(year: dct.year, month: month, day: day) ?? CalendarDate(year: dct.year + 1, month: month, day: day) else { return nil }
        switch tense {
        case .past:
            if same.dayNumber - dct.dayNumber > 60 { return CalendarDate(year: dct.year - 1, month: month, day: day) }
            return same
        case .future:
            if dct.dayNumber - same.dayNumber > 60 { return CalendarDate(year: dct.year + 1, month: month, day: day) }
            return same
        case .unknown:
            let d = same.dayNumber - dct.dayNumber
            if d > 183 { return CalendarDate(year: dct.year - 1, month: month, day: day) }
            if d < -183 { return CalendarDate(year: dct.year + 1, month: month, day: day) }
            return same
        }
    }

    func resolveWeekday(_ w: Int, _ dct: CalendarDate, dir: Int?, tense: Tense) -> CalendarDate {
        let back = (dct.weekday - w + 7) % 7
        let forward = (w - dct.weekday + 7) % 7
        if let dir {
            if dir < 0 { return dct.adding(days: back == 0 ? -7 : -back) }
            if dir > 0 { return dct.adding(days: forward == 0 ? 7 : forward) }
        }
        if back == 0 { return dct }
        switch tense {
        case .future: return dct.adding(days: forward)
        case .past: return dct.adding(days: -back)
        case .unknown: return forward < back ? dct.adding(days: forward) : dct.adding(days: -back)
        }
    }

    func shift(_ dct: CalendarDate, unit: String, by n: Int) -> String? {
        switch unit {
        case "D": return dct.adding(days: n).description
        case "W": return dct.adding(days: 7 * n).weekValue
        case "WE": return dct.adding(days: 7 * n).weekValue + "-WE"
        case "M": return dct.adding(months: n).monthValue
        case "Q":
            let total = dct.year * 4 + dct.quarter - 1 + n
            return "\(pad(total / 4, 4))-Q\(total % 4 + 1)"
        case "Y": return pad(dct.year + n, 4)
        case "DE": return pad(dct.year / 10 + n, 3)
        case "CE": return pad(dct.year / 100 + n, 2)
        default: return nil
        }
    }

    func weekend(_ dct: CalendarDate, dir: Int) -> String {
        if dct.weekday >= 6 { return dct.weekValue + "-WE" }
        if dir < 0 { return dct.adding(days: -(dct.weekday + 1)).weekValue + "-WE" }
        return dct.adding(days: 6 - dct.weekday).weekValue + "-WE"
    }
}
