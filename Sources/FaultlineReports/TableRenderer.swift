/// Aligned columns for reading in a terminal.
///
/// ```
/// rank  provider  code           count   share
/// ----  --------  -------------  -----  ------
///    1  stripe    card_declined     12  0.4615
/// ```
///
/// Numbers are right-aligned. Each row is one line: line breaks inside a cell show as ⏎ and control
/// characters as visible symbols. Given a `width`, the widest text columns are narrowed, and their
/// long values cut with …, until the table fits (or no text column can give more). NULL is an empty
/// cell; with `color`, the header is bold and NULL shows as a dim `null`, so it stands out from ''.
/// A table that cannot fit even then (a dozen columns on a narrow terminal) shows its times to the second,
/// then leaves out columns from the right, naming them in a footnote; when not even two columns fit, it is
/// shown one record at a time, each column on its own line, rather than wrapped into an unreadable jumble.
public struct TableRenderer: ResultRenderer {
    /// Terminal width in columns; nil for no limit (output to a file or a pipe).
    public var width: Int?
    /// ANSI bold and dim; the CLI turns it on for a terminal without `NO_COLOR`.
    public var color: Bool

    /// A text column is never narrowed below this (or its natural width, if smaller): `card_…` still
    /// hints at what was there.
    public static let minimumColumnWidth = 6

    /// When columns have to be left out, the ones kept are cut no narrower than this.
    static let readableColumnWidth = 16

    /// Space between columns.
    static let gap = "  "

    public init(width: Int? = nil, color: Bool = false) {
        self.width = width
        self.color = color
    }

    public func render(_ table: ResultTable) -> String {
        let columns = table.columns
        let headers = columns.map { TerminalText.singleLine($0.name) }
        var cells = table.rows.map { row in
            zip(row, columns).map { value, column in
                CellFormat.text(value, as: column.type).map(TerminalText.singleLine)
            }
        }
        let nullText = color ? "null" : ""
        let types = columns.map(\.type)
        var widths = fitted(naturalWidths(headers, cells, nullText), types: types, minimum: Self.readableColumnWidth)
        var shown = columns.count
        if let width, total(widths) > width, !cells.isEmpty {
            // Too wide for the terminal even with text cut to the minimum. Rather than cut every column to a
            // stub: times lose their milliseconds, then columns are left out from the right (a footnote names
            // them) so that the ones kept stay readable; when not even two fit, one record per block.
            cells = cells.map { row in zip(row, types).map { cell, type in type == .time ? cell.map(Self.compactTime) : cell } }
            let natural = naturalWidths(headers, cells, nullText)
            shown = columns.count
            widths = fitted(natural, types: types, minimum: Self.readableColumnWidth)
            while total(widths) > width, shown > 2 {
                shown -= 1
                widths = fitted(Array(natural.prefix(shown)), types: Array(types.prefix(shown)), minimum: Self.readableColumnWidth)
            }
            if total(widths) > width {
                shown = 2
                widths = fitted(Array(natural.prefix(2)), types: Array(types.prefix(2)))
            }
            if total(widths) > width {
                return records(headers: headers, cells: cells, nullText: nullText, width: width)
            }
        }

        let visible = Array(columns.prefix(shown))
        var lines: [String] = []
        let header = line(headers.prefix(shown).map { ($0, false) }, widths: widths, columns: visible)
        lines.append(color ? "\u{1B}[1m\(header)\u{1B}[0m" : header)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap))
        for row in cells {
            lines.append(line(row.prefix(shown).map { ($0 ?? nullText, $0 == nil) }, widths: widths, columns: visible))
        }
        if shown < columns.count {
            let hidden = columns.suffix(from: shown).map(\.name).joined(separator: ", ")
            lines.append("(not shown for lack of width: \(hidden); widen the terminal or use --format csv)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func naturalWidths(_ headers: [String], _ cells: [[String?]], _ nullText: String) -> [Int] {
        var natural = headers.map(TerminalText.width(of:))
        for row in cells {
            for (index, cell) in row.enumerated() {
                natural[index] = max(natural[index], TerminalText.width(of: cell ?? nullText))
            }
        }
        return natural
    }

    private func total(_ widths: [Int]) -> Int {
        widths.reduce(Self.gap.count * max(0, widths.count - 1), +)
    }

    /// `2026-11-22T08:00:00.123Z` → `2026-11-22 08:00:00`: still UTC, to the second, ten columns narrower.
    static func compactTime(_ text: String) -> String {
        guard text.count >= 19 else { return text }
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(8))
    }

    /// The vertical layout: `-[ 1 ]---` then one `name  value` line per column, values cut to the width.
    private func records(headers: [String], cells: [[String?]], nullText: String, width: Int) -> String {
        let labelWidth = headers.map(TerminalText.width(of:)).max() ?? 0
        let valueWidth = max(Self.minimumColumnWidth, width - labelWidth - Self.gap.count)
        var lines: [String] = []
        for (number, row) in cells.enumerated() {
            let title = "-[ \(number + 1) ]"
            lines.append(title + String(repeating: "-", count: max(0, min(width, labelWidth + 20) - title.count)))
            for (index, cell) in row.enumerated() {
                let label = headers[index] + String(repeating: " ", count: labelWidth - TerminalText.width(of: headers[index]))
                let value = TerminalText.truncate(cell ?? nullText, to: valueWidth)
                let shownLabel = color ? "\u{1B}[1m\(label)\u{1B}[0m" : label
                let shownValue = cell == nil && color && !value.isEmpty ? "\u{1B}[2m\(value)\u{1B}[22m" : value
                var line = shownLabel + Self.gap + shownValue
                while line.last == " " { line.removeLast() }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One output line: each cell cut and padded to its column, trailing spaces removed.
    private func line(_ cells: [(text: String, isNull: Bool)], widths: [Int], columns: [ReportColumn]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let text = TerminalText.truncate(cell.text, to: widths[index])
            let padding = String(repeating: " ", count: max(0, widths[index] - TerminalText.width(of: text)))
            // Dim only the word, so the padding is not styled.
            let shown = cell.isNull && color && !text.isEmpty ? "\u{1B}[2m\(text)\u{1B}[22m" : text
            parts.append(columns[index].type.isNumeric ? padding + shown : shown + padding)
        }
        var result = parts.joined(separator: Self.gap)
        while result.last == " " { result.removeLast() }
        return result
    }

    /// Column widths that fit `width`: repeatedly narrows the widest text column that is still above its
    /// minimum, at most down to the next widest, so the cut is shared among the wide columns.
    private func fitted(_ natural: [Int], types: [ColumnType], minimum floor: Int = minimumColumnWidth) -> [Int] {
        guard let width else { return natural }
        var widths = natural
        let gaps = Self.gap.count * max(0, natural.count - 1)
        let minimum = natural.map { min($0, floor) }
        var excess = widths.reduce(gaps, +) - width
        while excess > 0 {
            let shrinkable = widths.indices.filter { types[$0] == .text && widths[$0] > minimum[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            let runnerUp = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let target = max(minimum[widest], runnerUp, widths[widest] - excess)
            let narrowed = target < widths[widest] ? target : widths[widest] - 1
            excess -= widths[widest] - narrowed
            widths[widest] = narrowed
        }
        return widths
    }
}
