import FaultlineReports
import FaultlineStore

/// Small tables that exercise every column type and the awkward values renderers must survive.
enum SampleTables {
    static let columns = [
        ReportColumn("rank", .integer), ReportColumn("code", .text), ReportColumn("retryable", .boolean),
        ReportColumn("share", .real), ReportColumn("first_seen", .time), ReportColumn("note", .text),
    ]

    static let mixed = ResultTable(columns: columns, rows: [
        [1, "card_declined", 0, 0.5, "2026-11-22T08:00:00.000Z", "Ask, \"nicely\""],
        [2, "rate_limit", 1, 0.25, nil, nil],
        [10, "ünïcødé 日本", nil, 0.125, "2026-11-22T09:00:00.000Z", "line1\nline2"],
    ])

    static let empty = ResultTable(columns: columns, rows: [])

    /// Text a spreadsheet would run as a formula, and numbers that merely look like one.
    static let hostile = ResultTable(
        columns: [ReportColumn("code", .text), ReportColumn("delta", .integer), ReportColumn("rate", .real)],
        rows: [
            ["=HYPERLINK(\"http://x\",\"y\")", -5, -0.5],
            ["+1", 0, 0.0],
            ["-2", 3, 1.5],
            ["@SUM(A1)", nil, nil],
            ["\tindent", 1, 1.0],
            ["\rreturn", 1, 1.0],
            ["plain, with comma", 1, 1.0],
            ["a=b", 1, 1.0],
        ])
}
