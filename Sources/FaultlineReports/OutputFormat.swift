/// The formats reports can be printed in, by the name `--format` takes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal: see `TableRenderer`.
    case table
    /// RFC 4180 CSV, safe to open in a spreadsheet: see `CSVRenderer`.
    case csv
    /// An array of objects: see `JSONRenderer`.
    case json
    /// A GitHub-flavoured Markdown table: see `MarkdownRenderer`.
    case markdown
    /// One self-contained HTML page holding the table: see `HTMLTableRenderer`.
    case html

    /// The renderer for this format.
    /// - Parameters:
    ///   - width: terminal width for `table`, nil for no limit; ignored by the other formats.
    ///   - color: bold header and dim nulls in `table`; the caller decides (a terminal, and no `NO_COLOR`).
    ///   - raw: `csv` without CSV-injection neutralisation, for programs rather than spreadsheets.
    ///   - title: `html`: the page's title and heading, and a sentence under it (what the report answers).
    public func renderer(width: Int? = nil, color: Bool = false, raw: Bool = false,
                         title: (heading: String, subtitle: String?)? = nil) -> any ResultRenderer {
        switch self {
        case .table: return TableRenderer(width: width, color: color)
        case .csv: return CSVRenderer(raw: raw)
        case .json: return JSONRenderer()
        case .markdown: return MarkdownRenderer()
        case .html: return HTMLTableRenderer(title: title?.heading ?? "faultline", subtitle: title?.subtitle)
        }
    }
}
