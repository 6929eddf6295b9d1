import FaultlineReports
import FaultlineStore
import Foundation
import Testing

@Suite struct JSONRendererTests {
    @Test func writesOneObjectPerRowWithTypedValues() {
        #expect(JSONRenderer().render(SampleTables.mixed) == """
            [
              {"rank": 1, "code": "card_declined", "retryable": false, "share": 0.5, "first_seen": "2026-11-22T08:00:00.000Z", "note": "Ask, \\"nicely\\""},
              {"rank": 2, "code": "rate_limit", "retryable": true, "share": 0.25, "first_seen": null, "note": null},
              {"rank": 10, "code": "ünïcødé 日本", "retryable": null, "share": 0.125, "first_seen": "2026-11-22T09:00:00.000Z", "note": "line1\\nline2"}
            ]

            """)
    }

    @Test func emptyResultIsAnEmptyArray() {
        #expect(JSONRenderer().render(SampleTables.empty) == "[]\n")
    }

    @Test func escapesEveryControlCharacterAndKeepsUnicode() {
        let text = "q\" b\\ n\n r\r t\t nul\u{00} esc\u{1B} del\u{7F} ls\u{2028} 日本 🙂"
        let table = ResultTable(columns: [ReportColumn("s", .text)], rows: [[.text(text)]])
        let output = JSONRenderer().render(table)
        #expect(output.contains(#""q\" b\\ n\n r\r t\t nul\u0000 esc\u001b del\u007f ls\u2028 日本 🙂""#))
    }

    @Test func readsBackWithAJSONParser() throws {
        let text = "q\" b\\ \n\r\t\u{00}\u{1F}\u{2029} 日本 🙂"
        let table = ResultTable(
            columns: [ReportColumn("s", .text), ReportColumn("n", .integer), ReportColumn("x", .real), ReportColumn("b", .boolean)],
            rows: [[.text(text), -3, 0.1234, 1]])
        let data = Data(JSONRenderer().render(table).utf8)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(objects[0]["s"] as? String == text)
        #expect(objects[0]["n"] as? Int == -3)
        #expect(objects[0]["x"] as? Double == 0.1234)
        #expect(objects[0]["b"] as? Bool == true)
    }

    @Test func keysKeepTheColumnOrderAndTextColumnsStayStrings() {
        let table = ResultTable(columns: [ReportColumn("z", .text), ReportColumn("a", .integer)], rows: [[5, "7"]])
        #expect(JSONRenderer().render(table) == "[\n  {\"z\": \"5\", \"a\": \"7\"}\n]\n")
    }

    @Test func numbersJSONCannotHoldBecomeNull() {
        let table = ResultTable(columns: [ReportColumn("x", .real)], rows: [[.real(.infinity)]])
        #expect(JSONRenderer().render(table) == "[\n  {\"x\": null}\n]\n")
    }
}
