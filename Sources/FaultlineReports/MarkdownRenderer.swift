/// A GitHub-flavoured Markdown pipe table, for pasting into issues and incident notes.
///
/// Numeric columns are right-aligned (`---:`). In cells, `|` and `\` are escaped, `<`, `>` and `&`
/// become entities (log data must not turn into HTML), line breaks become `<br>`, other control
/// characters (C0 and C1) a space, and bidirectional overrides �. NULL is an empty cell.
public struct MarkdownRenderer: ResultRenderer {
    public init() {}

    public func render(_ table: ResultTable) -> String {
        var lines = [row(table.columns.map { Self.escape($0.name) })]
        lines.append(row(table.columns.map { $0.type.isNumeric ? "---:" : "---" }))
        for values in table.rows {
            lines.append(row(zip(values, table.columns).map { value, column in
                Self.escape(CellFormat.text(value, as: column.type) ?? "")
            }))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR: continue // CR LF is one break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": out += "<br>"
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}": out += " "
            // Bidirectional overrides and isolates would reorder what the reader of the ticket sees.
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
