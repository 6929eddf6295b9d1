/// The nightly page's two kinds of chart, drawn as inline SVG: columns stacked by series (errors per hour
/// and code), and labelled horizontal bars (errors per provider, retryable or not).
///
/// Colours come from CSS classes (`s0`…`s7`, `ok`, `no`, `unsure`, `bar`) that the page's style sheet
/// defines for light, dark and print, so a chart follows the reader's colour scheme. Colour never carries
/// meaning alone: bars are labelled in text, stacks keep the legend's order from the bottom up, and every
/// shape has a `<title>` with its label and number (a tooltip, and what a screen reader says).
enum SVGChart {
    /// One stacked series: a label (escaped here) and a value per column.
    struct Series {
        let label: String
        let values: [Int]
    }

    /// One horizontal bar.
    struct Bar {
        let label: String
        let value: Int
        /// Written after the number, e.g. "(41%)".
        let note: String
        /// The CSS class that colours it.
        let style: String
    }

    /// Drawing widths: small enough that text stays readable when a phone scales the chart down, and
    /// the page's style sheet caps how far a wide screen scales it up.
    static let columnsWidth = 480
    static let barsWidth = 420
    static let fontSize = 12

    /// Columns for `labels` (one per bucket, x axis), each a stack of `series` from the bottom up.
    /// `labels` name the columns in tooltips; `ticks` are the few written under the axis (column, text),
    /// since a label under each of 24 or 72 columns would overlap.
    static func stackedColumns(title: String, labels: [String], ticks: [(column: Int, text: String)], series: [Series]) -> String {
        let width = columnsWidth, height = 200, left = 34, right = 4, top = 8, bottom = 22
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let totals = labels.indices.map { column in series.reduce(0) { $0 + ($1.values[column]) } }
        let top_ = niceCeiling(totals.max() ?? 0)
        let step = Double(plotWidth) / Double(max(1, labels.count))
        var out = open(title: title, kind: "columns", width: width, height: height)
        for tick in [0, top_ / 2, top_] {
            let y = Double(top + plotHeight) - Double(plotHeight) * Double(tick) / Double(max(1, top_))
            out += "<line class=\"grid\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(f(y))\" y2=\"\(f(y))\"/>"
            out += "<text class=\"axis\" x=\"\(left - 4)\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(tick)</text>\n"
        }
        for (column, label) in labels.enumerated() {
            var base = Double(top + plotHeight)
            let x = Double(left) + step * Double(column)
            for (index, one) in series.enumerated() {
                let value = one.values[column]
                guard value > 0 else { continue }
                let h = Double(plotHeight) * Double(value) / Double(max(1, top_))
                base -= h
                out += "<rect class=\"s\(index)\" x=\"\(f(x + 1))\" y=\"\(f(base))\" width=\"\(f(max(1, step - 2)))\" height=\"\(f(h))\">"
                out += "<title>\(HTMLText.escape(label)): \(HTMLText.escape(one.label)) \(value)</title></rect>"
            }
            out += "\n"
        }
        for tick in ticks {
            let x = Double(left) + step * (Double(tick.column) + 0.5)
            out += "<text class=\"axis\" x=\"\(f(x))\" y=\"\(height - 6)\" text-anchor=\"middle\">\(HTMLText.escape(tick.text))</text>\n"
        }
        out += "<line class=\"base\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(top + plotHeight)\" y2=\"\(top + plotHeight)\"/>\n"
        return out + "</svg>\n"
    }

    /// One labelled bar per row, longest for the largest value, the number written after each bar.
    static func bars(title: String, _ bars: [Bar]) -> String {
        let width = barsWidth, row = 26, labelWidth = 100, valueWidth = 130
        let height = max(1, bars.count) * row + 8
        let largest = max(1, bars.map(\.value).max() ?? 0)
        let room = Double(width - labelWidth - valueWidth)
        var out = open(title: title, kind: "bars", width: width, height: height)
        for (index, bar) in bars.enumerated() {
            let y = 4 + index * row
            let length = bar.value == 0 ? 0 : max(2, room * Double(bar.value) / Double(largest))
            out += "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">\(HTMLText.escape(cut(bar.label, 14)))</text>"
            out += "<rect class=\"\(bar.style)\" x=\"\(labelWidth)\" y=\"\(y + 5)\" width=\"\(f(length))\" height=\"\(row - 9)\">"
            out += "<title>\(HTMLText.escape(bar.label)): \(bar.value) \(HTMLText.escape(bar.note))</title></rect>"
            out += "<text class=\"value\" x=\"\(f(Double(labelWidth) + length + 6))\" y=\"\(y + 17)\">\(bar.value) \(HTMLText.escape(bar.note))</text>\n"
        }
        return out + "</svg>\n"
    }

    private static func open(title: String, kind: String, width: Int, height: Int) -> String {
        "<svg class=\"chart \(kind)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" "
            + "font-size=\"\(fontSize)\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(HTMLText.escape(title))</title>\n"
    }

    /// The smallest of 1, 2, 5 × 10ⁿ at or above `value` (at least 1), so the axis reads in round numbers.
    static func niceCeiling(_ value: Int) -> Int {
        guard value > 1 else { return max(value, 1) }
        var magnitude = 1
        while magnitude * 10 <= value { magnitude *= 10 }
        for factor in [1, 2, 5, 10] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }

    /// `text` cut to `count` characters with an ellipsis; the `<title>` keeps the whole.
    static func cut(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
    }

    /// Coordinates with at most one decimal, which keeps the page small.
    static func f(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
