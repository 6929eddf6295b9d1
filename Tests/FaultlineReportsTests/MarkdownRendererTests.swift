import FaultlineReports
import FaultlineStore
import Testing

@Suite struct MarkdownRendererTests {
    @Test func writesAPipeTableWithNumbersRightAligned() {
        #expect(MarkdownRenderer().render(SampleTables.mixed) == """
            | rank | code | retryable | share | first_seen | note |
            | ---: | --- | --- | ---: | --- | --- |
            | 1 | card_declined | false | 0.5 | 2026-11-22T08:00:00.000Z | Ask, "nicely" |
            | 2 | rate_limit | true | 0.25 |  |  |
            | 10 | ünïcødé 日本 |  | 0.125 | 2026-11-22T09:00:00.000Z | line1<br>line2 |

            """)
    }

    @Test func emptyResultKeepsHeaderAndAlignmentRow() {
        let table = ResultTable(columns: [ReportColumn("a", .text), ReportColumn("n", .integer)], rows: [])
        #expect(MarkdownRenderer().render(table) == "| a | n |\n| --- | ---: |\n")
    }

    @Test func escapesPipesBackslashesAndHTMLAndKeepsRowsOnOneLine() {
        let table = ResultTable(columns: [ReportColumn("a|b", .text)], rows: [
            ["x | y"], ["back\\slash"], ["<script>alert(1)</script> & co"], ["one\r\ntwo\rthree\nfour"], ["tab\there"],
        ])
        #expect(MarkdownRenderer().render(table) == """
            | a\\|b |
            | --- |
            | x \\| y |
            | back\\\\slash |
            | &lt;script&gt;alert(1)&lt;/script&gt; &amp; co |
            | one<br>two<br>three<br>four |
            | tab here |

            """)
    }
}
