/// Any report as one self-contained HTML page holding its table: `--format html`.
///
/// The page has inline CSS only (no script, font or image is fetched), reads in light and dark mode,
/// prints, and scrolls wide tables sideways on a phone. Cells are escaped (see `HTMLText`); numbers are
/// right-aligned and printed as in the other formats; NULL is an empty cell.
public struct HTMLTableRenderer: ResultRenderer {
    /// The page's title and heading, e.g. "faultline report top-errors".
    public var title: String
    /// A sentence under the heading: what the report answers.
    public var subtitle: String?

    public init(title: String = "faultline report", subtitle: String? = nil) {
        self.title = title
        self.subtitle = subtitle
    }

    public func render(_ table: ResultTable) -> String {
        var body = "<h1>\(HTMLText.escape(title))</h1>\n"
        if let subtitle { body += "<p class=\"lead\">\(HTMLText.escape(subtitle))</p>\n" }
        body += Self.table(table)
        body += "<p class=\"note\">\(table.rows.count) row\(table.rows.count == 1 ? "" : "s")</p>\n"
        return HTMLPage.document(title: title, body: body)
    }

    /// The `<table>` of `table`, in a wrapper that scrolls sideways when it is wider than the screen.
    /// Shared with the nightly page, so a report's columns appear there as they come from its query.
    ///
    /// A column holding long texts (guidance, messages) gets a minimum width, so that when a table with
    /// many columns is squeezed it is the table that scrolls, not that column that shrinks to a word a line;
    /// a time may break after its `T`.
    static func table(_ table: ResultTable) -> String {
        let cells = table.rows.map { row in zip(row, table.columns).map { CellFormat.text($0, as: $1.type) } }
        let wide = table.columns.indices.map { index in cells.contains { ($0[index]?.count ?? 0) > longText } }
        var out = "<div class=\"table\"><table>\n<thead><tr>"
        for (column, isWide) in zip(table.columns, wide) {
            let style = column.type.isNumeric ? " class=\"num\"" : isWide ? " class=\"wide\"" : ""
            out += "<th\(style)>\(HTMLText.escape(column.name))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in cells {
            out += "<tr>"
            for (text, column) in zip(row, table.columns) {
                let escaped = text.map(HTMLText.escape) ?? ""
                if column.type.isNumeric {
                    out += "<td class=\"num\">\(escaped)</td>"
                } else if column.type == .time {
                    out += "<td>\(escaped.replacingOccurrences(of: "T", with: "T<wbr>"))</td>"
                } else {
                    out += "<td>\(escaped)</td>"
                }
            }
            out += "</tr>\n"
        }
        if table.rows.isEmpty {
            out += "<tr><td class=\"empty\" colspan=\"\(max(1, table.columns.count))\">no rows</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        return out
    }

    /// Texts longer than this (in characters) make their column a wide one.
    static let longText = 40
}
