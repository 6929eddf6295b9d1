import FaultlineClassifier
import FaultlineStore

/// A JSON array with one object per row, keys being the column names in order (as in the CSV header).
///
/// ```json
/// [
///   {"provider": "stripe", "count": 12, "share": 0.4615, "retryable": false, "guidance": null}
/// ]
/// ```
///
/// Integer and real columns are JSON numbers, booleans `true`/`false`, NULL `null`, everything else a
/// string. One object per line keeps the output diffable and greppable. Strings escape `"`, `\`, every
/// control character and U+2028/U+2029 (which break JavaScript string literals); other characters are
/// written as UTF-8. Numbers JSON cannot hold (infinities) become `null`.
public struct JSONRenderer: ResultRenderer {
    public init() {}

    public func render(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        let keys = table.columns.map { Self.string($0.name) }
        let objects = table.rows.map { row in
            let members = zip(keys, zip(row, table.columns)).map { key, cell in
                "\(key): \(Self.value(cell.0, as: cell.1.type))"
            }
            return "  {" + members.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    static func value(_ value: SQLValue, as type: ColumnType) -> String {
        switch (value, type) {
        case (.null, _):
            return "null"
        case (.integer, .boolean), (.real, .boolean):
            return CellFormat.text(value, as: .boolean)!
        case (.integer(let number), .integer), (.integer(let number), .real):
            return String(number)
        case (.real(let number), .integer), (.real(let number), .real):
            return number.isFinite ? CellFormat.text(number) : "null"
        default:
            // Text columns stay strings even when SQLite holds a number there: consumers rely on the type.
            return string(CellFormat.text(value, as: type) ?? "")
        }
    }

    /// `text` as a JSON string literal (the classifier's escaping, shared by every JSON faultline prints).
    static func string(_ text: String) -> String { JSONText.quote(text) }
}
