import FaultlineReports
import FaultlineStore
import SwiftCSV
import Testing

@Suite struct CSVRendererTests {
    @Test func writesRFC4180WithCRLFAndQuotesOnlyWhereNeeded() {
        #expect(CSVRenderer().render(SampleTables.mixed) == [
            "rank,code,retryable,share,first_seen,note",
            "1,card_declined,false,0.5,2026-11-22T08:00:00.000Z,\"Ask, \"\"nicely\"\"\"",
            "2,rate_limit,true,0.25,,",
            "10,ünïcødé 日本,,0.125,2026-11-22T09:00:00.000Z,\"line1\nline2\"",
            "",
        ].joined(separator: "\r\n"))
    }

    @Test func emptyResultIsJustTheHeader() {
        #expect(CSVRenderer().render(SampleTables.empty) == "rank,code,retryable,share,first_seen,note\r\n")
    }

    @Test func readsBackFieldByFieldWithACSVParser() throws {
        let table = ResultTable(
            columns: [ReportColumn("text", .text), ReportColumn("n", .integer)],
            rows: [
                ["comma, inside", 1], ["quote \" inside", 2], ["\"quoted\"", 3], ["line\nbreak", 4],
                ["crlf\r\nbreak", 5], ["ünïcødé 日本 🙂", 6], ["", 7], [nil, 8], [" padded ", 9],
            ])
        let parsed = try EnumeratedCSV(string: CSVRenderer().render(table), delimiter: .comma, loadColumns: false)
        #expect(parsed.header == ["text", "n"])
        #expect(parsed.rows.count == table.rows.count)
        for (row, expected) in zip(parsed.rows, table.rows) {
            #expect(row == [expected[0].stringValue ?? "", expected[1].description])
        }
    }

    @Test func neutralisesTextThatASpreadsheetWouldRunAsAFormula() throws {
        let csv = CSVRenderer().render(SampleTables.hostile)
        #expect(csv.hasPrefix("code,delta,rate\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5,-0.5\r\n"))
        let parsed = try EnumeratedCSV(string: csv, delimiter: .comma, loadColumns: false)
        #expect(parsed.rows.map { $0[0] } == [
            "'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "'\tindent", "'\rreturn",
            "plain, with comma", "a=b",
        ])
    }

    @Test func neverAltersNumbersEvenNegativeOnes() throws {
        let parsed = try EnumeratedCSV(string: CSVRenderer().render(SampleTables.hostile), delimiter: .comma, loadColumns: false)
        #expect(parsed.rows.map { $0[1] } == ["-5", "0", "3", "", "1", "1", "1", "1"])
        #expect(parsed.rows.map { $0[2] } == ["-0.5", "0.0", "1.5", "", "1.0", "1.0", "1.0", "1.0"])
    }

    @Test func numbersStoredAsTextInNumericColumnsStayNumbers() {
        let table = ResultTable(columns: [ReportColumn("delta", .integer), ReportColumn("code", .text)],
                                rows: [["-5", "-5"], ["=1+1", "x"]])
        #expect(CSVRenderer().render(table) == "delta,code\r\n-5,\"'-5\"\r\n\"'=1+1\",x\r\n")
    }

    @Test func rawModeKeepsFormulaTextAsIs() throws {
        let csv = CSVRenderer(raw: true).render(SampleTables.hostile)
        let parsed = try EnumeratedCSV(string: csv, delimiter: .comma, loadColumns: false)
        #expect(parsed.rows.map { $0[0] } == [
            "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tindent", "\rreturn", "plain, with comma", "a=b",
        ])
        #expect(csv.contains("\r\n+1,0,0.0\r\n"))
    }

    @Test func neutralisesColumnNamesToo() {
        let table = ResultTable(columns: [ReportColumn("=cmd", .text)], rows: [])
        #expect(CSVRenderer().render(table) == "\"'=cmd\"\r\n")
    }

    @Test func sharesAreRawFractionsAndBooleansAreWords() {
        let table = ResultTable(columns: [ReportColumn("share", .real), ReportColumn("ok", .boolean)],
                                rows: [[0.1234, 1], [1e-05, 0]])
        #expect(CSVRenderer().render(table) == "share,ok\r\n0.1234,true\r\n1e-05,false\r\n")
    }
}
