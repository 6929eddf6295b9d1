import FaultlineStore

/// The night as one self-contained HTML page: key figures, charts as inline SVG, and each section's
/// report table (`faultline report nightly --format html`).
///
/// Built by plain string concatenation: the page is a fixed sequence of sections, each a heading, an
/// optional chart and a table, and every value from the store goes through `HTMLText.escape` on its
/// way in (the tables through `HTMLTableRenderer.table`). Its size does not grow with the logs: the
/// ranked sections are limited, the chart has one column per hour (per day past three days).
public enum NightlyPage {
    public static func html(_ night: Night) -> String {
        let title = "faultline nightly: " + windowText(night)
        var body = "<h1>\(HTMLText.escape(heading(night)))</h1>\n"
        body += "<p class=\"lead\">\(HTMLText.escape(windowText(night)))"
        if let provider = night.provider { body += ", provider \(HTMLText.escape(provider)) only" }
        body += "</p>\n"
        body += keyFigures(night)
        body += "<nav>" + (["<a href=\"#over-time\">Errors over time</a>"] + night.sections.map { "<a href=\"#\($0.report)\">\(HTMLText.escape($0.title))</a>" }).joined(separator: " ") + "</nav>\n"
        body += overTime(night)
        for section in night.sections {
            body += "<section id=\"\(section.report)\">\n<h2>\(HTMLText.escape(section.title))</h2>\n"
            body += "<p class=\"note\">\(HTMLText.escape(NightlyText.question(section)))</p>\n"
            switch section.report {
            case "summary":
                body += SVGChart.bars(title: "Errors per provider", NightCharts.errorsPerProvider(night))
            case "retryability":
                body += SVGChart.bars(title: "Errors by retryability", NightCharts.retryability(night))
            default:
                break
            }
            if let sentence = NightlyText.headline(section) { body += "<p>\(HTMLText.escape(sentence))</p>\n" }
            body += HTMLTableRenderer.table(section.shown)
            if let omitted = NightlyText.omissions(section) { body += "<p class=\"note\">\(HTMLText.escape(omitted))</p>\n" }
            body += "<p class=\"cmd\">$ \(HTMLText.escape(section.command))</p>\n</section>\n"
        }
        return HTMLPage.document(title: title, body: body)
    }

    /// "Last night’s errors" for a window of a day at most, else "Errors in the window".
    static func heading(_ night: Night) -> String {
        guard let since = night.since.flatMap({ try? TimestampParser.milliseconds(from: $0) }),
              let until = night.until.flatMap({ try? TimestampParser.milliseconds(from: $0) }),
              until - since <= Night.defaultLength else { return "Errors in the window" }
        return "Last night’s errors"
    }

    /// "2026-11-22T00:00:00.000Z to 2026-11-23T00:00:00.000Z (UTC)", or an open end.
    static func windowText(_ night: Night) -> String {
        switch (night.since, night.until) {
        case let (since?, until?): return "\(since) to \(until) (UTC)"
        case let (since?, nil): return "since \(since) (UTC)"
        case let (nil, until?): return "before \(until) (UTC)"
        case (nil, nil): return "everything in the store"
        }
    }

    /// The `all` row of the summary as large numbers: lines, errors, error rate, rejected lines.
    static func keyFigures(_ night: Night) -> String {
        let figures = NightlyText.keyFigures(night)
        guard !figures.isEmpty else { return "" }
        return "<div class=\"cards\">" + figures.map {
            "<div class=\"card\"><b>\(HTMLText.escape($0.value))</b><span>\(HTMLText.escape($0.label))</span></div>"
        }.joined() + "</div>\n"
    }

    /// The stacked chart of errors per hour (or day) by code, with its legend, bottom of the stack first.
    static func overTime(_ night: Night) -> String {
        let chart = NightCharts.errorsOverTime(night)
        var out = "<section id=\"over-time\">\n<h2>Errors over time</h2>\n"
        out += "<p class=\"note\">Errors per \(night.bucket.rawValue) (UTC), stacked by the most frequent codes.</p>\n"
        guard !chart.labels.isEmpty else { return out + "<p class=\"empty\">No timed errors in the window.</p>\n</section>\n" }
        out += SVGChart.stackedColumns(title: "Errors per \(night.bucket.rawValue), by code", labels: chart.labels,
                                       ticks: chart.ticks, series: chart.series)
        out += "<ul class=\"legend\">" + chart.series.enumerated().map { index, series in
            "<li><i class=\"k\(index)\"></i>\(HTMLText.escape(series.label)) \(series.values.reduce(0, +))</li>"
        }.joined() + "</ul>\n"
        var timeline = ReportParameters(since: night.since, until: night.until, provider: night.provider)
        timeline.bucket = night.bucket
        out += "<p class=\"cmd\">$ \(HTMLText.escape(NightSection(report: "timeline", parameters: timeline, table: night.timeline).command))</p>\n"
        return out + "</section>\n"
    }
}
