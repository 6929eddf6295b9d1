/// The night as text with the page's sections, charts as small text bars: Markdown for chat and tickets
/// (`--format markdown`), or aligned tables for a terminal (`--format table`).
public struct NightlyDigest: Sendable {
    /// Markdown headings and pipe tables; else plain headings and terminal tables.
    public var markdown: Bool
    /// The terminal's width for the tables, nil for none.
    public var width: Int?

    public init(markdown: Bool, width: Int? = nil) {
        self.markdown = markdown
        self.width = width
    }

    /// Longest text bar, in characters.
    static let barWidth = 30

    public func render(_ night: Night) -> String {
        let tables: any ResultRenderer = markdown ? MarkdownRenderer() : TableRenderer(width: width)
        var out = heading(1, NightlyPage.heading(night)) + text(NightlyPage.windowText(night))
        if let provider = night.provider { out += text(", provider \(provider) only") }
        out += "\n\n"
        let figures = NightlyText.keyFigures(night)
        if !figures.isEmpty {
            out += figures.map { markdown ? "**\(text($0.value))** \(text($0.label))" : "\($0.value) \($0.label)" }
                .joined(separator: " · ") + "\n\n"
        }
        let chart = NightCharts.errorsOverTime(night)
        out += heading(2, "Errors over time")
        if chart.labels.isEmpty {
            out += "No timed errors in the window.\n\n"
        } else {
            let totals = chart.labels.indices.map { column in chart.series.reduce(0) { $0 + $1.values[column] } }
            out += bars(zip(chart.labels, totals).map { ($0, $1, "") })
            let top = chart.series.prefix(3).map { "\($0.label) \($0.values.reduce(0, +))" }
            out += text("Most frequent: " + top.joined(separator: ", ")) + "\n\n"
        }
        for section in night.sections {
            out += heading(2, section.title)
            switch section.report {
            case "summary":
                out += bars(NightCharts.errorsPerProvider(night).map { ($0.label, $0.value, $0.note) })
            case "retryability":
                out += bars(NightCharts.retryability(night).map { ($0.label, $0.value, $0.note) })
            default:
                break
            }
            if let sentence = NightlyText.headline(section) { out += text(sentence) + "\n\n" }
            out += tables.render(section.shown)
            if let omitted = NightlyText.omissions(section) { out += "\n" + text(omitted) + "\n" }
            out += "\n" + command(section.command) + "\n\n"
        }
        return String(out.dropLast()) // one line end at the end
    }

    private func heading(_ level: Int, _ title: String) -> String {
        if markdown { return String(repeating: "#", count: level) + " " + title + "\n\n" }
        return title + "\n" + String(repeating: level == 1 ? "=" : "-", count: title.count) + "\n"
    }

    /// Prose: escaped for Markdown (log text must not become links or HTML), as is for a terminal.
    private func text(_ words: String) -> String {
        markdown ? MarkdownRenderer.escape(words) : TerminalText.singleLine(words)
    }

    private func command(_ line: String) -> String {
        guard markdown else { return "$ " + line }
        // A code span's fence must be longer than any run of backticks inside it.
        if line.contains("`") { return "Run: `` \(line) ``" }
        return "Run: `\(line)`"
    }

    /// Labelled bars of block characters, eighths for the last one, in a code block for Markdown.
    func bars(_ rows: [(label: String, value: Int, note: String)]) -> String {
        guard !rows.isEmpty else { return "" }
        let labels = rows.map { TerminalText.singleLine(SVGChart.cut($0.label, 28)).replacingOccurrences(of: "`", with: "'") }
        let labelWidth = labels.map(\.count).max() ?? 0
        let largest = max(1, rows.map(\.value).max() ?? 0)
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var lines: [String] = []
        for (row, label) in zip(rows, labels) {
            let length = row.value * Self.barWidth * 8 / largest
            let bar = String(repeating: "█", count: length / 8) + eighths[length % 8]
            let note = TerminalText.singleLine(row.note).replacingOccurrences(of: "`", with: "'")
            lines.append(label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                         + bar.padding(toLength: Self.barWidth + 1, withPad: " ", startingAt: 0)
                         + " \(row.value)" + (note.isEmpty ? "" : " \(note)"))
        }
        let block = lines.joined(separator: "\n") + "\n"
        return markdown ? "```text\n" + block + "```\n\n" : block + "\n"
    }
}
