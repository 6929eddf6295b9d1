import FaultlineReports
import FaultlineStore
import Testing

@Suite struct TableRendererTests {
    @Test func alignsColumnsAndRightAlignsNumbers() {
        let lines = TableRenderer().render(SampleTables.mixed).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "rank  code           retryable  share  first_seen                note",
            "----  -------------  ---------  -----  ------------------------  -------------",
            "   1  card_declined  false        0.5  2026-11-22T08:00:00.000Z  Ask, \"nicely\"",
            "   2  rate_limit     true        0.25",
            "  10  ünïcødé 日本              0.125  2026-11-22T09:00:00.000Z  line1⏎line2",
            "",
        ])
    }

    @Test func emptyResultStillPrintsTheHeader() {
        #expect(TableRenderer().render(SampleTables.empty) == """
            rank  code  retryable  share  first_seen  note
            ----  ----  ---------  -----  ----------  ----

            """)
    }

    @Test func everyRowIsOneLineWhateverTheCellsHold() {
        let table = ResultTable(columns: [ReportColumn("text", .text)], rows: [
            ["a\r\nb\rc\u{2028}d"], ["tab\there"], ["esc\u{1B}[31mred"], ["bell\u{07}"], ["rtl\u{202E}abc"],
        ])
        let lines = TableRenderer().render(table).split(separator: "\n")
        #expect(lines == ["text", "-----------", "a⏎b⏎c⏎d", "tab here", "esc␛[31mred", "bell␇", "rtl\u{FFFD}abc"])
    }

    @Test func fitsTheWidthByNarrowingTheWidestTextColumnFirst() {
        let table = ResultTable(
            columns: [ReportColumn("count", .integer), ReportColumn("code", .text), ReportColumn("guidance", .text)],
            rows: [[12, "card_declined", "Ask the customer to use another card or contact their bank"]])
        let output = TableRenderer(width: 40).render(table)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines == [
            "count  code           guidance",
            "-----  -------------  ------------------",
            "   12  card_declined  Ask the customer…",
        ])
        #expect(lines.allSatisfy { $0.count <= 40 })
    }

    @Test func sharesTheCutAmongWideTextColumns() {
        let table = ResultTable(
            columns: [ReportColumn("a", .text), ReportColumn("b", .text)],
            rows: [[.text(String(repeating: "x", count: 30)), .text(String(repeating: "y", count: 20))]])
        let lines = TableRenderer(width: 32).render(table).split(separator: "\n").map(String.init)
        #expect(lines[2] == String(repeating: "x", count: 14) + "…  " + String(repeating: "y", count: 14) + "…")
    }

    @Test func compactsTimesThenLeavesOutColumnsFromTheRightThenShowsRecords() {
        let table = ResultTable(
            columns: [ReportColumn("n", .integer), ReportColumn("at", .time), ReportColumn("code", .text)],
            rows: [[1234567, "2026-11-22T08:00:00.000Z", "card_declined"], [2, "2026-11-22T09:00:00.000Z", "x"]])
        let fits = TableRenderer(width: 48).render(table).split(separator: "\n").map(String.init)
        #expect(fits[2] == "1234567  2026-11-22T08:00:00.000Z  card_declined")
        let compact = TableRenderer(width: 45).render(table).split(separator: "\n").map(String.init)
        #expect(compact[2] == "1234567  2026-11-22 08:00:00  card_declined")
        let narrower = TableRenderer(width: 36).render(table).split(separator: "\n").map(String.init)
        #expect(narrower[2] == "1234567  2026-11-22 08:00:00")
        #expect(narrower.last == "(not shown for lack of width: code; widen the terminal or use --format csv)")
        let records = TableRenderer(width: 24).render(table).split(separator: "\n").map(String.init)
        #expect(records == [
            "-[ 1 ]------------------", "n     1234567", "at    2026-11-22 08:00:…", "code  card_declined",
            "-[ 2 ]------------------", "n     2", "at    2026-11-22 09:00:…", "code  x",
        ])
    }

    @Test func measuresWideCharactersInColumnsNotCharacters() {
        let table = ResultTable(columns: [ReportColumn("a", .text), ReportColumn("b", .integer)], rows: [["日本", 1], ["ab", 2]])
        let lines = TableRenderer().render(table).split(separator: "\n").map(String.init)
        #expect(lines == ["a     b", "----  -", "日本  1", "ab    2"])
    }

    @Test func colourMakesTheHeaderBoldAndNullsDim() {
        let table = ResultTable(columns: [ReportColumn("code", .text), ReportColumn("n", .integer)],
                                rows: [["x", nil]])
        let output = TableRenderer(color: true).render(table)
        #expect(output == "\u{1B}[1mcode     n\u{1B}[0m\n----  ----\nx     \u{1B}[2mnull\u{1B}[22m\n")
    }

    @Test func noColourByDefault() {
        #expect(!TableRenderer().render(SampleTables.mixed).contains("\u{1B}"))
    }
}
