import FaultlineStore
import FaultlineTime

/// What the night's charts show, read from its report tables by column name. A table without the
/// columns a chart needs gives an empty chart rather than a wrong one.
enum NightCharts {
    /// Codes drawn with their own colour in the errors-over-time chart; the rest are stacked as one.
    static let stackedCodes = 7

    /// Errors per bucket stacked by the night's most frequent codes (`code (provider)`), then "other codes".
    /// Every bucket of the window is a column, empty ones too, so the time axis is even.
    static func errorsOverTime(_ night: Night) -> (labels: [String], ticks: [(column: Int, text: String)], series: [SVGChart.Series]) {
        let timeline = night.timeline
        let step = night.bucket == .hour ? UTCTime.millisecondsPerHour : UTCTime.millisecondsPerDay
        func bucketStart(_ milliseconds: Int64) -> Int64 { floor(milliseconds, step) }
        var counts: [(bucket: Int64, code: String, count: Int)] = []
        for (bucket, (provider, (code, count))) in zip(timeline.values(of: "bucket"),
                                                        zip(timeline.values(of: "provider"), zip(timeline.values(of: "code"), timeline.values(of: "count")))) {
            guard let text = bucket.stringValue, let at = try? TimestampParser.milliseconds(from: text),
                  case .integer(let number) = count else { continue }
            counts.append((at, "\(code.stringValue ?? "") (\(provider.stringValue ?? ""))", Int(number)))
        }
        // The window's buckets when it has ends; else the ones that have errors.
        var first = counts.map(\.bucket).min(), last = counts.map(\.bucket).max()
        if let since = night.since.flatMap({ try? TimestampParser.milliseconds(from: $0) }) { first = bucketStart(since) }
        if let until = night.until.flatMap({ try? TimestampParser.milliseconds(from: $0) }) { last = bucketStart(until - 1) }
        if last == nil { last = first }
        guard let first, let last, last >= first, (last - first) / step < 2000 else { return ([], [], []) }
        let buckets = Array(stride(from: first, through: last, by: Int(step)))
        let position = Dictionary(uniqueKeysWithValues: buckets.enumerated().map { ($1, $0) })

        var totals: [String: Int] = [:]
        for item in counts { totals[item.code, default: 0] += item.count }
        let ranked = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let named = Array(ranked.prefix(stackedCodes))
        let index = Dictionary(uniqueKeysWithValues: named.enumerated().map { ($1, $0) })
        let hasOther = ranked.count > named.count
        var values = Array(repeating: Array(repeating: 0, count: buckets.count), count: named.count + (hasOther ? 1 : 0))
        for item in counts {
            guard let column = position[item.bucket] else { continue }
            values[index[item.code] ?? named.count][column] += item.count
        }
        var series = zip(named, values).map { SVGChart.Series(label: $0, values: $1) }
        if hasOther { series.append(SVGChart.Series(label: "\(ranked.count - named.count) other codes", values: values[named.count])) }
        let multiDay = UTCTime.startOfDay(first) != UTCTime.startOfDay(last)
        let labels = buckets.map { label($0, bucket: night.bucket, multiDay: multiDay) }
        return (labels, ticks(buckets, bucket: night.bucket, multiDay: multiDay), series)
    }

    /// Where the time axis is labelled: every third hour of a single day (`06:00`); midnights (`11-21`) and
    /// noons (`12:00`) over several days; about six days of a longer range (`11-21`).
    static func ticks(_ buckets: [Int64], bucket: TimelineBucket, multiDay: Bool) -> [(column: Int, text: String)] {
        buckets.enumerated().compactMap { column, start in
            let text = UTCTime.format(milliseconds: start) // 2026-11-22T06:00:00.000Z
            let day = String(text.dropFirst(5).prefix(5)), hour = Int(text.dropFirst(11).prefix(2)) ?? 0
            switch (bucket, multiDay) {
            case (.hour, false): return hour % 3 == 0 ? (column, "\(text.dropFirst(11).prefix(2)):00") : nil
            case (.hour, true): return hour == 0 ? (column, day) : hour == 12 ? (column, "12:00") : nil
            case (.day, _): return column % max(1, (buckets.count + 5) / 6) == 0 ? (column, day) : nil
            }
        }
    }

    /// Errors per provider (the summary's rows without `all`), with each one's error rate.
    static func errorsPerProvider(_ night: Night) -> [SVGChart.Bar] {
        guard let table = night.section("summary")?.table else { return [] }
        return zip(table.values(of: "provider"), zip(table.values(of: "errors"), table.values(of: "error_rate"))).compactMap { provider, figures in
            guard let name = provider.stringValue, name != "all", case .integer(let errors) = figures.0 else { return nil }
            return SVGChart.Bar(label: name, value: Int(errors), note: rate(figures.1).map { "(\($0) of lines)" } ?? "", style: "bar")
        }
    }

    /// Errors that could be retried, could not, or are unknown (the retryability report's three rows).
    static func retryability(_ night: Night) -> [SVGChart.Bar] {
        guard let table = night.section("retryability")?.table else { return [] }
        return zip(table.values(of: "retryable"), zip(table.values(of: "count"), table.values(of: "share"))).compactMap { verdict, figures in
            guard let verdict = verdict.stringValue, case .integer(let count) = figures.0 else { return nil }
            let (label, style) = verdict == "true" ? ("retryable", "ok") : verdict == "false" ? ("not retryable", "no") : ("unknown", "unsure")
            return SVGChart.Bar(label: label, value: Int(count), note: rate(figures.1).map { "(\($0))" } ?? "", style: style)
        }
    }

    /// A 0..1 fraction as a percentage with one decimal (`41.5%`); nil for NULL.
    static func rate(_ value: SQLValue) -> String? {
        let number: Double
        switch value {
        case .real(let real): number = real
        case .integer(let integer): number = Double(integer)
        default: return nil
        }
        return SVGChart.f(number * 100) + "%"
    }

    /// `06:00` for hours of one day, `11-22 06h` over several, `11-22` for days.
    static func label(_ milliseconds: Int64, bucket: TimelineBucket, multiDay: Bool) -> String {
        let text = UTCTime.format(milliseconds: milliseconds) // 2026-11-22T06:00:00.000Z
        let day = text.dropFirst(5).prefix(5), hour = text.dropFirst(11).prefix(2)
        if bucket == .day { return String(day) }
        return multiDay ? "\(day) \(hour)h" : "\(hour):00"
    }

    private static func floor(_ value: Int64, _ step: Int64) -> Int64 {
        let q = value / step
        return (value % step < 0 ? q - 1 : q) * step
    }
}
