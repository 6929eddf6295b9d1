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
    static func table(_ table: ResultTable) -> String {
        var out = "<div class=\"table\"><table>\n<thead><tr>"
        for column in table.columns {
            out += "<th\(column.type.isNumeric ? " class=\"num\"" : "")>\(HTMLText.escape(column.name))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (value, column) in zip(row, table.columns) {
                let text = CellFormat.text(value, as: column.type).map(HTMLText.escape) ?? ""
                out += column.type.isNumeric ? "<td class=\"num\">\(text)</td>"
                    : column.type == .time ? "<td class=\"time\">\(text)</td>" : "<td>\(text)</td>"
            }
            out += "</tr>\n"
        }
        if table.rows.isEmpty {
            out += "<tr><td class=\"empty\" colspan=\"\(max(1, table.columns.count))\">no rows</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        return out
    }
}
