/// RFC 4180 CSV that is safe to open in a spreadsheet.
///
/// - A header row, then one record per row; fields separated by commas; UTF-8 without a byte-order mark.
/// - Records end with CRLF, as RFC 4180 specifies (spreadsheets and CSV libraries read it everywhere).
/// - A field containing a comma, a double quote, CR or LF is enclosed in double quotes, and its double
///   quotes are doubled. So is one that starts or ends with a space or tab, which some readers trim.
/// - NULL is an empty field. Numbers are raw (`0.1234`, not `12.3%`); booleans are `true`/`false`;
///   times are UTC RFC 3339 text as stored.
/// - CSV injection: a text value (log data can contain anything) starting with `=`, `+`, `-`, `@`, tab or
///   CR would be run as a formula by a spreadsheet. Following OWASP's guidance it gets a leading `'` and
///   the field is quoted. Numbers are never altered: a negative number stays a number, even when SQLite
///   holds it as text in a numeric column. `raw` turns this off, for programs that want the values exactly.
public struct CSVRenderer: ResultRenderer {
    /// Leave text that looks like a formula as it is.
    public var raw: Bool

    /// What ends each record.
    public static let lineEnding = "\r\n"

    public init(raw: Bool = false) {
        self.raw = raw
    }

    public func render(_ table: ResultTable) -> String {
        var out = table.columns.map { field($0.name, isText: true) }.joined(separator: ",") + Self.lineEnding
        for row in table.rows {
            let fields = zip(row, table.columns).map { value, column -> String in
                guard let text = CellFormat.text(value, as: column.type) else { return "" }
                // SQLite may hand a numeric column its number as text ('-5'); that is still a number.
                let isNumber = value.stringValue == nil || (column.type.isNumeric && Double(text) != nil)
                return field(text, isText: !isNumber)
            }
            out += fields.joined(separator: ",") + Self.lineEnding
        }
        return out
    }

    /// One field, neutralised (when it is text and `raw` is off) and quoted as needed.
    private func field(_ text: String, isText: Bool) -> String {
        var text = text
        var mustQuote = false
        if isText && !raw, let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) {
            text = "'" + text
            mustQuote = true
        }
        let edges = [text.unicodeScalars.first, text.unicodeScalars.last]
        if mustQuote || text.unicodeScalars.contains(where: Self.needsQuotes.contains)
            || edges.contains(where: { $0 == " " || $0 == "\t" }) {
            return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }
        return text
    }

    /// First characters that make a spreadsheet evaluate a cell (OWASP's CSV injection list).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    /// Characters that RFC 4180 allows only inside a quoted field.
    static let needsQuotes: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]
}
